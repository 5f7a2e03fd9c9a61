// Turns the hand-transcribed expectations of an agreement corpus into its expected.json.
//
// The corpora live outside the repository (they are zizmor's and actionlint's own test files; we
// do not vendor them). Each keeps its expectations in a plain-text form that is easy to transcribe
// from the peer's test files and to review against them:
//   - actionlint: `<dir>/<name>.exp` beside `<dir>/<name>.yaml`, one `line:col:kind` per line
//     (from actionlint's `.out`); `ok/*.yaml` without an `.exp` must stay clean.
//   - zizmor: `expected.txt`, one `fixture|audit|line[-endLine]|text of that line` per finding,
//     or `fixture|clean||` for a fixture zizmor reports nothing on under the default persona.
//     The line text is checked against the fixture, so a fixture stored at another commit than
//     the snapshot that describes it cannot silently shift the expectations.
//
// Usage: node scripts/agreement/build-expected.mjs /work/agreement-corpus
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = process.argv[2] ?? '/work/agreement-corpus';
let problems = 0;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

function linesOf(path) {
  return readFileSync(path, 'utf8').split('\n');
}

function buildActionlint(dir) {
  const fixtures = {};
  for (const path of walk(dir).filter((p) => /\.ya?ml$/.test(p))) {
    const rel = relative(dir, path);
    const exp = path.replace(/\.ya?ml$/, '.exp');
    if (!existsSync(exp)) {
      // Only ok/ fixtures are expected clean; a yaml elsewhere without expectations is a helper
      // file (a local action's metadata, say) and is not a fixture of its own.
      if (rel.startsWith('ok/')) fixtures[rel] = { clean: true, findings: [] };
      continue;
    }
    const text = linesOf(path);
    const findings = [];
    for (const entry of readFileSync(exp, 'utf8').split('\n')) {
      if (!entry.trim()) continue;
      const m = /^(\d+):(\d+):([\w-]+)$/.exec(entry.trim());
      if (!m) {
        console.error(`${exp}: cannot read ${JSON.stringify(entry)}`);
        problems++;
        continue;
      }
      const line = Number(m[1]);
      const column = Number(m[2]);
      const src = text[line - 1];
      if (src === undefined || column > src.length + 1) {
        console.error(`${rel}: ${entry} is outside the file (fixture and expectations disagree)`);
        problems++;
      }
      findings.push({ kind: m[3], line, column });
    }
    fixtures[rel] = { clean: findings.length === 0, findings };
  }
  return fixtures;
}

function buildZizmor(dir) {
  const fixtures = {};
  for (const entry of readFileSync(join(dir, 'expected.txt'), 'utf8').split('\n')) {
    if (!entry.trim() || entry.startsWith('#')) continue;
    const [fixture, audit, lineSpec, ...rest] = entry.split('|');
    const text = rest.join('|');
    const path = join(dir, fixture);
    if (!existsSync(path)) {
      console.error(`${fixture}: missing`);
      problems++;
      continue;
    }
    const record = (fixtures[fixture] ??= { clean: true, findings: [] });
    if (audit === 'clean') continue;
    const [start, end] = lineSpec.split('-').map(Number);
    const src = linesOf(path)[start - 1];
    if ((src ?? '').trim() !== text.trim()) {
      console.error(`${fixture}:${start}: expected ${JSON.stringify(text)}, the fixture has ${JSON.stringify(src)}`);
      problems++;
    }
    record.clean = false;
    record.findings.push(end ? { kind: audit, line: start, endLine: end } : { kind: audit, line: start });
  }
  return fixtures;
}

for (const [peer, build] of [
  ['actionlint', buildActionlint],
  ['zizmor', buildZizmor],
]) {
  const dir = join(root, peer);
  if (!existsSync(dir)) continue;
  const fixtures = build(dir);
  const out = { peer, generatedBy: 'scripts/agreement/build-expected.mjs', fixtures };
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(out, null, 2)}\n`);
  const n = Object.keys(fixtures).length;
  const f = Object.values(fixtures).reduce((s, x) => s + x.findings.length, 0);
  console.log(`${peer}: ${n} fixtures, ${f} expected findings -> ${join(dir, 'expected.json')}`);
}
if (problems) {
  console.error(`${problems} problem(s)`);
  process.exit(1);
}

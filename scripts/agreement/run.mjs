// Agreement harness: runs Drydock over zizmor's and actionlint's own test fixtures (default
// settings, offline) and says how often Drydock reaches the peer's verdict. See docs/agreement.md.
//
// Usage: node scripts/agreement/run.mjs [--corpus DIR] [--peer zizmor|actionlint] [--json]
//                                        [--no-build] [--cli PATH] [--quiet]
//
// A corpus is `<DIR>/<peer>/expected.json` (see build-expected.mjs) plus the fixtures it names.
// Each fixture is copied into a throwaway repository of its own, as `.github/workflows/<name>` or
// as `action.yml`, so Drydock classifies it as GitHub would and no fixture sees another.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

import { cliOptions, repoRoot } from './common.mjs';

// ---- options -------------------------------------------------------------------------------
const { flag, option } = cliOptions(import.meta.filename);
const corpus = resolve(option('--corpus', '/work/agreement-corpus'));
const onlyPeer = option('--peer', undefined);
const asJson = flag('--json');
const quiet = flag('--quiet');

// ---- the peers' vocabularies ----------------------------------------------------------------
// actionlint 1.7's error kinds. A Drydock finding counts for actionlint when its id or an alias
// is one of these (after the mapping below); anything else is outside actionlint's scope and
// neither helps nor hurts the agreement.
const ACTIONLINT_KINDS = new Set([
  'syntax-check',
  'expression',
  'action',
  'workflow-call',
  'events',
  'glob',
  'job-needs',
  'matrix',
  'runner-label',
  'shell-name',
  'id',
  'permissions',
  'credentials',
  'env-var',
  'deprecated-commands',
  'if-cond',
  'shellcheck',
  'pyflakes',
]);
// Drydock ids whose actionlint kind is not spelled as an alias (or to be safe if it is not).
const TO_ACTIONLINT = new Map([
  ['workflow-syntax', 'syntax-check'],
  ['workflow-schema', 'syntax-check'],
  ['hardcoded-container-credentials', 'credentials'],
]);
// zizmor's audit names (offline and online; online ones never appear in an offline corpus).
const ZIZMOR_AUDITS = new Set([
  'adhoc-packages',
  'agentic-actions',
  'anonymous-definition',
  'archived-uses',
  'artipacked',
  'bot-conditions',
  'cache-poisoning',
  'concurrency-limits',
  'dangerous-triggers',
  'dependabot-cooldown',
  'dependabot-execution',
  'excessive-permissions',
  'forbidden-uses',
  'github-app',
  'github-env',
  'hardcoded-container-credentials',
  'impostor-commit',
  'insecure-commands',
  'insecure-origin',
  'insecure-url-scheme',
  'known-vulnerable-actions',
  'misfeature',
  'missing-timeout',
  'obfuscation',
  'overprovisioned-secrets',
  'ref-confusion',
  'ref-version-mismatch',
  'secrets-inherit',
  'secrets-outside-env',
  'self-hosted-runner',
  'self-repository',
  'stale-action-refs',
  'stale-runner',
  'superfluous-actions',
  'template-injection',
  'timeout-minutes',
  'typosquat-uses',
  'undocumented-permissions',
  'unpinned-images',
  'unpinned-tools',
  'unpinned-uses',
  'unredacted-secrets',
  'unsound-condition',
  'unsound-contains',
  'unsound-ternary',
  'use-trusted-publishing',
]);

/** The peer kinds a Drydock finding (or rule) stands for. */
function peerKinds(names, peer) {
  const out = new Set();
  for (const name of names) {
    if (peer === 'zizmor') {
      if (ZIZMOR_AUDITS.has(name)) out.add(name);
      continue;
    }
    const mapped = /^SC\d+$/.test(name) ? 'shellcheck' : (TO_ACTIONLINT.get(name) ?? name);
    if (ACTIONLINT_KINDS.has(mapped)) out.add(mapped);
  }
  return out;
}

// ---- line matching --------------------------------------------------------------------------
const indentOf = (line) => /^ */.exec(line)[0].length;
const isBlank = (line) => line.trim() === '' || line.trim().startsWith('#');

/**
 * The last line of the YAML block that starts at 1-based `start`: following lines indented
 * deeper belong to it (a step's keys after `- uses:`, a `run: |` script, a job's body).
 */
function blockEnd(lines, start) {
  const first = lines[start - 1];
  if (first === undefined) return start;
  const indent = indentOf(first);
  let end = start;
  for (let i = start; i < lines.length; i++) {
    if (isBlank(lines[i])) continue;
    if (indentOf(lines[i]) <= indent) break;
    end = i + 1;
  }
  return end;
}

/**
 * Whether Drydock's finding `f` is at the place the peer's expectation `e` names.
 * - actionlint gives a point (line:col). We report the smallest meaningful span, which is almost
 *   always on that line; one line of slack absorbs key-vs-value differences (`if: |` with the
 *   condition on the next line). Shellcheck findings are the exception: actionlint puts them on
 *   the `run:` key, we put them on the offending line of the script, so any line of the `run:`
 *   block matches.
 * - zizmor gives the first line of its primary span, which is often a whole step, job or `run:`
 *   block where we point at the `uses:` value or the expression inside the script: any start
 *   line inside the block that begins at zizmor's line matches (one line of slack before it).
 */
function lineMatches(e, f, peer, lines) {
  if (peer === 'actionlint') {
    if (e.kind === 'shellcheck') return f.line >= e.line && f.line <= blockEnd(lines, e.line);
    return Math.abs(f.line - e.line) <= 1;
  }
  const hi = e.endLine ?? Math.max(e.line + 1, blockEnd(lines, e.line));
  return f.line >= e.line - 1 && f.line <= hi;
}

// ---- running Drydock ------------------------------------------------------------------------
function buildCli() {
  const cliOption = option('--cli', undefined);
  if (cliOption) return resolve(cliOption);
  const out = '.out/agreement';
  if (!flag('--no-build')) {
    try {
      execFileSync(process.execPath, ['scripts/build.mjs'], {
        cwd: repoRoot,
        env: { ...process.env, DRYDOCK_OUT_DIR: out },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
    } catch (error) {
      console.error(`build failed (another change may be half-written; retry, or pass --cli dist/cli.js):\n${error.stderr ?? error}`);
      process.exit(2);
    }
  }
  return join(repoRoot, out, 'cli.js');
}

function isActionFile(path) {
  return /^action\.ya?ml$/.test(basename(path));
}

/** Lays every fixture out in a repository of its own; returns fixture → linted path (relative). */
function layOut(peer, fixtures, work) {
  const placed = new Map();
  let n = 0;
  for (const rel of Object.keys(fixtures)) {
    const dir = join(peer, String(n++).padStart(4, '0'));
    const target = isActionFile(rel) ? join(dir, basename(rel)) : join(dir, '.github/workflows', basename(rel));
    mkdirSync(join(work, target, '..'), { recursive: true });
    // A `.git` folder makes each fixture its own repository root, as zizmor and actionlint see it.
    mkdirSync(join(work, dir, '.git'), { recursive: true });
    cpSync(join(corpus, peer, rel), join(work, target));
    placed.set(rel, target);
  }
  return placed;
}

function runDrydock(cli, work) {
  let stdout;
  try {
    stdout = execFileSync(process.execPath, [cli, 'check', '--format', 'json', '--fail-on', 'never', '.'], {
      cwd: work,
      maxBuffer: 256 * 1024 * 1024,
      encoding: 'utf8',
    });
  } catch (error) {
    // Exit 1 only means "findings at the fail-on level"; with `never` it should not happen.
    stdout = error.stdout;
    if (!stdout) throw error;
  }
  const byFile = new Map();
  for (const f of JSON.parse(stdout).findings) {
    const file = f.file.replace(/\\/g, '/').replace(/^\.\//, '');
    if (!byFile.has(file)) byFile.set(file, []);
    byFile.get(file).push(f);
  }
  return byFile;
}

function implementedKinds(cli, peer) {
  const { rules } = JSON.parse(execFileSync(process.execPath, [cli, 'rules', '--format', 'json'], { encoding: 'utf8' }));
  const kinds = new Map();
  for (const rule of rules) {
    if (rule.category !== 'workflow') continue;
    for (const k of peerKinds([rule.id, ...rule.aliases], peer)) kinds.set(k, rule.id);
  }
  // Shellcheck findings come from the `SC<code>` family the front end reports, not from a
  // registered rule; treat the kind as implemented when the workflow shellcheck option exists.
  if (peer === 'actionlint') kinds.set('shellcheck', 'SC*');
  return kinds;
}

// ---- scoring --------------------------------------------------------------------------------
function score(peer, expected, findingsByFile, placed, implemented) {
  const perRule = new Map();
  const rule = (kind) => {
    if (!perRule.has(kind))
      perRule.set(kind, { kind, drydockRule: implemented.get(kind) ?? null, expected: 0, matched: 0, missed: [], extra: [] });
    return perRule.get(kind);
  };
  const fixtures = [];
  let expectedTotal = 0;
  let matchedTotal = 0;
  let oursTotal = 0;
  let oursMatched = 0;
  for (const [rel, exp] of Object.entries(expected.fixtures)) {
    const lines = readFileSync(join(corpus, peer, rel), 'utf8').split('\n');
    const ours = (findingsByFile.get(placed.get(rel)) ?? [])
      .filter((f) => f.category === 'workflow')
      .map((f) => ({ ...f, kinds: peerKinds([f.ruleId, ...f.aliases], peer) }))
      .filter((f) => f.kinds.size > 0);
    const used = new Set();
    const missed = [];
    for (const e of exp.findings) {
      const r = rule(e.kind);
      r.expected++;
      expectedTotal++;
      const hits = ours.filter((f) => f.kinds.has(e.kind) && lineMatches(e, f, peer, lines));
      if (hits.length > 0) {
        r.matched++;
        matchedTotal++;
        for (const h of hits) used.add(h);
      } else {
        const sameKind = ours.filter((f) => f.kinds.has(e.kind)).map((f) => f.line);
        const m = { fixture: rel, line: e.line, ...(e.column ? { column: e.column } : {}), expected: e.kind };
        m.got = sameKind.length ? `${e.kind} at line(s) ${[...new Set(sameKind)].join(', ')}` : 'nothing of that kind';
        r.missed.push(m);
        missed.push(m);
      }
    }
    const extra = [];
    for (const f of ours) {
      oursTotal++;
      if (used.has(f)) {
        oursMatched++;
        continue;
      }
      const x = { fixture: rel, line: f.line, column: f.column, got: f.ruleId, kinds: [...f.kinds], message: f.message };
      x.expected = exp.clean ? 'clean' : `nothing of kind ${[...f.kinds].join('/')} here`;
      extra.push(x);
      for (const k of f.kinds) rule(k).extra.push(x);
    }
    const agrees = missed.length === 0 && extra.length === 0;
    const allImplemented = exp.findings.every((e) => implemented.has(e.kind));
    fixtures.push({ fixture: rel, clean: exp.clean, agrees, allImplemented, missed, extra });
  }
  const total = fixtures.length;
  const agreeing = fixtures.filter((f) => f.agrees).length;
  const scoped = fixtures.filter((f) => f.allImplemented);
  const pct = (a, b) => (b === 0 ? null : Math.round((1000 * a) / b) / 10);
  return {
    peer,
    fixtures: total,
    agreeingFixtures: agreeing,
    agreement: pct(agreeing, total),
    // The same, over fixtures whose expected kinds all have a Drydock rule: what the rules that
    // exist get right, apart from what is not written yet.
    agreementImplementedOnly: pct(scoped.filter((f) => f.agrees).length, scoped.length),
    implementedOnlyFixtures: scoped.length,
    cleanFixtures: fixtures.filter((f) => f.clean).length,
    cleanKeptClean: fixtures.filter((f) => f.clean && f.agrees).length,
    expectedFindings: expectedTotal,
    matchedFindings: matchedTotal,
    recall: pct(matchedTotal, expectedTotal),
    drydockFindings: oursTotal,
    drydockFindingsMatched: oursMatched,
    precision: pct(oursMatched, oursTotal),
    rules: [...perRule.values()].sort((a, b) => a.kind.localeCompare(b.kind)),
    fixtureResults: fixtures,
  };
}

// ---- report ---------------------------------------------------------------------------------
function printReport(result) {
  const p = result;
  console.log(`\n== ${p.peer} ==`);
  console.log(
    `fixtures agreeing: ${p.agreeingFixtures}/${p.fixtures} (${p.agreement}%)` +
      `   [fixtures whose kinds all have a Drydock rule: ${p.agreementImplementedOnly}% of ${p.implementedOnlyFixtures}]`,
  );
  console.log(`clean fixtures kept clean: ${p.cleanKeptClean}/${p.cleanFixtures}`);
  console.log(
    `findings: recall ${p.recall}% (${p.matchedFindings}/${p.expectedFindings}), precision ${p.precision}% (${p.drydockFindingsMatched}/${p.drydockFindings})`,
  );
  console.log('');
  const head = ['kind/audit', 'drydock rule', 'expected', 'matched', 'missed', 'extra'];
  const rows = p.rules.map((r) => [r.kind, r.drydockRule ?? '(none)', r.expected, r.matched, r.missed.length, r.extra.length].map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(fmt(head));
  for (const r of rows) console.log(fmt(r));
  if (quiet) return;
  for (const r of p.rules) {
    if (r.missed.length === 0 && r.extra.length === 0) continue;
    if (r.drydockRule === null && r.extra.length === 0) {
      // Nothing to fix in a rule that does not exist yet: one line, not one per finding.
      console.log(`\n-- ${r.kind}: no Drydock rule (${r.missed.length} expected finding(s) missed)`);
      continue;
    }
    console.log(`\n-- ${r.kind} (${r.drydockRule ?? 'no Drydock rule'})`);
    for (const m of r.missed)
      console.log(`  missed ${m.fixture}:${m.line}${m.column ? `:${m.column}` : ''}  expected ${m.expected}, got ${m.got}`);
    for (const x of r.extra) console.log(`  extra  ${x.fixture}:${x.line}:${x.column}  expected ${x.expected}, got ${x.got}: ${x.message}`);
  }
}

// ---- main -----------------------------------------------------------------------------------
const cli = buildCli();
const work = mkdtempSync(join(tmpdir(), 'drydock-agreement-'));
const results = [];
try {
  const peers = ['zizmor', 'actionlint'].filter((p) => !onlyPeer || p === onlyPeer);
  const plan = [];
  for (const peer of peers) {
    const file = join(corpus, peer, 'expected.json');
    if (!existsSync(file)) {
      console.error(`no ${file}; run scripts/agreement/build-expected.mjs first (see docs/agreement.md)`);
      continue;
    }
    const expected = JSON.parse(readFileSync(file, 'utf8'));
    plan.push({ peer, expected, placed: layOut(peer, expected.fixtures, work) });
  }
  // One Drydock run over every fixture of every peer: the CLI's start-up dominates otherwise.
  const findings = runDrydock(cli, work);
  for (const { peer, expected, placed } of plan) results.push(score(peer, expected, findings, placed, implementedKinds(cli, peer)));
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (asJson) {
  process.stdout.write(`${JSON.stringify({ version: 1, corpus, generatedAt: new Date().toISOString(), results }, null, 2)}\n`);
} else {
  for (const r of results) printReport(r);
}
const jsonOut = option('--json-out', undefined);
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify({ version: 1, corpus, results }, null, 2)}\n`);

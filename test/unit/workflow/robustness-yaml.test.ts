/**
 * Hostile and broken workflow files: linting returns, within a time bound, without throwing, and
 * says something useful where it can. Every case goes through the whole engine (all rules), since
 * a parser that survives is no help if a rule then recurses through a 100,000-deep tree.
 */
import { strict as assert } from 'node:assert';
import { generateWorkflow, rng } from '../../../scripts/bench/workflow-gen';
import { DEFAULT_CONFIG, mergeConfig } from '../../../src/engine/config';
import { lint } from '../../../src/engine/lint';
import type { Finding } from '../../../src/engine/types';
import { parseWorkflow } from '../../../src/workflow/lint-workflow';

const big = mergeConfig(DEFAULT_CONFIG, { secrets: { maxFileSizeKb: 16 * 1024 } });
const WORKFLOW = '.github/workflows/ci.yml';

/** Lints and fails when it throws or takes longer than `ms`. */
function lintWithin(text: string, ms: number, label: string, path = WORKFLOW): readonly Finding[] {
  const started = performance.now();
  let findings: readonly Finding[] = [];
  assert.doesNotThrow(() => {
    findings = lint({ path, text }, big).findings;
  }, label);
  const took = performance.now() - started;
  assert.ok(took < ms, `${label}: took ${took.toFixed(0)} ms (bound ${ms} ms)`);
  return findings;
}

function syntax(findings: readonly Finding[]): readonly Finding[] {
  return findings.filter((f) => f.ruleId === 'workflow-syntax');
}

describe('workflow robustness', function () {
  this.timeout(60000);

  it('never throws on malformed workflows, and explains the YAML errors', () => {
    const cases: Record<string, string> = {
      'tab indentation': 'on: push\njobs:\n\ttest:\n\t\truns-on: x\n',
      'unterminated double quote': 'on: push\njobs:\n  a:\n    runs-on: "ubuntu\n',
      'unterminated single quote': "on: push\njobs:\n  a:\n    runs-on: 'ubuntu\n    steps: []\n",
      'unclosed bracket': 'on: push\njobs:\n  a:\n    runs-on: [ubuntu\n',
      'unclosed brace': 'on: {push: {branches: [main]\n',
      'missing space after colon': 'on: push\njobs:\n  a:\n    steps:\n      - name: x\n        uses:actions/checkout@v4\n',
      'key without value': 'on: push\njobs:\n  a:\n    steps:\n      - name: x\n        run\n',
      'colon in a plain value': 'on: push\njobs:\n  a:\n    steps:\n      - run: echo "a: b"\n',
      'bad indentation': 'on: push\njobs:\n  a:\n    runs-on: ubuntu\n   steps: []\n',
      'duplicate key': 'on: push\non: pull_request\n',
      'merge key': 'x: &d {runs-on: ubuntu-latest}\non: push\njobs:\n  a:\n    <<: *d\n',
      'several documents': 'on: push\n---\non: pull_request\n---\n',
      directive: '%YAML 1.1\n---\non: push\n',
      'explicit keys': '? on\n: push\n',
      tags: 'on: !!str push\njobs: !custom {}\n',
    };
    for (const [name, text] of Object.entries(cases)) {
      const found = syntax(lintWithin(text, 2000, name));
      if (name === 'explicit keys' || name === 'tags' || name === 'directive') continue; // valid YAML (a warning at most)
      assert.ok(found.length > 0, `${name}: no workflow-syntax finding`);
      for (const f of found) assert.ok(f.message.length > 10 && !f.message.includes('[object'), `${name}: ${f.message}`);
    }
  });

  it('does not flag anchors and aliases, and flags merge keys and duplicates with their line', () => {
    const anchors = 'x: &runner ubuntu-latest\non: push\njobs:\n  a:\n    runs-on: *runner\n    steps:\n      - run: make\n';
    assert.deepEqual(syntax(lintWithin(anchors, 2000, 'anchors')), []);
    const merge = syntax(lintWithin('x: &d {runs-on: ubuntu-latest}\non: push\njobs:\n  a:\n    <<: *d\n', 2000, 'merge'));
    assert.equal(merge.length, 1);
    assert.match(merge[0]?.message ?? '', /merge keys/);
    assert.equal(merge[0]?.range.start.line, 4);
    const dup = syntax(lintWithin('on: push\njobs:\n  a:\n    runs-on: x\n    runs-on: y\n', 2000, 'dup'));
    assert.equal(dup.length, 1);
    assert.match(dup[0]?.message ?? '', /Duplicate key `runs-on` \(first on line 4\)/);
  });

  it('survives half-typed text: every prefix of a workflow', () => {
    const text = generateWorkflow(7, { lines: 60, exotic: true });
    for (let end = 0; end <= text.length; end += 3) lintWithin(text.slice(0, end), 2000, `prefix ${end}`);
  });

  it('survives deeply nested flow collections, closed and unclosed', () => {
    for (const depth of [100, 1000, 100_000]) {
      const closed = lintWithin(`on: ${'['.repeat(depth)}${']'.repeat(depth)}\n`, 5000, `closed ${depth}`);
      const open = lintWithin(`on: push\njobs: ${'{a: '.repeat(depth)}\n`, 5000, `open ${depth}`);
      if (depth > 256) {
        assert.ok(syntax(closed).some((f) => /nested more than/.test(f.message)));
        assert.ok(syntax(open).length > 0);
      }
    }
  });

  it('survives deeply nested block collections', () => {
    const lines: string[] = [];
    for (let i = 0; i < 2000; i++) lines.push(`${' '.repeat(i)}k${i}:`);
    lintWithin(lines.join('\n') + ' v\n', 10000, 'deep mapping');
    const items: string[] = [];
    for (let i = 0; i < 1000; i++) items.push(`${' '.repeat(i * 2)}-`);
    lintWithin(items.join('\n') + ' v\n', 10000, 'deep sequence');
  });

  it('does not expand alias bombs, and reports them', () => {
    let text = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 20; i++)
      text += `a${i}: &a${i} [${Array<string>(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`;
    const list = syntax(lintWithin(text + 'on: push\njobs:\n  a:\n    runs-on: *a19\n    steps: *a19\n', 2000, 'list bomb'));
    assert.ok(list.some((f) => /alias bomb/.test(f.message)));
    let block = 'x0: &x0\n  k: v\n';
    for (let i = 1; i < 20; i++) block += `x${i}: &x${i}\n${Array.from({ length: 10 }, (_, k) => `  k${k}: *x${i - 1}`).join('\n')}\n`;
    const map = syntax(lintWithin(block + 'on: push\njobs:\n  a: *x19\n', 2000, 'mapping bomb'));
    assert.ok(map.some((f) => /alias bomb/.test(f.message)));
    // A few aliases of a small anchor are ordinary YAML and get checked as usual.
    const fine = 'x: &s [ubuntu-latest]\non: push\njobs:\n  a:\n    runs-on: *s\n    steps:\n      - run: make\n';
    assert.deepEqual(syntax(lintWithin(fine, 2000, 'small aliases')), []);
  });

  it('lints binary garbage and random bytes without throwing', () => {
    const rand = rng(99);
    for (let n = 0; n < 30; n++) {
      let text = '';
      const length = 50 + Math.floor(rand() * 2000);
      for (let i = 0; i < length; i++) text += String.fromCharCode(Math.floor(rand() * (n % 2 === 0 ? 256 : 0x3000)));
      lintWithin(text.split('\u0000').join(''), 2000, `garbage ${n}`);
      lintWithin(text.split('\u0000').join(''), 2000, `garbage ${n} as action`, 'action.yml');
    }
  });

  it('lints a 10 MB workflow in bounded time', () => {
    // Long scripts make the size; a 1 MB file of small nodes stresses the node count.
    const script = Array.from(
      { length: 120 },
      (_, i) => `          echo "line ${i} of a long script: \${{ github.sha }}" >> "$GITHUB_STEP_SUMMARY"`,
    ).join('\n');
    const jobs: string[] = ['on: push', 'permissions: {}', 'jobs:'];
    let size = 0;
    for (let i = 0; size < 10 * 1024 * 1024; i++) {
      const job = `  job${i}:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4 # c\n      - run: |\n${script}\n`;
      jobs.push(job);
      size += job.length;
    }
    const text = jobs.join('\n');
    const started = performance.now();
    const { model } = parseWorkflow(text, 'workflow');
    assert.ok(model && model.jobs.length > 500, 'the fast path parses it');
    assert.ok(performance.now() - started < 10000, 'parse time');
    lintWithin(text, 60000, '10 MB workflow');
  });

  it('lints 1 MB of small nodes on both parser paths in bounded time', () => {
    const lines: string[] = ['on: push', 'jobs:'];
    for (let i = 0; lines.length < 30_000; i++)
      lines.push(`  job${i}:`, '    runs-on: ubuntu-latest', '    steps:', `      - run: echo ${i} # c`, '        with: {a: [1, 2]}');
    const text = lines.join('\n') + '\n';
    lintWithin(text, 60000, '1 MB, fast path');
    // A tab at the end sends the whole file to the yaml package.
    const found = syntax(lintWithin(text + '\tbad: tab\n', 60000, '1 MB, yaml path'));
    assert.ok(found.some((f) => /Tabs/.test(f.message)));
  });
});

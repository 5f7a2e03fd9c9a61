import * as assert from 'node:assert/strict';
import { version as packageVersion } from '../../../package.json';
import { DOCKERFILE, generateGithubToken, makeTree, parseJsonFindings, removeTree, runCli, WORKFLOW } from './helpers';

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  helpUri: string;
  defaultConfiguration: { level: string };
  properties: { aliases: string[]; category: string; confidence: string };
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string };
      region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
    };
  }[];
  partialFingerprints: Record<string, string>;
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: { tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } }; results: SarifResult[] }[];
}

describe('drydock check output formats', () => {
  let root: string;
  let token: string;

  before(() => {
    token = generateGithubToken();
    root = makeTree({
      Dockerfile: DOCKERFILE,
      '.github/workflows/ci.yml': WORKFLOW,
      '.env': `# local settings\nAPI_URL=https://example.test\nGITHUB_TOKEN=${token}\n`,
      'README.md': 'nothing to see\n',
    });
  });
  after(() => removeTree(root));

  it('json: prints version 1 and every finding with the documented fields and 1-based positions', () => {
    const { code, stdout } = runCli(['check', '--format', 'json'], { cwd: root });
    assert.equal(code, 1);
    const parsed = JSON.parse(stdout) as { version: number; findings: unknown[] };
    assert.equal(parsed.version, 1);
    const findings = parseJsonFindings(stdout);
    assert.deepEqual(
      findings.map((f) => `${f.file} ${f.ruleId}`),
      ['.env github-pat', '.github/workflows/ci.yml unpinned-uses', 'Dockerfile DL3007', 'Dockerfile DL4000'],
    );
    for (const f of findings) {
      assert.deepEqual(Object.keys(f), [
        'file',
        'ruleId',
        'aliases',
        'category',
        'severity',
        'confidence',
        'message',
        'line',
        'column',
        'endLine',
        'endColumn',
        'docsUrl',
        'fixable',
      ]);
    }
    const latest = findings.find((f) => f.ruleId === 'DL3007');
    // `FROM node:latest`: "latest" is characters 11-16, so 1-based column 11, exclusive end 17.
    assert.deepEqual(latest && [latest.line, latest.column, latest.endLine, latest.endColumn], [1, 11, 1, 17]);
    assert.equal(latest?.severity, 'warning');
    assert.equal(latest?.category, 'dockerfile');
    assert.ok(latest?.aliases.includes('DS-0001'));
    assert.match(latest?.docsUrl ?? '', /^https:\/\/.+DL3007/);
    assert.equal(latest?.fixable, false);
    const maintainer = findings.find((f) => f.ruleId === 'DL4000');
    assert.deepEqual(maintainer && [maintainer.line, maintainer.column, maintainer.fixable], [2, 1, true]);
    const uses = findings.find((f) => f.ruleId === 'unpinned-uses');
    assert.deepEqual(uses && [uses.line, uses.column], [7, 32]);
    const pat = findings.find((f) => f.ruleId === 'github-pat');
    assert.deepEqual(pat && [pat.line, pat.column, pat.endColumn, pat.category, pat.severity], [
      3,
      14,
      14 + token.length,
      'secret',
      'error',
    ]);
  });

  it('sarif: prints a SARIF 2.1.0 log with the rules that appear and 1-based regions', () => {
    const { code, stdout } = runCli(['check', '--format', 'sarif'], { cwd: root });
    assert.equal(code, 1);
    const log = JSON.parse(stdout) as SarifLog;
    assert.match(log.$schema, /sarif-2\.1\.0/);
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    const run = log.runs[0];
    assert.ok(run);
    assert.equal(run.tool.driver.name, 'drydock');
    assert.equal(run.tool.driver.version, packageVersion);
    assert.match(run.tool.driver.informationUri, /^https:\/\//);
    const ruleIds = run.tool.driver.rules.map((r) => r.id);
    assert.deepEqual([...ruleIds].sort(), ['DL3007', 'DL4000', 'github-pat', 'unpinned-uses']);
    for (const rule of run.tool.driver.rules) {
      assert.ok(rule.name && rule.shortDescription.text, `rule ${rule.id} has a name and description`);
      // Own page (`<id>.md`) or a family page with the id as anchor (`secrets-<family>.md#<id>`).
      assert.match(rule.helpUri, new RegExp(`(?:/${rule.id}\\.md|\\.md#${rule.id.toLowerCase()})$`));
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
      assert.ok(Array.isArray(rule.properties.aliases) && rule.properties.category && rule.properties.confidence);
    }
    assert.equal(run.results.length, 4);
    for (const result of run.results) {
      assert.equal(run.tool.driver.rules[result.ruleIndex]?.id, result.ruleId, 'ruleIndex points at the rule');
      assert.ok(['error', 'warning', 'note'].includes(result.level));
      assert.ok(result.message.text.length > 0);
      const fingerprints = Object.values(result.partialFingerprints);
      assert.equal(fingerprints.length, 1);
      assert.match(fingerprints[0] ?? '', /^[0-9a-f]{16}$/);
    }
    const latest = run.results.find((r) => r.ruleId === 'DL3007');
    const location = latest?.locations[0]?.physicalLocation;
    assert.equal(location?.artifactLocation.uri, 'Dockerfile');
    assert.deepEqual(location?.region, { startLine: 1, startColumn: 11, endLine: 1, endColumn: 17 });
    assert.equal(latest?.level, 'warning');
    assert.equal(run.results.find((r) => r.ruleId === 'DL4000')?.level, 'error');
    assert.equal(
      run.results.find((r) => r.ruleId === 'unpinned-uses')?.locations[0]?.physicalLocation.artifactLocation.uri,
      '.github/workflows/ci.yml',
    );
  });

  it('sarif: fingerprints are stable across runs and differ between findings', () => {
    const prints = (stdout: string) =>
      (JSON.parse(stdout) as SarifLog).runs[0]?.results.map((r) => Object.values(r.partialFingerprints)[0]) ?? [];
    const first = prints(runCli(['check', '--format', 'sarif'], { cwd: root }).stdout);
    const second = prints(runCli(['check', '--format', 'sarif'], { cwd: root }).stdout);
    assert.deepEqual(first, second);
    assert.equal(new Set(first).size, first.length);
  });

  it('text: prints path:line:col, severity, rule id and message, docs URLs and a summary', () => {
    const { code, stdout } = runCli(['check'], { cwd: root });
    assert.equal(code, 1);
    const lines = stdout.split('\n');
    assert.ok(
      lines.some((l) => l.startsWith('Dockerfile:1:11: warning DL3007 ')),
      stdout,
    );
    assert.ok(
      lines.some((l) => l.startsWith('Dockerfile:2:1: error DL4000 ')),
      stdout,
    );
    assert.ok(
      // The rule's severity is the rule's business; the format is what this checks.
      lines.some((l) => /^\.github\/workflows\/ci\.yml:7:32: (?:warning|error) unpinned-uses /.test(l)),
      stdout,
    );
    assert.ok(
      lines.some((l) => l.startsWith('.env:3:14: error github-pat ')),
      stdout,
    );
    assert.match(stdout, /https:\/\/\S+\/DL3007\.md/);
    // unpinned-uses on a tag is an error (zizmor: high); DL3007 is the one warning.
    assert.match(stdout, /^4 problems \(3 errors, 1 warning\) in 3 files$/m);
    assert.ok(!stdout.includes('\u001b['), 'no colour when stdout is not a terminal');
  });

  it('text: reports a clean tree as such and exits 0', () => {
    const clean = makeTree({ Dockerfile: 'FROM node:20\n' });
    try {
      const { code, stdout } = runCli(['check'], { cwd: clean });
      assert.equal(code, 0);
      // The tree holds the clean file and its root .drydock.yaml (see makeTree).
      assert.match(stdout, /No problems found in 2 files/);
    } finally {
      removeTree(clean);
    }
  });

  it('output order is deterministic: sorted by path, then position', () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 40; i++) many[`d${i % 7}/sub${i}/Dockerfile`] = 'FROM a:latest\nFROM b:latest\n';
    const tree = makeTree(many);
    try {
      const first = runCli(['check', '--format', 'json'], { cwd: tree }).stdout;
      assert.equal(runCli(['check', '--format', 'json'], { cwd: tree }).stdout, first);
      const keys = parseJsonFindings(first).map((f) => [f.file, f.line] as const);
      assert.equal(keys.length, 80);
      const sorted = [...keys].sort(([fa, la], [fb, lb]) => (fa < fb ? -1 : fa > fb ? 1 : la - lb));
      assert.deepEqual(keys, sorted);
    } finally {
      removeTree(tree);
    }
  });

  for (const format of ['text', 'json', 'sarif']) {
    it(`${format}: never prints the secret value, even with --verbose`, () => {
      const { stdout, stderr } = runCli(['check', '--format', format, '--verbose'], { cwd: root });
      assert.match(stdout, /github-pat/, 'the secret is reported');
      for (const stream of [stdout, stderr]) {
        assert.ok(!stream.includes(token), 'full token printed');
        assert.ok(!stream.includes(token.slice(-20)), 'token tail printed');
      }
    });
  }
});

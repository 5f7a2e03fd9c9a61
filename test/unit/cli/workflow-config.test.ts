/**
 * The CLI with the workflow linters' own config files (zizmor.yml, .github/actionlint.yaml),
 * cross-file reads (a workflow using a local action of its repository), and ShellCheck on `run:`
 * scripts, on one thread and through the worker pool.
 */
import * as assert from 'node:assert/strict';
import { makeTree, parseJsonFindings, removeTree, runCli, type JsonFinding } from './helpers';

const UNPINNED = [
  'on: push',
  'permissions: {}',
  'jobs:',
  '  build:',
  '    runs-on: gpu-box',
  '    steps:',
  '      - uses: actions/checkout@v4',
  '      - uses: other/action@v1',
  '',
].join('\n');

const USES_LOCAL_ACTION = [
  'on: push',
  'permissions: {}',
  'jobs:',
  '  build:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - uses: ./.github/actions/hello',
  '        with:',
  '          nmae: typo',
  '      - run: echo $1',
  '',
].join('\n');

const LOCAL_ACTION = [
  'name: hello',
  'description: says hello',
  'inputs:',
  '  name:',
  '    description: who',
  'runs:',
  '  using: composite',
  '  steps:',
  '    - run: echo hello',
  '      shell: bash',
  '',
].join('\n');

const brief = (f: JsonFinding) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`;

function check(root: string, args: readonly string[]): JsonFinding[] {
  const { code, stdout, stderr } = runCli(['check', '--format', 'json', '--fail-on', 'never', ...args], { cwd: root });
  assert.equal(code, 0, stderr);
  return parseJsonFindings(stdout);
}

describe('drydock check with zizmor.yml and actionlint.yaml', function () {
  this.timeout(60000);

  it('zizmor.yml: ignore by file:line and config reach the rules', () => {
    const root = makeTree({
      '.github/workflows/ci.yml': UNPINNED,
      '.github/workflows/other.yml': UNPINNED,
      '.github/zizmor.yml': [
        'rules:',
        '  unpinned-uses:',
        '    ignore:',
        '      - ci.yml:8',
        '    config:',
        '      policies:',
        '        "actions/*": ref-pin',
        '',
      ].join('\n'),
    });
    try {
      const findings = check(root, ['.']);
      assert.deepEqual(findings.map(brief), ['.github/workflows/other.yml:8:28 unpinned-uses']);
    } finally {
      removeTree(root);
    }
  });

  it('zizmor.yml: disable turns a rule off, unless a .drydock.yaml turns it on again', () => {
    const root = makeTree({
      '.github/workflows/ci.yml': UNPINNED,
      '.github/zizmor.yml': 'rules:\n  unpinned-uses:\n    disable: true\n',
      'svc/.github/workflows/ci.yml': UNPINNED,
      'svc/.drydock.yaml': 'rules:\n  unpinned-uses: error\n',
    });
    try {
      assert.deepEqual(check(root, ['.']).map(brief), [
        'svc/.github/workflows/ci.yml:7:32 unpinned-uses',
        'svc/.github/workflows/ci.yml:8:28 unpinned-uses',
      ]);
    } finally {
      removeTree(root);
    }
  });

  it('reports a broken zizmor.yml as a warning and keeps linting', () => {
    const root = makeTree({ '.github/workflows/ci.yml': UNPINNED, 'zizmor.yml': 'rules:\n  unpinned-uses:\n    ignore: 3\n' });
    try {
      const { code, stdout, stderr } = runCli(['check', '--format', 'json', '--fail-on', 'never', '.'], { cwd: root });
      assert.equal(code, 0);
      assert.match(stderr, /zizmor\.yml: rules\.unpinned-uses\.ignore: expected a list/);
      assert.equal(parseJsonFindings(stdout).filter((f) => f.ruleId === 'unpinned-uses').length, 2);
    } finally {
      removeTree(root);
    }
  });

  it('actionlint.yaml: self-hosted labels and message ignores per path', () => {
    const root = makeTree({
      '.drydock.yaml': 'rules:\n  runner-label: warning\n',
      '.github/workflows/ci.yml': UNPINNED,
      '.github/workflows/other.yml': UNPINNED,
      '.github/actionlint.yaml': [
        'self-hosted-runner:',
        '  labels: [gpu-*]',
        'paths:',
        '  .github/workflows/ci.yml:',
        '    ignore:',
        '      - pinned to the tag "v1"',
        '',
      ].join('\n'),
    });
    try {
      const findings = check(root, ['.']);
      assert.deepEqual(findings.map(brief), [
        '.github/workflows/ci.yml:7:32 unpinned-uses',
        '.github/workflows/other.yml:7:32 unpinned-uses',
        '.github/workflows/other.yml:8:28 unpinned-uses',
      ]);
      const unlabelled = makeTree({ '.drydock.yaml': 'rules:\n  runner-label: warning\n', '.github/workflows/ci.yml': UNPINNED });
      try {
        assert.ok(
          check(unlabelled, ['.']).some((f) => f.ruleId === 'runner-label'),
          'gpu-box is unknown without the config',
        );
      } finally {
        removeTree(unlabelled);
      }
    } finally {
      removeTree(root);
    }
  });

  it('--config takes a zizmor.yml or actionlint.yaml too', () => {
    const root = makeTree({ '.github/workflows/ci.yml': UNPINNED, 'z/zizmor.yml': 'rules:\n  unpinned-uses:\n    disable: true\n' });
    try {
      assert.deepEqual(
        check(root, ['--config', 'z/zizmor.yml', '.github/workflows/ci.yml']).filter((f) => f.ruleId === 'unpinned-uses'),
        [],
      );
    } finally {
      removeTree(root);
    }
  });
});

describe('drydock check: cross-file reads and ShellCheck in workflows', function () {
  this.timeout(60000);
  let root: string;

  before(() => {
    const files: Record<string, string> = {
      '.drydock.yaml': 'rules:\n  action: warning\n  unpinned-uses: off\n',
      '.github/actions/hello/action.yml': LOCAL_ACTION,
      '.github/workflows/ci.yml': USES_LOCAL_ACTION,
    };
    // Enough files to start the worker pool with --jobs 2 (it starts at the first file then).
    for (let i = 0; i < 5; i++) files[`svc${i}/.github/workflows/ci.yml`] = USES_LOCAL_ACTION;
    for (let i = 0; i < 5; i++) files[`svc${i}/.github/actions/hello/action.yml`] = LOCAL_ACTION;
    root = makeTree(files);
  });
  after(() => removeTree(root));

  const actionFindings = (findings: readonly JsonFinding[]) => findings.filter((f) => f.ruleId === 'action');

  it('a workflow rule reads the local action of its own repository', () => {
    const [finding, ...rest] = actionFindings(check(root, ['.github/workflows/ci.yml']));
    assert.deepEqual(rest, []);
    assert.equal(finding && brief(finding), '.github/workflows/ci.yml:9:11 action');
    assert.match(finding?.message ?? '', /"nmae"/);
  });

  it('each nested repository root is found from .github/workflows, also in worker threads', () => {
    for (const jobs of ['1', '2']) {
      const findings = actionFindings(check(root, ['--jobs', jobs, '.']));
      assert.equal(findings.length, 6, `--jobs ${jobs}: ${findings.map(brief).join(', ')}`);
    }
  });

  it('without the action file the check is skipped silently', () => {
    const bare = makeTree({ '.drydock.yaml': 'rules:\n  action: warning\n', '.github/workflows/ci.yml': USES_LOCAL_ACTION });
    try {
      assert.deepEqual(actionFindings(check(bare, ['.'])), []);
    } finally {
      removeTree(bare);
    }
  });

  it('ShellCheck runs on run: scripts, unless --no-shellcheck or workflow.shellcheck: false', () => {
    const sc = (args: readonly string[]) => check(root, args).filter((f) => f.ruleId.startsWith('SC'));
    const [finding, ...rest] = sc(['.github/workflows/ci.yml']);
    assert.deepEqual(rest, []);
    assert.equal(finding && `${brief(finding)}-${finding.endColumn}`, '.github/workflows/ci.yml:10:19 SC2086-21');
    assert.deepEqual(finding?.aliases, ['shellcheck']);
    assert.equal(finding?.category, 'workflow');
    assert.deepEqual(sc(['--no-shellcheck', '.github/workflows/ci.yml']), []);
    const off = makeTree({ '.drydock.yaml': 'workflow:\n  shellcheck: false\n', '.github/workflows/ci.yml': USES_LOCAL_ACTION });
    try {
      assert.deepEqual(
        check(off, ['.']).filter((f) => f.ruleId.startsWith('SC')),
        [],
      );
    } finally {
      removeTree(off);
    }
  });

  it('--fix=all applies ShellCheck’s fix to a run: script', () => {
    const tree = makeTree({ '.github/workflows/ci.yml': USES_LOCAL_ACTION });
    try {
      const { code, stderr } = runCli(['check', '--fix=all', '--fail-on', 'never', '.github/workflows/ci.yml'], { cwd: tree });
      assert.equal(code, 0, stderr);
      const { stdout } = runCli(['check', '--format', 'json', '--fail-on', 'never', '.'], { cwd: tree });
      assert.deepEqual(
        parseJsonFindings(stdout).filter((f) => f.ruleId.startsWith('SC')),
        [],
      );
    } finally {
      removeTree(tree);
    }
  });
});

/**
 * zizmor.yml and .github/actionlint.yaml: parsing (problems, never exceptions), discovery next to a
 * workflow or action, and their effect on lint results (rules off, ignores, per-rule config).
 */
import { strict as assert } from 'node:assert';
import { RE2JS } from 're2js';
import {
  DEFAULT_CONFIG,
  mergeConfig,
  resolveConfigForFile,
  toPartialConfig,
  type ConfigProblem,
  type DrydockConfig,
} from '../../../src/engine/config';
import { lint } from '../../../src/engine/lint';
import type { Finding } from '../../../src/engine/types';
import { globToRe2Source, parseActionlintConfig, parseZizmorConfig } from '../../../src/engine/workflow-config';

const WORKFLOW = `on: push
permissions: {}
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: other/action@v1
`;

/** Every rule off but unpinned-uses, so other rules' findings do not matter here. */
function only(config: DrydockConfig): DrydockConfig {
  return mergeConfig(config, { rules: { '*': 'off', 'unpinned-uses': config.rules['unpinned-uses'] ?? 'warning' } });
}

function findingsOf(path: string, text: string, config: DrydockConfig): Finding[] {
  return [...lint({ path, text }, only(config)).findings];
}

const at = (f: Finding) => `${f.ruleId}@${f.range.start.line + 1}:${f.range.start.character + 1}`;

async function resolveWith(files: Record<string, string>, file: string, root = '/repo') {
  return resolveConfigForFile(file, root, (p) => Promise.resolve(files[p]));
}

describe('zizmor.yml', () => {
  it('reads disable, ignore, config and remap', () => {
    const problems: ConfigProblem[] = [];
    const layer = parseZizmorConfig(
      [
        'rules:',
        '  template-injection:',
        '    disable: true',
        '  unpinned-uses:',
        '    config:',
        '      policies:',
        '        "actions/*": ref-pin',
        '    ignore:',
        '      - ci.yml',
        '      - release.yml:12',
        '      - .github/workflows/deploy.yml:7:9',
        '  artipacked:',
        '    remap:',
        '      severity: high',
        '',
      ].join('\n'),
      '/repo/zizmor.yml',
      problems,
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(layer.rules, { 'template-injection': 'off', artipacked: 'error' });
    assert.deepEqual(layer.workflow?.ruleConfig, { 'unpinned-uses': { policies: { 'actions/*': 'ref-pin' } } });
    assert.deepEqual(layer.workflow?.ignores, [
      { from: 'zizmor', rule: 'unpinned-uses', file: 'ci.yml' },
      { from: 'zizmor', rule: 'unpinned-uses', file: 'release.yml', line: 12 },
      { from: 'zizmor', rule: 'unpinned-uses', file: 'deploy.yml', line: 7, column: 9 },
    ]);
  });

  it('reports bad content as problems and never throws', () => {
    const cases: [string, RegExp][] = [
      ['rules: [', /invalid YAML/],
      ['- a\n- b\n', /expected a mapping at the top level/],
      ['rules: 3\n', /rules: expected a mapping/],
      ['rules:\n  x: true\n', /rules\.x: expected a mapping/],
      ['rules:\n  x:\n    disable: yes please\n', /rules\.x\.disable: expected true or false/],
      ['rules:\n  x:\n    ignore: [":12"]\n', /not of the form file\.yml/],
      ['rules:\n  x:\n    ignore: oops\n', /expected a list/],
      ['rules:\n  x:\n    remap: { severity: extreme }\n', /expected severity/],
      ['rules:\n  x:\n    frobnicate: 1\n', /unknown setting "rules\.x\.frobnicate"/],
      ['strict: true\n', /unknown setting "strict"/],
    ];
    for (const [text, expected] of cases) {
      const problems: ConfigProblem[] = [];
      assert.doesNotThrow(() => parseZizmorConfig(text, 'zizmor.yml', problems), text);
      assert.ok(
        problems.some((p) => expected.test(p.message)),
        `${JSON.stringify(text)}: ${JSON.stringify(problems)}`,
      );
    }
    assert.deepEqual(parseZizmorConfig('', 'zizmor.yml', []), {});
    assert.deepEqual(parseZizmorConfig('rules:\n', 'zizmor.yml', []), {});
  });

  it('is found in .github/ or at the root, the nearest one alone', async () => {
    const files = {
      '/repo/zizmor.yml': 'rules:\n  unpinned-uses:\n    disable: true\n',
      '/repo/.github/zizmor.yml': 'rules:\n  artipacked:\n    disable: true\n',
    };
    const wf = await resolveWith(files, '/repo/.github/workflows/ci.yml');
    assert.deepEqual(wf.files, ['/repo/.github/zizmor.yml']);
    assert.deepEqual(wf.config.rules, { artipacked: 'off' });
    const action = await resolveWith({ '/repo/zizmor.yaml': 'rules:\n  x:\n    disable: true\n' }, '/repo/tools/act/action.yml');
    assert.deepEqual(action.files, ['/repo/zizmor.yaml']);
    const nested = await resolveWith(
      { ...files, '/repo/tools/.github/zizmor.yaml': 'rules:\n  y:\n    disable: true\n' },
      '/repo/tools/act/action.yml',
    );
    assert.deepEqual(nested.files, ['/repo/tools/.github/zizmor.yaml']);
  });

  it('a workflow named zizmor.yml is not zizmor config', async () => {
    const files = { '/repo/.github/workflows/zizmor.yml': 'on: push\njobs: {}\n' };
    const { files: found, problems } = await resolveWith(files, '/repo/.github/workflows/ci.yml');
    assert.deepEqual(found, []);
    assert.deepEqual(problems, []);
  });

  it('disable turns the rule off; ignore silences by file name, line and column; config reaches the rule', async () => {
    const path = '/repo/.github/workflows/ci.yml';
    const resolve = async (zizmor: string) => (await resolveWith({ '/repo/.github/zizmor.yml': zizmor }, path)).config;
    assert.deepEqual(findingsOf(path, WORKFLOW, DEFAULT_CONFIG).map(at), ['unpinned-uses@7:32', 'unpinned-uses@8:28']);
    assert.deepEqual(findingsOf(path, WORKFLOW, await resolve('rules:\n  unpinned-uses:\n    disable: true\n')), []);
    assert.deepEqual(findingsOf(path, WORKFLOW, await resolve('rules:\n  unpinned-uses:\n    ignore: [ci.yml:8]\n')).map(at), [
      'unpinned-uses@7:32',
    ]);
    assert.deepEqual(findingsOf(path, WORKFLOW, await resolve('rules:\n  unpinned-uses:\n    ignore: [ci.yml:7:32]\n')).map(at), [
      'unpinned-uses@8:28',
    ]);
    assert.equal(findingsOf(path, WORKFLOW, await resolve('rules:\n  unpinned-uses:\n    ignore: [ci.yml:7:5]\n')).length, 2);
    assert.deepEqual(findingsOf(path, WORKFLOW, await resolve('rules:\n  unpinned-uses:\n    ignore: [ci.yml]\n')), []);
    assert.equal(findingsOf(path, WORKFLOW, await resolve('rules:\n  unpinned-uses:\n    ignore: [other.yml]\n')).length, 2);
    assert.equal(findingsOf(path, WORKFLOW, await resolve('rules:\n  artipacked:\n    ignore: [ci.yml]\n')).length, 2);
    const policies = await resolve('rules:\n  unpinned-uses:\n    config:\n      policies:\n        "actions/*": ref-pin\n');
    assert.deepEqual(findingsOf(path, WORKFLOW, policies).map(at), ['unpinned-uses@8:28']);
  });

  it('a .drydock.yaml has the last word over zizmor.yml', async () => {
    const { config } = await resolveWith(
      {
        '/repo/.github/zizmor.yml': 'rules:\n  unpinned-uses:\n    disable: true\n',
        '/repo/.drydock.yaml': 'rules:\n  unpinned-uses: error\n',
      },
      '/repo/.github/workflows/ci.yml',
    );
    assert.equal(config.rules['unpinned-uses'], 'error');
  });
});

describe('.github/actionlint.yaml', () => {
  it('reads runner labels, config variables (null vs a list) and path ignores', () => {
    const problems: ConfigProblem[] = [];
    const layer = parseActionlintConfig(
      [
        'self-hosted-runner:',
        '  labels: [linux.2xlarge, "gpu-*"]',
        'config-variables: [DEPLOY_ENV]',
        'paths:',
        '  .github/workflows/**/*.{yml,yaml}:',
        '    ignore:',
        '      - "shellcheck reported issue in this script: SC2086:.+"',
        '',
      ].join('\n'),
      '/repo/.github/actionlint.yaml',
      problems,
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(layer.workflow?.runnerLabels, ['linux.2xlarge', 'gpu-*']);
    assert.deepEqual(layer.workflow?.configVariables, ['DEPLOY_ENV']);
    const [ignore] = layer.workflow?.ignores ?? [];
    assert.ok(ignore?.from === 'actionlint');
    assert.equal(ignore.root, '/repo');
    assert.ok(ignore.glob.testExact('.github/workflows/ci.yml'));
    assert.ok(ignore.glob.testExact('.github/workflows/sub/ci.yaml'));
    assert.ok(!ignore.glob.testExact('ci.yml'));
    assert.equal(parseActionlintConfig('config-variables: null\n', 'x/.github/actionlint.yaml', []).workflow, undefined);
    assert.deepEqual(parseActionlintConfig('config-variables: []\n', 'x/.github/actionlint.yaml', []).workflow?.configVariables, []);
    const none = mergeConfig(DEFAULT_CONFIG, parseActionlintConfig('config-variables:\n', 'x/.github/actionlint.yaml', []));
    assert.equal(none.workflow.configVariables, undefined);
  });

  it('reports an invalid regex, a bad shape or an unknown key as a problem', () => {
    const cases: [string, RegExp][] = [
      ['paths:\n  "**":\n    ignore: ["(unclosed"]\n', /paths\.\*\*\.ignore\[0\]: invalid regular expression/],
      ['paths:\n  "**":\n    ignore: "x"\n', /expected a list of strings/],
      ['self-hosted-runner:\n  labels: 3\n', /self-hosted-runner\.labels: expected a list/],
      ['self-hosted-runner: [a]\n', /expected a mapping with labels/],
      ['config-variables: { a: 1 }\n', /config-variables: expected a list/],
      ['shellcheck: off\n', /unknown setting "shellcheck"/],
      ['{{{', /invalid YAML/],
    ];
    for (const [text, expected] of cases) {
      const problems: ConfigProblem[] = [];
      assert.doesNotThrow(() => parseActionlintConfig(text, '/r/.github/actionlint.yaml', problems), text);
      assert.ok(
        problems.some((p) => expected.test(p.message)),
        `${JSON.stringify(text)}: ${JSON.stringify(problems)}`,
      );
    }
  });

  it('is found in the .github folder of an ancestor, and its labels reach the config', async () => {
    const files = { '/repo/.github/actionlint.yml': 'self-hosted-runner:\n  labels: [big-box]\n' };
    const wf = await resolveWith(files, '/repo/.github/workflows/ci.yml');
    assert.deepEqual(wf.files, ['/repo/.github/actionlint.yml']);
    assert.deepEqual(wf.config.workflow.runnerLabels, ['big-box']);
    const action = await resolveWith(files, '/repo/actions/x/action.yml');
    assert.deepEqual(action.config.workflow.runnerLabels, ['big-box']);
    const overridden = await resolveWith({ ...files, '/repo/.drydock.yaml': 'workflow:\n  runnerLabels: [mine]\n' }, '/repo/x/action.yml');
    assert.deepEqual(overridden.config.workflow.runnerLabels, ['mine']);
  });

  it('paths ignores silence findings whose message matches, in files the glob matches', async () => {
    const files = {
      '/repo/.github/actionlint.yaml':
        'paths:\n  .github/workflows/ci.yml:\n    ignore:\n    - \'pinned to the tag "v4"\'\n    - "\\\\[unpinned-uses\\\\]$"\n',
    };
    const ci = (await resolveWith(files, '/repo/.github/workflows/ci.yml')).config;
    // The second pattern matches every unpinned-uses finding through the `[id]` suffix.
    assert.deepEqual(findingsOf('/repo/.github/workflows/ci.yml', WORKFLOW, ci), []);
    const onlyTag = (
      await resolveWith(
        { '/repo/.github/actionlint.yaml': 'paths:\n  "**":\n    ignore: [\'tag "v4"\']\n' },
        '/repo/.github/workflows/ci.yml',
      )
    ).config;
    assert.deepEqual(findingsOf('/repo/.github/workflows/ci.yml', WORKFLOW, onlyTag).map(at), ['unpinned-uses@8:28']);
    const other = (await resolveWith(files, '/repo/.github/workflows/other.yml')).config;
    assert.equal(findingsOf('/repo/.github/workflows/other.yml', WORKFLOW, other).length, 2);
  });
});

describe('workflow settings from the editor', () => {
  it('flow into the engine config, the defaults VS Code sends included, without problems', () => {
    const problems: ConfigProblem[] = [];
    // What `workspace.getConfiguration('drydock')` returns: every key, defaults included.
    const section = { workflow: { enable: true, persona: 'pedantic', runnerLabels: ['big-*'], configVariables: null, shellcheck: false } };
    const config = mergeConfig(DEFAULT_CONFIG, toPartialConfig(section, 'settings', problems));
    assert.deepEqual(problems, []);
    assert.equal(config.workflow.persona, 'pedantic');
    assert.deepEqual(config.workflow.runnerLabels, ['big-*']);
    assert.equal(config.workflow.configVariables, undefined);
    assert.equal(config.workflow.shellcheck, false);
    const listed = mergeConfig(DEFAULT_CONFIG, toPartialConfig({ 'workflow.configVariables': [] }, 'settings', problems));
    assert.deepEqual(listed.workflow.configVariables, []);
    const wrong: ConfigProblem[] = [];
    toPartialConfig({ workflow: { persona: 'loud', configVariables: 'X' } }, 'settings', wrong);
    assert.deepEqual(
      wrong.map((p) => p.message),
      ['workflow.persona: expected one of regular, pedantic, auditor', 'workflow.configVariables: expected a list of names'],
    );
  });
});

describe('doublestar globs', () => {
  const matches = (glob: string, path: string) => RE2JS.compile(globToRe2Source(glob)).testExact(path);
  it('matches as actionlint (doublestar) does', () => {
    assert.ok(matches('.github/workflows/*.yml', '.github/workflows/ci.yml'));
    assert.ok(!matches('.github/workflows/*.yml', '.github/workflows/a/ci.yml'));
    assert.ok(matches('**/*.yml', 'ci.yml'));
    assert.ok(matches('**/*.yml', 'a/b/ci.yml'));
    assert.ok(matches('.github/**', '.github/workflows/ci.yml'));
    assert.ok(matches('.github/workflows/{ci,release}.y?ml', '.github/workflows/release.yaml'));
    assert.ok(!matches('.github/workflows/{ci,release}.yml', '.github/workflows/deploy.yml'));
    assert.ok(matches('.github/workflows/[!d]*.yml', '.github/workflows/ci.yml'));
    assert.ok(!matches('.github/workflows/[!d]*.yml', '.github/workflows/deploy.yml'));
    assert.ok(matches('a+b(c).yml', 'a+b(c).yml'));
    assert.ok(!matches('a.yml', 'abyml'));
  });
});

import * as assert from 'node:assert/strict';
import { DOCKERFILE, makeTree, parseJsonFindings, removeTree, reported, runCli } from './helpers';

describe('drydock check configuration', () => {
  let root: string;

  before(() => {
    root = makeTree({
      Dockerfile: DOCKERFILE,
      'off.yaml': 'rules:\n  DL3007: off\n',
      'services/api/Dockerfile': DOCKERFILE,
      'services/.drydock.yaml': 'rules:\n  DL4000: off\n',
      'services/api/.drydock.yaml': 'rules:\n  DL3007: error\n',
    });
  });
  after(() => removeTree(root));

  it('--config FILE with rules: {DL3007: off} turns the rule off', () => {
    const { stdout, stderr } = runCli(['check', '--format', 'json', '--config', 'off.yaml', 'Dockerfile'], { cwd: root });
    assert.deepEqual(reported(stdout), ['Dockerfile DL4000']);
    assert.equal(stderr, '');
  });

  it('discovers .drydock.yaml files from the root down to each file, nearest winning', () => {
    const { stdout } = runCli(['check', '--format', 'json'], { cwd: root });
    const findings = parseJsonFindings(stdout).map((f) => `${f.file} ${f.ruleId} ${f.severity}`);
    assert.deepEqual(findings, ['Dockerfile DL3007 warning', 'Dockerfile DL4000 error', 'services/api/Dockerfile DL3007 error']);
  });

  it('--config replaces discovery', () => {
    const { stdout } = runCli(['check', '--format', 'json', '--config', 'off.yaml', 'services'], { cwd: root });
    assert.deepEqual(reported(stdout), ['services/api/Dockerfile DL4000']);
  });

  it('finds the config of the enclosing git repository when run from a subfolder', () => {
    const repo = makeTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.drydock.yaml': 'rules:\n  DL3007: off\n',
      'app/Dockerfile': DOCKERFILE,
    });
    try {
      const { stdout } = runCli(['check', '--format', 'json'], { cwd: `${repo}/app` });
      assert.deepEqual(reported(stdout), ['Dockerfile DL4000']);
    } finally {
      removeTree(repo);
    }
  });

  it('prints config problems as warnings on stderr and carries on', () => {
    const broken = makeTree({ '.drydock.yaml': 'colour: blue\nrules:\n  DL3007: loud\n', Dockerfile: DOCKERFILE });
    try {
      const { code, stdout, stderr } = runCli(['check', '--format', 'json'], { cwd: broken });
      assert.equal(code, 1);
      assert.deepEqual(reported(stdout), ['Dockerfile DL3007', 'Dockerfile DL4000']);
      const lines = stderr.trimEnd().split('\n');
      assert.deepEqual(lines.sort(), [
        'drydock: warning: .drydock.yaml: rules.DL3007: expected one of off, error, warning, info',
        'drydock: warning: .drydock.yaml: unknown setting "colour"',
      ]);
    } finally {
      removeTree(broken);
    }
  });

  it('reports each config problem once however many files it applies to', () => {
    const tree: Record<string, string> = { '.drydock.yaml': 'colour: blue\n' };
    for (let i = 0; i < 20; i++) tree[`d${i}/Dockerfile`] = 'FROM node:20\n';
    const many = makeTree(tree);
    try {
      const { stderr } = runCli(['check'], { cwd: many });
      assert.equal(stderr, 'drydock: warning: .drydock.yaml: unknown setting "colour"\n');
    } finally {
      removeTree(many);
    }
  });
});

import * as assert from 'node:assert/strict';
import { DOCKERFILE, generateGithubToken, makeTree, removeTree, reported, runCli, WORKFLOW } from './helpers';

describe('drydock check --stdin', () => {
  let root: string;

  before(() => {
    root = makeTree({ 'off/.drydock.yaml': 'rules:\n  DL3007: off\n' });
  });
  after(() => removeTree(root));

  it('lints standard input as the file named by --stdin-filename', () => {
    const { code, stdout } = runCli(['check', '--stdin', '--stdin-filename', 'Dockerfile', '--format', 'json'], {
      cwd: root,
      input: DOCKERFILE,
    });
    assert.equal(code, 1);
    assert.deepEqual(reported(stdout), ['Dockerfile DL3007', 'Dockerfile DL4000']);
  });

  it('classifies by the name: a workflow path gets workflow rules', () => {
    const { stdout } = runCli(['check', '--stdin', '--stdin-filename', '.github/workflows/ci.yml', '--format', 'json'], {
      cwd: root,
      input: WORKFLOW,
    });
    assert.deepEqual(reported(stdout), ['.github/workflows/ci.yml unpinned-uses']);
  });

  it('classifies by the name: other files get no Dockerfile rules', () => {
    const { code, stdout } = runCli(['check', '--stdin', '--stdin-filename', 'notes.txt', '--format', 'json'], {
      cwd: root,
      input: DOCKERFILE,
    });
    assert.equal(code, 0);
    assert.deepEqual(reported(stdout), []);
  });

  it('uses the configuration that applies to the name', () => {
    const { stdout } = runCli(['check', '--stdin', '--stdin-filename', 'off/Dockerfile', '--format', 'json'], {
      cwd: root,
      input: DOCKERFILE,
    });
    assert.deepEqual(reported(stdout), ['off/Dockerfile DL4000']);
  });

  it('scans standard input for secrets without printing them', () => {
    const token = generateGithubToken();
    const { stdout, stderr } = runCli(['check', '--stdin', '--stdin-filename', 'config.js', '--format', 'text'], {
      cwd: root,
      input: `const token = "${token}";\n`,
    });
    assert.match(stdout, /^config\.js:1:16: error github-pat /m);
    assert.ok(!stdout.includes(token.slice(-20)) && !stderr.includes(token.slice(-20)));
  });
});

import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeTree, parseJsonFindings, removeTree, runCli } from './helpers';

const DOCKERFILE = 'FROM debian:12\nRUN echo ok \\\n  && echo $1\nUSER 10001\n';

describe('drydock check with ShellCheck', function () {
  this.timeout(30000);
  let root: string;

  before(() => {
    root = makeTree({
      Dockerfile: DOCKERFILE,
      'b/Dockerfile': DOCKERFILE,
      'off/Dockerfile': DOCKERFILE,
      'off/.drydock.yaml': 'dockerfile:\n  shellcheck: false\n',
    });
  });
  after(() => removeTree(root));

  const sc = (stdout: string) => parseJsonFindings(stdout).filter((f) => f.ruleId.startsWith('SC'));

  it('reports ShellCheck findings in Dockerfiles with 1-based lines and columns', () => {
    const { code, stdout, stderr } = runCli(['check', '--format', 'json', 'Dockerfile'], { cwd: root });
    assert.equal(stderr, '');
    assert.equal(code, 0); // SC2086 is info; the default --fail-on is warning
    const findings = sc(stdout);
    assert.equal(findings.length, 1);
    const [f] = findings;
    assert.deepEqual(
      {
        ruleId: f?.ruleId,
        line: f?.line,
        column: f?.column,
        endLine: f?.endLine,
        endColumn: f?.endColumn,
        severity: f?.severity,
        fixable: f?.fixable,
      },
      { ruleId: 'SC2086', line: 3, column: 11, endLine: 3, endColumn: 13, severity: 'info', fixable: true },
    );
    assert.equal(f?.docsUrl, 'https://www.shellcheck.net/wiki/SC2086');
    const text = runCli(['check', 'Dockerfile'], { cwd: root }).stdout;
    assert.match(text, /^Dockerfile:3:11: info SC2086 Double quote to prevent globbing and word splitting\.$/m);
    assert.match(text, /SC2086: https:\/\/www\.shellcheck\.net\/wiki\/SC2086/);
  });

  it('is off with --no-shellcheck and with dockerfile.shellcheck: false', () => {
    assert.deepEqual(sc(runCli(['check', '--format', 'json', '--no-shellcheck', 'Dockerfile'], { cwd: root }).stdout), []);
    assert.deepEqual(sc(runCli(['check', '--format', 'json', 'off/Dockerfile'], { cwd: root }).stdout), []);
  });

  it('counts towards --fail-on, and the output is the same run after run', () => {
    const first = runCli(['check', '--format', 'json', '--fail-on', 'info', '.'], { cwd: root });
    assert.equal(first.code, 1);
    const second = runCli(['check', '--format', 'json', '--fail-on', 'info', '.'], { cwd: root });
    assert.equal(second.stdout, first.stdout);
  });

  it('checks standard input named as a Dockerfile', () => {
    const { stdout } = runCli(['check', '--format', 'json', '--stdin', '--stdin-filename', 'Dockerfile'], { cwd: root, input: DOCKERFILE });
    assert.deepEqual(
      sc(stdout).map((f) => `${f.ruleId} ${f.line}:${f.column}`),
      ['SC2086 3:11'],
    );
  });

  it('applies ShellCheck’s (unsafe) fixes with --fix=all only', () => {
    const dir = makeTree({ Dockerfile: DOCKERFILE });
    try {
      runCli(['check', '--fix', 'Dockerfile'], { cwd: dir });
      assert.equal(readFileSync(join(dir, 'Dockerfile'), 'utf8'), DOCKERFILE);
      const { stdout } = runCli(['check', '--format', 'json', '--fix=all', 'Dockerfile'], { cwd: dir });
      assert.equal(readFileSync(join(dir, 'Dockerfile'), 'utf8'), 'FROM debian:12\nRUN echo ok \\\n  && echo "$1"\nUSER 10001\n');
      assert.deepEqual(sc(stdout), []);
    } finally {
      removeTree(dir);
    }
  });

  it('without a shellcheck binary: no SC findings, and one note with --verbose only', () => {
    const empty = mkdtempSync(join(tmpdir(), 'drydock-nopath-'));
    try {
      const env = { PATH: empty };
      const quiet = runCli(['check', '--format', 'json', 'Dockerfile', 'off/Dockerfile'], { cwd: root, env });
      assert.equal(quiet.stderr, '');
      assert.deepEqual(sc(quiet.stdout), []);
      const verbose = runCli(['check', '--format', 'json', '--verbose', 'Dockerfile', 'b/Dockerfile'], { cwd: root, env });
      const notes = verbose.stderr.split('\n').filter((l) => l.includes('shellcheck'));
      assert.deepEqual(notes, ['drydock: shellcheck not found: ShellCheck findings are off']);
      assert.deepEqual(sc(verbose.stdout), []);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

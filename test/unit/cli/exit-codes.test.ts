import * as assert from 'node:assert/strict';
import { makeTree, removeTree, runCli } from './helpers';

describe('drydock check exit codes', () => {
  let warningOnly: string;
  let errorOnly: string;
  let infoOnly: string;
  let clean: string;

  before(() => {
    warningOnly = makeTree({ Dockerfile: 'FROM node:latest\n' });
    errorOnly = makeTree({ Dockerfile: 'FROM node:20\nMAINTAINER x\n' });
    // DL3007 downgraded to info by the project's config.
    infoOnly = makeTree({ Dockerfile: 'FROM node:latest\n', '.drydock.yaml': 'rules:\n  DL3007: info\n' });
    clean = makeTree({ Dockerfile: 'FROM node:20\n' });
  });
  after(() => [warningOnly, errorOnly, infoOnly, clean].forEach(removeTree));

  const cases: [string, () => string, string | undefined, number][] = [
    ['a warning, default (warning)', () => warningOnly, undefined, 1],
    ['a warning, --fail-on error', () => warningOnly, 'error', 0],
    ['a warning, --fail-on warning', () => warningOnly, 'warning', 1],
    ['a warning, --fail-on info', () => warningOnly, 'info', 1],
    ['a warning, --fail-on never', () => warningOnly, 'never', 0],
    ['an error, --fail-on error', () => errorOnly, 'error', 1],
    ['an error, --fail-on never', () => errorOnly, 'never', 0],
    ['an info, --fail-on info', () => infoOnly, 'info', 1],
    ['an info, --fail-on warning', () => infoOnly, 'warning', 0],
    ['no findings, --fail-on info', () => clean, 'info', 0],
  ];
  for (const [name, tree, failOn, expected] of cases) {
    it(`exits ${expected} for ${name}`, () => {
      const args = ['check', '--format', 'json', ...(failOn ? ['--fail-on', failOn] : [])];
      const { code, stdout } = runCli(args, { cwd: tree() });
      assert.equal(code, expected, stdout);
    });
  }

  it('--quiet reports and fails on errors only', () => {
    const quiet = runCli(['check', '--quiet', '--format', 'json'], { cwd: warningOnly });
    assert.equal(quiet.code, 0);
    assert.deepEqual((JSON.parse(quiet.stdout) as { findings: unknown[] }).findings, []);
    assert.equal(runCli(['check', '--quiet'], { cwd: errorOnly }).code, 1);
  });

  const usageErrors: [string, string[]][] = [
    ['an unknown flag', ['check', '--frobnicate']],
    ['an unknown short flag', ['check', '-x']],
    ['a bad --format value', ['check', '--format', 'xml']],
    ['a bad --fail-on value', ['check', '--fail-on', 'sometimes']],
    ['a missing option value', ['check', '--format']],
    ['a bad --fix value', ['check', '--fix=everything']],
    ['a value for a boolean flag', ['check', '--verbose=yes']],
    ['a nonexistent path', ['check', 'no/such/file']],
    ['--stdin-filename without --stdin', ['check', '--stdin-filename', 'Dockerfile']],
    ['--stdin with paths', ['check', '--stdin', 'Dockerfile']],
    ['a missing --config file', ['check', '--config', 'missing.yaml']],
    ['no command', []],
    ['an unknown command', ['lint']],
    ['a bad rules --format', ['rules', '--format', 'sarif']],
  ];
  for (const [name, args] of usageErrors) {
    it(`exits 2 with one stderr line for ${name}`, () => {
      const { code, stdout, stderr } = runCli(args, { cwd: warningOnly });
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, /^drydock: [^\n]+\n$/);
    });
  }

  it('exits 2 for a nonexistent path even when other paths have findings', () => {
    const { code, stderr } = runCli(['check', 'Dockerfile', 'missing-dir'], { cwd: warningOnly });
    assert.equal(code, 2);
    assert.match(stderr, /^drydock: cannot read "missing-dir": no such file or directory\n$/);
  });

  it('prints help and the version with exit 0', () => {
    const help = runCli(['check', '--help'], { cwd: clean });
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--fail-on/);
    const version = runCli(['--version'], { cwd: clean });
    assert.equal(version.code, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+/);
  });
});

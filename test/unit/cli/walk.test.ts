import * as assert from 'node:assert/strict';
import { DOCKERFILE, generateGithubToken, makeTree, removeTree, reported, runCli, WORKFLOW } from './helpers';

const LATEST = 'FROM node:latest\n';

describe('drydock check file discovery', () => {
  let root: string;

  before(() => {
    root = makeTree({
      '.gitignore': '# build output\nbuild/\n*.generated.Dockerfile\n',
      Dockerfile: LATEST,
      'build/Dockerfile': LATEST,
      'app.generated.Dockerfile': LATEST,
      '.github/workflows/ci.yml': WORKFLOW,
      'node_modules/pkg/Dockerfile': LATEST,
      'packages/a/node_modules/dep/Dockerfile': LATEST,
      '.git/Dockerfile': LATEST,
      'packages/a/.gitignore': 'local/\n!keep.generated.Dockerfile\n',
      'packages/a/Dockerfile': LATEST,
      'packages/a/local/Dockerfile': LATEST,
      'packages/a/keep.generated.Dockerfile': LATEST,
      'packages/b/local/Dockerfile': LATEST,
    });
  });
  after(() => removeTree(root));

  it('walks folders recursively, honouring root and nested .gitignore files', () => {
    const { stdout } = runCli(['check', '--format', 'json'], { cwd: root });
    assert.deepEqual(reported(stdout), [
      '.github/workflows/ci.yml unpinned-uses',
      'Dockerfile DL3007',
      'packages/a/Dockerfile DL3007',
      // re-included by the nested `!` pattern
      'packages/a/keep.generated.Dockerfile DL3007',
      // `local/` in packages/a/.gitignore applies only under packages/a
      'packages/b/local/Dockerfile DL3007',
    ]);
  });

  it('honours ancestor .gitignore files when a subfolder is named', () => {
    const { stdout } = runCli(['check', '--format', 'json', 'packages'], { cwd: root });
    assert.deepEqual(reported(stdout), [
      'packages/a/Dockerfile DL3007',
      'packages/a/keep.generated.Dockerfile DL3007',
      'packages/b/local/Dockerfile DL3007',
    ]);
  });

  it('checks a file named on the command line even when it is ignored', () => {
    const { stdout } = runCli(['check', '--format', 'json', 'build/Dockerfile', 'node_modules/pkg/Dockerfile'], { cwd: root });
    assert.deepEqual(reported(stdout), ['build/Dockerfile DL3007', 'node_modules/pkg/Dockerfile DL3007']);
  });

  it('walks an ignored folder when it is named explicitly', () => {
    const { stdout } = runCli(['check', '--format', 'json', 'build'], { cwd: root });
    assert.deepEqual(reported(stdout), ['build/Dockerfile DL3007']);
  });

  it('reports a file named twice once', () => {
    const { stdout } = runCli(['check', '--format', 'json', 'Dockerfile', '.', './Dockerfile'], { cwd: root });
    assert.equal(reported(stdout).filter((r) => r === 'Dockerfile DL3007').length, 1);
  });

  it('prints paths relative to the working directory when run from a subfolder', () => {
    const { stdout } = runCli(['check', '--format', 'json', '..'], { cwd: `${root}/packages` });
    assert.ok(reported(stdout).includes('../Dockerfile DL3007'), stdout);
    assert.ok(reported(stdout).includes('a/Dockerfile DL3007'), stdout);
  });
});

describe('drydock check skipped files', () => {
  let root: string;
  let token: string;

  before(() => {
    token = generateGithubToken();
    const big = `KEY=${token}\n${'# padding line to make the file large\n'.repeat(30_000)}`;
    root = makeTree({
      'big.env': big,
      'image.bin': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, ...Buffer.from(`\nKEY=${token}\n`)]),
      'small.env': `KEY=${token}\n`,
      'bom/Dockerfile': `\ufeff${DOCKERFILE}`,
    });
  });
  after(() => removeTree(root));

  it('skips binary and too-large files, and says so with --verbose', () => {
    const { stdout, stderr } = runCli(['check', '--format', 'json', '--verbose'], { cwd: root });
    assert.deepEqual(
      reported(stdout).filter((r) => r.includes('github-pat')),
      ['small.env github-pat'],
    );
    assert.match(stderr, /^drydock: skipped image\.bin: binary file$/m);
    assert.match(stderr, /^drydock: skipped big\.env: too large \(\d+ KB, limit 1024 KB\)$/m);
  });

  it('says nothing about skipped files without --verbose', () => {
    const { stderr } = runCli(['check', '--format', 'json'], { cwd: root });
    assert.equal(stderr, '');
  });

  it('applies a configured size limit', () => {
    const { stdout, stderr } = runCli(['check', '--format', 'json', '--verbose', 'small.env'], {
      cwd: root,
      env: {},
    });
    assert.deepEqual(reported(stdout), ['small.env github-pat']);
    assert.doesNotMatch(stderr, /skipped/);
    const limited = makeTree({ '.drydock.yaml': 'secrets:\n  maxFileSizeKb: 1\n', 'two-kb.env': `KEY=${token}\n${'#'.repeat(2048)}\n` });
    try {
      const run = runCli(['check', '--format', 'json', '--verbose'], { cwd: limited });
      assert.deepEqual(reported(run.stdout), []);
      assert.match(run.stderr, /skipped two-kb\.env: too large \(3 KB, limit 1 KB\)/);
    } finally {
      removeTree(limited);
    }
  });

  it('strips a UTF-8 BOM before linting, so columns match the editor', () => {
    const { stdout } = runCli(['check', '--format', 'json', 'bom/Dockerfile'], { cwd: root });
    const findings = JSON.parse(stdout) as { findings: { ruleId: string; line: number; column: number }[] };
    assert.deepEqual(
      findings.findings.map((f) => [f.ruleId, f.line, f.column]),
      [
        ['DL3007', 1, 11],
        ['DL4000', 2, 1],
      ],
    );
  });
});

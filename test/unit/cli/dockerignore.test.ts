/**
 * The CLI with CopyIgnoredFile on a real tree: each Dockerfile reads the `.dockerignore` (or its own
 * `<name>.dockerignore`) of its folder, found relative to its repository root, on one thread and
 * through the worker pool, and from standard input with --stdin-filename.
 */
import * as assert from 'node:assert/strict';
import { makeTree, parseJsonFindings, removeTree, runCli, type JsonFinding } from './helpers';

const DOCKERFILE = ['FROM alpine:3.20', 'WORKDIR /app', 'COPY app.conf ./', 'COPY secrets/key.txt ./', 'COPY notes.md ./', ''].join('\n');

const brief = (f: JsonFinding) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`;

function check(root: string, args: readonly string[], input?: string): JsonFinding[] {
  const { code, stdout, stderr } = runCli(['check', '--format', 'json', '--fail-on', 'never', ...args], {
    cwd: root,
    ...(input === undefined ? {} : { input }),
  });
  assert.equal(code, 0, stderr);
  return parseJsonFindings(stdout).filter((f) => f.ruleId === 'CopyIgnoredFile');
}

describe('drydock check: CopyIgnoredFile reads the .dockerignore next to the Dockerfile', function () {
  this.timeout(60000);
  let root: string;

  before(() => {
    root = makeTree({
      '.drydock.yaml': 'rules:\n  CopyIgnoredFile: warning\n',
      // The context's .dockerignore.
      'app/Dockerfile': DOCKERFILE,
      'app/.dockerignore': 'secrets\n',
      // The Dockerfile-specific ignore file wins over the folder's .dockerignore.
      'svc/build.Dockerfile': DOCKERFILE,
      'svc/build.Dockerfile.dockerignore': '*.md\n',
      'svc/.dockerignore': 'secrets\n',
      // A nested repository: its root is the folder with .git, and paths are relative to it.
      'nested/.git/HEAD': 'ref: refs/heads/main\n',
      'nested/docker/Dockerfile': DOCKERFILE,
      'nested/docker/.dockerignore': '/app.conf\n',
      // No ignore file in its folder: silent (the root's .dockerignore belongs to another context).
      '.dockerignore': 'secrets\n',
      'plain/Dockerfile': DOCKERFILE,
    });
  });
  after(() => removeTree(root));

  const expected = [
    'app/Dockerfile:4:6 CopyIgnoredFile',
    'nested/docker/Dockerfile:3:6 CopyIgnoredFile',
    'svc/build.Dockerfile:5:6 CopyIgnoredFile',
  ];

  it('reports excluded sources, on one thread and in worker threads', () => {
    for (const jobs of ['1', '2']) {
      const findings = check(root, ['--jobs', jobs, '.']);
      assert.deepEqual(findings.map(brief).sort(), expected, `--jobs ${jobs}`);
    }
    const [first] = check(root, ['app/Dockerfile']);
    assert.equal(
      first?.message,
      `Attempting to Copy file "secrets/key.txt" that is excluded by .dockerignore (pattern 'secrets' on line 1 of .dockerignore).`,
    );
  });

  it('reads the ignore file for standard input named by --stdin-filename', () => {
    const findings = check(root, ['--stdin', '--stdin-filename', 'svc/build.Dockerfile'], DOCKERFILE);
    assert.deepEqual(
      findings.map((f) => `${f.line} ${f.message}`),
      [
        `5 Attempting to Copy file "notes.md" that is excluded by .dockerignore (pattern '*.md' on line 1 of build.Dockerfile.dockerignore).`,
      ],
    );
  });
});

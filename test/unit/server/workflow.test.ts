/**
 * The language server on workflows, over an in-memory LSP connection: files the rules read (a
 * local action) are fetched through the client before linting, re-read when they change on disk
 * or are edited in the editor, and ShellCheck's findings for `run:` scripts follow the engine's.
 */
import { strict as assert } from 'node:assert';
import type { PublishDiagnosticsParams } from 'vscode-languageserver/node';
import type { ShellcheckRunner } from '../../../src/dockerfile/shellcheck';
import { createShellcheckRunner } from '../../../src/node/shellcheck-runner';
import { RepoFileCache } from '../../../src/server/repo-files';
import { testServers, type TestServer } from './harness';

const WORKFLOW_URI = 'file:///w/.github/workflows/ci.yml';
const ACTION_URI = 'file:///w/.github/actions/hello/action.yml';

const WORKFLOW = [
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

const action = (input: string) =>
  `name: hello\ndescription: d\ninputs:\n  ${input}:\n    description: who\nruns:\n  using: composite\n  steps:\n    - run: echo hi\n      shell: bash\n`;

const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => String(d.code));
const forWorkflow = (predicate: (codes: string[]) => boolean) => (p: PublishDiagnosticsParams) =>
  p.uri === WORKFLOW_URI && predicate(codes(p));

/**
 * A server whose client serves the files in `disk` (by URI). `waitFor` takes the newest match:
 * these tests wait for the state after a change, which an older publish may look like too.
 */
function sessions(): (shellcheck: ShellcheckRunner | undefined) => Promise<TestServer & { readonly disk: Map<string, string> }> {
  const start = testServers();
  return async (shellcheck) => {
    const disk = new Map<string, string>();
    const s = await start({ server: shellcheck ? { shellcheck } : {}, readFile: (uri) => disk.get(uri), prefer: 'newest' });
    return { ...s, disk };
  };
}

describe('language server on workflows', function () {
  this.timeout(20000);
  const session = sessions();

  it('prefetches a local action through the client, and re-lints when it changes on disk or in the editor', async () => {
    const s = await session(undefined);
    s.disk.set(ACTION_URI, action('name'));
    s.open(WORKFLOW_URI, 'yaml', WORKFLOW);
    const first = await s.waitFor(
      forWorkflow((c) => c.includes('action')),
      'the action rule on the unknown input',
    );
    assert.deepEqual(first.diagnostics.find((d) => d.code === 'action')?.range.start, { line: 8, character: 10 });
    assert.ok(s.reads.includes(ACTION_URI));

    // The action gains the input on disk: the watched-file event re-lints the workflow.
    s.disk.set(ACTION_URI, action('nmae'));
    void s.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ACTION_URI, type: 2 }] });
    await s.waitFor(
      forWorkflow((c) => !c.includes('action')),
      'no action finding once the input exists',
    );

    // Opened and edited in the editor: its live text counts, before any save. Only publishes
    // after the edit count (the first publish had the finding too).
    const before = s.published.length;
    s.open(ACTION_URI, 'yaml', action('nmae'));
    s.change(ACTION_URI, 2, action('other'));
    await s.waitFor(
      (p) => s.published.indexOf(p) >= before && forWorkflow((c) => c.includes('action'))(p),
      'the finding again after the unsaved edit',
    );
  });

  it('publishes ShellCheck findings for run: scripts after the engine’s', async () => {
    const s = await session(createShellcheckRunner());
    s.open(WORKFLOW_URI, 'yaml', WORKFLOW);
    const merged = await s.waitFor(
      forWorkflow((c) => c.includes('SC2086')),
      'SC2086',
    );
    const sc = merged.diagnostics.find((d) => d.code === 'SC2086');
    assert.deepEqual(sc?.range, { start: { line: 9, character: 18 }, end: { line: 9, character: 20 } });
    assert.equal(
      s.published.filter((p) => p.uri === WORKFLOW_URI)[0]?.diagnostics.some((d) => d.code === 'SC2086'),
      false,
    );
  });
});

describe('RepoFileCache', () => {
  const cache = (folders: string[] = ['file:///w']) =>
    new RepoFileCache({ readFile: () => Promise.resolve(undefined), openText: () => undefined, workspaceFolders: () => folders });

  it('finds the repository root of a workflow, an action and a file outside any folder', () => {
    assert.equal(cache().repoRoot('file:///w/sub/.github/workflows/ci.yml'), 'file:///w/sub');
    assert.equal(cache().repoRoot('file:///w/a/b/action.yml'), 'file:///w');
    assert.equal(cache([]).repoRoot('file:///elsewhere/a/action.yml'), 'file:///elsewhere/a');
  });

  it('reads only within the repository, and percent-encodes paths', async () => {
    const reads: string[] = [];
    const repo = new RepoFileCache({
      readFile: (uri) => {
        reads.push(uri);
        return Promise.resolve('name: x\n');
      },
      openText: () => undefined,
      workspaceFolders: () => ['file:///w'],
    });
    const read = await repo.prefetch(
      'file:///w/.github/workflows/ci.yml',
      'jobs:\n  a:\n    steps:\n      - uses: ./my action\n',
      'workflow',
    );
    assert.deepEqual(reads, ['file:///w/my%20action/action.yml', 'file:///w/my%20action/action.yaml']);
    assert.equal(read('./my action/action.yml'), 'name: x\n');
    assert.equal(read('../outside/action.yml'), undefined);
    assert.equal(read('/etc/passwd'), undefined);
    assert.deepEqual(repo.dependentsOf('file:///w/my%20action/action.yml'), ['file:///w/.github/workflows/ci.yml']);
  });
});

describe('language server on Dockerfiles: the .dockerignore next to them', function () {
  this.timeout(20000);
  const session = sessions();

  it('prefetches the ignore files through the client, and re-lints when one changes on disk', async () => {
    const DOCKERFILE_URI = 'file:///w/app/Dockerfile';
    const IGNORE_URI = 'file:///w/app/.dockerignore';
    const forDockerfile = (predicate: (codes: string[]) => boolean) => (p: PublishDiagnosticsParams) =>
      p.uri === DOCKERFILE_URI && predicate(codes(p));
    const s = await session(undefined);
    s.disk.set(IGNORE_URI, 'secrets\n');
    s.open(DOCKERFILE_URI, 'dockerfile', 'FROM alpine:3.20\nCOPY secrets/key /k\n');
    const first = await s.waitFor(
      forDockerfile((c) => c.includes('CopyIgnoredFile')),
      'CopyIgnoredFile on the excluded source',
    );
    assert.deepEqual(first.diagnostics.find((d) => d.code === 'CopyIgnoredFile')?.range.start, { line: 1, character: 5 });
    assert.ok(s.reads.includes('file:///w/app/Dockerfile.dockerignore'));

    s.disk.set(IGNORE_URI, 'other\n');
    void s.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: IGNORE_URI, type: 2 }] });
    await s.waitFor(
      forDockerfile((c) => !c.includes('CopyIgnoredFile')),
      'no finding once the .dockerignore no longer excludes it',
    );
  });
});

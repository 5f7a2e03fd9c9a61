/** The language server's prefetch of a Dockerfile's ignore files (CopyIgnoredFile). */
import { strict as assert } from 'node:assert';
import { RepoFileCache } from '../../../src/server/repo-files';

describe('RepoFileCache.prefetchDockerfile', () => {
  const files: Record<string, string> = {
    'file:///w/my%20app/.dockerignore': 'secrets\n',
    'file:///w/svc/build.Dockerfile.dockerignore': '*.md\n',
  };
  const cache = (reads: string[], open: Record<string, string> = {}) =>
    new RepoFileCache({
      readFile: (uri) => {
        reads.push(uri);
        return Promise.resolve(files[uri]);
      },
      openText: (uri) => open[uri],
      workspaceFolders: () => ['file:///w'],
    });

  it('fetches <name>.dockerignore and .dockerignore next to the Dockerfile, by root-relative path', async () => {
    const reads: string[] = [];
    const repo = cache(reads);
    const got = await repo.prefetchDockerfile('file:///w/my%20app/Dockerfile');
    assert.equal(got?.repoPath, 'my app/Dockerfile');
    assert.deepEqual(reads, ['file:///w/my%20app/Dockerfile.dockerignore', 'file:///w/my%20app/.dockerignore']);
    assert.equal(got?.readRepoFile('my app/.dockerignore'), 'secrets\n');
    assert.equal(got?.readRepoFile('my app/Dockerfile.dockerignore'), undefined);
    assert.deepEqual(repo.dependentsOf('file:///w/my%20app/.dockerignore'), ['file:///w/my%20app/Dockerfile']);
  });

  it('serves an open ignore file from the editor, and a Dockerfile outside any folder from its own folder', async () => {
    const repo = cache([], { 'file:///w/svc/.dockerignore': 'live\n' });
    const got = await repo.prefetchDockerfile('file:///w/svc/build.Dockerfile');
    assert.equal(got?.readRepoFile('svc/.dockerignore'), 'live\n');
    assert.equal(got?.readRepoFile('svc/build.Dockerfile.dockerignore'), '*.md\n');
    const outside = await cache([]).prefetchDockerfile('file:///elsewhere/Dockerfile');
    assert.equal(outside?.repoPath, 'Dockerfile');
  });
});

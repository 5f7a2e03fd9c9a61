import { strict as assert } from 'node:assert';
import { normalizeRepoPath } from '../../../src/engine/path';

describe('normalizeRepoPath', () => {
  it('resolves . and .. inside the repository, with either slash', () => {
    assert.equal(normalizeRepoPath('./a/../b/action.yml'), 'b/action.yml');
    assert.equal(normalizeRepoPath('a\\b/./c'), 'a/b/c');
    assert.equal(normalizeRepoPath('./'), '', 'the root itself');
  });

  it('refuses absolute paths and paths that leave the root', () => {
    for (const path of ['/etc/passwd', '\\\\server\\share', 'C:/x', 'c:x', '../x', 'a/../../x'])
      assert.equal(normalizeRepoPath(path), undefined, path);
  });
});

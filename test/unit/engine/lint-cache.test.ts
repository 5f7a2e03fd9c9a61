import { strict as assert } from 'node:assert';
import { beginWalk, endWalk, WalkCache } from '../../../src/engine/lint-cache';

describe('WalkCache (per-walk caches of the Dockerfile helpers)', () => {
  it('keeps entries during a walk only, and empties when the outermost walk ends', () => {
    const cache = new WalkCache<object, number>();
    const key = {};
    cache.set(key, 1);
    assert.equal(cache.get(key), undefined, 'outside a walk nothing is stored (no leak from direct helper calls)');
    beginWalk();
    cache.set(key, 2);
    assert.equal(cache.get(key), 2);
    beginWalk();
    endWalk();
    assert.equal(cache.get(key), 2, 'a nested walk ending does not empty the outer one');
    endWalk();
    assert.equal(cache.get(key), undefined, 'emptied when the walk ends: no file model is kept alive');
  });
});

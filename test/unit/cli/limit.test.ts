import * as assert from 'node:assert/strict';
import { forEachLimited } from '../../../src/cli/limit';

describe('forEachLimited', () => {
  it('runs every item, in order of start, never more than the limit at once', async () => {
    const started: number[] = [];
    let running = 0;
    let most = 0;
    await forEachLimited(
      Array.from({ length: 50 }, (_, i) => i),
      4,
      async (item) => {
        started.push(item);
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, item % 3));
        running--;
      },
    );
    assert.deepEqual(
      started,
      Array.from({ length: 50 }, (_, i) => i),
    );
    assert.equal(most, 4);
  });

  it('does nothing for no items, and passes a task failure on', async () => {
    await forEachLimited([], 4, () => Promise.reject(new Error('never called')));
    await assert.rejects(
      forEachLimited([1, 2, 3], 2, (n) => (n === 2 ? Promise.reject(new Error('two')) : Promise.resolve())),
      /two/,
    );
  });
});

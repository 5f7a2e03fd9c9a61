import * as assert from 'node:assert/strict';
import { forEachEventually } from '../../../src/cli/limit';

describe('forEachEventually', () => {
  it('runs every item, in order of start, never more than the limit of pending tasks at once', async () => {
    const started: number[] = [];
    let running = 0;
    let most = 0;
    await forEachEventually(
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
    assert.equal(running, 0, 'returned before every task was done');
  });

  it('runs synchronous tasks back to back, with no turn of the event loop, between asynchronous ones', async () => {
    const log: string[] = [];
    const done = forEachEventually(
      Array.from({ length: 1000 }, (_, i) => i),
      2,
      (item) => {
        log.push(`start ${item}`);
        if (item % 400 !== 7) return;
        return new Promise<void>((resolve) => setTimeout(resolve, 5)).then(() => void log.push(`end ${item}`));
      },
    );
    // Before returning, it ran every task up to the second pending one (item 407), where the limit of two stopped it.
    assert.equal(log.length, 408);
    assert.equal(log.at(-1), 'start 407');
    await done;
    assert.equal(log.filter((line) => line.startsWith('start')).length, 1000);
    assert.deepEqual(
      log.filter((line) => line.startsWith('end')),
      ['end 7', 'end 407', 'end 807'],
    );
    // Item 408 started only once item 7 was done.
    assert.ok(log.indexOf('end 7') < log.indexOf('start 408'));
  });

  it('does nothing for no items, and passes a task failure on', async () => {
    await forEachEventually([], 4, () => Promise.reject(new Error('never called')));
    await assert.rejects(
      forEachEventually([1, 2, 3], 1, (n) => (n === 2 ? Promise.reject(new Error('two')) : Promise.resolve())),
      /two/,
    );
  });
});

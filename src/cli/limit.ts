/**
 * Bounded concurrency for file-system work: a big tree opened all at once runs out of file
 * descriptors (EMFILE), one file at a time wastes the disk's parallelism.
 */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

export function createLimiter(max: number): Limiter {
  let active = 0;
  const queue: (() => void)[] = [];
  const next = (): void => {
    if (active >= max) return;
    const run = queue.shift();
    if (!run) return;
    active++;
    run();
  };
  return <T>(task: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      queue.push(() => {
        task()
          .then(resolve, reject)
          .finally(() => {
            active--;
            next();
          });
      });
      next();
    });
}

/** Enough to keep an SSD busy without nearing the default 1024-descriptor limit. */
export const DEFAULT_CONCURRENCY = 16;

/**
 * Runs `task` on every item, in order, for a task that is often synchronous: a task that returns
 * nothing is done, and the next starts at once, with no promise or microtask turn; at most
 * `concurrency` returned promises are pending at a time. Unlike `Promise.all(items.map(task))`, a
 * tree of thousands of files does not hold thousands of pending calls (and what each keeps alive).
 * Tasks handle their own errors: a rejection stops the loop and rejects the result.
 */
export async function forEachEventually<T>(
  items: readonly T[],
  concurrency: number,
  task: (item: T) => void | Promise<void>,
): Promise<void> {
  const pending = new Set<Promise<void>>();
  for (const item of items) {
    const result = task(item);
    if (!(result instanceof Promise)) continue;
    const tracked: Promise<void> = result.then(() => void pending.delete(tracked));
    pending.add(tracked);
    if (pending.size >= concurrency) await Promise.race(pending);
  }
  await Promise.all(pending);
}

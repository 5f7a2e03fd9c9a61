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
 * Runs `task` on every item, at most `concurrency` at once, starting them in order. Unlike
 * `Promise.all(items.map(task))`, a tree of thousands of files does not hold thousands of pending
 * calls (and what each keeps alive) while the first ones run.
 */
export async function forEachLimited<T>(items: readonly T[], concurrency: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const runner = async (): Promise<void> => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, runner));
}

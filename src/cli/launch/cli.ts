/**
 * bin/drydock.js's entry (dist/launch.js): loads the CLI bundle through the code cache, and writes
 * the cache when the process ends (by then the cache covers every function the run compiled).
 */
import { loadWithCompileCache } from './compile-cache';
import { tuneV8ForShortRun } from './v8-tuning';

export function launch(bundle: string): void {
  // Only the main thread starts here: the bundle need not load node:worker_threads to find out.
  (globalThis as { drydockMainThread?: boolean }).drydockMainThread = true;
  // Before the bundle compiles: the flags are part of what a code-cache entry is checked against.
  tuneV8ForShortRun();
  const loaded = loadWithCompileCache(bundle);
  process.once('exit', loaded.save);
}

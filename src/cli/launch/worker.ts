/**
 * A lint worker thread's entry (dist/launch-worker.js): loads the worker bundle named in its
 * `workerData` through the code cache. The bundle calls `drydockWorkerDone` (a global, since the
 * two are separate bundles) once it has posted its results, which is when the cache is worth
 * writing. Loading only starts the bundle's asynchronous work, so the global is set before any
 * result can be posted.
 */
import { workerData } from 'node:worker_threads';
import { loadWithCompileCache } from './compile-cache';

interface LaunchData {
  readonly bundle: string;
}

const loaded = loadWithCompileCache((workerData as LaunchData).bundle);
(globalThis as { drydockWorkerDone?: () => void }).drydockWorkerDone = loaded.save;

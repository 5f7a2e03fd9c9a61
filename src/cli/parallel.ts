/**
 * Linting a big tree on every core: the main thread walks the tree, worker threads (one per core,
 * each running the lint-only bundle of worker.ts) read and lint their share of the files and send
 * back the reports. With the files come the walk's folder listings, so workers find config files
 * without listing folders again. Reading is synchronous inside a worker: for thousands of small
 * files that is cheaper than the promise round trips of async reads, and the workers run in
 * parallel anyway.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { ShellcheckRunner } from '../dockerfile/shellcheck';
import { createShellcheckRunner } from '../node/shellcheck-runner';
import { configEntries, discoveredConfig, fixedConfig, problemPrinter, syncConfigReader, type ConfigSource } from './config-source';
import { checkFileSync, type CheckedFile } from './lint-file';
import { toSlashes } from './paths';
import { createRepoFiles } from './repo-files';
import { RegistryClient } from '../registry/client';

/**
 * node:worker_threads, loaded on first use: a run on one thread (most runs on a 2-core machine, and
 * every small run) never needs it, and loading it costs a start ~2 ms.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loading on first use is the point
const workerThreads = (): typeof import('node:worker_threads') => require('node:worker_threads') as typeof import('node:worker_threads');

/** Below this many files a worker's start-up (~40 ms) costs more than it saves. */
export const PARALLEL_MIN_FILES = 400;

/** A folder the walk listed (`/` path) and the config-relevant names in it (see configEntries). */
export type FolderListing = readonly [dir: string, names: readonly string[]];

export function folderListing(dir: string, names: readonly string[]): FolderListing {
  return [toSlashes(dir), configEntries(names)];
}

const NO_NAMES: ReadonlySet<string> = new Set();

/** A listing's config names as a set; most folders have none and share one empty set. */
export function namesOf(listing: FolderListing): ReadonlySet<string> {
  return listing[1].length === 0 ? NO_NAMES : new Set(listing[1]);
}

export interface ParallelJob {
  readonly drydockWorker: true;
  readonly files: readonly { readonly path: string; readonly display: string }[];
  /** The folders listed so far; later ones come with the files (WorkerInput). */
  readonly listings: readonly FolderListing[];
  readonly root: string;
  readonly cwd: string;
  readonly configFile: string | undefined;
  readonly shellcheck: boolean;
  /** `--registry`: every worker asks registries about Dockerfiles' base images (its own client and cache). */
  readonly registry: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Shared with the main thread: progress[index] counts the files this worker has finished. */
  readonly progress: Int32Array;
  readonly index: number;
}

export type ParallelOutcome =
  | { readonly ok: true; readonly display: string; readonly linted: CheckedFile }
  | { readonly ok: false; readonly display: string; readonly error: string };

export interface ParallelMessage {
  readonly outcomes: readonly ParallelOutcome[];
  /** Config problems and runner notes, printed once by the main thread. */
  readonly warnings: readonly string[];
  readonly notes: readonly string[];
}

/**
 * Below this many cores one thread does the work. A worker is a V8 isolate of its own: it starts
 * (~55 ms), then runs cold code until its optimizer catches up, as the main thread did. On a
 * 2-vCPU cloud VM (typically one core's two hyperthreads) two threads of this memory-heavy work
 * slow each other so much that one thread was faster: the 51 MB benchmark tree took 0.675 s with
 * one thread against 0.705 s with two, for 24% less CPU (BENCHMARKS.md). `--jobs 2` still asks for two.
 */
const MIN_CORES_FOR_WORKERS = 3;

/**
 * How many threads lint a run of `files` files, the main thread included: one per core (at most
 * eight) on machines with three cores or more, fewer for trees too small to repay a worker's
 * start-up.
 */
export function workerCount(files: number, cores = availableParallelism()): number {
  if (files < PARALLEL_MIN_FILES || cores < MIN_CORES_FOR_WORKERS) return 1;
  return Math.max(1, Math.min(cores, 8, Math.floor(files / (PARALLEL_MIN_FILES / 2))));
}

/** Files go to workers in batches: one message per file would cost more than its lint. */
const BATCH = 32;
/** Files a worker may have been sent but not finished; the rest wait in the pool's queue. */
const BACKLOG = 2 * BATCH;
/** Files the main thread lints between looks at the workers' progress. */
const MAIN_BATCH = 4;

type PoolFile = { readonly path: string; readonly display: string };

interface WorkerSlot {
  readonly worker: Worker;
  /** Files sent to this worker so far. */
  sent: number;
  /** Folder listings the worker has not been sent yet. */
  readonly listings: FolderListing[];
}

/**
 * Worker threads that lint files as the walk finds them, with the main thread as one more linter
 * once its walk is done. Workers are fed from one queue, each only a couple of batches ahead of
 * what it has finished (it counts finished files in shared memory, which the main thread reads
 * without waiting for a message: the walk runs without yielding). Whatever is still queued when
 * the walk ends is shared between the main thread and the workers, so a slow worker or a long
 * walk leaves no core idle, and a two-core machine needs one worker, not two.
 */
export class LintWorkerPool {
  private readonly slots: WorkerSlot[] = [];
  private readonly results: Promise<ParallelMessage>[] = [];
  private readonly queue: PoolFile[] = [];
  private head = 0;
  /** done[i]: files worker i has finished (written by the worker). */
  private readonly done: Int32Array;

  constructor(
    script: { readonly bundle: string; readonly launcher: string | undefined },
    workers: number,
    base: Omit<ParallelJob, 'files' | 'drydockWorker' | 'progress' | 'index'>,
  ) {
    this.done = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, workers)));
    for (let index = 0; index < workers; index++) {
      // `bundle` tells the launcher (src/cli/launch/worker.ts) which bundle to load.
      const job: ParallelJob & { readonly bundle: string } = {
        ...base,
        drydockWorker: true,
        files: [],
        progress: this.done,
        index,
        bundle: script.bundle,
      };
      const worker = new (workerThreads().Worker)(script.launcher ?? script.bundle, { workerData: job });
      this.slots.push({ worker, sent: 0, listings: [] });
      this.results.push(
        new Promise<ParallelMessage>((resolve, reject) => {
          worker.once('message', (message: ParallelMessage) => resolve(message));
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`a lint worker exited with code ${code}`)));
        }),
      );
    }
  }

  /**
   * A folder the walk listed. Every worker gets it with its next batch, so it reaches a worker
   * before any file of that folder does (the walk reports a folder before its files), and the
   * worker's config lookups never list folders themselves.
   */
  addFolder(dir: string, names: readonly string[]): void {
    const listing = folderListing(dir, names);
    for (const slot of this.slots) slot.listings.push(listing);
  }

  add(file: PoolFile): void {
    this.queue.push(file);
    if (this.queue.length - this.head >= BATCH) this.dispatch(BATCH);
  }

  /** Sends batches of at least `minimum` files to every worker that is running short. */
  private dispatch(minimum: number): void {
    this.slots.forEach((slot, index) => {
      while (this.queue.length - this.head >= minimum && slot.sent - Atomics.load(this.done, index) < BACKLOG) {
        const files = this.take(BATCH);
        slot.sent += files.length;
        slot.worker.postMessage({ files, listings: slot.listings.splice(0) } satisfies WorkerInput);
      }
    });
  }

  private take(count: number): PoolFile[] {
    const files = this.queue.slice(this.head, this.head + count);
    this.head += files.length;
    if (this.head > 4096 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
    return files;
  }

  /**
   * The walk is over: lints what the workers have not been sent on this thread with `lintHere`,
   * topping the workers up between small batches, then gathers every result.
   */
  async finish(lintHere: (file: PoolFile) => Promise<ParallelOutcome>): Promise<ParallelMessage> {
    const own: ParallelOutcome[] = [];
    for (;;) {
      this.dispatch(1);
      if (this.queue.length === this.head) break;
      for (const file of this.take(MAIN_BATCH)) own.push(await lintHere(file));
    }
    for (const slot of this.slots) slot.worker.postMessage({ done: true } satisfies WorkerInput);
    const messages = await Promise.all(this.results);
    return {
      outcomes: [...own, ...messages.flatMap((m) => m.outcomes)],
      warnings: messages.flatMap((m) => m.warnings),
      notes: messages.flatMap((m) => m.notes),
    };
  }
}

type WorkerInput =
  { readonly files: readonly { path: string; display: string }[]; readonly listings: readonly FolderListing[] } | { readonly done: true };

/** True when this thread was started by lintInWorkers. */
export function isLintWorker(): boolean {
  // The main thread's launcher says so (src/cli/launch/cli.ts), sparing it node:worker_threads.
  if ((globalThis as { drydockMainThread?: boolean }).drydockMainThread === true) return false;
  const threads = workerThreads();
  const parentPort = threads.parentPort;
  const workerData: unknown = threads.workerData;
  return (
    parentPort !== null &&
    typeof workerData === 'object' &&
    workerData !== null &&
    (workerData as Partial<ParallelJob>).drydockWorker === true
  );
}

/** The worker side: lint the share, post one message, exit. */
export async function runLintWorker(): Promise<void> {
  const threads = workerThreads();
  const parentPort = threads.parentPort;
  const job = threads.workerData as ParallelJob;
  const warnings: string[] = [];
  const notes: string[] = [];
  const report = problemPrinter(job.cwd, (line) => warnings.push(line));
  // Grows as batches arrive; the config reader consults it before listing a folder itself.
  const known = new Map<string, ReadonlySet<string>>();
  const learn = (listings: readonly FolderListing[]) => {
    for (const listing of listings) known.set(listing[0], namesOf(listing));
  };
  learn(job.listings);
  const configs: ConfigSource =
    job.configFile !== undefined
      ? await fixedConfig(job.configFile, report)
      : discoveredConfig(job.root, report, syncConfigReader(known), (folder) => known.get(toSlashes(folder))?.size === 0);
  const shellcheck: ShellcheckRunner | undefined = job.shellcheck
    ? createShellcheckRunner({ env: job.env, onMissing: (m) => notes.push(m), onError: (m) => warnings.push(m) })
    : undefined;
  // Each worker keeps its own cache of the repository files workflow rules read.
  const repoFiles = createRepoFiles(job.root);
  // Created either way: a folder's `dockerfile.registryLookups: true` turns lookups on without --registry.
  const registry = {
    client: new RegistryClient({ onFailure: (ref, error) => notes.push(`registry lookup of ${ref} failed: ${error.message}`) }),
    always: job.registry,
  };
  // Reads are synchronous; only ShellCheck (other processes) overlaps. Files arrive in batches
  // while the main thread is still walking; `done` says no more will come.
  const outcomes: Promise<ParallelOutcome>[] = [];
  const lintOne = async ({ path, display }: { path: string; display: string }): Promise<ParallelOutcome> => {
    try {
      return { ok: true, display, linted: await checkFileSync(path, display, configs, shellcheck, repoFiles, registry) };
    } catch (error) {
      return { ok: false, display, error: error instanceof Error ? error.message : String(error) };
    } finally {
      // The main thread reads this to decide when to send more.
      Atomics.add(job.progress, job.index, 1);
    }
  };
  for (const file of job.files) outcomes.push(lintOne(file));
  await new Promise<void>((resolve) => {
    parentPort?.on('message', (input: WorkerInput) => {
      if ('done' in input) resolve();
      else {
        learn(input.listings);
        for (const file of input.files) outcomes.push(lintOne(file));
      }
    });
  });
  const settled = await Promise.all(outcomes);

  parentPort?.postMessage({ outcomes: settled, warnings, notes } satisfies ParallelMessage);
  // Set by the launcher (src/cli/launch/worker.ts): the code cache is written once the work is done.
  (globalThis as { drydockWorkerDone?: () => void }).drydockWorkerDone?.();
  parentPort?.close();
}

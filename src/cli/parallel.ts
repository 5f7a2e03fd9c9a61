/**
 * Linting a big tree on every core: the main thread walks the tree, worker threads (one per core,
 * each running the lint-only bundle of worker.ts) read and lint their share of the files and send
 * back the reports. With the files come the walk's folder listings, so workers find config files
 * without listing folders again. Reading is synchronous inside a worker: for thousands of small
 * files that is cheaper than the promise round trips of async reads, and the workers run in
 * parallel anyway.
 */
import { availableParallelism } from 'node:os';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import type { ShellcheckRunner } from '../dockerfile/shellcheck';
import { createShellcheckRunner } from '../node/shellcheck-runner';
import { configEntries, discoveredConfig, fixedConfig, problemPrinter, syncConfigReader, type ConfigSource } from './config-source';
import { checkFileSync, type LintedInput } from './lint-file';
import { toSlashes } from './paths';
import { createRepoFiles } from './repo-files';
import { RegistryClient } from '../registry/client';

/** Below this many files a worker's start-up (~40 ms) costs more than it saves. */
export const PARALLEL_MIN_FILES = 400;

/** A folder the walk listed (`/` path) and the config-relevant names in it (see configEntries). */
export type FolderListing = readonly [dir: string, names: readonly string[]];

export function folderListing(dir: string, names: readonly string[]): FolderListing {
  return [toSlashes(dir), configEntries(names)];
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
}

export type ParallelOutcome =
  | { readonly ok: true; readonly display: string; readonly linted: LintedInput }
  | { readonly ok: false; readonly display: string; readonly error: string };

export interface ParallelMessage {
  readonly outcomes: readonly ParallelOutcome[];
  /** Config problems and runner notes, printed once by the main thread. */
  readonly warnings: readonly string[];
  readonly notes: readonly string[];
}

export function workerCount(files: number): number {
  if (files < PARALLEL_MIN_FILES) return 1;
  return Math.max(1, Math.min(availableParallelism(), 8, Math.floor(files / (PARALLEL_MIN_FILES / 2))));
}

/** Files go to workers in batches: one message per file would cost more than its lint. */
const BATCH = 32;

/**
 * Worker threads that lint files as the walk finds them: `add` batches files round-robin (so big
 * folders spread out), `finish` sends the rest, tells each worker it is done, and gathers results.
 */
export class LintWorkerPool {
  private readonly workers: Worker[] = [];
  private readonly results: Promise<ParallelMessage>[] = [];
  private readonly pending: { path: string; display: string }[][];
  /** Per worker, the folder listings it has not been sent yet. */
  private readonly pendingListings: FolderListing[][];
  private next = 0;

  constructor(
    script: { readonly bundle: string; readonly launcher: string | undefined },
    count: number,
    base: Omit<ParallelJob, 'files' | 'drydockWorker'>,
  ) {
    this.pending = Array.from({ length: count }, () => []);
    this.pendingListings = Array.from({ length: count }, () => []);
    for (let i = 0; i < count; i++) {
      // `bundle` tells the launcher (src/cli/launch/worker.ts) which bundle to load.
      const job: ParallelJob & { readonly bundle: string } = { ...base, drydockWorker: true, files: [], bundle: script.bundle };
      const worker = new Worker(script.launcher ?? script.bundle, { workerData: job });
      this.workers.push(worker);
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
    for (const queue of this.pendingListings) queue.push(listing);
  }

  add(file: { path: string; display: string }): void {
    const index = this.next;
    this.next = (this.next + 1) % this.workers.length;
    const queue = this.pending[index];
    if (!queue) return;
    queue.push(file);
    if (queue.length >= BATCH) this.flush(index);
  }

  private flush(index: number): void {
    const queue = this.pending[index];
    if (!queue?.length) return;
    const listings = this.pendingListings[index]?.splice(0) ?? [];
    this.workers[index]?.postMessage({ files: queue.splice(0), listings } satisfies WorkerInput);
  }

  async finish(): Promise<ParallelMessage> {
    this.workers.forEach((worker, index) => {
      this.flush(index);
      worker.postMessage({ done: true } satisfies WorkerInput);
    });
    const messages = await Promise.all(this.results);
    return {
      outcomes: messages.flatMap((m) => m.outcomes),
      warnings: messages.flatMap((m) => m.warnings),
      notes: messages.flatMap((m) => m.notes),
    };
  }
}

type WorkerInput =
  { readonly files: readonly { path: string; display: string }[]; readonly listings: readonly FolderListing[] } | { readonly done: true };

/** True when this thread was started by lintInWorkers. */
export function isLintWorker(): boolean {
  return (
    parentPort !== null &&
    typeof workerData === 'object' &&
    workerData !== null &&
    (workerData as Partial<ParallelJob>).drydockWorker === true
  );
}

/** The worker side: lint the share, post one message, exit. */
export async function runLintWorker(): Promise<void> {
  const job = workerData as ParallelJob;
  const warnings: string[] = [];
  const notes: string[] = [];
  const report = problemPrinter(job.cwd, (line) => warnings.push(line));
  // Grows as batches arrive; the config reader consults it before listing a folder itself.
  const known = new Map<string, ReadonlySet<string>>();
  const learn = (listings: readonly FolderListing[]) => {
    for (const [dir, names] of listings) known.set(dir, new Set(names));
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
      const linted = await checkFileSync(path, display, configs, shellcheck, repoFiles, registry);
      // The text is not needed by the main thread (no --fix here): don't copy it back.
      return { ok: true, display, linted: { ...linted, text: '' } };
    } catch (error) {
      return { ok: false, display, error: error instanceof Error ? error.message : String(error) };
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

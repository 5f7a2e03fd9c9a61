/**
 * Linting a big tree on every core: the main thread walks the tree, worker threads (one per core,
 * each running this same bundle) read and lint their share of the files and send back the
 * reports. Reading is synchronous inside a worker: for thousands of small files that is cheaper
 * than the promise round trips of async reads, and the workers run in parallel anyway.
 */
import { availableParallelism } from 'node:os';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import type { ShellcheckRunner } from '../dockerfile/shellcheck';
import { createShellcheckRunner } from '../node/shellcheck-runner';
import { discoveredConfig, fixedConfig, problemPrinter, readIfExistsSync, type ConfigSource } from './config-source';
import { checkFileSync, type LintedInput } from './lint-file';

/** Below this many files a worker's start-up (~40 ms) costs more than it saves. */
export const PARALLEL_MIN_FILES = 400;

export interface ParallelJob {
  readonly drydockWorker: true;
  readonly files: readonly { readonly path: string; readonly display: string }[];
  readonly root: string;
  readonly cwd: string;
  readonly configFile: string | undefined;
  readonly shellcheck: boolean;
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

/** Lints `files` in `count` workers (interleaved, so big folders spread out) and gathers results. */
export async function lintInWorkers(
  script: string,
  count: number,
  files: readonly { path: string; display: string }[],
  base: Omit<ParallelJob, 'files' | 'drydockWorker'>,
): Promise<ParallelMessage> {
  const shares: { path: string; display: string }[][] = Array.from({ length: count }, () => []);
  files.forEach((file, i) => shares[i % count]?.push(file));
  const messages = await Promise.all(
    shares.map(
      (share) =>
        new Promise<ParallelMessage>((resolve, reject) => {
          const job: ParallelJob = { ...base, drydockWorker: true, files: share };
          const worker = new Worker(script, { workerData: job });
          worker.once('message', (message: ParallelMessage) => resolve(message));
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`a lint worker exited with code ${code}`)));
        }),
    ),
  );
  return {
    outcomes: messages.flatMap((m) => m.outcomes),
    warnings: messages.flatMap((m) => m.warnings),
    notes: messages.flatMap((m) => m.notes),
  };
}

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
  const configs: ConfigSource =
    job.configFile !== undefined ? await fixedConfig(job.configFile, report) : discoveredConfig(job.root, report, readIfExistsSync);
  const shellcheck: ShellcheckRunner | undefined = job.shellcheck
    ? createShellcheckRunner({ env: job.env, onMissing: (m) => notes.push(m), onError: (m) => warnings.push(m) })
    : undefined;
  // Reads are synchronous; only ShellCheck (other processes) overlaps.
  const outcomes = await Promise.all(
    job.files.map(async ({ path, display }): Promise<ParallelOutcome> => {
      try {
        const linted = await checkFileSync(path, display, configs, shellcheck);
        // The text is not needed by the main thread (no --fix here): don't copy it back.
        return { ok: true, display, linted: { ...linted, text: '' } };
      } catch (error) {
        return { ok: false, display, error: error instanceof Error ? error.message : String(error) };
      }
    }),
  );
  parentPort?.postMessage({ outcomes, warnings, notes } satisfies ParallelMessage);
}

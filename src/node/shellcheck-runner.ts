/**
 * The Node implementation of the engine's ShellCheck port, shared by the CLI and the Node language
 * server (the web worker has no processes). It runs
 * `shellcheck --format=json1 --shell=<sh> --exclude=SC1090,SC1091,SC2187 --norc -` with the script
 * on stdin, never through a shell, with a timeout and a cap on the output it reads. It never throws:
 * a missing binary, a timeout or unreadable output resolve to undefined, reported through the
 * callbacks (a missing binary once per runner). Results are cached by (shell, script) hash in an
 * LRU, and identical requests in flight share one process, so typing elsewhere in a Dockerfile does
 * not re-run ShellCheck for RUNs that did not change; a bounded number of processes run at once.
 */
import type { ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import type { ShellcheckComment, ShellcheckRunner, ShellcheckShell } from '../dockerfile/shellcheck';
import { dockerfileShellcheck } from '../engine/lazy';

export const SHELLCHECK_MISSING_MESSAGE = 'shellcheck not found: ShellCheck findings are off';

export interface ShellcheckRunnerOptions {
  /** The executable, looked up on PATH (default `shellcheck`). */
  readonly command?: string;
  /** Environment of the process (default: this process's). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** A run that takes longer is killed and counts as failed (default 5000 ms). */
  readonly timeoutMs?: number;
  /** More output than this kills the run (default 4 MiB). */
  readonly maxOutputBytes?: number;
  /** Processes at once (default: the CPU count, between 2 and 8). */
  readonly concurrency?: number;
  /** Scripts whose results are kept (default 512). */
  readonly cacheSize?: number;
  /** Called once, the first time the binary is not found. */
  readonly onMissing?: (message: string) => void;
  /** Called for other failures (timeout, unreadable output, unexpected exit), once per distinct message. */
  readonly onError?: (message: string) => void;
}

/** The outcome of one process: comments, the binary missing, or a failure worth logging. */
type Outcome =
  | { readonly kind: 'ok'; readonly comments: readonly ShellcheckComment[] }
  | { readonly kind: 'missing' }
  | { readonly kind: 'failed'; readonly message: string };

function isComment(value: unknown): value is ShellcheckComment {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return (
    ['line', 'endLine', 'column', 'endColumn', 'code'].every((k) => typeof c[k] === 'number') &&
    typeof c['message'] === 'string' &&
    typeof c['level'] === 'string'
  );
}

/** Parses `--format=json1` output: `{"comments": [...]}`. */
export function parseJson1(stdout: string): readonly ShellcheckComment[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    return undefined;
  }
  const comments = typeof parsed === 'object' && parsed !== null ? (parsed as { comments?: unknown }).comments : undefined;
  return Array.isArray(comments) ? comments.filter(isComment) : undefined;
}

let exclude: string | undefined;

/** `--exclude=` with the checks Drydock's own rules cover (built once; the list loads with the Dockerfile linter's module). */
function excludeArgument(): string {
  if (exclude === undefined) {
    const checks = dockerfileShellcheck().SHELLCHECK_EXCLUDED.map((code) => `SC${code}`);
    exclude = `--exclude=${checks.join(',')}`;
  }
  return exclude;
}

function runOnce(
  script: string,
  shell: ShellcheckShell,
  options: Required<Pick<ShellcheckRunnerOptions, 'command' | 'timeoutMs' | 'maxOutputBytes'>> & Pick<ShellcheckRunnerOptions, 'env'>,
): Promise<Outcome> {
  // Loaded on first use: most runs (and every run with --no-shellcheck) start no process, and
  // loading node:child_process costs a CLI start ~3 ms. A require, not import(): the CLI bundle
  // runs as a vm.Script (src/cli/launch), where import() has no loader.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { spawn } = require('node:child_process') as typeof import('node:child_process');
  return new Promise((resolve) => {
    let settled = false;
    const done = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const args = ['--format=json1', `--shell=${shell}`, excludeArgument(), '--norc', '-'];
    let child: ChildProcess;
    try {
      child = spawn(options.command, args, {
        stdio: ['pipe', 'pipe', 'pipe'],
        windowsHide: true,
        ...(options.env ? { env: options.env } : {}),
      });
    } catch (error) {
      resolve({ kind: 'failed', message: `cannot run ${options.command}: ${error instanceof Error ? error.message : String(error)}` });
      return;
    }
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      done({
        kind: 'failed',
        message: `${options.command} took longer than ${options.timeoutMs} ms on a RUN script; its findings are skipped`,
      });
    }, options.timeoutMs);
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > options.maxOutputBytes) {
        child.kill('SIGKILL');
        done({
          kind: 'failed',
          message: `${options.command} wrote more than ${options.maxOutputBytes} bytes for a RUN script; its findings are skipped`,
        });
        return;
      }
      chunks.push(chunk);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      if (stderr.length < 2000) stderr += chunk.toString('utf8');
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') done({ kind: 'missing' });
      else done({ kind: 'failed', message: `cannot run ${options.command}: ${error.message}` });
    });
    child.on('close', (code) => {
      // 0: no comments, 1: comments; anything else is a failure (bad options, unreadable input).
      const stdout = Buffer.concat(chunks).toString('utf8');
      const comments = code === 0 || code === 1 ? parseJson1(stdout) : undefined;
      if (comments) done({ kind: 'ok', comments });
      else
        done({
          kind: 'failed',
          message: `${options.command} exited with ${String(code)}${stderr.trim() ? `: ${stderr.trim().split('\n')[0] ?? ''}` : ''}`,
        });
    });
    // The child may exit before reading everything (EPIPE); its exit status tells what happened.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(script, 'utf8');
  });
}

/** A small counting semaphore. */
function limiter(max: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const queue: (() => void)[] = [];
  const next = () => {
    if (active >= max) return;
    const start = queue.shift();
    if (start) {
      active++;
      start();
    }
  };
  return (task) =>
    new Promise((resolve, reject) => {
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

export function createShellcheckRunner(
  options: ShellcheckRunnerOptions = {},
): ShellcheckRunner & { readonly peek: NonNullable<ShellcheckRunner['peek']> } {
  const settings = {
    command: options.command ?? 'shellcheck',
    timeoutMs: options.timeoutMs ?? 5000,
    maxOutputBytes: options.maxOutputBytes ?? 4 * 1024 * 1024,
    ...(options.env ? { env: options.env } : {}),
  };
  const cacheSize = options.cacheSize ?? 512;
  const limit = limiter(options.concurrency ?? Math.max(2, Math.min(8, availableParallelism())));
  const cache = new Map<string, readonly ShellcheckComment[]>();
  const inFlight = new Map<string, Promise<readonly ShellcheckComment[] | undefined>>();
  let reportedMissing = false;
  const reportedErrors = new Set<string>();

  // The script itself is the key (scripts are small and the cache is bounded): hashing it would
  // load node:crypto into every CLI worker thread, ~15 ms of start-up each.
  const keyOf = (script: string, shell: ShellcheckShell) => `${shell}\u0000${script}`;

  const remember = (key: string, comments: readonly ShellcheckComment[]) => {
    cache.delete(key);
    cache.set(key, comments);
    if (cache.size > cacheSize) {
      const oldest = cache.keys().next();
      if (!oldest.done) cache.delete(oldest.value);
    }
  };

  const peek = (script: string, shell: ShellcheckShell): readonly ShellcheckComment[] | undefined => {
    const key = keyOf(script, shell);
    const hit = cache.get(key);
    if (hit !== undefined) remember(key, hit); // most recently used
    return hit;
  };

  const run = (script: string, shell: ShellcheckShell): Promise<readonly ShellcheckComment[] | undefined> => {
    const key = keyOf(script, shell);
    const hit = cache.get(key);
    if (hit !== undefined) {
      remember(key, hit);
      return Promise.resolve(hit);
    }
    const pending = inFlight.get(key);
    if (pending) return pending;
    const promise = limit(() => runOnce(script, shell, settings))
      .then((outcome): readonly ShellcheckComment[] | undefined => {
        if (outcome.kind === 'ok') {
          remember(key, outcome.comments);
          return outcome.comments;
        }
        if (outcome.kind === 'missing') {
          // Not cached: installing ShellCheck later works without a restart.
          if (!reportedMissing) options.onMissing?.(SHELLCHECK_MISSING_MESSAGE);
          reportedMissing = true;
          return undefined;
        }
        // A script that times out would time out again: remember it as having no findings.
        remember(key, []);
        if (!reportedErrors.has(outcome.message)) options.onError?.(outcome.message);
        reportedErrors.add(outcome.message);
        return undefined;
      })
      .catch(() => undefined)
      .finally(() => inFlight.delete(key));
    inFlight.set(key, promise);
    return promise;
  };

  return Object.assign(run, { peek });
}

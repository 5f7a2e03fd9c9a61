/**
 * `drydock check`: resolve the inputs, lint them with bounded concurrency, print one report in a
 * deterministic order, and turn the findings into an exit code.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ShellcheckRunner } from '../dockerfile/shellcheck';
import { createShellcheckRunner } from '../node/shellcheck-runner';
import { type CheckOptions, parseCheckOptions } from './check-options';
import { type ConfigSource, discoveredConfig, fixedConfig, type KnownListings, problemPrinter, syncConfigReader } from './config-source';
import { oneLine, quote, UsageError } from './errors';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatText } from './format/text';
import { CHECK_HELP } from './help';
import { type Io, note, warn } from './io';
import { createLimiter, DEFAULT_CONCURRENCY, forEachEventually } from './limit';
import { checkFile, checkFileSync, type CheckedFile, type FileContext, lintBytes } from './lint-file';
import { displayPath, findGitRoot, toSlashes } from './paths';
import { encodeSource } from './source';
import { atLeast, type FileReport, type RunSummary, sortReports } from './report';
import {
  type FolderListing,
  folderListing,
  LintWorkerPool,
  namesOf,
  PARALLEL_MIN_FILES,
  type ParallelOutcome,
  workerCount,
} from './parallel';
import { createRepoFiles, type RepoFiles } from './repo-files';
import { RegistryClient } from '../registry/client';
import type { RegistryAccess } from './lint-file';
import { walkFolder } from './walk';

const ERROR_TEXT: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'no such file or directory',
  ELOOP: 'too many symbolic links',
};

function describeError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return ERROR_TEXT[code] ?? oneLine(error instanceof Error ? error.message : String(error));
}

/** Checks every named path up front: a typo must fail fast with exit 2, not lint nothing. */
function expandPaths(
  options: CheckOptions,
  io: Io,
  root: string,
  gitRoot: string | undefined,
  onFile?: (path: string) => void,
  onFolder?: (dir: string, names: readonly string[]) => void,
): string[] {
  const named = options.paths.length > 0 ? options.paths : ['.'];
  const files: string[] = [];
  // Each file once, however many named paths reach it, the moment it is found. One walk never
  // finds a file twice, so one named path needs no set (hashing thousands of paths).
  const seen = named.length > 1 ? new Set<string>() : undefined;
  const found = (path: string) => {
    if (seen) {
      if (seen.has(path)) return;
      seen.add(path);
    }
    files.push(path);
    onFile?.(path);
  };
  for (const name of named) {
    const path = resolve(io.cwd, name);
    let isDir: boolean;
    try {
      // Synchronous: a few named paths, and node:fs/promises is loaded only by runs that write.
      const info = statSync(path);
      if (!info.isFile() && !info.isDirectory()) throw new UsageError(`cannot check ${quote(name)}: not a file or folder`);
      isDir = info.isDirectory();
      accessSync(path, isDir ? constants.R_OK | constants.X_OK : constants.R_OK);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`cannot read ${quote(name)}: ${describeError(error)}`);
    }
    if (!isDir) {
      // A file named on the command line is checked even if ignored: the user asked for it.
      found(path);
      continue;
    }
    walkFolder(path, { root, gitRoot, warn: (m) => warn(io, m), onFile: found, ...(onFolder ? { onFolder } : {}) });
  }
  return files;
}

function printSkipsAndNotes(io: Io, options: CheckOptions, display: string, linted: CheckedFile): void {
  if (linted.fixRefused) warn(io, `${display}: not valid UTF-8, fixes not applied`);
  if (!options.verbose) return;
  if (linted.skipped !== undefined) note(io, `skipped ${display}: ${linted.skipped}`);
  if (linted.fixed > 0) note(io, `fixed ${linted.fixed} problem${linted.fixed === 1 ? '' : 's'} in ${display}`);
  if (linted.suppressed > 0)
    note(io, `${display}: ${linted.suppressed} finding${linted.suppressed === 1 ? '' : 's'} silenced by inline ignores`);
}

function render(options: CheckOptions, reports: readonly FileReport[], summary: RunSummary, io: Io, version: string): string {
  if (options.format === 'json') return formatJson(reports);
  if (options.format === 'sarif') return formatSarif(reports, version);
  const toTerminal = !options.stdin || options.fix === 'none';
  return formatText(reports, summary, { color: toTerminal && io.stdoutIsTty && io.env['NO_COLOR'] === undefined });
}

/**
 * The worker threads' script: the lint-only bundle built next to this one (src/cli/worker.ts), or
 * this bundle itself, which also runs as a worker (main.ts), when a build has no such file.
 */
function workerScript(): { readonly bundle: string; readonly launcher: string | undefined } {
  const small = join(__dirname, 'cli-worker.js');
  // The launcher loads the bundle through the code cache (src/cli/launch); tests that bundle the
  // CLI elsewhere have neither file and run this bundle itself as the worker.
  const launcher = join(__dirname, 'launch-worker.js');
  return existsSync(small)
    ? { bundle: small, launcher: existsSync(launcher) ? launcher : undefined }
    : { bundle: __filename, launcher: undefined };
}

/** `--quiet` drops warnings and infos everywhere: from the output and from the exit code. */
function applyQuiet(reports: readonly FileReport[], quiet: boolean): FileReport[] {
  if (!quiet) return [...reports];
  return reports.map((r) => ({ ...r, findings: r.findings.filter((f) => f.finding.severity === 'error') }));
}

function exitCode(reports: readonly FileReport[], options: CheckOptions): number {
  return reports.some((r) => {
    const threshold = options.failOn ?? r.failOn ?? 'warning';
    return threshold !== 'never' && r.findings.some((f) => atLeast(f.finding.severity, threshold));
  })
    ? 1
    : 0;
}

/**
 * Where each file's config comes from. `known` fills up with the walk's folder listings (a folder
 * is listed before its files are reported), so config lookups ask the listing instead of trying
 * every config name on disk in every folder.
 */
async function configSource(
  options: CheckOptions,
  io: Io,
  root: string,
  known: KnownListings,
  warnOnce: (line: string) => void,
): Promise<ConfigSource> {
  const report = problemPrinter(io.cwd, warnOnce);
  if (options.configFile !== undefined) return fixedConfig(resolve(io.cwd, options.configFile), report);
  return discoveredConfig(root, report, syncConfigReader(known), (folder) => known.get(toSlashes(folder))?.size === 0);
}

/** The ShellCheck runner of this run, unless `--no-shellcheck`; a missing binary is a --verbose note. */
function shellcheckRunner(options: CheckOptions, io: Io): ShellcheckRunner | undefined {
  if (!options.shellcheck) return undefined;
  return createShellcheckRunner({
    env: io.env,
    onMissing: (message) => {
      if (options.verbose) note(io, message);
    },
    onError: (message) => warn(io, message),
  });
}

async function checkStdin(
  options: CheckOptions,
  io: Io,
  configs: ConfigSource,
  version: string,
  repoFiles: RepoFiles,
  registry: RegistryAccess,
): Promise<number> {
  const name = options.stdinFilename ?? '<stdin>';
  const path = resolve(io.cwd, name);
  const display = options.stdinFilename === undefined ? name : displayPath(path, io.cwd);
  const input = await io.readStdin();
  const config = await configs.forFile(path);
  const linted = await lintBytes(
    input,
    toSlashes(path),
    display,
    config,
    options.fix,
    shellcheckRunner(options, io),
    repoFiles.readerFor(path),
    registry,
  );
  printSkipsAndNotes(io, options, display, linted);
  const reports = applyQuiet([linted.report], options.quiet);
  const summary = { filesChecked: linted.skipped === undefined ? 1 : 0, fixesApplied: linted.fixed, filesFixed: linted.fixed > 0 ? 1 : 0 };
  const output = render(options, reports, summary, io, version);
  if (options.fix === 'none') io.out(output);
  else {
    // stdout carries the fixed text (for editors and pipes), so the report goes to stderr.
    // Input with nothing fixed (or skipped: binary, too large) is echoed back byte for byte.
    io.out(linted.fixed > 0 ? encodeSource(linted.text, linted.bom) : input);
    io.err(output);
  }
  return exitCode(reports, options);
}

export async function runCheck(argv: readonly string[], io: Io, version: string): Promise<number> {
  const options = parseCheckOptions(argv);
  if (options.help) {
    io.out(CHECK_HELP);
    return 0;
  }
  const started = Date.now();
  const gitRoot = findGitRoot(io.cwd);
  const root = gitRoot ?? io.cwd;
  const knownFolders = new Map<string, ReadonlySet<string>>();
  // Config problems are found by every thread that reads the config: each is printed once.
  const warned = new Set<string>();
  const warnOnce = (line: string) => {
    if (warned.has(line)) return;
    warned.add(line);
    warn(io, line);
  };
  const configs = await configSource(options, io, root, knownFolders, warnOnce);
  // Workflow rules read other files of the repository (called workflows, local actions).
  const repoFiles = createRepoFiles(root);
  // No request is made unless --registry or a config's dockerfile.registryLookups asks for one.
  const registry: RegistryAccess = {
    // --verbose says why the rule is silent for an image (unreachable, private, not found).
    client: new RegistryClient({
      onFailure: (ref, error) => {
        if (options.verbose) note(io, `registry lookup of ${ref} failed: ${error.message}`);
      },
    }),
    always: options.registry,
  };
  if (options.stdin) return checkStdin(options, io, configs, version, repoFiles, registry);

  const limit = createLimiter(DEFAULT_CONCURRENCY);
  // Big trees are linted on every core, starting while the walk is still finding files; --fix
  // stays on one thread so writes stay simple, and small trees are not worth a worker's start-up.
  // The main thread is one of the threads: --jobs 2 is this thread and one worker. Computed once:
  // the core count is a system call, and the walk reports thousands of files.
  const plannedWorkers = options.fix === 'none' && options.jobs !== 1 ? (options.jobs ?? workerCount(Number.MAX_SAFE_INTEGER)) - 1 : 0;
  const parallelAllowed = plannedWorkers > 0;
  let pool: LintWorkerPool | undefined;
  const discovered: string[] = [];
  // The walk's folder listings, handed to the workers so they never list a folder to find config files.
  const listed: FolderListing[] = [];
  const startPool = (count: number) =>
    new LintWorkerPool(workerScript(), count, {
      root,
      cwd: io.cwd,
      configFile: options.configFile !== undefined ? resolve(io.cwd, options.configFile) : undefined,
      shellcheck: options.shellcheck,
      registry: options.registry,
      env: io.env,
      listings: listed.splice(0),
    });
  const toPool = (file: string) => pool?.add({ path: file, display: displayPath(file, io.cwd) });
  const files = expandPaths(
    options,
    io,
    root,
    gitRoot,
    (file) => {
      if (!parallelAllowed) return;
      if (pool) return toPool(file);
      discovered.push(file);
      if (discovered.length >= (options.jobs !== undefined ? 1 : PARALLEL_MIN_FILES)) {
        pool = startPool(plannedWorkers);
        discovered.splice(0).forEach(toPool);
      }
    },
    (dir, names) => {
      // This thread lints files too (all of them, or a share once the walk is over).
      const listing = folderListing(dir, names);
      knownFolders.set(listing[0], namesOf(listing));
      if (pool) pool.addFolder(dir, names);
      else if (parallelAllowed) listed.push(listing);
    },
  );
  let readErrors = 0;
  if (pool) {
    const shellcheck = shellcheckRunner(options, io);
    const lintHere = async ({ path, display }: { path: string; display: string }): Promise<ParallelOutcome> => {
      try {
        return { ok: true, display, linted: await checkFileSync(path, display, configs, shellcheck, repoFiles, registry) };
      } catch (error) {
        return { ok: false, display, error: describeError(error) };
      }
    };
    const { outcomes, warnings, notes } = await pool.finish(lintHere);
    warnings.forEach(warnOnce);
    if (options.verbose) for (const line of new Set(notes)) note(io, line);
    const done: CheckedFile[] = [];
    for (const outcome of outcomes) {
      if (outcome.ok) {
        printSkipsAndNotes(io, options, outcome.display, outcome.linted);
        done.push(outcome.linted);
      } else {
        readErrors++;
        io.err(`drydock: cannot read ${quote(outcome.display)}: ${oneLine(outcome.error)}\n`);
      }
    }
    return finish(done, files.length, readErrors);
  }
  const shellcheck = shellcheckRunner(options, io);
  const linted: CheckedFile[] = [];
  const context: FileContext = { configs, fix: options.fix, limit, repoFiles, registry, ...(shellcheck ? { shellcheck } : {}) };
  // Most files are checked synchronously, one after the other; those that wait (for ShellCheck, a
  // registry, a config file, a write) overlap, a few at a time.
  await forEachEventually(files, DEFAULT_CONCURRENCY, (file) => {
    const display = displayPath(file, io.cwd);
    const done = (result: CheckedFile) => {
      printSkipsAndNotes(io, options, display, result);
      linted.push(result);
    };
    const failed = (error: unknown) => {
      // Vanished or unreadable while we walked: say so, keep checking the rest, exit 2 at the end.
      readErrors++;
      io.err(`drydock: cannot read ${quote(display)}: ${describeError(error)}\n`);
    };
    try {
      const result = checkFile(file, display, context);
      if (result instanceof Promise) return result.then(done, failed);
      done(result);
    } catch (error) {
      failed(error);
    }
    return undefined;
  });
  return finish(linted, files.length, readErrors);

  function finish(done: readonly CheckedFile[], fileCount: number, readErrors: number): number {
    const reports = applyQuiet(sortReports(done.map((l) => l.report)), options.quiet);
    const summary: RunSummary = {
      filesChecked: done.filter((l) => l.skipped === undefined).length,
      fixesApplied: done.reduce((n, l) => n + l.fixed, 0),
      filesFixed: done.filter((l) => l.fixed > 0).length,
    };
    io.out(render(options, reports, summary, io, version));
    if (options.verbose) note(io, `checked ${summary.filesChecked} of ${fileCount} files in ${Date.now() - started} ms`);
    return readErrors > 0 ? 2 : exitCode(reports, options);
  }
}

/**
 * Checks one input, from bytes to a FileReport: size and binary checks on the bytes (before
 * decoding, so a huge or binary file costs little), UTF-8 decoding, lint, and `--fix`.
 */
import { closeSync, fstatSync, openSync, promises as fsPromises, readSync } from 'node:fs';
import type { ShellcheckRunner } from '../dockerfile/shellcheck';
import { classify } from '../engine/classify';
import type { DrydockConfig } from '../engine/config';
import { textWorthLinting, type SkipReason } from '../engine/lint';
import type { LintDocument } from '../engine/types';
import type { RegistryClient } from '../registry/client';
import { registryPrefetch } from '../engine/lazy';
import { toSlashes } from './paths';
import type { ConfigSource } from './config-source';
import { type FixMode, type FixOutcome, lintAndFixWithShellcheck } from './fix';
import type { Limiter } from './limit';
import type { RepoFileReader, RepoFiles } from './repo-files';
import { fileReport, type FileReport } from './report';
import { decodeUtf8, encodeSource, hasUtf8Bom, looksBinaryBytes } from './source';

/** What checking a file leaves once any fixes are written: everything but the text. */
export interface CheckedFile {
  readonly report: FileReport;
  readonly fixed: number;
  readonly suppressed: number;
  /** Why the input was not linted, when it was not. */
  readonly skipped?: string;
  /** True when the input had fixes but was not valid UTF-8, so they were not applied. */
  readonly fixRefused: boolean;
}

export interface LintedInput extends CheckedFile {
  /** The text after fixes; read only when something was fixed (empty for a file never decoded). */
  readonly text: string;
}

function tooLarge(bytes: number, config: DrydockConfig): string | undefined {
  const limit = config.secrets.maxFileSizeKb * 1024;
  return bytes > limit ? `too large (${Math.ceil(bytes / 1024)} KB, limit ${config.secrets.maxFileSizeKb} KB)` : undefined;
}

/**
 * Registry lookups for InvalidBaseImagePlatform: the run's client (one per process or worker, so
 * its cache serves every Dockerfile) and whether `--registry` turned them on for every file
 * (otherwise a file's `dockerfile.registryLookups` decides).
 */
export interface RegistryAccess {
  readonly client: RegistryClient;
  readonly always: boolean;
}

const SKIP_REASONS: Readonly<Record<SkipReason, string>> = {
  disabled: 'disabled by configuration',
  binary: 'binary file',
  'too-large': 'too large',
};

/** A value now, or later when the work needs another process or the network. */
export type Eventually<T> = T | Promise<T>;

/** `next(value)`, at once when the value is already there (no microtask turn). */
function whenReady<T, U>(value: Eventually<T>, next: (value: T) => U): Eventually<U> {
  return value instanceof Promise ? value.then(next) : next(value);
}

/**
 * Lints bytes as the file `enginePath` (absolute, `/` separated: it drives classification and
 * config) and reports them as `display`; with a ShellCheck runner, a Dockerfile's RUN scripts and
 * a workflow's `run:` scripts too; with `readRepoFile`, workflow rules can read other files of the
 * repository. Synchronous unless ShellCheck or a registry lookup is involved (see
 * lintAndFixWithShellcheck), so a file that needs neither is done before the next one starts.
 */
export function lintBytes(
  bytes: Uint8Array,
  enginePath: string,
  display: string,
  config: DrydockConfig,
  fix: FixMode,
  shellcheck?: ShellcheckRunner,
  readRepoFile?: RepoFileReader,
  registry?: RegistryAccess,
): Eventually<LintedInput & { readonly bom: boolean }> {
  const failOn = config.failOn !== undefined ? { failOn: config.failOn } : {};
  // No findings: skipped (with a reason), or found clean without decoding (no text to keep).
  const empty = (skipped?: string, bom = false) => ({
    report: { path: display, findings: [], ...failOn },
    text: '',
    fixed: 0,
    suppressed: 0,
    ...(skipped !== undefined ? { skipped } : {}),
    fixRefused: false,
    bom,
  });
  if (!config.enable) return empty(SKIP_REASONS.disabled);
  const large = tooLarge(bytes.length, config);
  if (large !== undefined) return empty(large);
  if (looksBinaryBytes(bytes)) return empty(SKIP_REASONS.binary);
  const bom = hasUtf8Bom(bytes);
  let valid = true;
  // Most files of a big tree are neither Dockerfiles nor workflows and hold no detector's
  // keyword: they are found so in their bytes, and never decoded.
  const text = textWorthLinting(enginePath, bom ? bytes.subarray(3) : bytes, config, (body) => {
    const decoded = decodeUtf8(body);
    valid = decoded.valid;
    return decoded.text;
  });
  if (text === undefined) return empty(undefined, bom);
  // Rewriting a file that was not valid UTF-8 would replace its invalid bytes with U+FFFD.
  const mode = valid ? fix : 'none';
  // `repoPath` is read only by the rules that need it (finding the repository root costs stats).
  const doc: LintDocument = readRepoFile
    ? {
        path: enginePath,
        text,
        readRepoFile,
        get repoPath() {
          return readRepoFile.repoPath;
        },
      }
    : { path: enginePath, text };
  const report = (outcome: FixOutcome): LintedInput & { readonly bom: boolean } => ({
    report: { ...fileReport(display, outcome.result.findings, outcome.text), ...failOn },
    text: outcome.text,
    fixed: outcome.fixed,
    suppressed: outcome.result.suppressed,
    fixRefused: !valid && fix !== 'none' && outcome.result.findings.some((f) => f.fixes.length > 0),
    bom,
    ...(outcome.result.skipped ? { skipped: SKIP_REASONS[outcome.result.skipped] } : {}),
  });
  // The base images' platforms are fetched before the (synchronous) lint; off unless asked for.
  if (
    registry &&
    (registry.always || config.dockerfile.registryLookups) &&
    config.dockerfile.enable &&
    classify(enginePath) === 'dockerfile'
  )
    return registryPrefetch()
      .prefetchImageMetadata(registry.client, text, config)
      .then((metadata) => {
        // Defined in place: spreading `doc` would call the repoPath getter (a repository-root search).
        Object.defineProperty(doc, 'imageMetadata', { value: metadata, enumerable: true });
        return whenReady(lintAndFixWithShellcheck(doc, config, mode, shellcheck), report);
      });
  return whenReady(lintAndFixWithShellcheck(doc, config, mode, shellcheck), report);
}

export interface FileContext {
  readonly configs: ConfigSource;
  readonly fix: FixMode;
  readonly limit: Limiter;
  /** Runs ShellCheck on Dockerfiles and workflows; undefined with `--no-shellcheck`. */
  readonly shellcheck?: ShellcheckRunner;
  /** Other files of a workflow's repository, for cross-file checks. */
  readonly repoFiles?: RepoFiles;
  /** Registry lookups for Dockerfiles' base images (`--registry`, `dockerfile.registryLookups`). */
  readonly registry?: RegistryAccess;
}

/**
 * Other files of the repository are read only by Dockerfile and workflow rules: most files of a
 * big tree are scanned for secrets alone and need no reader (a closure and a root search each).
 */
function repoReader(repoFiles: RepoFiles | undefined, path: string): RepoFileReader | undefined {
  return repoFiles && classify(path) !== 'other' ? repoFiles.readerFor(path) : undefined;
}

function skippedAsTooLarge(display: string, reason: string): CheckedFile {
  return { report: { path: display, findings: [] }, fixed: 0, suppressed: 0, skipped: reason, fixRefused: false };
}

/**
 * Drops the text: a run keeps every file's result until it prints, and holding every file's text
 * that long kept the whole tree alive (tens of megabytes copied from collection to collection).
 */
function withoutText({ text: _text, bom: _bom, ...checked }: LintedInput & { readonly bom: boolean }): CheckedFile {
  return checked;
}

/**
 * Files are read into one buffer per thread, reused from file to file and grown as needed (up to
 * the size limit, plus one byte to notice a file over it). Allocating a buffer per file made
 * tens of megabytes of short-lived external memory on a big tree, and V8 collected garbage far
 * more often. The bytes are valid until the next read, which is fine because lintBytes decodes
 * them before its first `await`.
 */
let scratch = new Uint8Array(64 * 1024);

/**
 * Reads a file unless it is over the size limit; reading stops one byte past the limit, so a
 * multi-gigabyte file is never loaded. Synchronous, an open, reads and a close: for thousands of
 * small files that is several times cheaper than promise-based reads (a thread-pool round trip
 * per call), and no fstat: a Stats object per file showed up in profiles. Reading to the end of
 * the file rather than to a size also handles FIFOs and character devices named on the command line.
 */
function readUnlessTooLarge(path: string, config: DrydockConfig): { readonly bytes: Uint8Array } | { readonly large: string } {
  // A disabled config skips the file in lintBytes: nothing to read.
  if (!config.enable) return { bytes: new Uint8Array(0) };
  const limit = config.secrets.maxFileSizeKb * 1024;
  const fd = openSync(path, 'r');
  try {
    let filled = 0;
    for (;;) {
      if (filled === scratch.length) {
        if (filled > limit) break;
        const grown = new Uint8Array(Math.min(scratch.length * 2, limit + 1));
        grown.set(scratch);
        scratch = grown;
      }
      const count = readSync(fd, scratch, filled, scratch.length - filled, null);
      if (count === 0) break;
      filled += count;
    }
    if (filled > limit) {
      const large = tooLarge(fstatSync(fd).size, config);
      if (large !== undefined) return { large };
    }
    return { bytes: new Uint8Array(scratch.buffer, 0, filled) };
  } finally {
    closeSync(fd);
  }
}

/**
 * checkFile for worker threads: synchronous reads (many small files: cheaper than promise round
 * trips, and the workers are the parallelism), no --fix.
 */
export async function checkFileSync(
  path: string,
  display: string,
  configs: ConfigSource,
  shellcheck?: ShellcheckRunner,
  repoFiles?: RepoFiles,
  registry?: RegistryAccess,
): Promise<CheckedFile> {
  const config = await configs.forFile(path);
  const read = readUnlessTooLarge(path, config);
  if ('large' in read) return skippedAsTooLarge(display, read.large);
  return whenReady(
    lintBytes(read.bytes, toSlashes(path), display, config, 'none', shellcheck, repoReader(repoFiles, path), registry),
    withoutText,
  );
}

/**
 * Reads, lints and (with --fix) rewrites one file. Synchronous when the file's config is already
 * known and nothing has to be waited for (ShellCheck, a registry, a write): a promise per file
 * cost a big tree's run ~6% of its time. I/O errors are thrown, or reject the promise.
 */
export function checkFile(path: string, display: string, ctx: FileContext): Eventually<CheckedFile> {
  const config = ctx.configs.settledFor(path);
  if (config === undefined) return ctx.configs.forFile(path).then((resolved) => checkWithConfig(path, display, ctx, resolved));
  return checkWithConfig(path, display, ctx, config);
}

function checkWithConfig(path: string, display: string, ctx: FileContext, config: DrydockConfig): Eventually<CheckedFile> {
  const read = readUnlessTooLarge(path, config);
  if ('large' in read) return skippedAsTooLarge(display, read.large);
  const linted = lintBytes(
    read.bytes,
    toSlashes(path),
    display,
    config,
    ctx.fix,
    ctx.shellcheck,
    repoReader(ctx.repoFiles, path),
    ctx.registry,
  );
  const finish = (done: LintedInput & { readonly bom: boolean }): Eventually<CheckedFile> => {
    if (done.fixed === 0) return withoutText(done);
    const output = encodeSource(done.text, done.bom);
    return ctx.limit(() => fsPromises.writeFile(path, output)).then(() => withoutText(done));
  };
  return linted instanceof Promise ? linted.then(finish) : finish(linted);
}

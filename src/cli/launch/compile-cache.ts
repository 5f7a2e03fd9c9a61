/**
 * Loads a bundle with a V8 code cache. A CLI run over a big tree starts three or more isolates (the
 * main thread and a worker per core), and each one compiling a 1.5 MB bundle from source cost
 * 60–100 ms of CPU before its first file; with the cache V8 skips parsing and compiling the
 * functions the previous run used. This is what Node 22's `module.enableCompileCache()` does; it
 * is written out here because Drydock supports Node 20.
 *
 * The cache lives in the user's cache folder (never a shared temp folder: cached code is run as
 * is). V8 checks each entry against the source and its own version and flags and rejects a stale
 * or damaged one, which is then rewritten. `DRYDOCK_CACHE_DIR` moves the cache, and
 * `DRYDOCK_NO_CACHE=1` turns it off. Every failure falls back to a plain load.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { fnv1a64 } from '../hash';

/** The folder for cache files, or undefined when caching is off. */
export function cacheFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env['DRYDOCK_NO_CACHE'] === '1') return undefined;
  if (env['DRYDOCK_CACHE_DIR']) return env['DRYDOCK_CACHE_DIR'];
  const home = homedir();
  if (process.platform === 'win32') return join(env['LOCALAPPDATA'] ?? join(home, 'AppData', 'Local'), 'drydock', 'Cache');
  if (process.platform === 'darwin') return join(home, 'Library', 'Caches', 'drydock');
  return join(env['XDG_CACHE_HOME'] || join(home, '.cache'), 'drydock');
}

/** CommonJS's module wrapper: the bundle is a CommonJS file. */
const WRAPPER_START = '(function (exports, require, module, __filename, __dirname) { ';
const WRAPPER_END = '\n});';

type ModuleFunction = (exports: unknown, require: NodeJS.Require, module: { exports: unknown }, filename: string, dirname: string) => void;

export interface CachedLoad {
  /** Writes the cache when it was missing or rejected; call it once the bundle has done its work. */
  readonly save: () => void;
}

/** Runs the CommonJS bundle `file`, compiled from the code cache when there is a valid one. */
export function loadWithCompileCache(file: string, env: NodeJS.ProcessEnv = process.env): CachedLoad {
  const folder = cacheFolder(env);
  const source = readFileSync(file, 'utf8');
  let cacheFile: string | undefined;
  let cachedData: Buffer | undefined;
  if (folder !== undefined) {
    try {
      const { size, mtimeMs } = statSync(file);
      // Not node:crypto: loading it costs a worker ~15 ms, more than the whole lookup should.
      const key = fnv1a64(`${file}\0${size}\0${mtimeMs}\0${process.version}\0${process.arch}`);
      cacheFile = join(folder, `${key}.v8cache`);
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined; // no cache yet (or no access): compile from source and write one later
    }
  }
  const script = new Script(WRAPPER_START + source + WRAPPER_END, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const run = script.runInThisContext() as ModuleFunction;
  const module = { exports: {} };
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  const needsWrite = cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected === true);
  let saved = false;
  return {
    save: () => {
      if (saved || !needsWrite || cacheFile === undefined) return;
      saved = true;
      try {
        // Created after the run, the cache also holds the functions compiled lazily while working.
        const data = script.createCachedData();
        mkdirSync(dirname(cacheFile), { recursive: true, mode: 0o700 });
        // Worker threads may write the same entry at once: write aside, then rename (atomic).
        const temporary = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}`;
        writeFileSync(temporary, data, { mode: 0o600 });
        renameSync(temporary, cacheFile);
        pruneCache(dirname(cacheFile));
      } catch {
        // A read-only home or a full disk only costs the next run its speed-up.
      }
    },
  };
}

/**
 * Entries a folder keeps: a version has two bundles (the CLI and its worker), so this is a few
 * installed versions' worth. Every upgrade (and, for developers, every build) writes new entries
 * under new keys; without pruning the folder would grow by ~2 MB a version for good.
 */
export const MAX_CACHE_ENTRIES = 8;

/** Deletes all but the MAX_CACHE_ENTRIES most recently written entries. Runs only after a write, which is rare. */
export function pruneCache(folder: string): void {
  const entries = readdirSync(folder)
    .filter((name) => name.endsWith('.v8cache'))
    .map((name) => {
      try {
        return { name, written: statSync(join(folder, name)).mtimeMs };
      } catch {
        return undefined; // removed meanwhile by another process's pruning
      }
    })
    .filter((entry) => entry !== undefined)
    .sort((a, b) => b.written - a.written);
  for (const { name } of entries.slice(MAX_CACHE_ENTRIES)) rmSync(join(folder, name), { force: true });
}

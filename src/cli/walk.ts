/**
 * Expands the paths given on the command line into the files to check. Folders are walked
 * recursively the way git sees them: `.gitignore` files (the folder's own, its ancestors' up to
 * the repository root, and `.git/info/exclude`) decide what is skipped, dot-folders such as
 * `.github` are walked, and `.git` and `node_modules` never are.
 */
import ignore, { type Ignore } from 'ignore';
import { type Dirent, readdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { Limiter } from './limit';
import { isInside, toSlashes } from './paths';

/** One ignore file's rules and the folder its patterns are relative to. */
interface Matcher {
  readonly base: string;
  readonly rules: Ignore;
}

const SEP_CODE = sep.charCodeAt(0);

const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);

export interface WalkOptions {
  /** The git root (or the working directory): ancestors' `.gitignore` files are read up to here. */
  readonly root: string;
  readonly gitRoot: string | undefined;
  readonly limit: Limiter;
  readonly warn: (message: string) => void;
  /** Called for each file as soon as it is found, so linting can start before the walk ends. */
  readonly onFile?: (path: string) => void;
  /**
   * Called with each folder's listing (every entry, ignored or not) before any of its files is
   * reported, so a consumer can answer questions about the folder without listing it again.
   */
  readonly onFolder?: (dir: string, names: readonly string[]) => void;
}

// Git matches case-sensitively except where the file system usually is not.
const ignoreCase = process.platform === 'darwin' || process.platform === 'win32';

async function loadMatcher(base: string, file: string, limit: Limiter): Promise<Matcher | undefined> {
  const text = await limit(() => readFile(file, 'utf8')).catch(() => undefined);
  if (text === undefined) return undefined;
  return { base, rules: ignore({ ignorecase: ignoreCase }).add(text) };
}

/**
 * Git's precedence: a later (deeper) ignore file overrides an earlier one, so a nested `!keep`
 * re-includes what the root file excluded, and a nested pattern can exclude what the root allowed.
 */
function isIgnored(path: string, isDir: boolean, matchers: readonly Matcher[]): boolean {
  let ignored = false;
  for (const { base, rules } of matchers) {
    // Walked paths are joined from `base`, so slicing is path.relative without its normalising.
    const rel =
      path.startsWith(base) && path.charCodeAt(base.length) === SEP_CODE
        ? toSlashes(path.slice(base.length + 1))
        : toSlashes(relative(base, path));
    if (rel === '' || rel.startsWith('..')) continue;
    const result = rules.test(isDir ? `${rel}/` : rel);
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}

/** The ignore files that apply above `dir`: from the root down to `dir`'s parent. */
async function ancestorMatchers(dir: string, options: WalkOptions): Promise<Matcher[]> {
  const matchers: Matcher[] = [];
  if (options.gitRoot !== undefined && isInside(dir, options.gitRoot)) {
    const exclude = await loadMatcher(options.gitRoot, join(options.gitRoot, '.git', 'info', 'exclude'), options.limit);
    if (exclude) matchers.push(exclude);
  }
  if (!isInside(dir, options.root) || dir === options.root) return matchers;
  const chain: string[] = [];
  for (let d = dirname(dir); isInside(d, options.root); d = dirname(d)) {
    chain.unshift(d);
    if (d === options.root) break;
  }
  for (const d of chain) {
    const matcher = await loadMatcher(d, join(d, '.gitignore'), options.limit);
    if (matcher) matchers.push(matcher);
  }
  return matchers;
}

async function walkDir(dir: string, inherited: readonly Matcher[], options: WalkOptions, out: string[]): Promise<void> {
  let entries: Dirent[];
  try {
    // Synchronous: a tree of thousands of small folders lists about twice as fast without a
    // thread-pool round trip per folder, and the first files reach the lint workers sooner. One
    // listing holds one descriptor, briefly, so the limiter is not needed here.
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    options.warn(`cannot read folder ${dir}: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  options.onFolder?.(
    dir,
    entries.map((e) => e.name),
  );
  let matchers = inherited;
  if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
    const own = await loadMatcher(dir, join(dir, '.gitignore'), options.limit);
    if (own) matchers = [...inherited, own];
  }
  const subfolders: Promise<void>[] = [];
  // `dir` is already normalised and names hold no separator: concatenating skips path.join's
  // normalising of every path (thousands of folders in a big tree).
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  for (const entry of entries) {
    if (ALWAYS_SKIPPED.has(entry.name)) continue;
    const path = prefix + entry.name;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      // Links to files are followed; links to folders are not, since they can form cycles.
      const target = await options.limit(() => stat(path)).catch(() => undefined);
      isFile = target?.isFile() ?? false;
      isDir = false;
    }
    if ((!isDir && !isFile) || isIgnored(path, isDir, matchers)) continue;
    if (isDir) subfolders.push(walkDir(path, matchers, options, out));
    else {
      out.push(path);
      options.onFile?.(path);
    }
  }
  await Promise.all(subfolders);
}

/**
 * Walks one folder named on the command line. The folder itself is walked even when an ignore
 * file excludes it: naming it is an explicit request.
 */
export async function walkFolder(dir: string, options: WalkOptions): Promise<string[]> {
  const out: string[] = [];
  const ancestors = await ancestorMatchers(dir, options);
  // The ignore library treats everything under an ignored folder as ignored, so the ancestors'
  // rules cannot be applied inside a folder they exclude; only its own ignore files then apply.
  await walkDir(dir, isIgnored(dir, true, ancestors) ? [] : ancestors, options, out);
  return out;
}

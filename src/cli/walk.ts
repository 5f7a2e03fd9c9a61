/**
 * Expands the paths given on the command line into the files to check. Folders are walked
 * recursively the way git sees them: `.gitignore` files (the folder's own, its ancestors' up to
 * the repository root, and `.git/info/exclude`) decide what is skipped, dot-folders such as
 * `.github` are walked, and `.git` and `node_modules` never are.
 */
import ignore, { type Ignore } from 'ignore';
import { type Dirent, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
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

function loadMatcher(base: string, file: string): Matcher | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
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
function ancestorMatchers(dir: string, options: WalkOptions): Matcher[] {
  const matchers: Matcher[] = [];
  if (options.gitRoot !== undefined && isInside(dir, options.gitRoot)) {
    const exclude = loadMatcher(options.gitRoot, join(options.gitRoot, '.git', 'info', 'exclude'));
    if (exclude) matchers.push(exclude);
  }
  if (!isInside(dir, options.root) || dir === options.root) return matchers;
  const chain: string[] = [];
  for (let d = dirname(dir); isInside(d, options.root); d = dirname(d)) {
    chain.unshift(d);
    if (d === options.root) break;
  }
  for (const d of chain) {
    const matcher = loadMatcher(d, join(d, '.gitignore'));
    if (matcher) matchers.push(matcher);
  }
  return matchers;
}

/**
 * Lists one folder: reports it (onFolder), reports its files (onFile) and returns its subfolders
 * with the ignore rules that apply inside them.
 */
function listFolder(dir: string, inherited: readonly Matcher[], options: WalkOptions, out: string[]): [string, readonly Matcher[]][] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    options.warn(`cannot read folder ${dir}: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
  options.onFolder?.(
    dir,
    entries.map((e) => e.name),
  );
  let matchers = inherited;
  if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
    const own = loadMatcher(dir, join(dir, '.gitignore'));
    if (own) matchers = [...inherited, own];
  }
  const subfolders: [string, readonly Matcher[]][] = [];
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
      try {
        isFile = statSync(path).isFile();
      } catch {
        isFile = false;
      }
      isDir = false;
    }
    if ((!isDir && !isFile) || isIgnored(path, isDir, matchers)) continue;
    if (isDir) subfolders.push([path, matchers]);
    else {
      out.push(path);
      options.onFile?.(path);
    }
  }
  return subfolders;
}

/**
 * Walks one folder named on the command line, depth first. The folder itself is walked even when
 * an ignore file excludes it: naming it is an explicit request.
 *
 * Synchronous, with a stack of folders still to list rather than an async call per folder: the
 * system calls are synchronous anyway (a tree of thousands of small folders lists about twice as
 * fast without a thread-pool round trip per folder), and a pending call per folder kept every
 * folder's listing alive until its whole subtree was done, which the garbage collector then
 * copied. Lint workers are fed as files are found, from inside the walk.
 */
export function walkFolder(dir: string, options: WalkOptions): string[] {
  const out: string[] = [];
  const ancestors = ancestorMatchers(dir, options);
  // The ignore library treats everything under an ignored folder as ignored, so the ancestors'
  // rules cannot be applied inside a folder they exclude; only its own ignore files then apply.
  const stack: [string, readonly Matcher[]][] = [[dir, isIgnored(dir, true, ancestors) ? [] : ancestors]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const subfolders = listFolder(next[0], next[1], options, out);
    // Reversed, so the first subfolder is listed next, as a recursive walk would.
    for (let i = subfolders.length - 1; i >= 0; i--) stack.push(subfolders[i] as [string, readonly Matcher[]]);
  }
  return out;
}

/** Native paths for the file system, `/` paths for the engine and for every path the CLI prints. */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, relative, sep } from 'node:path';

const SEP_CODE = sep.charCodeAt(0);

export function toSlashes(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** How a file is shown in reports: relative to the working directory, `/` separated. */
export function displayPath(absolute: string, cwd: string): string {
  // The common case, a file below the working directory, without path.relative's normalising
  // (which showed up in profiles of big trees).
  if (absolute.startsWith(cwd) && absolute.charCodeAt(cwd.length) === SEP_CODE && !absolute.includes('..', cwd.length))
    return toSlashes(absolute.slice(cwd.length + 1));
  const rel = relative(cwd, absolute);
  return toSlashes(rel === '' ? '.' : rel);
}

/** True when `child` is `parent` or inside it. */
export function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The enclosing git work tree's root (a `.git` folder, or a `.git` file in worktrees and
 * submodules), found without running git so the CLI works where git is not installed.
 */
export function findGitRoot(start: string): string | undefined {
  let dir = start;
  for (;;) {
    if (existsSync(`${dir}${sep}.git`)) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

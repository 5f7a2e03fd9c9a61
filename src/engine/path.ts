/** Tiny `/`-path helpers: the engine runs in a web worker too, so it cannot use node:path. */

export function normalizeSlashes(path: string): string {
  return path.replace(/\\/g, '/');
}

export function basename(path: string): string {
  const p = normalizeSlashes(path).replace(/\/+$/, '');
  return p.slice(p.lastIndexOf('/') + 1);
}

export function dirname(path: string): string {
  const p = normalizeSlashes(path).replace(/\/+$/, '');
  const i = p.lastIndexOf('/');
  if (i < 0) return '.';
  return i === 0 ? '/' : p.slice(0, i);
}

export function joinPath(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

/** The folders from `path`'s own folder up to and including `root` (or the filesystem root). */
export function ancestorDirs(path: string, root?: string): string[] {
  const dirs: string[] = [];
  const stop = root === undefined ? undefined : normalizeSlashes(root).replace(/\/+$/, '') || '/';
  let dir = dirname(path);
  for (;;) {
    dirs.push(dir);
    if (dir === stop || dir === '/' || dir === '.' || /^[A-Za-z]:$/.test(dir)) break;
    if (stop !== undefined && !dir.startsWith(stop)) break;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return dirs;
}

/**
 * A path relative to a repository's root, normalised: `./a/../b/action.yml` → `b/action.yml`, and
 * `''` for the root itself. Undefined for absolute paths (`/x`, `\x`, `C:x`) and for paths that leave
 * the root. Shared by the workflow rules' prefetch list and the CLI's and server's file readers.
 */
export function normalizeRepoPath(path: string): string | undefined {
  if (path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:/.test(path)) return undefined;
  const parts: string[] = [];
  for (const part of path.split(/[\\/]+/)) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

/**
 * Cross-file reads for workflow rules (a called workflow's `on.workflow_call`, a local action's
 * `action.yml`): `readRepoFile(relativePath)` resolves against the file's repository root and reads
 * synchronously (the engine is synchronous), through a small cache shared by every file of a run
 * (or of one worker thread). Paths that would leave the repository are refused.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { normalizeRepoPath } from '../engine/path';
import { findGitRoot } from './paths';

/** Files this large are not what a rule wants to read (a workflow or action.yml is small). */
const MAX_BYTES = 1024 * 1024;
const CACHE_SIZE = 256;

export interface RepoFileReader {
  (relativePath: string): string | undefined;
  /** The file's own path relative to its repository root (`docker/Dockerfile`); the root is found on first use. */
  readonly repoPath: string | undefined;
}

export interface RepoFiles {
  /** A reader for files of `file`'s repository; the root is found on first use. */
  readerFor(file: string): RepoFileReader;
}

/**
 * The repository root of `file`: the folder holding `.github/` for `.github/workflows/x.yml`,
 * else the nearest ancestor with `.git`, else `scanRoot`.
 */
export function repoRootOf(file: string, scanRoot: string): string {
  const workflows = dirname(file);
  const github = dirname(workflows);
  if (workflows.endsWith(`${sep}workflows`) && github.endsWith(`${sep}.github`)) return dirname(github);
  return findGitRoot(dirname(file)) ?? scanRoot;
}

export function createRepoFiles(scanRoot: string): RepoFiles {
  const roots = new Map<string, string>();
  const texts = new Map<string, string | undefined>();
  const read = (path: string): string | undefined => {
    if (texts.has(path)) {
      const hit = texts.get(path);
      texts.delete(path);
      texts.set(path, hit); // most recently used
      return hit;
    }
    let text: string | undefined;
    try {
      text = statSync(path).size <= MAX_BYTES ? readFileSync(path, 'utf8') : undefined;
    } catch {
      text = undefined;
    }
    texts.set(path, text);
    if (texts.size > CACHE_SIZE) {
      const oldest = texts.keys().next();
      if (!oldest.done) texts.delete(oldest.value);
    }
    return text;
  };
  const rootFor = (file: string): string => {
    const dir = dirname(file);
    let root = roots.get(dir);
    if (root === undefined) {
      root = repoRootOf(file, scanRoot);
      roots.set(dir, root);
    }
    return root;
  };
  return {
    readerFor(file) {
      let root: string | undefined;
      const reader = (relativePath: string): string | undefined => {
        // Absolute, leaving the root, or the root itself: not a file of the repository.
        const normalized = isAbsolute(relativePath) ? undefined : normalizeRepoPath(relativePath);
        if (!normalized) return undefined;
        root ??= rootFor(file);
        const path = join(root, ...normalized.split('/'));
        // A symlinked folder could still point outside; the path itself may not.
        const rel = relative(root, path);
        if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
        return read(path);
      };
      return Object.defineProperty(reader, 'repoPath', {
        get(): string | undefined {
          root ??= rootFor(file);
          const rel = relative(root, file);
          return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? undefined : rel.split(sep).join('/');
        },
      }) as RepoFileReader;
    },
  };
}

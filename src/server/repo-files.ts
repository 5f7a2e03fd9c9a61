/**
 * Other repository files for workflow rules, in the language server. Linting is synchronous but
 * the server reads files through the client (asynchronously, and the only way in a web worker or
 * a virtual workspace): before each lint of a workflow or action.yml, the files it refers to
 * (`referencedRepoFiles`) are fetched, then the rules get a synchronous reader over them. Reads are
 * cached by URI until the file changes on disk (a watched-file event); an open document is always
 * read from its live text. Who read what is remembered, so a change to a called workflow or a
 * local action re-lints the open documents that use it.
 */
import { normalizeRepoPath } from '../engine/path';
import { CONFIG_PATHS_IN_FOLDER } from '../engine/config';
import { dockerignorePaths } from '../dockerfile/dockerignore';
import { referencedRepoFiles } from '../workflow/repo-files';
import { splitUri } from './config-store';

export interface RepoFilePorts {
  /** Reads a file through the client; undefined when it does not exist. */
  readFile(uri: string): Promise<string | undefined>;
  /** The text of an open document, if `uri` is one. */
  openText(uri: string): string | undefined;
  workspaceFolders(): readonly string[];
}

/** The base names of every config file (a change to one re-resolves every document's config). */
const CONFIG_BASENAMES = new Set(CONFIG_PATHS_IN_FOLDER.map((p) => p.slice(p.lastIndexOf('/') + 1)));

export function isConfigFileUri(uri: string): boolean {
  return CONFIG_BASENAMES.has(uri.slice(uri.lastIndexOf('/') + 1));
}

/** A root-relative path as a URI below `root` (each segment percent-encoded, as VS Code writes URIs). */
function childUri(root: string, relativePath: string): string {
  return `${root.replace(/\/+$/, '')}/${relativePath.split('/').map(encodeURIComponent).join('/')}`;
}

/** How many files stay cached (each a workflow or action.yml: small). */
const CACHE_SIZE = 256;

export class RepoFileCache {
  private readonly texts = new Map<string, Promise<string | undefined>>();
  /** For each file URI, the documents whose last lint read (or tried to read) it. */
  private readonly dependents = new Map<string, Set<string>>();

  constructor(private readonly ports: RepoFilePorts) {}

  /**
   * The repository root of a document, as a URI: the folder holding `.github/` for a workflow,
   * else the workspace folder that contains the document, else the document's folder.
   */
  repoRoot(uri: string): string | undefined {
    const split = splitUri(uri);
    if (!split) return undefined;
    const at = split.path.lastIndexOf('/.github/workflows/');
    if (at >= 0 && !split.path.slice(at + '/.github/workflows/'.length).includes('/')) return split.prefix + split.path.slice(0, at);
    const folder = this.ports
      .workspaceFolders()
      .map((f) => f.replace(/\/+$/, ''))
      .filter((f) => uri.startsWith(`${f}/`))
      .sort((a, b) => b.length - a.length)[0];
    return folder ?? split.prefix + split.path.slice(0, split.path.lastIndexOf('/'));
  }

  private read(uri: string): Promise<string | undefined> {
    let text = this.texts.get(uri);
    if (text === undefined) {
      text = this.ports.readFile(uri).catch(() => undefined);
      this.texts.set(uri, text);
      if (this.texts.size > CACHE_SIZE) {
        const oldest = this.texts.keys().next();
        if (!oldest.done) this.texts.delete(oldest.value);
      }
    }
    return text;
  }

  /**
   * Fetches what `text` (the document at `uri`) refers to and returns a synchronous reader over
   * it. A path that was not prefetched is answered only when it is an open document.
   */
  async prefetch(uri: string, text: string, kind: 'workflow' | 'action'): Promise<(relativePath: string) => string | undefined> {
    const root = this.repoRoot(uri);
    if (root === undefined) return () => undefined;
    return this.fetchAll(uri, root, referencedRepoFiles(text, kind));
  }

  /**
   * For a Dockerfile: its path relative to its root and a reader over the ignore files BuildKit
   * would use (`<name>.dockerignore` next to it, then `.dockerignore`). Undefined when the
   * document is not below its root (an untitled document).
   */
  async prefetchDockerfile(
    uri: string,
  ): Promise<{ readRepoFile: (relativePath: string) => string | undefined; repoPath: string } | undefined> {
    const root = this.repoRoot(uri);
    if (root === undefined || !uri.startsWith(`${root}/`)) return undefined;
    let repoPath: string;
    try {
      repoPath = uri
        .slice(root.length + 1)
        .split('/')
        .map((s) => decodeURIComponent(s))
        .join('/');
    } catch {
      return undefined;
    }
    return { readRepoFile: await this.fetchAll(uri, root, dockerignorePaths(repoPath)), repoPath };
  }

  /** Fetches `paths` (root-relative) for the document `uri`, remembering it reads them. */
  private async fetchAll(uri: string, root: string, paths: readonly string[]): Promise<(relativePath: string) => string | undefined> {
    const fetched = new Map<string, string | undefined>();
    await Promise.all(
      paths.map(async (path) => {
        const target = childUri(root, path);
        let readers = this.dependents.get(target);
        if (!readers) {
          readers = new Set();
          this.dependents.set(target, readers);
        }
        readers.add(uri);
        const open = this.ports.openText(target);
        fetched.set(path, open ?? (await this.read(target)));
      }),
    );
    return (relativePath) => {
      const path = normalizeRepoPath(relativePath);
      if (!path) return undefined; // absolute, leaving the root, or the root itself
      if (fetched.has(path)) return fetched.get(path);
      return this.ports.openText(childUri(root, path));
    };
  }

  /** The documents that read `uri` in their last lint. */
  dependentsOf(uri: string): readonly string[] {
    return [...(this.dependents.get(uri) ?? [])];
  }

  /** Forgets `uri`'s text (changed or deleted on disk, or closed in the editor). */
  invalidate(uri: string): void {
    this.texts.delete(uri);
  }

  invalidateAll(): void {
    this.texts.clear();
  }
}

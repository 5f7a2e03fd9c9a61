/**
 * The other repository files a workflow or action.yml refers to, found without a full parse: local
 * reusable workflows (`uses: ./.github/workflows/x.yml`) and local actions (`uses: ./path`, whose
 * metadata is `path/action.yml` or `path/action.yaml`). The language server reads files through the
 * client, asynchronously, while linting is synchronous: it prefetches these before each lint and
 * hands the rules a synchronous reader over what it fetched.
 */
import { normalizeRepoPath } from '../engine/path';

/** `uses: ./…` as a mapping value or a sequence item's key, double-, single- or not quoted. */
const LOCAL_USES = /^[ \t]*(?:-[ \t]+)?uses[ \t]*:[ \t]*(?:"(\.\/[^"\n]*)"|'(\.\/[^'\n]*)'|(\.\/[^\n#]*?))[ \t]*(?:#.*)?\r?$/gm;

/** A bound on prefetching: a workflow with more local references than this is unusual. */
const MAX_FILES = 64;

/**
 * Root-relative paths (no leading `./`) of the files `text` refers to, in order of first mention.
 * `kind` is accepted for symmetry with the engine's entry points: workflows and composite actions
 * refer to other files the same way.
 */
export function referencedRepoFiles(text: string, _kind: 'workflow' | 'action'): string[] {
  if (!text.includes('./')) return [];
  const out = new Set<string>();
  for (const m of text.matchAll(LOCAL_USES)) {
    const raw = m[1] ?? m[2] ?? m[3] ?? '';
    if (raw.includes('${{')) continue;
    // A ref is not part of a local path (`./x@v1` is an error GitHub reports), but not ours to judge.
    const path = normalizeRepoPath(raw.replace(/@.*$/, ''));
    if (path === undefined) continue;
    if (/(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) out.add(path);
    else {
      const dir = path === '' ? '' : `${path}/`;
      out.add(`${dir}action.yml`);
      out.add(`${dir}action.yaml`);
    }
    if (out.size >= MAX_FILES) break;
  }
  return [...out];
}

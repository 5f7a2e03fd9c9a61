/** Reads a `uses:` value: a local path, a Docker image, or `owner/repo[/path]@ref`. */

export type UsesRef =
  | { readonly kind: 'local'; readonly path: string }
  | { readonly kind: 'docker'; readonly image: string }
  | {
      readonly kind: 'repository';
      readonly owner: string;
      readonly repo: string;
      /** Sub-path inside the repository (`github/codeql-action/init` → `init`), '' when none. */
      readonly path: string;
      /** The ref after `@`; undefined when missing. */
      readonly ref?: string;
      /** `owner/repo` or `owner/repo/path`, without the ref. */
      readonly slug: string;
      /** True for reusable workflows (`…/.github/workflows/x.yml@ref`). */
      readonly reusableWorkflow: boolean;
    }
  | { readonly kind: 'invalid'; readonly reason: string };

export const FULL_SHA = /^[0-9a-f]{40}$/;

export function parseUses(raw: string): UsesRef {
  const value = raw.trim();
  if (value === '') return { kind: 'invalid', reason: 'empty' };
  if (value.startsWith('./') || value === '.') return { kind: 'local', path: value };
  if (value.startsWith('docker://')) return { kind: 'docker', image: value.slice('docker://'.length) };
  const at = value.indexOf('@');
  const slug = at < 0 ? value : value.slice(0, at);
  const ref = at < 0 ? undefined : value.slice(at + 1);
  const parts = slug.split('/');
  const [owner, repo] = parts;
  if (!owner || !repo) return { kind: 'invalid', reason: 'expected owner/repo' };
  const path = parts.slice(2).join('/');
  return {
    kind: 'repository',
    owner,
    repo,
    path,
    slug,
    ...(ref !== undefined ? { ref } : {}),
    reusableWorkflow: /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path),
  };
}

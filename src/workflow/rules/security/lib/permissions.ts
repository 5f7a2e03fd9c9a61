/** `permissions:` blocks read the way GitHub applies them (workflow level, then job level). */
import type { JobModel, WorkflowModel } from '../../../model';
import { deref, type YMap, type YNode, type YPair, type YScalar } from '../../../yaml/node';

export type Permissions =
  /** No `permissions:` at all: the repository's default token permissions apply. */
  | { readonly kind: 'default' }
  | { readonly kind: 'read-all' | 'write-all'; readonly node: YScalar }
  | { readonly kind: 'explicit'; readonly map: YMap }
  /** An expression or something GitHub would reject: nothing to judge. */
  | { readonly kind: 'unknown' };

export function readPermissions(pair: YPair | undefined): Permissions {
  if (!pair) return { kind: 'default' };
  const value: YNode | undefined = deref(pair.value);
  if (value?.kind === 'map') return { kind: 'explicit', map: value };
  if (value?.kind === 'scalar' && (value.value === 'read-all' || value.value === 'write-all')) return { kind: value.value, node: value };
  return { kind: 'unknown' };
}

/** Whether the token of `job` can mint OIDC tokens (`id-token: write`, directly or inherited). */
export function hasIdToken(job: JobModel, model: WorkflowModel): boolean {
  const own = readPermissions(job.permissions);
  const effective = own.kind === 'default' ? readPermissions(model.permissions) : own;
  if (effective.kind === 'write-all') return true;
  if (effective.kind !== 'explicit') return false;
  return effective.map.pairs.some(
    (p) => p.key.value === 'id-token' && deref(p.value)?.kind === 'scalar' && (deref(p.value) as YScalar).value === 'write',
  );
}

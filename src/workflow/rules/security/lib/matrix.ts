/**
 * A job's `strategy.matrix` flattened into the values each `matrix.*` context can take, computed
 * once per job: template-injection asks whether a `matrix.x` can hold an expression's output,
 * unpinned-images expands `image: ${{ matrix.image }}` into the images it names.
 */
import { WalkCache } from '../../../../engine/lint-cache';
import type { JobModel } from '../../../model';
import { deref, mapOf, pairOf, type YNode, type YScalar } from '../../../yaml/node';

export interface MatrixValue {
  /** Lower-case dotted path: `matrix.os`, `matrix.python.version`. */
  readonly path: string;
  readonly value: string;
  readonly node: YScalar;
  /** The value holds an expression, so it is only known at run time. */
  readonly dynamic: boolean;
}

export interface MatrixInfo {
  /** The whole matrix (or a dimension) is an expression: `matrix: ${{ fromJSON(…) }}`. */
  readonly expression: boolean;
  readonly values: readonly MatrixValue[];
  /** The `matrix:` key, for related locations. */
  readonly key: YScalar;
}

function walk(node: YNode | null | undefined, path: string, out: MatrixValue[], budget: { left: number }): void {
  const n = deref(node);
  if (!n || budget.left-- <= 0) return;
  switch (n.kind) {
    case 'scalar':
      if (n.typed !== null) out.push({ path, value: n.value, node: n, dynamic: n.value.includes('${{') });
      return;
    case 'seq':
      for (const item of n.items) walk(item, path, out, budget);
      return;
    case 'map':
      for (const pair of n.pairs) walk(pair.value, `${path}.${pair.key.value.toLowerCase()}`, out, budget);
      return;
    default:
      return;
  }
}

const cache = new WalkCache<JobModel, MatrixInfo | null>();

/** The job's matrix, or undefined when the job has none. */
export function matrixOf(job: JobModel | undefined): MatrixInfo | undefined {
  if (!job) return undefined;
  const cached = cache.get(job);
  if (cached !== undefined) return cached ?? undefined;
  const pair = pairOf(mapOf(job.node, 'strategy'), 'matrix');
  let info: MatrixInfo | null = null;
  if (pair) {
    const matrix = deref(pair.value);
    const values: MatrixValue[] = [];
    // Alias-heavy matrices cannot make this walk expensive.
    const budget = { left: 5_000 };
    let expression = matrix?.kind === 'scalar';
    if (matrix?.kind === 'map') {
      for (const dim of matrix.pairs) {
        const key = dim.key.value;
        if (key === 'exclude') continue;
        if (key === 'include') {
          const rows = deref(dim.value);
          if (rows?.kind === 'scalar') expression = true;
          else if (rows?.kind === 'seq')
            for (const row of rows.items) {
              const r = deref(row);
              if (r?.kind === 'map') for (const p of r.pairs) walk(p.value, `matrix.${p.key.value.toLowerCase()}`, values, budget);
            }
          continue;
        }
        const dimValue = deref(dim.value);
        if (dimValue?.kind === 'scalar' && dimValue.value.includes('${{')) {
          values.push({ path: `matrix.${key.toLowerCase()}`, value: dimValue.value, node: dimValue, dynamic: true });
          continue;
        }
        walk(dim.value, `matrix.${key.toLowerCase()}`, values, budget);
      }
    }
    info = { expression, values, key: pair.key };
  }
  cache.set(job, info);
  return info ?? undefined;
}

/** Whether `matrix.<path>` (lower-case, dotted) only ever holds values written in the file. */
export function matrixPathIsStatic(info: MatrixInfo, path: string): boolean {
  if (info.expression) return false;
  const prefix = `${path}.`;
  return !info.values.some((v) => v.dynamic && (v.path === path || v.path.startsWith(prefix) || path.startsWith(`${v.path}.`)));
}

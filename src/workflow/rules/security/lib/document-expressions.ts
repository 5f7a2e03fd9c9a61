/**
 * Every `${{ }}` expression written in a file's scalars (comments never count), parsed once per
 * model and shared by the rules that audit expressions wherever they appear.
 */
import { WalkCache } from '../../../../engine/lint-cache';
import type { Expr } from '../../../expr/ast';
import { expressionsIn, parseSpan, type ExprSpan } from '../../../expr/extract';
import type { WorkflowModel } from '../../../model';
import type { YNode, YPair, YScalar } from '../../../yaml/node';

export interface DocumentExpression {
  readonly span: ExprSpan;
  readonly expr: Expr;
}

const cache = new WalkCache<WorkflowModel, readonly DocumentExpression[]>();

export function documentExpressions(model: WorkflowModel): readonly DocumentExpression[] {
  const cached = cache.get(model);
  if (cached) return cached;
  const out: DocumentExpression[] = [];
  const text = model.text;
  // Find each `${{` in the text and the scalar holding it: a descent by offsets, not a walk of
  // every node, and `${{` inside a comment belongs to no scalar, so comments drop out on their own.
  let from = 0;
  for (let at = text.indexOf('${{', from); at >= 0 && model.root; at = text.indexOf('${{', from)) {
    const scalar = scalarAt(model.root, at);
    if (!scalar) {
      from = at + 3;
      continue;
    }
    for (const span of expressionsIn(text, scalar)) {
      if (!span.terminated) continue;
      const parsed = parseSpan(span);
      if (parsed.ok) out.push({ span, expr: parsed.expr });
    }
    from = Math.max(scalar.end, at + 3);
  }
  cache.set(model, out);
  return out;
}

/** The expressions between two offsets (a job's node), in document order. */
export function expressionsWithin(model: WorkflowModel, start: number, end: number): DocumentExpression[] {
  return documentExpressions(model).filter((e) => e.span.start >= start && e.span.end <= end);
}

/** Index of the last element starting at or before `offset` (elements are in document order). */
function lastStartingBefore<T extends { readonly start: number }>(items: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = items.length - 1;
  let found: T | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid];
    if (item && item.start <= offset) {
      found = item;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The scalar (key or value) whose source contains `offset`, if any. */
export function scalarAt(root: YNode, offset: number): YScalar | undefined {
  let node: YNode | null | undefined = root;
  while (node) {
    if (offset < node.start || offset >= node.end) return undefined;
    switch (node.kind) {
      case 'scalar':
        return node;
      case 'map': {
        const pair: YPair | undefined = lastStartingBefore(node.pairs, offset);
        if (!pair) return undefined;
        node = offset < pair.key.end ? pair.key : pair.value;
        break;
      }
      case 'seq':
        node = lastStartingBefore(node.items, offset);
        break;
      default:
        return undefined;
    }
  }
  return undefined;
}

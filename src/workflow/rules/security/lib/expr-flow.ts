/**
 * How values flow through a `${{ }}` expression, as zizmor models it: which context accesses can
 * end up in the expanded text (`a && b` expands to `b`, `a == b` only to a boolean), and the
 * lower-case pattern of an access (`github.event.commits[0].message` → `github.event.commits.*.message`)
 * that the capability tables are keyed by.
 */
import type { Expr } from '../../../expr/ast';

/** A context access whose value may reach the expansion. */
export interface FlowAccess {
  /** The access chain's node: its offsets are what a finding underlines. */
  readonly node: Expr;
  /**
   * Lower-case path with `*` for stars and numeric indexes; undefined when the chain starts at a
   * function call (`fromJSON(x).y`) or has a computed index (`x[matrix.k]`).
   */
  readonly pattern: readonly string[] | undefined;
  /** The context the chain starts at (`github`, `inputs`…), '' when it starts at a call. */
  readonly root: string;
}

/** Functions whose result contains their arguments' values (and so carries them into code). */
const PASS_THROUGH = new Set(['tojson', 'format', 'join']);

function isChainNode(expr: Expr): boolean {
  return expr.type === 'context' || expr.type === 'property' || expr.type === 'index' || expr.type === 'star';
}

/** The root and pattern of an access chain (a context, or property/index/star nodes above one). */
export function accessOf(expr: Expr): FlowAccess {
  const parts: string[] = [];
  let computed = false;
  let node: Expr = expr;
  for (;;) {
    switch (node.type) {
      case 'context':
        parts.push(node.name.toLowerCase());
        return { node: expr, pattern: computed ? undefined : parts.reverse(), root: node.name.toLowerCase() };
      case 'property':
        parts.push(node.name.toLowerCase());
        node = node.object;
        break;
      case 'star':
        parts.push('*');
        node = node.object;
        break;
      case 'index': {
        const index = node.index;
        if (index.type === 'literal' && typeof index.value === 'string') parts.push(index.value.toLowerCase());
        else if (index.type === 'literal' && typeof index.value === 'number') parts.push('*');
        else computed = true;
        node = node.object;
        break;
      }
      default:
        // A call (or literal) at the root: zizmor calls these call-led contexts.
        return { node: expr, pattern: undefined, root: '' };
    }
  }
}

/** Every access whose value can flow into the expression's result, in source order. */
export function dataflowAccesses(expr: Expr, out: FlowAccess[] = []): FlowAccess[] {
  if (isChainNode(expr)) {
    out.push(accessOf(expr));
    return out;
  }
  switch (expr.type) {
    case 'call':
      if (PASS_THROUGH.has(expr.name.toLowerCase())) for (const arg of expr.args) dataflowAccesses(arg, out);
      return out;
    case 'binary':
      // `a && b` yields b (or a falsy a, which is a boolean-ish value); `a || b` yields either.
      if (expr.op === '||') dataflowAccesses(expr.left, out);
      if (expr.op === '&&' || expr.op === '||') dataflowAccesses(expr.right, out);
      return out;
    default:
      return out;
  }
}

/**
 * The sub-expressions an expression can evaluate to (`c && 'x' || y` → `'x'`, `y`): what an
 * `image:` expression may produce. Comparisons and `!` yield booleans and count as leaves.
 */
export function valueLeaves(expr: Expr, out: Expr[] = []): Expr[] {
  if (expr.type === 'binary' && (expr.op === '&&' || expr.op === '||')) {
    if (expr.op === '||') valueLeaves(expr.left, out);
    valueLeaves(expr.right, out);
    return out;
  }
  out.push(expr);
  return out;
}

/** Every access chain in an expression (not only those that flow), outermost chains only. */
export function allAccesses(expr: Expr, out: FlowAccess[] = []): FlowAccess[] {
  if (isChainNode(expr)) {
    out.push(accessOf(expr));
    // Computed indexes are accesses too (`secrets[matrix.name]` reads matrix.name).
    let node: Expr = expr;
    while (node.type === 'property' || node.type === 'index' || node.type === 'star') {
      if (node.type === 'index' && node.index.type !== 'literal') allAccesses(node.index, out);
      node = node.object;
    }
    if (node.type === 'call') for (const arg of node.args) allAccesses(arg, out);
    return out;
  }
  switch (expr.type) {
    case 'call':
      for (const arg of expr.args) allAccesses(arg, out);
      return out;
    case 'binary':
      allAccesses(expr.left, out);
      allAccesses(expr.right, out);
      return out;
    case 'not':
      allAccesses(expr.operand, out);
      return out;
    default:
      return out;
  }
}

/** `pattern` matches `glob` (both lower-case parts; `*` in the glob matches any one part). */
export function matchesPattern(pattern: readonly string[], glob: readonly string[]): boolean {
  if (pattern.length !== glob.length) return false;
  for (let i = 0; i < glob.length; i++) if (glob[i] !== '*' && glob[i] !== pattern[i]) return false;
  return true;
}

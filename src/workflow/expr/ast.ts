/**
 * The `${{ }}` expression language's syntax tree. Every node carries absolute offsets into the
 * document, so a finding can underline `github.event.issue.title`, not the whole `run:` block.
 */

interface At {
  readonly start: number;
  readonly end: number;
}

export interface LiteralExpr extends At {
  readonly type: 'literal';
  readonly value: string | number | boolean | null;
  /** How the literal was written; `'it''s'` and `0x1F` keep their spelling for messages. */
  readonly raw: string;
}

/** A top-level name: a context (`github`, `env`…) or, inside `x.*` filters, nothing else. */
export interface ContextExpr extends At {
  readonly type: 'context';
  readonly name: string;
}

export interface PropertyExpr extends At {
  readonly type: 'property';
  readonly object: Expr;
  readonly name: string;
  readonly nameStart: number;
}

export interface IndexExpr extends At {
  readonly type: 'index';
  readonly object: Expr;
  readonly index: Expr;
}

/** `.*` or `[*]`: the object filter, yielding an array of every property's value. */
export interface StarExpr extends At {
  readonly type: 'star';
  readonly object: Expr;
}

export interface CallExpr extends At {
  readonly type: 'call';
  readonly name: string;
  readonly nameEnd: number;
  readonly args: readonly Expr[];
}

export interface NotExpr extends At {
  readonly type: 'not';
  readonly operand: Expr;
}

export type BinaryOperator = '==' | '!=' | '<' | '<=' | '>' | '>=' | '&&' | '||';

export interface BinaryExpr extends At {
  readonly type: 'binary';
  readonly op: BinaryOperator;
  readonly left: Expr;
  readonly right: Expr;
}

export type Expr = LiteralExpr | ContextExpr | PropertyExpr | IndexExpr | StarExpr | CallExpr | NotExpr | BinaryExpr;

/** Calls `visit` on every node, parents before children. */
export function walkExpr(expr: Expr, visit: (node: Expr) => void): void {
  visit(expr);
  switch (expr.type) {
    case 'property':
    case 'star':
      walkExpr(expr.object, visit);
      return;
    case 'index':
      walkExpr(expr.object, visit);
      walkExpr(expr.index, visit);
      return;
    case 'call':
      for (const a of expr.args) walkExpr(a, visit);
      return;
    case 'not':
      walkExpr(expr.operand, visit);
      return;
    case 'binary':
      walkExpr(expr.left, visit);
      walkExpr(expr.right, visit);
      return;
    default:
      return;
  }
}

/**
 * A property chain rooted at a context, as lower-case names: `github.event.issue.title` gives
 * `['github','event','issue','title']`; `x['a-b']` gives `'a-b'`; `.*` and `[*]` give `'*'`; an
 * index that is not a string literal gives `'[]'`. Undefined when the chain is not rooted in a
 * context (a function call's result, a literal).
 */
export function accessPath(expr: Expr): string[] | undefined {
  const parts: string[] = [];
  let node: Expr = expr;
  for (;;) {
    switch (node.type) {
      case 'context':
        parts.push(node.name.toLowerCase());
        return parts.reverse();
      case 'property':
        parts.push(node.name.toLowerCase());
        node = node.object;
        break;
      case 'star':
        parts.push('*');
        node = node.object;
        break;
      case 'index':
        parts.push(node.index.type === 'literal' && typeof node.index.value === 'string' ? node.index.value.toLowerCase() : '[]');
        node = node.object;
        break;
      default:
        return undefined;
    }
  }
}

/** The outermost access chains of an expression (`a.b.c`, not also `a.b` and `a`). */
export function accessChains(expr: Expr): Array<{ node: Expr; path: string[] }> {
  const out: Array<{ node: Expr; path: string[] }> = [];
  const visit = (node: Expr): void => {
    if (node.type === 'context' || node.type === 'property' || node.type === 'index' || node.type === 'star') {
      const path = accessPath(node);
      if (path) {
        out.push({ node, path });
        // Indexes inside the chain (`x[matrix.k]`) are chains of their own.
        let n: Expr = node;
        while (n.type === 'property' || n.type === 'index' || n.type === 'star') {
          if (n.type === 'index' && !(n.index.type === 'literal')) visit(n.index);
          n = n.object;
        }
        return;
      }
    }
    switch (node.type) {
      case 'property':
      case 'star':
        visit(node.object);
        return;
      case 'index':
        visit(node.object);
        visit(node.index);
        return;
      case 'call':
        for (const a of node.args) visit(a);
        return;
      case 'not':
        visit(node.operand);
        return;
      case 'binary':
        visit(node.left);
        visit(node.right);
        return;
      default:
        return;
    }
  };
  visit(expr);
  return out;
}

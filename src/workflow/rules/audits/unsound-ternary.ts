/**
 * unsound-ternary: `${{ cond && '' || 'fallback' }}` and other pseudo-ternaries whose "true"
 * value is falsy (`''`, `0`, `false`, `null`). `&&`/`||` return operands, so when `cond` holds
 * the falsy value falls through to the fallback: the expression can never produce the value it
 * was written to produce.
 */
import type { Expr } from '../../expr/ast';
import { expressionsIn, parseSpan } from '../../expr/extract';
import type { WorkflowModel } from '../../model';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import type { YNode } from '../../yaml/node';
import { evaluate, isReducible, truthy } from './consteval';

function orOperands(e: Expr, out: Expr[]): Expr[] {
  if (!isReducible(e) && e.type === 'binary' && e.op === '||') {
    orOperands(e.left, out);
    orOperands(e.right, out);
  } else out.push(e);
  return out;
}

function falsy(e: Expr): boolean {
  const v = evaluate(e);
  return v !== undefined && !truthy(v.value);
}

/** zizmor's search: in `a && X || b`, X is the value meant for "true"; flag it when it is falsy. */
export function unsoundTrueValues(e: Expr, out: Expr[] = []): Expr[] {
  if (isReducible(e)) return out;
  switch (e.type) {
    case 'call':
      for (const a of e.args) unsoundTrueValues(a, out);
      return out;
    case 'index':
      unsoundTrueValues(e.object, out);
      unsoundTrueValues(e.index, out);
      return out;
    case 'property':
    case 'star':
      unsoundTrueValues(e.object, out);
      return out;
    case 'not':
      unsoundTrueValues(e.operand, out);
      return out;
    case 'binary': {
      if (e.op !== '||') {
        unsoundTrueValues(e.left, out);
        unsoundTrueValues(e.right, out);
        return out;
      }
      const operands = orOperands(e, []);
      operands.slice(0, -1).forEach((op) => {
        if (op.type === 'binary' && op.op === '&&' && falsy(op.right)) out.push(op.right);
      });
      for (const op of operands) unsoundTrueValues(op, out);
      return out;
    }
    default:
      return out;
  }
}

function walk(node: YNode | null | undefined, ctx: WorkflowRuleContext): void {
  if (!node) return;
  if (node.kind === 'scalar') {
    if (!node.value.includes('${{')) return;
    for (const span of expressionsIn(ctx.text, node)) {
      if (!span.terminated) continue;
      const parsed = parseSpan(span);
      if (!parsed.ok) continue;
      for (const value of unsoundTrueValues(parsed.expr)) {
        const shown = ctx.text.slice(value.start, value.end);
        ctx.report({
          range: ctx.rangeOf(value.start, value.end),
          message: `\`${shown}\` is falsy, so this pseudo-ternary always yields its fallback: swap the condition (\`!cond && … || ${shown}\`) or use a truthy value.`,
        });
      }
    }
  } else if (node.kind === 'map') {
    for (const p of node.pairs) {
      walk(p.key, ctx);
      walk(p.value, ctx);
    }
  } else if (node.kind === 'seq') for (const item of node.items) walk(item, ctx);
}

function scan(model: WorkflowModel, ctx: WorkflowRuleContext): void {
  walk(model.root, ctx);
}

export const unsoundTernary = defineWorkflowRule({
  id: 'unsound-ternary',
  name: 'unsound-ternary',
  aliases: [],
  severity: 'info',
  confidence: 'high',
  summary: 'A pseudo-ternary `cond && X || Y` whose X is falsy, so it always yields Y.',
  fix: 'none',
  onWorkflow: scan,
  onAction: scan,
});

/**
 * unredacted-secrets: `fromJSON(secrets.X)` (usually followed by `.field`). The runner masks a
 * secret's exact value in logs, but a field parsed out of a JSON secret is a different string that
 * it does not know about, so it is printed in clear.
 */
import type { Expr } from '../../expr/ast';
import type { WorkflowModel } from '../../model';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import { accessOf } from './lib/expr-flow';
import { documentExpressions } from './lib/document-expressions';

function isSecretsAccess(expr: Expr): boolean {
  if (expr.type !== 'context' && expr.type !== 'property' && expr.type !== 'index' && expr.type !== 'star') return false;
  return accessOf(expr).root === 'secrets';
}

/** `fromJSON(<secrets access>)` calls, with the access chain around them when there is one. */
function leaks(expr: Expr, out: Expr[] = [], outer?: Expr): Expr[] {
  switch (expr.type) {
    case 'call':
      if (expr.name.toLowerCase() === 'fromjson' && expr.args.some(isSecretsAccess)) out.push(outer ?? expr);
      else for (const a of expr.args) leaks(a, out);
      return out;
    case 'property':
    case 'star':
      return leaks(expr.object, out, outer ?? expr);
    case 'index':
      leaks(expr.object, out, outer ?? expr);
      return leaks(expr.index, out);
    case 'binary':
      leaks(expr.left, out);
      return leaks(expr.right, out);
    case 'not':
      return leaks(expr.operand, out);
    default:
      return out;
  }
}

function check(model: WorkflowModel, ctx: WorkflowRuleContext): void {
  for (const { expr } of documentExpressions(model)) {
    for (const node of leaks(expr)) {
      ctx.report({
        range: ctx.rangeOf(node.start, node.end),
        message: `${ctx.text.slice(node.start, node.end)} decodes a secret, and the decoded value is not masked in logs: store each field as its own secret.`,
      });
    }
  }
}

export const unredactedSecrets = defineWorkflowRule({
  id: 'unredacted-secrets',
  name: 'unredacted-secrets',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'A secret is parsed with fromJSON(), so the values taken out of it escape log masking.',
  fix: 'none',
  onWorkflow: check,
  onAction: check,
});

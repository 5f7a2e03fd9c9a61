/**
 * overprovisioned-secrets: `${{ toJSON(secrets) }}` or `secrets[<computed>]`. Naming secrets one
 * by one lets the runner hand the job only those; serialising the whole context, or indexing it
 * with a computed name, makes every secret of the repository available to the job.
 */
import type { Expr } from '../../expr/ast';
import type { WorkflowModel } from '../../model';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import { documentExpressions } from './lib/document-expressions';

/** Nodes that expose the whole `secrets` context, outermost first. */
function overprovisions(expr: Expr, out: Expr[] = []): Expr[] {
  switch (expr.type) {
    case 'call':
      if (expr.name.toLowerCase() === 'tojson' && expr.args.some((a) => a.type === 'context' && a.name.toLowerCase() === 'secrets'))
        out.push(expr);
      else for (const a of expr.args) overprovisions(a, out);
      return out;
    case 'index':
      if (
        expr.object.type === 'context' &&
        expr.object.name.toLowerCase() === 'secrets' &&
        !(expr.index.type === 'literal' && typeof expr.index.value === 'string')
      ) {
        out.push(expr);
        return out;
      }
      overprovisions(expr.object, out);
      overprovisions(expr.index, out);
      return out;
    case 'property':
    case 'star':
      return overprovisions(expr.object, out);
    case 'binary':
      overprovisions(expr.left, out);
      return overprovisions(expr.right, out);
    case 'not':
      return overprovisions(expr.operand, out);
    default:
      return out;
  }
}

function check(model: WorkflowModel, ctx: WorkflowRuleContext): void {
  for (const { expr } of documentExpressions(model)) {
    for (const node of overprovisions(expr)) {
      const source = ctx.text.slice(node.start, node.end);
      ctx.report({
        range: ctx.rangeOf(node.start, node.end),
        message: `${source} makes every secret of the repository available to the job: reference the secrets it needs by name (secrets.NAME).`,
      });
    }
  }
}

export const overprovisionedSecrets = defineWorkflowRule({
  id: 'overprovisioned-secrets',
  name: 'overprovisioned-secrets',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'The whole secrets context is exposed (toJSON(secrets) or secrets[<computed>]).',
  fix: 'none',
  onWorkflow: check,
  onAction: check,
});

/**
 * unsound-contains: `contains('refs/heads/main refs/heads/develop', github.ref)` in an `if:`.
 * With a string as its first argument, `contains` is a substring test, so a branch named `main`
 * (or `refs/heads/mai`, or `in refs`) passes a check meant to allow two exact refs. Use
 * `contains(fromJSON('["refs/heads/main", …]'), github.ref)` or explicit `==` comparisons.
 */
import { accessPath, type Expr } from '../../expr/ast';
import type { JobModel } from '../../model';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import { conditionOf, jobConditions } from './util';

/** Contexts an attacker can set (a branch name, a workflow input, any env var); zizmor's list. */
const USER_CONTROLLABLE = [
  'env',
  'github.actor',
  'github.base_ref',
  'github.head_ref',
  'github.ref',
  'github.ref_name',
  'github.sha',
  'github.triggering_actor',
  'inputs',
];

function controllable(path: string): boolean {
  return USER_CONTROLLABLE.some((c) => path === c || path.startsWith(`${c}.`));
}

function find(e: Expr, out: Array<{ call: Expr; context: Expr; path: string }>): void {
  switch (e.type) {
    case 'call': {
      const [first, second] = e.args;
      const path = second ? accessPath(second)?.join('.') : undefined;
      if (
        e.name.toLowerCase() === 'contains' &&
        e.args.length === 2 &&
        first?.type === 'literal' &&
        typeof first.value === 'string' &&
        second &&
        path
      ) {
        out.push({ call: e, context: second, path });
        return;
      }
      for (const a of e.args) find(a, out);
      return;
    }
    case 'binary':
      find(e.left, out);
      find(e.right, out);
      return;
    case 'not':
      find(e.operand, out);
      return;
    case 'index':
      find(e.object, out);
      find(e.index, out);
      return;
    case 'property':
    case 'star':
      find(e.object, out);
      return;
    default:
      return;
  }
}

function check(job: JobModel, ctx: WorkflowRuleContext): void {
  for (const { scalar } of jobConditions(job)) {
    const cond = conditionOf(ctx.text, scalar);
    if (!cond) continue;
    const hits: Array<{ call: Expr; context: Expr; path: string }> = [];
    find(cond.expr, hits);
    for (const hit of hits) {
      const risky = controllable(hit.path);
      const shown = ctx.text.slice(hit.context.start, hit.context.end);
      ctx.report({
        range: ctx.rangeOf(hit.call.start, hit.call.end),
        message: `contains() with a string tests for a substring, so ${risky ? `an attacker who controls \`${shown}\`` : `a \`${shown}\` value`} can pass this check: compare against a list with contains(fromJSON('[…]'), ${shown}) or use ==.`,
        severity: risky ? 'error' : 'info',
      });
    }
  }
}

export const unsoundContains = defineWorkflowRule({
  id: 'unsound-contains',
  name: 'unsound-contains',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: '`contains()` with a string as haystack in an `if:` matches substrings, so the check can be bypassed.',
  fix: 'none',
  onJob(job, ctx) {
    if (!job.uses) check(job, ctx);
  },
});

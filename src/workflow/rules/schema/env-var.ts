/**
 * env-var: environment variable names under `env:` that contain `=`, `&`, spaces or tabs. No
 * shell can reference such a variable, and `=` splits the name from the value when the runner
 * exports it, so the variable silently gets another name and value. Checked at the workflow,
 * job, step, container and service levels and in Docker actions' `runs.env`.
 */
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import { firstReport, hasExpression, spanOf } from '../../schema/scalars';
import { deref, mapOf, type YNode } from '../../yaml/node';

const INVALID = /[&= \t]/;

function check(env: YNode | null | undefined, ctx: WorkflowRuleContext): void {
  const map = deref(env);
  if (map?.kind !== 'map') return;
  for (const pair of map.pairs) {
    const name = pair.key.value;
    // Names built from expressions are checked by nobody until run time (actionlint #312).
    if (!INVALID.test(name) || hasExpression(name) || !firstReport(ctx, pair.key)) continue;
    const [start, end] = spanOf(pair.key);
    ctx.report({
      range: ctx.rangeOf(start, end),
      message: `Environment variable name "${name}" is invalid: names cannot contain "=", "&", spaces or tabs.`,
    });
  }
}

export const envVar = defineWorkflowRule({
  id: 'env-var',
  name: 'env-var',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'An environment variable name contains "=", "&" or whitespace.',
  fix: 'none',
  onWorkflow(model, ctx) {
    check(model.env, ctx);
  },
  onJob(job, ctx) {
    check(job.env, ctx);
    check(mapOf(job.container, 'env'), ctx);
    for (const service of job.services?.pairs ?? []) check(mapOf(service.value, 'env'), ctx);
  },
  onStep(step, ctx) {
    check(step.env, ctx);
  },
  onAction(model, ctx) {
    check(mapOf(model.action?.runs, 'env'), ctx);
  },
});

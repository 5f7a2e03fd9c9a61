/**
 * id: job and step IDs GitHub rejects or mixes up: IDs must start with a letter or `_` and hold
 * only letters, digits, `-` and `_` (`v1.2.3` and `2d-game` are invalid), step IDs must be unique
 * within a job, and job IDs unique within the workflow, both compared case-insensitively (so
 * `build` and `BUILD` collide). Exact duplicate job keys are YAML errors (workflow-syntax).
 */
import type { StepModel } from '../../model';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import { firstReport, hasExpression, spanOf } from '../../schema/scalars';
import type { YScalar } from '../../yaml/node';

const ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;

function checkFormat(id: YScalar, what: 'Job' | 'Step', ctx: WorkflowRuleContext): void {
  if (id.value === '' || hasExpression(id.value) || ID.test(id.value) || !firstReport(ctx, id)) return;
  const [start, end] = spanOf(id);
  ctx.report({
    range: ctx.rangeOf(start, end),
    message: `${what} ID "${id.value}" is invalid: IDs must start with a letter or "_" and contain only letters, digits, "-" and "_".`,
  });
}

function checkSteps(steps: readonly StepModel[], scope: string, ctx: WorkflowRuleContext): void {
  // Most jobs have no or one step id: the map is made for the second one.
  let seen: Map<string, YScalar> | undefined;
  let only: YScalar | undefined;
  for (const step of steps) {
    const id = step.id;
    if (!id || id.value === '') continue;
    checkFormat(id, 'Step', ctx);
    if (hasExpression(id.value)) continue;
    if (!only) {
      only = id;
      continue;
    }
    if (!seen) seen = new Map([[only.value.toLowerCase(), only]]);
    const lower = id.value.toLowerCase();
    const first = seen.get(lower);
    if (!first) {
      seen.set(lower, id);
      continue;
    }
    if (first === id) continue; // the same step again, through a YAML alias
    const [start, end] = spanOf(id);
    const [fs, fe] = spanOf(first);
    ctx.report({
      range: ctx.rangeOf(start, end),
      message: `Step ID "${id.value}" is already used by another step ${scope} (step IDs are case-insensitive): make it unique.`,
      related: [{ message: `"${first.value}" is first used here`, range: ctx.rangeOf(fs, fe) }],
    });
  }
}

export const id = defineWorkflowRule({
  id: 'id',
  name: 'id',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A job or step ID is malformed or not unique.',
  fix: 'none',
  onWorkflow(model, ctx) {
    const seen = new Map<string, YScalar>();
    for (const pair of model.jobsNode?.pairs ?? []) {
      const key = pair.key;
      checkFormat(key, 'Job', ctx);
      const lower = key.value.toLowerCase();
      const first = seen.get(lower);
      if (!first) {
        seen.set(lower, key);
        continue;
      }
      if (first.value === key.value) continue; // an exact duplicate key: workflow-syntax reports it
      const [start, end] = spanOf(key);
      const [fs, fe] = spanOf(first);
      ctx.report({
        range: ctx.rangeOf(start, end),
        message: `Job ID "${key.value}" collides with "${first.value}" (job IDs are case-insensitive): rename one of them.`,
        related: [{ message: `"${first.value}" is defined here`, range: ctx.rangeOf(fs, fe) }],
      });
    }
    for (const job of model.jobs) for (const need of job.needs) checkFormat(need, 'Job', ctx);
  },
  onJob(job, ctx) {
    checkSteps(job.steps, 'of this job', ctx);
  },
  onAction(model, ctx) {
    checkSteps(model.actionSteps, 'of this action', ctx);
  },
});

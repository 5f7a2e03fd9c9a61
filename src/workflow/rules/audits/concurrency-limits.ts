/**
 * concurrency-limits: a workflow without `concurrency:` (at the workflow level or on every job),
 * or with a bare `concurrency: group` that lacks `cancel-in-progress`. New pushes then queue
 * behind, or run beside, stale runs that burn runner minutes and can race on deployments. An
 * explicit `cancel-in-progress: false` is respected. Pedantic persona, as in zizmor.
 */
import type { JobModel } from '../../model';
import { defineWorkflowRule } from '../../rule';
import type { RelatedLocation } from '../../../engine/types';
import { pairOf, valueOf } from '../../yaml/node';
import { pairRange } from './util';

export const concurrencyLimits = defineWorkflowRule({
  id: 'concurrency-limits',
  name: 'concurrency-limits',
  aliases: [],
  severity: 'info',
  confidence: 'high',
  summary: 'A workflow has no concurrency limit, or one without `cancel-in-progress` (pedantic persona).',
  fix: 'none',
  onWorkflow(model, ctx) {
    if (!ctx.shows('pedantic') || !model.on) return;
    // A reusable-only workflow inherits its caller's concurrency; setting its own can deadlock.
    if (model.events.length > 0 && model.events.every((e) => e.name === 'workflow_call')) return;
    const own = pairOf(model.root, 'concurrency');
    if (own) {
      if (own.value?.kind === 'scalar' && own.value.typed !== null)
        ctx.report({
          range: pairRange(ctx, own),
          message:
            'This concurrency group has no `cancel-in-progress`, so superseded runs keep running: add `cancel-in-progress: true` (or `false` to say you mean it).',
        });
      return;
    }
    const bare: JobModel[] = [];
    const missing: JobModel[] = [];
    for (const job of model.jobs) {
      const c = valueOf(job.node, 'concurrency');
      if (!c) missing.push(job);
      else if (c.kind === 'scalar') bare.push(job);
    }
    const onRange = ctx.rangeOf(model.on.key.start, model.on.key.end);
    if (bare.length > 0) {
      const related: RelatedLocation[] = bare.flatMap((job) => {
        const p = pairOf(job.node, 'concurrency');
        return p ? [{ message: `job "${job.id}" sets a concurrency group without cancel-in-progress`, range: pairRange(ctx, p) }] : [];
      });
      ctx.report({
        range: onRange,
        message: `Job${bare.length > 1 ? 's' : ''} ${bare.map((j) => `"${j.id}"`).join(', ')} set a concurrency group without \`cancel-in-progress\`: add it, or set \`concurrency:\` for the workflow.`,
        related,
      });
    }
    if (missing.length > 0)
      ctx.report({
        range: onRange,
        message: `This workflow has no \`concurrency:\` setting, so ${missing.length > 1 ? 'jobs' : 'job'} ${missing.map((j) => `"${j.id}"`).join(', ')} can pile up: add \`concurrency: {group: …, cancel-in-progress: true}\`.`,
        related: missing.map((job) => ({
          message: `job "${job.id}" has no concurrency limit`,
          range: ctx.rangeOf(job.idStart, job.idEnd),
        })),
      });
  },
});

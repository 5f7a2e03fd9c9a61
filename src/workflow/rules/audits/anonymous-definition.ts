/**
 * anonymous-definition: a workflow or job without `name:`. GitHub then shows the file path or job
 * id in its UI, which makes runs harder to find and review. No security impact, so this is a
 * pedantic-persona finding, as in zizmor.
 */
import { defineWorkflowRule } from '../../rule';

export const anonymousDefinition = defineWorkflowRule({
  id: 'anonymous-definition',
  name: 'anonymous-definition',
  aliases: [],
  severity: 'info',
  confidence: 'high',
  summary: 'A workflow or job has no `name:` (pedantic persona).',
  fix: 'none',
  onWorkflow(model, ctx) {
    if (!ctx.shows('pedantic') || model.name || !model.root) return;
    const first = model.root.pairs[0];
    if (!first) return;
    ctx.report({
      range: ctx.rangeOf(first.key.start, first.key.end),
      message: 'This workflow has no `name:`, so GitHub shows it by file path: add a name.',
    });
  },
  onJob(job, ctx) {
    // zizmor names normal jobs only; a reusable-workflow call is shown by the called workflow.
    if (job.uses || job.name || !ctx.shows('pedantic')) return;
    ctx.report({
      range: ctx.rangeOf(job.idStart, job.idEnd),
      message: `Job "${job.id}" has no \`name:\`, so GitHub shows its id: add a name.`,
    });
  },
});

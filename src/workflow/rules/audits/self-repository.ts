/**
 * self-repository: a local action or reusable workflow written `./path` instead of GitHub's
 * self-repository syntax `$/path`. `./` resolves against whatever the job checked out into the
 * workspace (possibly a pull request's code, or nothing), while `$/` always resolves from the
 * workflow run's own commit.
 */
import type { YScalar } from '../../yaml/node';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';

function check(uses: YScalar | undefined, ctx: WorkflowRuleContext): void {
  if (!uses) return;
  const value = uses.value.trim();
  if (!value.startsWith('./')) return;
  const lead = uses.value.length - uses.value.trimStart().length;
  const start = uses.valueStart + lead;
  ctx.report({
    range: ctx.rangeOf(start, start + value.length),
    message: `Write \`$${value.slice(1)}\`: \`./\` resolves against the workspace checkout, \`$/\` against this run's own commit.`,
    fixes: [
      { title: `Rewrite to $${value.slice(1)}`, applicability: 'unsafe', edits: [{ range: ctx.rangeOf(start, start + 1), newText: '$' }] },
    ],
  });
}

export const selfRepository = defineWorkflowRule({
  id: 'self-repository',
  name: 'self-repository',
  aliases: [],
  severity: 'info',
  confidence: 'high',
  summary: "A local `uses: ./…` instead of GitHub's self-repository syntax `$/…`.",
  fix: 'unsafe',
  onStep(step, ctx) {
    check(step.uses, ctx);
  },
  onJob(job, ctx) {
    check(job.uses, ctx);
  },
});

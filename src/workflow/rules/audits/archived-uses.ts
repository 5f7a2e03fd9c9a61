/**
 * archived-uses: a `uses:` of an action or reusable workflow whose repository is archived. An
 * archived repository gets no fixes, security ones included, and its owner may have moved on:
 * switch to the maintained successor (or to a `run:` step).
 */
import type { YScalar } from '../../yaml/node';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import { ARCHIVED_REPOS } from './archived-repos';
import { repoUsesOf, slugRange } from './util';

function check(uses: YScalar | undefined, ctx: WorkflowRuleContext): void {
  if (!uses) return;
  const parsed = repoUsesOf(uses.value);
  if (!parsed) return;
  const slug = `${parsed.owner}/${parsed.repo}`.toLowerCase();
  if (!ARCHIVED_REPOS.has(slug)) return;
  ctx.report({
    range: slugRange(ctx, uses, parsed),
    message: `${parsed.owner}/${parsed.repo} is archived and gets no more fixes: replace it with a maintained action.`,
  });
}

export const archivedUses = defineWorkflowRule({
  id: 'archived-uses',
  name: 'archived-uses',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'A `uses:` points at an archived repository.',
  fix: 'none',
  onStep(step, ctx) {
    check(step.uses, ctx);
  },
  onJob(job, ctx) {
    check(job.uses, ctx);
  },
});

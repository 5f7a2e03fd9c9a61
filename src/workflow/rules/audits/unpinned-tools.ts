/**
 * unpinned-tools: an action that downloads a tool at run time (aquasecurity/trivy-action,
 * 1password/load-secrets-action) without a pinned `version:`, or with `version: latest`. Pinning
 * the action's SHA does not pin the tool it fetches, so a compromised or broken release of the
 * tool runs in your job the day it is published.
 */
import type { StepModel } from '../../model';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import { pairRange, parseUsesPattern, repoUsesOf, usesMatches, withInput, type UsesPattern } from './util';

const ACTIONS: readonly UsesPattern[] = ['aquasecurity/trivy-action', '1password/load-secrets-action'].flatMap((t) => {
  const p = parseUsesPattern(t);
  return p ? [p] : [];
});

function check(step: StepModel, ctx: WorkflowRuleContext): void {
  if (!step.uses) return;
  const uses = repoUsesOf(step.uses.value);
  if (!uses || !ACTIONS.some((p) => usesMatches(p, uses))) return;
  const version = withInput(step, 'version');
  const name = `${uses.owner}/${uses.repo}`;
  if (!version) {
    ctx.report({
      range: ctx.nodeRange(step.uses),
      message: `${name} downloads its tool at run time and no \`version:\` pins it: set \`with: version: <exact version>\`.`,
    });
    return;
  }
  if (version.scalar?.value === 'latest')
    ctx.report({
      range: pairRange(ctx, version.pair),
      message: `\`version: latest\` lets ${name} download whatever release is newest: pin an exact version.`,
      related: [{ message: 'this action', range: ctx.nodeRange(step.uses) }],
    });
}

export const unpinnedTools = defineWorkflowRule({
  id: 'unpinned-tools',
  name: 'unpinned-tools',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'An action downloads its underlying tool without a pinned version.',
  fix: 'none',
  onStep: check,
});

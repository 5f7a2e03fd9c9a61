/**
 * github-app: risky use of actions/create-github-app-token. `skip-token-revoke: true` leaves an
 * hour-long installation token alive after the job; `owner:` without `repositories:` gives the
 * token every repository of the installation; no `permission-*` input gives it every permission
 * the app has. A leaked token then reaches far beyond what the job needed.
 */
import type { StepModel } from '../../model';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import { findExpressions } from '../../expr/extract';
import { pairRange, parseUsesPattern, repoUsesOf, toolkitBool, usesMatches, withInput } from './util';

const CREATE_APP_TOKEN = parseUsesPattern('actions/create-github-app-token');

function check(step: StepModel, ctx: WorkflowRuleContext): void {
  if (!step.uses || !CREATE_APP_TOKEN) return;
  const uses = repoUsesOf(step.uses.value);
  if (!uses || !usesMatches(CREATE_APP_TOKEN, uses)) return;
  const withMap = step.with;
  // `with: ${{ … }}` cannot be read; obfuscation covers it.
  if (!withMap && step.node.pairs.some((p) => p.key.value === 'with')) return;
  const usesRange = ctx.nodeRange(step.uses);
  const related = [{ message: 'app token requested here', range: usesRange }];
  const skip = withInput(step, 'skip-token-revoke');
  if (skip?.scalar) {
    const flag = toolkitBool(skip.scalar.value);
    if (flag === true)
      ctx.report({
        range: pairRange(ctx, skip.pair),
        message: 'The app token outlives the job because revocation is skipped: remove `skip-token-revoke: true`.',
        related,
      });
    else if (flag === undefined && findExpressions(skip.scalar.value, 0, skip.scalar.value.length).length > 0)
      ctx.report({
        range: pairRange(ctx, skip.pair),
        message: 'Token revocation may be skipped, depending on this expression: keep the app token revoked when the job ends.',
        related,
        confidence: 'low',
      });
  }
  const owner = withInput(step, 'owner');
  if (owner && !withInput(step, 'repositories'))
    ctx.report({
      range: pairRange(ctx, owner.pair),
      message:
        "`owner:` without `repositories:` grants the token every repository of the owner's installation: list the repositories it needs.",
      related,
    });
  const scoped = withMap?.pairs.some((p) => p.key.value.startsWith('permission-')) ?? false;
  if (!scoped)
    ctx.report({
      range: usesRange,
      message: 'This app token gets every permission of the installation: add `permission-<name>:` inputs for what the job needs.',
    });
}

export const githubApp = defineWorkflowRule({
  id: 'github-app',
  name: 'github-app',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'actions/create-github-app-token is used with broad scope or without revocation.',
  fix: 'none',
  onStep: check,
});

/**
 * artipacked: `actions/checkout` without `persist-credentials: false`. Checkout then leaves the job's
 * GITHUB_TOKEN on disk (in `.git/config` before v6, under `$RUNNER_TEMP` since), where every later
 * step can read it, and where an `upload-artifact` of the workspace publishes it (the "ArtiPACKED"
 * research found such tokens in public artifacts of major projects).
 */
import type { Persona } from '../../../engine/config';
import type { Fix, Severity } from '../../../engine/types';
import type { StepModel } from '../../model';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import { scalarOf } from '../../yaml/node';
import { isExpressionValue, refVersion, usesOf } from './lib/steps';
import { patternOf, usesPatternMatches, type UsesPattern } from './lib/uses-pattern';
import { setInChildMap } from './lib/yaml-edit';

const CHECKOUT = patternOf('actions/checkout');
const UPLOAD = patternOf('actions/upload-artifact');

/** Actions that push with the credentials checkout leaves behind. */
const PUSHING_ACTIONS = [
  'stefanzweifel/git-auto-commit-action',
  'endbug/add-and-commit',
  'ad-m/github-push-action',
  'peter-evans/create-pull-request',
  'changesets/action',
  'actions-js/push',
  'jamesives/github-pages-deploy-action',
  'peaceiris/actions-gh-pages',
].map(patternOf);

const GIT_COMMAND = /(?:^|[\s;&|(`])git\s/;

function matches(step: StepModel, pattern: UsesPattern): boolean {
  const uses = usesOf(step.uses);
  return uses?.kind === 'repository' && usesPatternMatches(pattern, uses.owner, uses.repo, uses.path);
}

/** Upload paths that take the whole workspace, `.git/` included. */
function uploadsWorkspace(step: StepModel): boolean {
  const path = scalarOf(step.with, 'path');
  if (!path || path.typed === null) return false;
  return path.value.split('\n').some((line) => {
    const p = line.trim();
    if (p === '.' || p === './' || p === '..' || p === '../') return true;
    return p.startsWith('${{') && p.endsWith('}}') && p.includes('github.workspace');
  });
}

const LOWER: Readonly<Record<Severity, Severity>> = { error: 'warning', warning: 'info', info: 'info' };

function fixFor(step: StepModel, later: readonly StepModel[], ctx: WorkflowRuleContext): Fix | undefined {
  const title = 'Set persist-credentials: false';
  const current = scalarOf(step.with, 'persist-credentials');
  if (current) return { title, applicability: 'unsafe', edits: [{ range: ctx.nodeRange(current), newText: 'false' }] };
  const edit = setInChildMap(ctx, step.node, 'with', 'persist-credentials', 'false');
  if (!edit) return undefined;
  // Safe unless a later step looks like it relies on the stored credential (git push and friends).
  const needsCredential = later.some((s) => (s.run && GIT_COMMAND.test(s.run.value)) || PUSHING_ACTIONS.some((p) => matches(s, p)));
  return { title, applicability: needsCredential ? 'unsafe' : 'safe', edits: [edit] };
}

function check(steps: readonly StepModel[], ctx: WorkflowRuleContext): void {
  const checkouts: Array<{ step: StepModel; index: number; persona: Persona }> = [];
  const uploads: Array<{ step: StepModel; index: number }> = [];
  steps.forEach((step, index) => {
    if (matches(step, CHECKOUT)) {
      const dynamicWith = isExpressionValue(step.node, 'with');
      if (dynamicWith) {
        if (ctx.shows('pedantic'))
          ctx.report({
            range: ctx.nodeRange(dynamicWith),
            message:
              'This checkout takes its inputs from an expression, so it may not set persist-credentials: false: write the inputs out.',
            severity: 'info',
            confidence: 'high',
          });
        return;
      }
      const pc = scalarOf(step.with, 'persist-credentials');
      const value = pc?.value.trim();
      if (value === 'false') return;
      // An explicit `true` states intent (auditor only); an expression may go either way (pedantic).
      const persona: Persona = value === 'true' ? 'auditor' : value?.includes('${{') ? 'pedantic' : 'regular';
      checkouts.push({ step, index, persona });
    } else if (matches(step, UPLOAD) && uploadsWorkspace(step)) uploads.push({ step, index });
  });
  for (const { step, index, persona } of checkouts) {
    if (!ctx.shows(persona) || !step.uses) continue;
    const uses = usesOf(step.uses);
    // checkout v6 keeps the credential outside the workspace, which lowers the stakes.
    const v6 = uses?.kind === 'repository' && (refVersion(uses.ref)?.[0] ?? 0) >= 6;
    const fix = fixFor(step, steps.slice(index + 1), ctx);
    const fixes = fix ? [fix] : [];
    if (uploads.length === 0) {
      ctx.report({
        range: ctx.nodeRange(step.uses),
        message:
          'actions/checkout leaves the job token on disk for every later step: set persist-credentials: false unless a later step needs it.',
        severity: v6 ? LOWER.warning : 'warning',
        confidence: 'low',
        fixes,
      });
      continue;
    }
    for (const upload of uploads) {
      if (upload.index <= index || !upload.step.uses) continue;
      ctx.report({
        range: ctx.nodeRange(step.uses),
        message:
          'actions/checkout leaves the job token on disk and a later step uploads the workspace as an artifact: set persist-credentials: false.',
        severity: v6 ? LOWER.error : 'error',
        confidence: 'high',
        related: [{ message: 'this upload may publish the persisted credential', range: ctx.nodeRange(upload.step.uses) }],
        fixes,
      });
    }
  }
}

export const artipacked = defineWorkflowRule({
  id: 'artipacked',
  name: 'artipacked',
  aliases: [],
  severity: 'warning',
  confidence: 'low',
  summary: 'actions/checkout persists the job token on disk (and a later step may upload it).',
  fix: 'safe',
  onJob(job, ctx) {
    if (!job.uses) check(job.steps, ctx);
  },
  onAction(model, ctx) {
    check(model.actionSteps, ctx);
  },
});

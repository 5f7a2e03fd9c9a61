/**
 * unpinned-uses: a `uses:` that is not pinned to a full commit SHA. Tags and branches are mutable:
 * whoever controls the action's repository (or steals a maintainer's token, as in the
 * tj-actions/changed-files compromise) can change what runs in your pipeline, with your secrets.
 * Local actions (`./…`) are exempt; Docker actions need an `@sha256:` digest.
 */
import { defineWorkflowRule } from '../../rule';
import type { YScalar } from '../../yaml/node';
import type { WorkflowRuleContext } from '../../rule';

const FULL_SHA = /^[0-9a-f]{40}$/;

function check(uses: YScalar, ctx: WorkflowRuleContext): void {
  const value = uses.value.trim();
  if (value === '' || value.startsWith('./') || value.includes('${{')) return;
  const whole = ctx.nodeRange(uses);
  if (value.startsWith('docker://')) {
    if (!/@sha256:[0-9a-f]{64}$/.test(value)) {
      ctx.report({
        range: whole,
        message: `Docker image "${value.slice('docker://'.length)}" is not pinned by digest: use docker://image@sha256:<digest>.`,
      });
    }
    return;
  }
  const at = value.lastIndexOf('@');
  if (at < 0) {
    ctx.report({
      range: whole,
      message: `"${value}" has no ref at all and runs whatever the default branch holds: pin it to a full commit SHA.`,
      severity: 'error',
    });
    return;
  }
  const ref = value.slice(at + 1);
  if (FULL_SHA.test(ref)) return;
  const offset = uses.value.indexOf('@');
  const range = offset >= 0 ? ctx.rangeOf(uses.valueStart + offset + 1, uses.valueStart + offset + 1 + ref.length) : whole;
  const what = /^v?\d+(?:\.\d+){0,2}$/.test(ref) ? 'tag' : /^[0-9a-f]{7,39}$/.test(ref) ? 'abbreviated SHA' : 'ref';
  ctx.report({
    range,
    message: `${value.slice(0, at)} is pinned to the ${what} "${ref}", which can be moved: pin it to a full 40-character commit SHA${what === 'tag' ? ` (keep "# ${ref}" as a comment)` : ''}.`,
  });
}

export const unpinnedUses = defineWorkflowRule({
  id: 'unpinned-uses',
  name: 'unpinned-uses',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'An action or reusable workflow is not pinned to a full commit SHA.',
  fix: 'none',
  onStep(step, ctx) {
    if (step.uses) check(step.uses, ctx);
  },
  onJob(job, ctx) {
    if (job.uses) check(job.uses, ctx);
  },
});

/**
 * if-cond: an `if:` condition that does not decide anything. When `${{ }}` shares the value with
 * other text (`if: ${{ a }} && ${{ b }}`, a trailing space in quotes, a `|` block's newline), GitHub
 * evaluates the whole value as a non-empty string, which is always true, so the step always runs.
 * A bare `true` or `false` always gives the same answer, too. actionlint's `if-cond` check.
 */
import type { Range } from '../../../engine/types';
import type { JobModel, StepModel } from '../../model';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import { mapOf, scalarOf, type YScalar } from '../../yaml/node';

/** The value's range; a block scalar's starts at its `|` or `>`, on the `if:` line. */
function rangeOf(cond: YScalar, ctx: WorkflowRuleContext): Range {
  const block = cond.style === 'literal' || cond.style === 'folded';
  return block ? ctx.rangeOf(cond.start, Math.max(cond.start + 1, cond.valueEnd)) : ctx.nodeRange(cond);
}

function check(cond: YScalar | undefined, ctx: WorkflowRuleContext): void {
  if (!cond) return;
  const value = cond.value;
  const open = value.indexOf('${{');
  if (open >= 0 && value.includes('}}')) {
    // actionlint's test: one `${{ }}` spanning the whole value, nothing before or after it.
    const close = value.indexOf('}}');
    if (open === 0 && close + 2 === value.length && value.indexOf('${{', 3) < 0) return;
    ctx.report({
      range: rangeOf(cond, ctx),
      message: `This condition is always true: the text around \${{ }} makes it a non-empty string. Put the whole condition inside one \${{ }}, or drop the \${{ }}.`,
    });
    return;
  }
  const constant = value.trim();
  if (constant === 'true' || constant === 'false') {
    ctx.report({
      range: rangeOf(cond, ctx),
      message:
        constant === 'true'
          ? 'This condition is always true: remove the if: line.'
          : 'This condition is always false, so this never runs: remove it, or use a real condition.',
      severity: 'warning',
    });
  }
}

export const ifCond = defineWorkflowRule({
  id: 'if-cond',
  name: 'if-cond',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'An if: condition is always true (text around ${{ }}) or a constant true/false.',
  fix: 'none',
  onJob(job: JobModel, ctx) {
    check(job.if, ctx);
    check(scalarOf(mapOf(job.node, 'snapshot'), 'if'), ctx);
  },
  onStep(step: StepModel, ctx) {
    check(step.if, ctx);
  },
});

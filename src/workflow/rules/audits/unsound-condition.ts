/**
 * unsound-condition: an `if:` whose value is more than one `${{ }}` placeholder, such as
 * `if: |` followed by `${{ cond }}` (the block keeps a trailing newline) or
 * `if: ${{ a }} && ${{ b }}`. GitHub then substitutes the placeholder into a string and any
 * non-empty string is true: the step always runs, whatever the expression says.
 */
import { findExpressions } from '../../expr/extract';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import type { Fix } from '../../../engine/types';
import { pairOf, type YMap, type YScalar } from '../../yaml/node';

function check(node: YMap, scalar: YScalar | undefined, ctx: WorkflowRuleContext): void {
  if (!scalar || (scalar.style === 'plain' && typeof scalar.typed !== 'string')) return;
  const value = scalar.value;
  const first = findExpressions(value, 0, value.length)[0];
  // Sound: no placeholder at all (a bare expression), or exactly one that is the whole value.
  if (!first || !first.terminated || (first.start === 0 && first.end === value.length)) return;
  const pair = pairOf(node, 'if');
  const fixes: Fix[] = [];
  const block = scalar.style === 'literal' || scalar.style === 'folded';
  // The block-scalar case has a one-character repair: strip the trailing newline with `|-`/`>-`.
  if (block && value.endsWith('\n') && first.start === 0 && value.slice(first.end).trim() === '') {
    const indicator = ctx.text[scalar.start];
    const next = ctx.text[scalar.start + 1] ?? '';
    if ((indicator === '|' || indicator === '>') && !/[-+]/.test(next))
      fixes.push({
        title: `Use "${indicator}-" so the block has no trailing newline`,
        applicability: 'safe',
        edits: [{ range: ctx.rangeOf(scalar.start, scalar.start + 1), newText: `${indicator}-` }],
      });
  }
  const newline = block && first.start === 0 && value.slice(first.end).trim() === '';
  ctx.report({
    range: ctx.rangeOf(pair?.key.start ?? scalar.start, Math.max(scalar.end, scalar.valueEnd)),
    message: newline
      ? `This condition is always true: the block scalar's trailing newline makes it a non-empty string; use \`${ctx.text[scalar.start] === '>' ? '>-' : '|-'}\`.`
      : 'This condition is always true: the text outside `${{ }}` makes it a non-empty string; write the whole condition as one expression.',
    fixes,
  });
}

export const unsoundCondition = defineWorkflowRule({
  id: 'unsound-condition',
  name: 'unsound-condition',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'An `if:` mixes `${{ }}` with other text (or a block scalar newline), so it is always true.',
  fix: 'safe',
  onJob(job, ctx) {
    check(job.node, job.if, ctx);
    if (job.uses) return;
    for (const step of job.steps) check(step.node, step.if, ctx);
  },
  onAction(model, ctx) {
    for (const step of model.actionSteps) check(step.node, step.if, ctx);
  },
});

/**
 * self-hosted-runner: a job that runs on a self-hosted runner (`runs-on: [self-hosted, …]`, a
 * runner group, or a matrix value that expands to `self-hosted`). Unless runners are ephemeral,
 * one job can leave something behind for the next, and on a public repository anyone who opens a
 * pull request may get code onto the machine. Drydock cannot see how the runners are set up, so
 * this is an auditor-persona finding, as in zizmor.
 */
import { findExpressions } from '../../expr/extract';
import type { JobModel } from '../../model';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import { deref, isMap, isSeq, listOf, mapOf, pairOf, valueOf, type YNode } from '../../yaml/node';
import { pairRange } from './util';

/** A scalar that is exactly one `${{ }}` placeholder: its inner text, trimmed. */
function wholeExpression(value: string): string | undefined {
  const t = value.trim();
  const span = findExpressions(t, 0, t.length)[0];
  return span && span.terminated && span.start === 0 && span.end === t.length ? span.inner.trim() : undefined;
}

function scalarText(node: YNode | undefined): string | undefined {
  const n = deref(node);
  return n?.kind === 'scalar' && n.typed !== null ? n.value : undefined;
}

/** Does any value of `matrix.<key>` (after include/exclude) mention self-hosted? */
function matrixMentionsSelfHosted(job: JobModel, key: string): boolean {
  const matrix = mapOf(job.strategy, 'matrix');
  if (!matrix) return false;
  const mentions = (node: YNode | undefined): boolean => {
    const n = deref(node);
    if (!n) return false;
    if (n.kind === 'scalar') return n.value.includes('self-hosted');
    if (n.kind === 'seq') return n.items.some(mentions);
    return false;
  };
  const excluded = (value: YNode): boolean => {
    // An exclude entry naming only this key removes the value from every combination.
    const text = scalarText(value);
    return listOf(valueOf(matrix, 'exclude')).some((entry) => {
      const e = deref(entry);
      return (
        isMap(e) &&
        e.pairs.length === 1 &&
        e.pairs[0]?.key.value === key &&
        text !== undefined &&
        scalarText(e.pairs[0].value ?? undefined) === text
      );
    });
  };
  const dimension = valueOf(matrix, key);
  if (isSeq(dimension) && dimension.items.some((item) => mentions(item) && !excluded(item))) return true;
  return listOf(valueOf(matrix, 'include')).some((entry) => mentions(valueOf(entry, key)));
}

function check(job: JobModel, ctx: WorkflowRuleContext): void {
  const pair = pairOf(job.node, 'runs-on');
  const node = job.runsOn;
  if (!pair || !node) return;
  const range = pairRange(ctx, pair);
  if (isMap(node)) {
    ctx.report({
      range,
      message:
        'This job runs in a runner group, which implies self-hosted runners: make sure they are ephemeral and not reachable from untrusted pull requests.',
      confidence: 'low',
    });
    return;
  }
  if (node.kind === 'scalar') {
    const inner = wholeExpression(node.value);
    if (inner !== undefined) {
      const m = /^matrix\.([\w-]+)$/.exec(inner);
      if (m?.[1] && matrixMentionsSelfHosted(job, m[1])) {
        const strategy = pairOf(job.node, 'strategy');
        ctx.report({
          range,
          message:
            'This job may run on a self-hosted runner (its matrix lists one): make sure those runners are ephemeral and not reachable from untrusted pull requests.',
          ...(strategy ? { related: [{ message: 'the matrix declares a self-hosted runner', range: pairRange(ctx, strategy) }] } : {}),
        });
      }
      return;
    }
  }
  const first = scalarText(isSeq(node) ? node.items[0] : node);
  if (first === undefined) return;
  if (first === 'self-hosted')
    ctx.report({
      range,
      message: 'This job runs on a self-hosted runner: make sure it is ephemeral and not reachable from untrusted pull requests.',
    });
  else if (wholeExpression(first) !== undefined)
    ctx.report({
      range,
      message: 'This runner label is an expression that may expand to a self-hosted runner: check where it can point.',
      confidence: 'low',
    });
}

export const selfHostedRunner = defineWorkflowRule({
  id: 'self-hosted-runner',
  name: 'self-hosted-runner',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'A job runs on a self-hosted runner (auditor persona).',
  fix: 'none',
  onJob(job, ctx) {
    if (job.uses || !ctx.shows('auditor')) return;
    check(job, ctx);
  },
});

/**
 * undocumented-permissions: a `permissions:` entry with no comment saying why the job needs it
 * (`contents: read` excepted). Reviewers cannot tell a needed grant from a leftover one, and
 * leftovers are what attackers use. Pedantic persona, as in zizmor.
 */
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import { deref, type YPair } from '../../yaml/node';
import { pairRange } from './util';

/** Comments that are directives, not explanations. */
const DIRECTIVE = /^(?:zizmor|drydock|drydock-ignore|hadolint|gitleaks|actionlint)\b/i;

function meaningful(comment: string): boolean {
  const t = comment.replace(/^#+/, '').trim();
  return t !== '' && !DIRECTIVE.test(t);
}

/** The comment at the end of the line `offset` is on, if any. */
function trailingComment(text: string, offset: number): string | undefined {
  const eol = text.indexOf('\n', offset);
  const rest = text.slice(offset, eol < 0 ? text.length : eol);
  const m = /(?:^|\s)(#.*)$/.exec(rest);
  return m?.[1];
}

/** Full-line comments directly above the line that holds `offset`. */
function commentAbove(text: string, offset: number): boolean {
  let lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  while (lineStart > 0) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(prevStart, lineStart - 1).trim();
    if (!line.startsWith('#')) return false;
    if (meaningful(line)) return true;
    lineStart = prevStart;
  }
  return false;
}

function documented(pair: YPair, ctx: WorkflowRuleContext): boolean {
  const end = pair.value ? (pair.value.kind === 'scalar' ? Math.max(pair.value.end, pair.value.valueEnd) : pair.value.end) : pair.key.end;
  const trailing = trailingComment(ctx.text, end);
  return (trailing !== undefined && meaningful(trailing)) || commentAbove(ctx.text, pair.key.start);
}

function check(permissions: YPair | undefined, where: string, ctx: WorkflowRuleContext): void {
  const map = deref(permissions?.value);
  if (map?.kind !== 'map' || map.pairs.length === 0) return;
  const undocumented = map.pairs.filter((p) => {
    const v = deref(p.value);
    if (p.key.value === 'contents' && v?.kind === 'scalar' && v.value === 'read') return false;
    return !documented(p, ctx);
  });
  const first = undocumented[0];
  if (!first) return;
  ctx.report({
    range: pairRange(ctx, first),
    message: `${where} grants ${undocumented.map((p) => `\`${p.key.value}\``).join(', ')} without a comment saying why: add one at the end of each line.`,
    related: undocumented.slice(1).map((p) => ({ message: `\`${p.key.value}\` needs an explanatory comment`, range: pairRange(ctx, p) })),
  });
}

export const undocumentedPermissions = defineWorkflowRule({
  id: 'undocumented-permissions',
  name: 'undocumented-permissions',
  aliases: [],
  severity: 'info',
  confidence: 'high',
  summary: 'A `permissions:` entry has no comment explaining it (pedantic persona).',
  fix: 'none',
  onWorkflow(model, ctx) {
    if (ctx.shows('pedantic')) check(model.permissions, 'This workflow', ctx);
  },
  onJob(job, ctx) {
    if (ctx.shows('pedantic')) check(job.permissions, `Job "${job.id}"`, ctx);
  },
});

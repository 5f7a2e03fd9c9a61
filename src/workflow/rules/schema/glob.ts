/**
 * glob: branch, tag and path filters (`on.<event>.branches`, `tags`, `paths` and their `-ignore`
 * forms) that are not valid filter patterns: an unclosed `[`, a reversed range, `+` or `?` with
 * nothing to repeat, a bare `!`; branch and tag patterns with characters no Git ref can contain
 * (spaces, `~^:`, `..`), usually a sign that a regular expression was meant; path patterns that
 * start with `./` and so never match. A broken filter silently never (or always) triggers. The
 * same pattern syntax is checked in `image_version`'s `names` / `versions` and `snapshot.version`.
 */
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import { EVENTS } from '../../schema/events';
import { validateGlob, type GlobKind } from '../../schema/glob';
import { firstReport, hasExpression, offsetInScalar, scalarItems, spanOf } from '../../schema/scalars';
import { deref, scalarOf, valueOf, type YScalar } from '../../yaml/node';

const FILTER_KINDS: ReadonlyMap<string, { readonly kind: GlobKind; readonly label: string }> = new Map([
  ['branches', { kind: 'ref', label: 'Branch filter' }],
  ['branches-ignore', { kind: 'ref', label: 'Branch filter' }],
  ['tags', { kind: 'ref', label: 'Tag filter' }],
  ['tags-ignore', { kind: 'ref', label: 'Tag filter' }],
  ['paths', { kind: 'path', label: 'Path filter' }],
  ['paths-ignore', { kind: 'path', label: 'Path filter' }],
  // image_version's filters.
  ['names', { kind: 'plain', label: 'Image name filter' }],
  ['versions', { kind: 'plain', label: 'Image version filter' }],
] as const);

function check(pattern: YScalar, kind: GlobKind, label: string, ctx: WorkflowRuleContext): void {
  if (pattern.value === '' || hasExpression(pattern.value) || !firstReport(ctx, pattern)) return;
  for (const problem of validateGlob(pattern.value, kind)) {
    const start = offsetInScalar(ctx.text, pattern, problem.index);
    const [s, e] = start === undefined ? spanOf(pattern) : [start, Math.min(start + problem.length, pattern.valueEnd)];
    ctx.report({
      range: ctx.rangeOf(s, Math.max(e, s + 1)),
      message: `${label} "${pattern.value}": ${problem.message}.`,
      severity: problem.severity,
    });
  }
}

export const glob = defineWorkflowRule({
  id: 'glob',
  name: 'glob',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A branch, tag or path filter is not a valid filter pattern.',
  fix: 'none',
  onWorkflow(model, ctx) {
    for (const event of model.events) {
      const shape = EVENTS.get(event.name)?.shape;
      if (shape !== 'webhook' && shape !== 'image_version') continue;
      const config = deref(event.config);
      if (config?.kind !== 'map') continue;
      for (const pair of config.pairs) {
        const filter = FILTER_KINDS.get(pair.key.value);
        if (!filter) continue;
        for (const pattern of scalarItems(pair.value)) check(pattern, filter.kind, filter.label, ctx);
      }
    }
  },
  onJob(job, ctx) {
    // `snapshot.version` is a version pattern like image_version's (`2.*`).
    const version = scalarOf(valueOf(job.node, 'snapshot'), 'version');
    if (version) check(version, 'plain', 'Snapshot version', ctx);
  },
});

/**
 * permissions: `permissions:` blocks GitHub rejects: unknown scopes (`check` for `checks`,
 * `ACTIONS` in capitals), levels a scope does not have (`id-token: read`, `models: write`,
 * `contents: readable`), and top-level strings other than `read-all` / `write-all`. A rejected
 * block fails the whole workflow; a misspelled scope would otherwise leave the token with less
 * (or more) access than intended.
 */
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import { PERMISSION_SCOPE_NAMES, PERMISSION_SCOPES, PERMISSION_SHORTHANDS } from '../../schema/permissions';
import { firstReport, isNull, spanOf } from '../../schema/scalars';
import { closest, quoteList } from '../../schema/suggest';
import { deref, type YNode, type YPair } from '../../yaml/node';

function at(ctx: WorkflowRuleContext, node: YNode, message: string): void {
  if (!firstReport(ctx, node)) return; // a block shared through a YAML alias
  const [start, end] = spanOf(node);
  ctx.report({ range: ctx.rangeOf(start, end), message });
}

function check(pair: YPair | undefined, ctx: WorkflowRuleContext): void {
  if (!pair) return;
  const value = deref(pair.value);
  if (!value || isNull(value)) {
    at(ctx, pair.key, '"permissions" has no value: use {} for no permissions, or "read-all" / "write-all".');
    return;
  }
  if (value.kind === 'scalar') {
    if (PERMISSION_SHORTHANDS.includes(value.value)) return;
    const suggestion = closest(value.value, PERMISSION_SHORTHANDS);
    at(
      ctx,
      value,
      `"${value.value}" is not a valid value for "permissions": ${suggestion !== undefined ? `did you mean "${suggestion}"?` : 'use "read-all", "write-all", or a mapping of scopes ({} for none).'}`,
    );
    return;
  }
  if (value.kind !== 'map') {
    at(ctx, value, '"permissions" must be "read-all", "write-all" or a mapping of scopes, not a sequence.');
    return;
  }
  for (const scope of value.pairs) {
    const name = scope.key.value;
    const levels = PERMISSION_SCOPES.get(name);
    if (!levels) {
      const suggestion = closest(name, PERMISSION_SCOPE_NAMES);
      at(
        ctx,
        scope.key,
        suggestion !== undefined
          ? `Unknown permission scope "${name}": did you mean "${suggestion}"?`
          : `Unknown permission scope "${name}": expected ${quoteList(PERMISSION_SCOPE_NAMES)}.`,
      );
      continue;
    }
    const level = deref(scope.value);
    if (level?.kind === 'scalar' && !isNull(level) && levels.includes(level.value)) continue;
    const shown = level?.kind === 'scalar' && !isNull(level) ? `"${level.value}"` : 'an empty value';
    at(ctx, level && !isNull(level) ? level : scope.key, `${shown} is not a valid level for "${name}": use ${quoteList(levels)}.`);
  }
}

export const permissions = defineWorkflowRule({
  id: 'permissions',
  name: 'permissions',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A "permissions:" block names an unknown scope or an invalid access level.',
  fix: 'none',
  onWorkflow(model, ctx) {
    check(model.permissions, ctx);
  },
  onJob(job, ctx) {
    check(job.permissions, ctx);
  },
});

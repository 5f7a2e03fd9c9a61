/**
 * dependabot-cooldown: an update entry without a `cooldown:` (or with a short one) opens a pull
 * request for a release the moment it is published. Most malicious releases (a stolen maintainer
 * token publishing a poisoned version) are found and yanked within days; a cooldown lets that
 * happen before Dependabot proposes the version to you.
 */
import { defineWorkflowRule } from '../../rule';
import { mapOf, pairOf, scalarOf } from '../../yaml/node';
import { dependabotUpdates, entryIndent } from './updates';

/** zizmor's default threshold, overridable as `rules.dependabot-cooldown.config.days`. */
const DEFAULT_DAYS = 7;

function thresholdDays(config: unknown): number {
  if (typeof config === 'object' && config !== null && 'days' in config) {
    const days = config.days;
    if (typeof days === 'number' && Number.isInteger(days) && days > 0) return days;
  }
  return DEFAULT_DAYS;
}

export const dependabotCooldown = defineWorkflowRule({
  id: 'dependabot-cooldown',
  name: 'dependabot-cooldown',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'A Dependabot update has no cooldown, or one shorter than the configured number of days.',
  fix: 'unsafe',
  onDependabot(model, ctx) {
    const days = thresholdDays(ctx.ruleConfig);
    for (const entry of dependabotUpdates(model)) {
      const ecosystem = scalarOf(entry, 'package-ecosystem');
      const anchor = ecosystem ?? entry.pairs[0]?.key;
      if (!anchor) continue;
      const cooldown = mapOf(entry, 'cooldown');
      if (!cooldown) {
        const indent = entryIndent(ctx.text, entry);
        const last = entry.pairs[entry.pairs.length - 1];
        const insertAt = last ? last.end : entry.end;
        ctx.report({
          range: ctx.nodeRange(anchor),
          message: `This ${ecosystem ? `${ecosystem.value} ` : ''}update has no cooldown: Dependabot proposes a release as soon as it is published. Add "cooldown: default-days: ${days}" so a poisoned release can be found and yanked first.`,
          fixes: [
            {
              title: `Add a ${days}-day cooldown`,
              applicability: 'unsafe',
              edits: [{ range: ctx.rangeOf(insertAt, insertAt), newText: `\n${indent}cooldown:\n${indent}  default-days: ${days}` }],
            },
          ],
        });
        continue;
      }
      const defaultDays = scalarOf(cooldown, 'default-days');
      const value = typeof defaultDays?.typed === 'number' ? defaultDays.typed : undefined;
      if (value !== undefined && value >= days) continue;
      ctx.report({
        range: ctx.nodeRange(defaultDays ?? pairOf(entry, 'cooldown')?.key ?? cooldown),
        message:
          value === undefined
            ? `This cooldown sets no "default-days": updates it does not name are proposed at once. Set "default-days: ${days}" or more.`
            : `A ${value}-day cooldown is shorter than ${days} days: poisoned releases are usually found and yanked within a week. Raise "default-days" to ${days} or more.`,
        severity: 'info',
        confidence: 'medium',
      });
    }
  },
});

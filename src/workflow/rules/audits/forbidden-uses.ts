/**
 * forbidden-uses: a `uses:` that your policy forbids. The policy comes from this rule's config
 * (zizmor.yml's `rules.forbidden-uses.config`, or `workflow.ruleConfig`): either
 * `{allow: [patterns]}` (everything else is forbidden) or `{deny: [patterns]}`. Patterns are
 * zizmor's: `*`, `owner/*`, `owner/repo`, `owner/repo/*`, `owner/repo/path`, `…@ref`. Without a
 * config the rule reports nothing.
 */
import type { StepModel } from '../../model';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import { parseUsesPattern, repoUsesOf, usesMatches, type UsesPattern } from './util';

interface Policy {
  readonly mode: 'allow' | 'deny';
  readonly patterns: readonly UsesPattern[];
}

/** Compiled policies by config object: the config is the same object on every keystroke. */
const compiled = new WeakMap<object, Policy | null>();

function policyOf(config: unknown): Policy | undefined {
  if (typeof config !== 'object' || config === null) return undefined;
  let policy = compiled.get(config);
  if (policy === undefined) {
    const record = config as Record<string, unknown>;
    const mode = Array.isArray(record['allow']) ? 'allow' : Array.isArray(record['deny']) ? 'deny' : undefined;
    const list = mode ? (record[mode] as unknown[]) : [];
    const patterns = list.flatMap((p) => {
      const parsed = typeof p === 'string' ? parseUsesPattern(p) : undefined;
      return parsed ? [parsed] : [];
    });
    policy = mode ? { mode, patterns } : null;
    compiled.set(config, policy);
  }
  return policy ?? undefined;
}

function check(step: StepModel, ctx: WorkflowRuleContext): void {
  if (!step.uses) return;
  const policy = policyOf(ctx.ruleConfig);
  if (!policy) return;
  // Local and Docker actions are never matched, as in zizmor.
  const uses = repoUsesOf(step.uses.value);
  if (!uses) return;
  const listed = policy.patterns.some((p) => usesMatches(p, uses));
  if (policy.mode === 'allow' ? listed : !listed) return;
  ctx.report({
    range: ctx.nodeRange(step.uses),
    message: `${step.uses.value.trim()} is ${policy.mode === 'allow' ? 'not on the allowed list' : 'on the denied list'} of forbidden-uses: use an approved action instead.`,
  });
}

export const forbiddenUses = defineWorkflowRule({
  id: 'forbidden-uses',
  name: 'forbidden-uses',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A `uses:` is forbidden by the configured allow or deny list.',
  fix: 'none',
  onStep: check,
});

/**
 * secrets-outside-env (auditor persona): a job that reads `secrets.X` without an `environment:`.
 * Repository and organisation secrets reach every job of every workflow; secrets stored on an
 * environment reach only jobs that pass its protection rules (required reviewers, branch rules).
 * Reusable workflow calls cannot select an environment, so secrets passed to them always count.
 */
import { defineWorkflowRule } from '../../rule';
import { allAccesses } from './lib/expr-flow';
import { expressionsWithin } from './lib/document-expressions';
import { jobEnvironment } from './lib/steps';

const DEFAULT_ALLOW: ReadonlySet<string> = new Set(['github_token']);
const allowCache = new WeakMap<object, ReadonlySet<string>>();

/** `rules.secrets-outside-env.config.allow`: secret names that may live outside environments. */
function allowList(config: unknown): ReadonlySet<string> {
  if (typeof config !== 'object' || config === null) return DEFAULT_ALLOW;
  const cached = allowCache.get(config);
  if (cached) return cached;
  const raw = (config as { allow?: unknown }).allow;
  const set = Array.isArray(raw)
    ? new Set(raw.filter((s): s is string => typeof s === 'string').map((s) => s.toLowerCase()))
    : DEFAULT_ALLOW;
  allowCache.set(config, set);
  return set;
}

export const secretsOutsideEnv = defineWorkflowRule({
  id: 'secrets-outside-env',
  name: 'secrets-outside-env',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'A job uses repository or organisation secrets without a deployment environment (auditor persona).',
  fix: 'none',
  onJob(job, ctx) {
    if (!ctx.shows('auditor')) return;
    if (!job.uses) {
      // Environments and reusable workflows do not mix: a called workflow is judged at its caller.
      if (ctx.model.events.some((e) => e.name === 'workflow_call')) return;
      if (jobEnvironment(job)) return;
    }
    const allow = allowList(ctx.ruleConfig);
    for (const { expr } of expressionsWithin(ctx.model, job.node.start, job.node.end)) {
      for (const access of allAccesses(expr)) {
        const name = access.root === 'secrets' && access.pattern?.length === 2 ? access.pattern[1] : undefined;
        if (name === undefined || allow.has(name)) continue;
        ctx.report({
          range: ctx.rangeOf(access.node.start, access.node.end),
          message: `Job "${job.id}" reads ${ctx.text.slice(access.node.start, access.node.end)} without an environment: store the secret on a deployment environment and set environment: on the job.`,
        });
      }
    }
  },
});

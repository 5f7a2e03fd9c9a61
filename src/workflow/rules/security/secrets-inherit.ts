/**
 * secrets-inherit: a reusable workflow call with `secrets: inherit`, which hands the called
 * workflow every secret the caller can see. Nobody reading the caller can tell which secrets the
 * callee needs, and a compromised or changed callee gets them all.
 */
import { defineWorkflowRule } from '../../rule';
import { deref } from '../../yaml/node';

export const secretsInherit = defineWorkflowRule({
  id: 'secrets-inherit',
  name: 'secrets-inherit',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'A reusable workflow call passes every secret with `secrets: inherit`.',
  fix: 'none',
  onJob(job, ctx) {
    const secrets = deref(job.secrets);
    if (!job.uses || secrets?.kind !== 'scalar' || secrets.value !== 'inherit') return;
    // On the call, as zizmor reports it: the call is what receives the secrets.
    ctx.report({
      range: ctx.nodeRange(job.uses),
      message: `secrets: inherit gives ${job.uses.value.split('@')[0] ?? job.uses.value} every secret of this repository: pass only the secrets it needs, by name.`,
      related: [{ message: 'every secret is passed here', range: ctx.nodeRange(secrets) }],
    });
  },
});

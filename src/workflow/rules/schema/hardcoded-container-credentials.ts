/**
 * hardcoded-container-credentials: a registry password written into the workflow under
 * `container.credentials` or `services.<id>.credentials` instead of coming from a secret
 * (`${{ secrets.NAME }}`). Anyone who can read the repository (and its whole history) can read
 * the password, and GitHub cannot mask it in logs.
 */
import type { JobModel } from '../../model';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import { firstReport, isExpression, isNull, spanOf } from '../../schema/scalars';
import { deref, valueOf, type YNode } from '../../yaml/node';

function check(container: YNode | null | undefined, where: string, ctx: WorkflowRuleContext): void {
  const password = deref(valueOf(valueOf(container, 'credentials'), 'password'));
  // An empty password leaks nothing; the schema rule reports it as empty.
  if (
    password?.kind !== 'scalar' ||
    isNull(password) ||
    password.value === '' ||
    isExpression(password.value) ||
    !firstReport(ctx, password)
  )
    return;
  const [start, end] = spanOf(password);
  ctx.report({
    range: ctx.rangeOf(start, end),
    message: `The registry password for ${where} is hard-coded: store it as a secret and use "\${{ secrets.NAME }}".`,
  });
}

export const hardcodedContainerCredentials = defineWorkflowRule({
  id: 'hardcoded-container-credentials',
  name: 'hardcoded-container-credentials',
  aliases: ['credentials'],
  severity: 'error',
  confidence: 'high',
  summary: 'A container or service registry password is written into the workflow instead of a secret.',
  fix: 'none',
  onJob(job: JobModel, ctx) {
    if (job.uses) return;
    check(job.container, 'the job container', ctx);
    for (const service of job.services?.pairs ?? []) check(service.value, `service "${service.key.value}"`, ctx);
  },
});

/**
 * excessive-permissions: a workflow or job whose GITHUB_TOKEN can do more than it needs: no
 * `permissions:` at all (the repository default, often read-write on everything), `read-all`,
 * `write-all`, or write scopes granted at the workflow level, where every job inherits them. A
 * compromised step (a poisoned action, an injected script) acts with whatever the token allows.
 */
import type { Persona } from '../../../engine/config';
import type { Severity } from '../../../engine/types';
import type { JobModel, WorkflowModel } from '../../model';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import { deref } from '../../yaml/node';
import { readPermissions } from './lib/permissions';

/** How bad `write` is per scope (zizmor's subjective table); unknown scopes are medium. */
const WRITE_SEVERITY: ReadonlyMap<string, Severity> = new Map(
  Object.entries({
    actions: 'error',
    attestations: 'error',
    checks: 'warning',
    contents: 'error',
    deployments: 'error',
    discussions: 'warning',
    'id-token': 'error',
    issues: 'error',
    packages: 'error',
    pages: 'error',
    'pull-requests': 'error',
    'repository-projects': 'warning',
    'security-events': 'warning',
    statuses: 'info',
  } satisfies Record<string, Severity>),
);

/** A workflow that only runs when another workflow calls it: its callers set the token. */
function isReusableOnly(model: WorkflowModel): boolean {
  return model.events.length === 1 && model.events[0]?.name === 'workflow_call';
}

function workflowPersona(model: WorkflowModel): Persona {
  // Workflow-level findings are pedantic when the workflow-level block cannot matter much: one
  // job, every job setting its own permissions, or a reusable-only workflow.
  const allJobsExplicit = model.jobs.every((j) => j.permissions !== undefined);
  return model.jobs.length === 1 || allJobsExplicit || isReusableOnly(model) ? 'pedantic' : 'regular';
}

function workflowAnchor(model: WorkflowModel, ctx: WorkflowRuleContext) {
  const key = model.on?.key ?? model.root?.pairs[0]?.key;
  return key ? ctx.nodeRange(key) : ctx.rangeOf(0, 0);
}

function checkJob(job: JobModel, model: WorkflowModel, parentExplicit: boolean, ctx: WorkflowRuleContext): void {
  // Callers are responsible for reusable workflow calls, so those stay regular findings.
  const persona: Persona = !job.uses && isReusableOnly(model) ? 'pedantic' : 'regular';
  if (!ctx.shows(persona)) return;
  const perms = readPermissions(job.permissions);
  if (perms.kind === 'default' && !parentExplicit) {
    ctx.report({
      range: ctx.nodeRange(job.key),
      message: `Job "${job.id}" runs with the repository's default token permissions: add a permissions: block with only the scopes it needs.`,
      severity: 'warning',
      confidence: 'medium',
    });
  } else if (perms.kind === 'read-all' || perms.kind === 'write-all') {
    ctx.report({
      range: ctx.nodeRange(perms.node),
      message: `Job "${job.id}" uses ${perms.kind} permissions: list only the scopes it needs.`,
      severity: perms.kind === 'write-all' ? 'error' : 'warning',
      confidence: 'high',
    });
  }
}

export const excessivePermissions = defineWorkflowRule({
  id: 'excessive-permissions',
  name: 'excessive-permissions',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: "The workflow's or a job's token has default, read-all, write-all or workflow-wide write permissions.",
  fix: 'none',
  onWorkflow(model, ctx) {
    const perms = readPermissions(model.permissions);
    const persona = workflowPersona(model);
    if (ctx.shows(persona)) {
      if (perms.kind === 'default') {
        ctx.report({
          range: workflowAnchor(model, ctx),
          message:
            "The workflow has no permissions: block, so its jobs get the repository's default token permissions: add permissions: {} and grant scopes per job.",
          severity: 'warning',
          confidence: 'medium',
        });
      } else if (perms.kind === 'read-all' || perms.kind === 'write-all') {
        ctx.report({
          range: ctx.nodeRange(perms.node),
          message: `The workflow uses ${perms.kind} permissions, which every job inherits: set permissions: {} and grant scopes per job.`,
          severity: perms.kind === 'write-all' ? 'error' : 'warning',
          confidence: 'high',
        });
      } else if (perms.kind === 'explicit') {
        for (const pair of perms.map.pairs) {
          const value = deref(pair.value);
          if (value?.kind !== 'scalar' || value.value !== 'write') continue;
          ctx.report({
            range: ctx.rangeOf(pair.key.start, value.end),
            message: `${pair.key.value}: write at the workflow level is granted to every job: move it to the jobs that need it.`,
            severity: WRITE_SEVERITY.get(pair.key.value) ?? 'warning',
            confidence: 'high',
          });
        }
      }
    }
    const parentExplicit = perms.kind !== 'default';
    for (const job of model.jobs) checkJob(job, model, parentExplicit, ctx);
  },
});

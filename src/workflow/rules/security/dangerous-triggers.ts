/**
 * dangerous-triggers: `pull_request_target`, `workflow_run` and `issue_comment`. All three run in
 * the base repository's context, with its secrets and a write-capable token, yet are triggered by
 * people outside it (a fork's pull request, a comment). Checking out or even reading the
 * attacker's input in such a workflow is how most "pwn request" compromises start.
 */
import type { JobModel } from '../../model';
import { defineWorkflowRule } from '../../rule';
import { deref, pairOf } from '../../yaml/node';
import { usesOf } from './lib/steps';

const WHY: Readonly<Record<string, string>> = {
  pull_request_target: "runs with the base repository's secrets and write token on pull requests from forks",
  workflow_run: "runs with the repository's secrets and write token after workflows that forks can trigger",
  issue_comment: "runs with the repository's secrets and write token on comments from anyone",
};

export const dangerousTriggers = defineWorkflowRule({
  id: 'dangerous-triggers',
  name: 'dangerous-triggers',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'The workflow uses a trigger that runs privileged on input from outside the repository.',
  fix: 'none',
  onWorkflow(model, ctx) {
    for (const event of model.events) {
      const why = WHY[event.name];
      if (!why) continue;
      // zizmor's one blessed use: a workflow that only runs actions/labeler.
      if (event.name === 'pull_request_target' && isLabelerOnly(model.jobs)) continue;
      ctx.report({
        range: ctx.nodeRange(event.key),
        message: `${event.name} ${why}: prefer pull_request or workflow_call, or make sure nothing from the triggering input is executed.`,
      });
    }
  },
});

function isLabelerOnly(jobs: readonly JobModel[]): boolean {
  const [job] = jobs;
  if (jobs.length !== 1 || !job || job.uses) return false;
  const [step] = job.steps;
  if (job.steps.length !== 1 || !step) return false;
  const uses = usesOf(step.uses);
  return (
    uses?.kind === 'repository' &&
    uses.owner.toLowerCase() === 'actions' &&
    uses.repo.toLowerCase() === 'labeler' &&
    uses.path === '' &&
    deref(pairOf(step.node, 'run')?.value) === undefined
  );
}

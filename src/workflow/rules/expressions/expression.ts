/**
 * expression: a `${{ }}` expression GitHub would reject or evaluate to something unintended: a
 * syntax error, an unknown function or context, a property the context does not have (a step id
 * that is not defined earlier in the job, a job not listed in `needs:`, a matrix key the job's
 * matrix lacks, an undeclared input), a context or status function used where GitHub does not
 * provide it, wrong arguments, a `format()` string whose placeholders do not match its arguments,
 * or an object interpolated into text. Such mistakes fail the run or, worse, quietly turn into an
 * empty string. actionlint's `expression` check.
 */
import { WalkCache } from '../../../engine/lint-cache';
import type { WorkflowModel } from '../../model';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import { actionScope, workflowScope, type WorkflowScope } from './scope';
import { SiteChecker } from './site-checker';
import { walkAction, walkJob, walkWorkflow } from './walk';

/**
 * Per file: the workflow-level scope and one checker, built in onWorkflow and reused by every
 * onJob of the same file (the walk resets the job-level contexts itself).
 */
interface FileState {
  readonly scope: WorkflowScope;
  readonly checker: SiteChecker;
}
const files = new WalkCache<WorkflowModel, FileState>();

function stateOf(model: WorkflowModel, ctx: WorkflowRuleContext): FileState {
  let state = files.get(model);
  if (!state) {
    const scope = workflowScope(model);
    state = { scope, checker: new SiteChecker(ctx, scope.contexts) };
    files.set(model, state);
  }
  return state;
}

export const expression = defineWorkflowRule({
  id: 'expression',
  name: 'expression',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A ${{ }} expression has a syntax error, an unknown context, function or property, or a context used where it is not available.',
  fix: 'none',
  onWorkflow(model, ctx) {
    const { scope, checker } = stateOf(model, ctx);
    walkWorkflow(model, scope, checker, ctx);
  },
  onJob(job, ctx) {
    const { scope, checker } = stateOf(ctx.model, ctx);
    walkJob(job, ctx.model, scope, checker, ctx);
  },
  onAction(model, ctx) {
    walkAction(model, actionScope(model), ctx);
  },
});

/**
 * The types of the contexts that depend on the file: `inputs` from the triggers' inputs,
 * `github.event.inputs` from workflow_dispatch, `secrets` from workflow_call, `needs` from a job's
 * `needs:`, step outputs from local actions, and `jobs` for workflow_call outputs. Everything that
 * cannot be known (a remote action's outputs, a matrix built by an expression) stays loose, so
 * the checks never guess.
 */
import { BUILTIN_CONTEXTS, GITHUB_CONTEXT, IMPLICIT_SECRETS, neededJobType } from '../../expr/contexts';
import { ANY, BOOL, looseObject, mapObject, merge, NUMBER, STRING, strictObject, type ExprType, type ObjectType } from '../../expr/types';
import type { JobModel, StepModel, WorkflowModel } from '../../model';
import type { WorkflowRuleContext } from '../../rule';
import { deref, mapOf, pairOf, scalarOf, type YMap } from '../../yaml/node';
import { localActionOutputs, reusableWorkflowOutputs } from './callee-outputs';

export interface WorkflowScope {
  /** The contexts every expression of the file starts from. */
  readonly contexts: ReadonlyMap<string, ExprType>;
  /** Jobs by lower-case id (GitHub's job ids are case-insensitive in `needs`). */
  readonly jobs: ReadonlyMap<string, JobModel>;
}

function inputType(spec: YMap | undefined, call: boolean): ExprType {
  switch (scalarOf(spec, 'type')?.value) {
    case 'boolean':
      return BOOL;
    case 'string':
      return STRING;
    case 'choice':
    case 'environment':
      return call ? ANY : STRING;
    case 'number':
      return call ? NUMBER : ANY;
    default:
      return ANY;
  }
}

function inputsOf(config: YMap | undefined, call: boolean): ObjectType {
  const props: Array<readonly [string, ExprType]> = [];
  for (const pair of mapOf(config, 'inputs')?.pairs ?? []) {
    const spec = deref(pair.value);
    props.push([pair.key.value, inputType(spec?.kind === 'map' ? spec : undefined, call)]);
  }
  return strictObject(props);
}

export function workflowScope(model: WorkflowModel): WorkflowScope {
  const contexts = new Map(BUILTIN_CONTEXTS);
  let inputs: ExprType | undefined;
  for (const event of model.events) {
    const config = event.config?.kind === 'map' ? event.config : undefined;
    if (event.name === 'workflow_dispatch') {
      const typed = inputsOf(config, false);
      inputs = inputs ? merge(inputs, typed) : typed;
      // github.event.inputs carries every dispatch input as a string, whatever its type.
      const asStrings = strictObject([...typed.props.keys()].map((k) => [k, STRING] as const));
      const props = new Map(GITHUB_CONTEXT.props);
      props.set('event', looseObject([['inputs', asStrings]]));
      contexts.set('github', { kind: 'object', props, mapped: undefined });
    } else if (event.name === 'workflow_call') {
      const typed = inputsOf(config, true);
      inputs = inputs ? merge(inputs, typed) : typed;
      // Without `secrets:`, a called workflow may receive any secret (`secrets: inherit`).
      const secrets = pairOf(config, 'secrets');
      if (secrets) {
        const declared = (mapOf(config, 'secrets')?.pairs ?? []).map((p) => [p.key.value, STRING] as const);
        contexts.set('secrets', strictObject([...IMPLICIT_SECRETS.map((s) => [s, STRING] as const), ...declared]));
      }
    }
  }
  if (inputs) contexts.set('inputs', inputs);
  const jobs = new Map<string, JobModel>();
  for (const job of model.jobs) if (!jobs.has(job.id.toLowerCase())) jobs.set(job.id.toLowerCase(), job);
  return { contexts, jobs };
}

function outputsOf(job: JobModel): ObjectType {
  return strictObject((job.outputs?.pairs ?? []).map((p) => [p.key.value, STRING] as const));
}

/** `needs.<id>`: the jobs this job lists in `needs:` (not their own needs), with their outputs. */
export function needsType(job: JobModel, scope: WorkflowScope, ctx: WorkflowRuleContext): ObjectType {
  const props: Array<readonly [string, ExprType]> = [];
  const self = job.id.toLowerCase();
  for (const need of job.needs) {
    const id = need.value.toLowerCase();
    const needed = id === self ? undefined : scope.jobs.get(id);
    if (!needed) continue;
    let outputs: ExprType;
    if (needed.uses) {
      const names = reusableWorkflowOutputs(needed.uses.value, ctx);
      outputs = names ? strictObject(names.map((n) => [n, STRING] as const)) : mapObject(STRING);
    } else outputs = outputsOf(needed);
    props.push([id, neededJobType(outputs)]);
  }
  return strictObject(props);
}

/** `jobs.<id>.outputs` for `on.workflow_call.outputs.*.value`. */
export function jobsType(scope: WorkflowScope): ObjectType {
  const props: Array<readonly [string, ExprType]> = [];
  for (const [id, job] of scope.jobs) props.push([id, strictObject([['outputs', job.uses ? looseObject() : outputsOf(job)]])]);
  return strictObject(props);
}

/**
 * `steps.<id>.outputs` of a step: a local action's declared outputs; anything for `run:` steps
 * (they write `$GITHUB_OUTPUT` freely), remote actions (their metadata is not at hand) and
 * actions/github-script (it sets outputs from code).
 */
export function stepOutputs(step: StepModel, ctx: WorkflowRuleContext): ExprType {
  const uses = step.uses?.value.trim();
  if (!uses) return mapObject(STRING);
  if (uses.startsWith('actions/github-script@')) return looseObject();
  if (uses.startsWith('./')) {
    const names = localActionOutputs(uses, ctx);
    if (names) return strictObject(names.map((n) => [n, STRING] as const));
  }
  return mapObject(STRING);
}

/** action.yml: `inputs` from its `inputs:`, any matrix (the caller's), and no workflow-only contexts. */
export function actionScope(model: WorkflowModel): Map<string, ExprType> {
  const contexts = new Map(BUILTIN_CONTEXTS);
  const inputs = (model.action?.inputs?.pairs ?? []).map((p) => [p.key.value, STRING] as const);
  contexts.set('inputs', strictObject(inputs));
  contexts.set('matrix', looseObject());
  // Workflow-only contexts stay known so that using one is reported once, as unavailable.
  contexts.set('needs', looseObject());
  return contexts;
}

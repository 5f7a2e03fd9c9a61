/**
 * The workflow / action.yml model rules walk: the parts of the file every rule needs, found once,
 * each still pointing at its YAML node so ranges land on the offending key or value.
 */
import type { WorkflowFileKind } from '../engine/types';
import { deref, isMap, listOf, mapOf, pairOf, scalarOf, type YMap, type YNode, type YPair, type YScalar } from './yaml/node';

export interface StepModel {
  readonly node: YMap;
  readonly index: number;
  /** The job the step belongs to; undefined for composite action steps. */
  readonly job?: JobModel;
  readonly jobId?: string;
  readonly id?: YScalar;
  readonly name?: YScalar;
  readonly uses?: YScalar;
  readonly run?: YScalar;
  readonly shell?: YScalar;
  readonly if?: YScalar;
  readonly with?: YMap;
  readonly env?: YMap;
}

export interface JobModel {
  readonly id: string;
  /** The job's key in `jobs:`. */
  readonly key: YScalar;
  readonly idStart: number;
  readonly idEnd: number;
  readonly node: YMap;
  /** A reusable workflow call (`jobs.<id>.uses`). */
  readonly uses?: YScalar;
  readonly if?: YScalar;
  readonly name?: YScalar;
  /** `needs:` entries (a scalar or a list of scalars). */
  readonly needs: readonly YScalar[];
  readonly runsOn?: YNode;
  readonly permissions?: YPair;
  readonly env?: YMap;
  readonly with?: YMap;
  readonly secrets?: YNode;
  readonly strategy?: YMap;
  readonly container?: YNode;
  readonly services?: YMap;
  readonly outputs?: YMap;
  readonly steps: readonly StepModel[];
}

/** One trigger of `on:`, however it was written (`on: push`, `on: [push]`, `on: {push: …}`). */
export interface EventModel {
  readonly name: string;
  readonly key: YScalar;
  /** The event's configuration (`branches`, `types`…) when written as a mapping. */
  readonly config?: YNode;
}

export interface ActionModel {
  readonly name?: YScalar;
  readonly inputs?: YMap;
  readonly outputs?: YMap;
  readonly runs?: YMap;
  /** `runs.using`: composite, docker, node20… */
  readonly using?: YScalar;
}

export interface WorkflowModel {
  readonly kind: WorkflowFileKind;
  readonly text: string;
  readonly root?: YMap;
  readonly name?: YScalar;
  /** The `on:` pair (its key is `on`, or `true` when a YAML 1.1 reader would read it so). */
  readonly on?: YPair;
  readonly events: readonly EventModel[];
  readonly permissions?: YPair;
  readonly env?: YMap;
  readonly defaults?: YMap;
  readonly concurrency?: YNode;
  readonly jobsNode?: YMap;
  readonly jobs: readonly JobModel[];
  /** Jobs by id, for `needs:` and `jobs.<id>` lookups. */
  readonly jobById: ReadonlyMap<string, JobModel>;
  /** action.yml's parts; undefined for workflows. */
  readonly action?: ActionModel;
  /** Composite action steps (`runs.steps`) for action.yml. */
  readonly actionSteps: readonly StepModel[];
}

/** The step keys the model keeps as scalars; each is the StepModel field of the same name. */
const STEP_SCALARS = ['id', 'name', 'uses', 'run', 'shell', 'if'] as const;

function stepsOf(seqNode: YNode | undefined, job: JobModel | undefined): StepModel[] {
  const steps: StepModel[] = [];
  const seq = deref(seqNode);
  if (seq?.kind !== 'seq') return steps;
  seq.items.forEach((raw, index) => {
    const item = deref(raw);
    if (!isMap(item)) return;
    const step: { -readonly [K in keyof StepModel]: StepModel[K] } = { node: item, index };
    if (job) {
      step.job = job;
      step.jobId = job.id;
    }
    for (const key of STEP_SCALARS) {
      const value = scalarOf(item, key);
      if (value) step[key] = value;
    }
    const withMap = mapOf(item, 'with');
    if (withMap) step.with = withMap;
    const env = mapOf(item, 'env');
    if (env) step.env = env;
    steps.push(step);
  });
  return steps;
}

function eventsOf(on: YPair | undefined): EventModel[] {
  const value = deref(on?.value);
  if (!value) return [];
  if (value.kind === 'map') {
    return value.pairs.map((p) => {
      const config = deref(p.value);
      return { name: p.key.value, key: p.key, ...(config ? { config } : {}) };
    });
  }
  const out: EventModel[] = [];
  for (const item of listOf(value)) {
    const s = deref(item);
    if (s?.kind === 'scalar') out.push({ name: s.value, key: s });
  }
  return out;
}

function jobOf(pair: YPair): JobModel | undefined {
  const node = deref(pair.value);
  if (!isMap(node)) return undefined;
  const needs: YScalar[] = [];
  for (const item of listOf(pairOf(node, 'needs')?.value)) {
    const s = deref(item);
    if (s?.kind === 'scalar') needs.push(s);
  }
  const job: { -readonly [K in keyof JobModel]: JobModel[K] } = {
    id: pair.key.value,
    key: pair.key,
    idStart: pair.key.start,
    idEnd: pair.key.end,
    node,
    needs,
    steps: [],
  };
  const set = <K extends keyof JobModel>(k: K, v: JobModel[K] | undefined) => {
    if (v !== undefined) job[k] = v;
  };
  set('uses', scalarOf(node, 'uses'));
  set('if', scalarOf(node, 'if'));
  set('name', scalarOf(node, 'name'));
  set('runsOn', deref(pairOf(node, 'runs-on')?.value));
  set('permissions', pairOf(node, 'permissions'));
  set('env', mapOf(node, 'env'));
  set('with', mapOf(node, 'with'));
  set('secrets', deref(pairOf(node, 'secrets')?.value));
  set('strategy', mapOf(node, 'strategy'));
  set('container', deref(pairOf(node, 'container')?.value));
  set('services', mapOf(node, 'services'));
  set('outputs', mapOf(node, 'outputs'));
  job.steps = stepsOf(deref(pairOf(node, 'steps')?.value), job);
  return job;
}

export function buildModel(root: YNode | null, text: string, kind: WorkflowFileKind): WorkflowModel {
  const map = isMap(root) ? root : undefined;
  const jobs: JobModel[] = [];
  const jobById = new Map<string, JobModel>();
  const model: { -readonly [K in keyof WorkflowModel]: WorkflowModel[K] } = {
    kind,
    text,
    events: [],
    jobs,
    jobById,
    actionSteps: [],
  };
  if (!map) return model;
  model.root = map;
  const name = scalarOf(map, 'name');
  if (name) model.name = name;
  if (kind === 'workflow') {
    // `on` is a plain string in YAML 1.2 (which GitHub uses); a YAML 1.1 reader would see `true`.
    const on = pairOf(map, 'on') ?? map.pairs.find((p) => p.key.typed === true);
    if (on) {
      model.on = on;
      model.events = eventsOf(on);
    }
    const permissions = pairOf(map, 'permissions');
    if (permissions) model.permissions = permissions;
    const env = mapOf(map, 'env');
    if (env) model.env = env;
    const defaults = mapOf(map, 'defaults');
    if (defaults) model.defaults = defaults;
    const concurrency = deref(pairOf(map, 'concurrency')?.value);
    if (concurrency) model.concurrency = concurrency;
    const jobsNode = mapOf(map, 'jobs');
    if (jobsNode) {
      model.jobsNode = jobsNode;
      for (const pair of jobsNode.pairs) {
        const job = jobOf(pair);
        if (!job) continue;
        jobs.push(job);
        if (!jobById.has(job.id)) jobById.set(job.id, job);
      }
    }
  } else if (kind === 'action') {
    const runs = mapOf(map, 'runs');
    const action: { -readonly [K in keyof ActionModel]: ActionModel[K] } = {};
    if (name) action.name = name;
    const inputs = mapOf(map, 'inputs');
    if (inputs) action.inputs = inputs;
    const outputs = mapOf(map, 'outputs');
    if (outputs) action.outputs = outputs;
    if (runs) {
      action.runs = runs;
      const using = scalarOf(runs, 'using');
      if (using) action.using = using;
      model.actionSteps = stepsOf(deref(pairOf(runs, 'steps')?.value), undefined);
    }
    model.action = action;
  }
  return model;
}

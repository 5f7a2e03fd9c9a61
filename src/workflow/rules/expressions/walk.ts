/**
 * The walk over a workflow (or action.yml) that gives every value its key in GitHub's context
 * availability table and keeps the scope right for it: `needs` and `matrix` per job, `steps` growing
 * step by step (a step sees only the steps before it), and the whole job's steps for
 * `outputs`/`environment`, which GitHub evaluates after the steps ran. Keys follow actionlint's
 * choices so both tools check the same values.
 */
import type { RelatedLocation } from '../../../engine/types';
import { stepType } from '../../expr/contexts';
import { ANY, looseObject, merge, strictObject, typeOfLiteral, type ExprType, type ObjectType } from '../../expr/types';
import type { JobModel, StepModel, WorkflowModel } from '../../model';
import type { WorkflowRuleContext } from '../../rule';
import { deref, mapOf, pairOf, scalarOf, type YMap, type YNode, type YScalar } from '../../yaml/node';
import { jobsType, needsType, stepOutputs, type WorkflowScope } from './scope';
import { SiteChecker, type Expect } from './site-checker';

const J = 'jobs.<job_id>';
/** Availability keys under a job, built once (no string building per value). */
const JOB = {
  concurrency: `${J}.concurrency`,
  container: `${J}.container`,
  'continue-on-error': `${J}.continue-on-error`,
  'defaults.run': `${J}.defaults.run`,
  env: `${J}.env`,
  environment: `${J}.environment`,
  'environment.url': `${J}.environment.url`,
  if: `${J}.if`,
  name: `${J}.name`,
  'outputs.<output_id>': `${J}.outputs.<output_id>`,
  'runs-on': `${J}.runs-on`,
  'secrets.<secrets_id>': `${J}.secrets.<secrets_id>`,
  services: `${J}.services`,
  'services.<service_id>': `${J}.services.<service_id>`,
  strategy: `${J}.strategy`,
  'timeout-minutes': `${J}.timeout-minutes`,
  'with.<with_id>': `${J}.with.<with_id>`,
} as const;

function scalar(node: YNode | null | undefined): YScalar | undefined {
  const n = deref(node);
  return n?.kind === 'scalar' ? n : undefined;
}

/**
 * How many nodes one walk below a key may visit. Aliases are followed, so without a bound an alias
 * bomb (`*a19` of ten `*a18`…) would be walked 10^19 times; real values are far smaller.
 */
const VISIT_BUDGET = 10_000;

/** Every scalar value under a node (mapping keys excluded), aliases followed. */
function eachValue(node: YNode | null | undefined, fn: (s: YScalar) => void, budget = { left: VISIT_BUDGET }): void {
  const n = deref(node);
  if (!n || budget.left-- <= 0) return;
  if (n.kind === 'scalar') fn(n);
  else if (n.kind === 'seq') for (const item of n.items) eachValue(item, fn, budget);
  else if (n.kind === 'map') for (const p of n.pairs) eachValue(p.value, fn, budget);
}

/** A value that is a string or a list of strings (`runs-on` labels, `ports`); no deeper. */
function eachText(node: YNode | null | undefined, fn: (s: YScalar) => void): void {
  const n = deref(node);
  if (n?.kind === 'scalar') fn(n);
  else if (n?.kind === 'seq')
    for (const item of n.items) {
      const s = deref(item);
      if (s?.kind === 'scalar') fn(s);
    }
}

/** `env:` as a mapping (names and values are both checked) or as one `${{ }}` giving an object. */
function env(c: SiteChecker, node: YNode | null | undefined, key: string): void {
  const n = deref(node);
  if (n?.kind === 'scalar') c.single(n, key, 'object');
  else if (n?.kind === 'map')
    for (const p of n.pairs) {
      c.text(p.key, key);
      c.text(scalar(p.value), key);
    }
}

function concurrency(c: SiteChecker, node: YNode | null | undefined, key: string): void {
  const n = deref(node);
  if (n?.kind === 'scalar') c.text(n, key);
  else if (n?.kind === 'map') {
    c.text(scalarOf(n, 'group'), key);
    c.single(scalarOf(n, 'cancel-in-progress'), key, 'bool');
  }
}

function defaults(c: SiteChecker, node: YMap | undefined, key: string): void {
  const run = mapOf(node, 'run');
  c.text(scalarOf(run, 'shell'), key);
  c.text(scalarOf(run, 'working-directory'), key);
}

/** A job container or one service: `key` for most fields, `child` for credentials and env. */
function container(c: SiteChecker, node: YNode | null | undefined, key: string, child: string): void {
  const n = deref(node);
  if (n?.kind === 'scalar') {
    c.text(n, key);
    return;
  }
  if (n?.kind !== 'map') return;
  c.text(scalarOf(n, 'image'), key);
  const credentials = deref(pairOf(n, 'credentials')?.value);
  if (credentials?.kind === 'scalar') c.single(credentials, `${child}.credentials`, 'object');
  c.text(scalarOf(credentials, 'username'), `${child}.credentials`);
  c.text(scalarOf(credentials, 'password'), `${child}.credentials`);
  env(c, pairOf(n, 'env')?.value, `${child}.env.<env_id>`);
  eachText(pairOf(n, 'ports')?.value, (s) => c.text(s, key));
  eachText(pairOf(n, 'volumes')?.value, (s) => c.text(s, key));
  c.text(scalarOf(n, 'options'), key);
}

/**
 * The type a YAML value gives a matrix property (a row's element, an include value), checking the
 * expressions in it on the way: a whole `${{ }}` has its expression's type, other scalars the type
 * GitHub reads them as.
 */
function typeOfYaml(c: SiteChecker, node: YNode | null | undefined, key: string, budget = { left: VISIT_BUDGET }): ExprType {
  const n = deref(node);
  if (!n || budget.left-- <= 0) return ANY;
  switch (n.kind) {
    case 'scalar':
      return c.raw(n, key) ?? typeOfLiteral(n.value);
    case 'seq': {
      let elem: ExprType | undefined;
      for (const item of n.items) {
        const t = typeOfYaml(c, item, key, budget);
        elem = elem ? merge(elem, t) : t;
      }
      return { kind: 'array', elem: elem ?? ANY, deref: false };
    }
    case 'map':
      return strictObject(n.pairs.map((p) => [p.key.value, typeOfYaml(c, p.value, key, budget)] as const));
    case 'alias':
      return ANY;
  }
}

/**
 * The type of `matrix` in a job: its rows' keys and `include` keys (an include may add keys that
 * no row has). A matrix built by an expression cannot be known, so `matrix.*` is then anything.
 * The matrix's own expressions are checked on the way, at `jobs.<job_id>.strategy`.
 */
function matrixType(c: SiteChecker, strategy: YMap | undefined): ObjectType {
  const key = JOB.strategy;
  // One budget for the whole matrix, however many rows and include entries alias the same bomb.
  const budget = { left: VISIT_BUDGET };
  const node = deref(pairOf(strategy, 'matrix')?.value);
  if (!node) return strictObject();
  if (node.kind === 'scalar') {
    const t = c.single(node, key, 'object');
    if (t?.kind !== 'object') return looseObject();
    // fromJSON('{"os": […], "include": […]}'): the include's keys join the matrix's.
    const props = new Map(t.props);
    const include = props.get('include');
    props.delete('include');
    props.delete('exclude');
    if (include?.kind === 'array' && include.elem.kind === 'object')
      for (const [name, pt] of include.elem.props) props.set(name, props.has(name) ? merge(props.get(name) ?? ANY, pt) : pt);
    return { kind: 'object', props, mapped: t.mapped };
  }
  if (node.kind !== 'map') return looseObject();
  const props = new Map<string, ExprType>();
  let loose = false;
  for (const pair of node.pairs) {
    const name = pair.key.value;
    if (name === 'include' || name === 'exclude') continue;
    const row = deref(pair.value);
    if (row?.kind === 'scalar') {
      const t = c.single(row, key, 'array');
      props.set(name.toLowerCase(), t?.kind === 'array' ? t.elem : ANY);
      continue;
    }
    const t = typeOfYaml(c, row, key, budget);
    props.set(name.toLowerCase(), t.kind === 'array' ? t.elem : ANY);
  }
  for (const which of ['include', 'exclude'] as const) {
    const list = deref(pairOf(node, which)?.value);
    if (list?.kind === 'scalar') {
      c.single(list, key, 'objects');
      if (which === 'include') loose = true;
      continue;
    }
    if (list?.kind !== 'seq') continue;
    for (const item of list.items) {
      const combination = deref(item);
      if (combination?.kind === 'scalar') {
        c.single(combination, key, 'object');
        if (which === 'include') loose = true;
        continue;
      }
      if (combination?.kind !== 'map') continue;
      for (const p of combination.pairs) {
        const t = typeOfYaml(c, p.value, key, budget);
        if (which !== 'include') continue;
        const name = p.key.value.toLowerCase();
        const prev = props.get(name);
        props.set(name, prev ? merge(prev, t) : t);
      }
    }
  }
  return { kind: 'object', props, mapped: loose ? ANY : undefined };
}

/** Where a failed lookup's definitions live, for a related location on the finding. */
function relatedFor(job: JobModel | undefined, model: WorkflowModel, ctx: WorkflowRuleContext) {
  return (path: readonly string[]): RelatedLocation[] | undefined => {
    const at = (node: YNode, message: string): RelatedLocation[] => [{ message, range: ctx.nodeRange(node) }];
    switch (path[0]) {
      case 'steps':
        return job ? at(job.key, `the steps of job "${job.id}"`) : undefined;
      case 'needs': {
        const needs = job ? pairOf(job.node, 'needs') : undefined;
        return needs
          ? at(needs.key, `the needs of job "${job?.id ?? ''}"`)
          : job
            ? at(job.key, `job "${job.id}" has no needs:`)
            : undefined;
      }
      case 'matrix': {
        const matrix = job?.strategy ? pairOf(job.strategy, 'matrix') : undefined;
        return matrix ? at(matrix.key, 'the matrix of this job') : job ? at(job.key, `job "${job.id}" has no strategy.matrix`) : undefined;
      }
      case 'inputs':
        if (model.kind === 'action') return model.action?.inputs ? at(model.action.inputs, 'the inputs of this action') : undefined;
        return model.on ? at(model.on.key, 'the triggers and their inputs') : undefined;
      case 'secrets': {
        const call = model.events.find((e) => e.name === 'workflow_call');
        const secrets = pairOf(call?.config, 'secrets');
        return secrets ? at(secrets.key, 'the secrets this workflow declares') : undefined;
      }
      default:
        return undefined;
    }
  };
}

/** Workflow-level values: name, triggers, run-name, env, defaults, concurrency, workflow_call outputs. */
export function walkWorkflow(model: WorkflowModel, scope: WorkflowScope, c: SiteChecker, ctx: WorkflowRuleContext): void {
  const root = model.root;
  if (!root) return;
  c.relatedFor = relatedFor(undefined, model, ctx);
  c.text(model.name, '');
  let callOutputs: YMap | undefined;
  const budget = { left: VISIT_BUDGET };
  for (const event of model.events) {
    const config = event.config?.kind === 'map' ? event.config : undefined;
    if (!config) continue;
    if (event.name === 'workflow_call') {
      // An input's default may use the inputs declared before it, not itself or later ones.
      const all = c.contexts.get('inputs');
      const earlier: Array<readonly [string, ExprType]> = [];
      for (const p of mapOf(config, 'inputs')?.pairs ?? []) {
        const spec = deref(p.value);
        if (spec?.kind !== 'map') continue;
        c.text(scalarOf(spec, 'description'), '');
        c.contexts.set('inputs', strictObject(earlier));
        c.text(scalarOf(spec, 'default'), 'on.workflow_call.inputs.<inputs_id>.default');
        const own = all?.kind === 'object' ? all.props.get(p.key.value.toLowerCase()) : undefined;
        earlier.push([p.key.value, own ?? ANY]);
      }
      if (all) c.contexts.set('inputs', all);
      for (const p of mapOf(config, 'secrets')?.pairs ?? []) c.text(scalarOf(deref(p.value), 'description'), '');
      callOutputs = mapOf(config, 'outputs');
      for (const p of callOutputs?.pairs ?? []) c.text(scalarOf(deref(p.value), 'description'), '');
      continue;
    }
    if (event.name === 'workflow_dispatch') {
      for (const p of mapOf(config, 'inputs')?.pairs ?? []) {
        const spec = deref(p.value);
        if (spec?.kind !== 'map') continue;
        c.text(scalarOf(spec, 'description'), '');
        c.text(scalarOf(spec, 'default'), '');
        c.single(scalarOf(spec, 'required'), '', 'bool');
        eachText(pairOf(spec, 'options')?.value, (s) => c.text(s, ''));
      }
      continue;
    }
    eachValue(config, (s) => c.text(s, ''), budget);
  }
  c.text(scalarOf(root, 'run-name'), 'run-name');
  env(c, pairOf(root, 'env')?.value, 'env');
  defaults(c, model.defaults, 'defaults.run');
  concurrency(c, model.concurrency, 'concurrency');
  if (callOutputs && model.jobs.length > 0) {
    c.contexts.set('jobs', jobsType(scope));
    for (const p of callOutputs.pairs) c.text(scalarOf(deref(p.value), 'value'), 'on.workflow_call.outputs.<output_id>.value');
    // `jobs` exists only in workflow_call outputs.
    c.contexts.delete('jobs');
  }
}

const STEP_FIELDS = ['name', 'if', 'run', 'shell', 'working-directory', 'with', 'env', 'continue-on-error', 'timeout-minutes'] as const;
type StepField = (typeof STEP_FIELDS)[number];
type StepKeys = Readonly<Record<StepField, string>>;
/** Availability keys of a workflow step's and a composite step's fields, built once. */
const WORKFLOW_STEP: StepKeys = Object.fromEntries(STEP_FIELDS.map((f) => [f, `${J}.steps.${f}`])) as Record<StepField, string>;
const ACTION_STEP: StepKeys = Object.fromEntries(STEP_FIELDS.map((f) => [f, `runs.steps.${f}`])) as Record<StepField, string>;

function stepValues(c: SiteChecker, step: StepModel, keys: StepKeys, action: boolean): void {
  const node = step.node;
  c.text(step.name, keys.name);
  c.condition(step.if, keys.if);
  c.text(step.run, keys.run);
  c.text(step.shell, keys.shell);
  c.text(scalarOf(node, 'working-directory'), keys['working-directory']);
  c.text(step.uses, '');
  const docker = step.uses?.value.trim().startsWith('docker://') === true;
  for (const p of step.with?.pairs ?? []) {
    // A Docker action's entrypoint and args are not inputs; actionlint checks them unrestricted.
    const plain = docker && (p.key.value === 'entrypoint' || p.key.value === 'args');
    c.text(scalar(p.value), plain ? '' : keys.with);
  }
  env(c, pairOf(node, 'env')?.value, keys.env);
  c.single(scalarOf(node, 'continue-on-error'), keys['continue-on-error'], 'bool');
  if (!action) c.single(scalarOf(node, 'timeout-minutes'), keys['timeout-minutes'], 'number');
}

/**
 * The `steps` context of one job or composite action, grown step by step. Its property map is
 * shared and extended in place: a type is only read while the step that reads it is checked.
 */
class StepsScope {
  private readonly props = new Map<string, ExprType>();
  private loose = false;
  type: ObjectType = { kind: 'object', props: this.props, mapped: undefined };

  /** Adds a step's id once its own values are checked (a step cannot read itself). */
  add(c: SiteChecker, step: StepModel, ctx: WorkflowRuleContext): void {
    const id = step.id;
    if (!id || id.value === '') return;
    if (id.value.includes('${{')) {
      // An id built by an expression could be anything: stop checking step ids.
      c.text(id, '');
      if (!this.loose) this.type = { kind: 'object', props: this.props, mapped: ANY };
      this.loose = true;
      return;
    }
    this.props.set(id.value.toLowerCase(), stepType(stepOutputs(step, ctx)));
  }
}

function single(c: SiteChecker, map: YMap, field: string, key: string, expect: Expect): void {
  c.single(scalarOf(map, field), key, expect);
}

/** One job: its keys in GitHub's evaluation order, then its steps in order, then outputs. */
export function walkJob(job: JobModel, model: WorkflowModel, scope: WorkflowScope, c: SiteChecker, ctx: WorkflowRuleContext): void {
  c.relatedFor = relatedFor(job, model, ctx);
  const node = job.node;
  // Nothing of the previous job may leak in (the checker is shared by the file's jobs).
  c.contexts.set('steps', strictObject());
  c.contexts.set('matrix', strictObject());
  c.contexts.set('needs', needsType(job, scope, ctx));
  const strategy = job.strategy;
  c.contexts.set('matrix', matrixType(c, strategy));
  if (strategy) {
    single(c, strategy, 'fail-fast', JOB.strategy, 'bool');
    single(c, strategy, 'max-parallel', JOB.strategy, 'number');
  }
  c.text(job.name, JOB.name);
  for (const n of job.needs) c.text(n, '');
  const runsOn = deref(job.runsOn);
  if (runsOn?.kind === 'scalar') {
    const trimmed = runsOn.value.trim();
    if (trimmed.startsWith('${{') && trimmed.endsWith('}}')) c.single(runsOn, JOB['runs-on'], 'runs-on');
    else c.text(runsOn, JOB['runs-on']);
  } else if (runsOn?.kind === 'seq') eachText(runsOn, (s) => c.text(s, JOB['runs-on']));
  else if (runsOn?.kind === 'map') {
    eachText(pairOf(runsOn, 'labels')?.value, (s) => c.text(s, JOB['runs-on']));
    c.text(scalarOf(runsOn, 'group'), JOB['runs-on']);
  }
  concurrency(c, pairOf(node, 'concurrency')?.value, JOB.concurrency);
  env(c, pairOf(node, 'env')?.value, JOB.env);
  defaults(c, mapOf(node, 'defaults'), JOB['defaults.run']);
  c.condition(job.if, JOB.if);
  single(c, node, 'continue-on-error', JOB['continue-on-error'], 'bool');
  single(c, node, 'timeout-minutes', JOB['timeout-minutes'], 'number');
  container(c, job.container, JOB.container, JOB.container);
  const services = deref(pairOf(node, 'services')?.value);
  if (services?.kind === 'scalar') c.raw(services, JOB.services);
  else if (services?.kind === 'map') for (const p of services.pairs) container(c, p.value, JOB.services, JOB['services.<service_id>']);
  if (job.uses) {
    c.text(job.uses, '');
    for (const p of job.with?.pairs ?? []) c.text(scalar(p.value), JOB['with.<with_id>']);
    const secrets = deref(job.secrets);
    if (secrets?.kind === 'map') for (const p of secrets.pairs) c.text(scalar(p.value), JOB['secrets.<secrets_id>']);
  }
  const steps = new StepsScope();
  for (const step of job.steps) {
    c.contexts.set('steps', steps.type);
    stepValues(c, step, WORKFLOW_STEP, false);
    steps.add(c, step, ctx);
  }
  c.contexts.set('steps', steps.type);
  const environment = deref(pairOf(node, 'environment')?.value);
  if (environment?.kind === 'scalar') c.text(environment, JOB.environment);
  else if (environment?.kind === 'map') {
    c.text(scalarOf(environment, 'name'), JOB.environment);
    c.text(scalarOf(environment, 'url'), JOB['environment.url']);
  }
  for (const p of job.outputs?.pairs ?? []) c.text(scalar(p.value), JOB['outputs.<output_id>']);
}

/** action.yml: input defaults, composite steps in order, outputs, and the runs section. */
export function walkAction(model: WorkflowModel, contexts: ReadonlyMap<string, ExprType>, ctx: WorkflowRuleContext): void {
  const action = model.action;
  if (!action) return;
  const c = new SiteChecker(ctx, contexts);
  c.relatedFor = relatedFor(undefined, model, ctx);
  for (const p of action.inputs?.pairs ?? []) c.text(scalarOf(deref(p.value), 'default'), 'inputs.<input_id>.default');
  const runs = action.runs;
  if (runs) {
    c.condition(scalarOf(runs, 'pre-if'), 'runs.pre-if');
    c.condition(scalarOf(runs, 'post-if'), 'runs.post-if');
    eachText(pairOf(runs, 'args')?.value, (s) => c.text(s, 'runs.args'));
    env(c, pairOf(runs, 'env')?.value, 'runs.env');
  }
  const steps = new StepsScope();
  for (const step of model.actionSteps) {
    c.contexts.set('steps', steps.type);
    stepValues(c, step, ACTION_STEP, true);
    steps.add(c, step, ctx);
  }
  c.contexts.set('steps', steps.type);
  for (const p of action.outputs?.pairs ?? []) c.text(scalarOf(deref(p.value), 'value'), 'outputs.<output_id>.value');
}

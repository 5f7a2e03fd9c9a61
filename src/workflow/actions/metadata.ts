/**
 * What a step's `uses:` or a job's `uses:` expects from its caller, read from another file of the
 * repository: a local action's inputs (`./path/action.yml`) and a local reusable workflow's
 * `on.workflow_call` inputs and secrets. Parsed with the same parser as the file being linted, and
 * cached by text in a small LRU, so typing in the caller does not re-parse the callee.
 */
import { parseWorkflow } from '../lint-workflow';
import type { WorkflowModel } from '../model';
import { deref, mapOf, scalarOf, type YMap } from '../yaml/node';
import type { ActionInput, ActionInputs } from './popular-actions';

/** A tiny LRU: a Map keeps insertion order, so re-inserting on a hit makes the first key the oldest. */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) {
      const oldest = this.map.keys().next();
      if (!oldest.done) this.map.delete(oldest.value);
    }
  }
}

/** Whether a YAML value is `true` as GitHub reads it (a real boolean, or the string "true"). */
function isTrue(map: YMap, key: string): boolean {
  const s = scalarOf(map, key);
  return s?.typed === true || s?.value.toLowerCase() === 'true';
}

function hasDefault(map: YMap): boolean {
  const pair = map.pairs.find((p) => p.key.value === 'default');
  if (!pair) return false;
  const v = deref(pair.value);
  // `default:` with nothing after it is null, which GitHub treats as no default.
  return !(v?.kind === 'scalar' && v.typed === null && v.style === 'plain');
}

export type WorkflowInputType = 'boolean' | 'number' | 'string' | 'other';

export interface WorkflowCallInput {
  readonly name: string;
  readonly type: WorkflowInputType;
  readonly required: boolean;
}

export interface WorkflowCallSecret {
  readonly name: string;
  readonly required: boolean;
}

/** A called workflow as its callers see it. */
export type CalledWorkflow =
  | { readonly kind: 'unparsable' }
  | { readonly kind: 'not-callable' }
  | {
      readonly kind: 'callable';
      /** Keyed by lower-cased name. */
      readonly inputs: ReadonlyMap<string, WorkflowCallInput>;
      readonly secrets: ReadonlyMap<string, WorkflowCallSecret>;
    };

const workflows = new Lru<string, CalledWorkflow>(16);

function calledWorkflowOf(model: WorkflowModel): CalledWorkflow {
  const event = model.events.find((e) => e.name === 'workflow_call');
  if (!event) return { kind: 'not-callable' };
  const inputs = new Map<string, WorkflowCallInput>();
  const secrets = new Map<string, WorkflowCallSecret>();
  const config = event.config?.kind === 'map' ? event.config : undefined;
  for (const pair of mapOf(config, 'inputs')?.pairs ?? []) {
    const spec = deref(pair.value);
    const map = spec?.kind === 'map' ? spec : undefined;
    const type = map ? scalarOf(map, 'type')?.value : undefined;
    inputs.set(pair.key.value.toLowerCase(), {
      name: pair.key.value,
      type: type === 'boolean' || type === 'number' || type === 'string' ? type : 'other',
      required: map !== undefined && isTrue(map, 'required') && !hasDefault(map),
    });
  }
  for (const pair of mapOf(config, 'secrets')?.pairs ?? []) {
    const spec = deref(pair.value);
    secrets.set(pair.key.value.toLowerCase(), { name: pair.key.value, required: spec?.kind === 'map' && isTrue(spec, 'required') });
  }
  return { kind: 'callable', inputs, secrets };
}

/** The `workflow_call` interface of a workflow's text, parsed once per distinct text. */
export function calledWorkflow(text: string): CalledWorkflow {
  let result = workflows.get(text);
  if (!result) {
    const { model, problems } = parseWorkflow(text, 'workflow');
    // A file GitHub cannot load is not judged by what the parser recovered from it.
    const broken = problems.some((p) => p.severity === 'error');
    result = model?.root && !broken ? calledWorkflowOf(model) : { kind: 'unparsable' };
    workflows.set(text, result);
  }
  return result;
}

export interface LocalAction extends ActionInputs {
  /** The action's `name:`, for messages. */
  readonly name?: string;
}

const actions = new Lru<string, LocalAction | null>(32);

/** A local action's inputs from its action.yml text; null when the text is not an action's metadata. */
export function localAction(text: string): LocalAction | null {
  const cached = actions.get(text);
  if (cached !== undefined) return cached;
  const { model } = parseWorkflow(text, 'action');
  let result: LocalAction | null = null;
  if (model?.root && model.action) {
    const inputs = new Map<string, ActionInput>();
    for (const pair of model.action.inputs?.pairs ?? []) {
      const spec = deref(pair.value);
      const map = spec?.kind === 'map' ? spec : undefined;
      const deprecation = map ? scalarOf(map, 'deprecationMessage') : undefined;
      inputs.set(pair.key.value.toLowerCase(), {
        name: pair.key.value,
        required: map !== undefined && isTrue(map, 'required') && !hasDefault(map),
        ...(deprecation && deprecation.value !== '' ? { deprecated: deprecation.value } : {}),
      });
    }
    const name = model.action.name?.value;
    result = { inputs, prefixes: [], docker: model.action.using?.value === 'docker', ...(name ? { name } : {}) };
  }
  actions.set(text, result);
  return result;
}

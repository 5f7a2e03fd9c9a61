/**
 * The semantic checks the schema table names with `check:`: rules about combinations of keys
 * that a per-key table cannot express (a step's `run` vs `uses`, what a reusable-workflow job may
 * contain, which `runs:` keys fit an action's `using`). Each runs once, on its node, from the
 * walker.
 */
import { deref, type YMap, type YNode, type YPair, type YScalar } from '../yaml/node';
import type { CheckName, Def } from './defs';
import { capitalize, quoteList } from './suggest';
import type { SchemaWalker } from './walk';

type Check = (node: YNode, key: YScalar | undefined, walker: SchemaWalker, def: Def) => void;

function find(node: YMap, name: string): YPair | undefined {
  for (const p of node.pairs) if (p.key.value === name) return p;
  return undefined;
}

/** The start of a mapping, for findings about the mapping as a whole (its first key's line). */
function head(node: YMap): YNode {
  return node.pairs[0]?.key ?? node;
}

// --- jobs ---------------------------------------------------------------------------------------

/** Keys of a job that runs steps; a job that calls a reusable workflow cannot have them. */
const STEPS_ONLY = new Set([
  'runs-on',
  'environment',
  'outputs',
  'env',
  'defaults',
  'steps',
  'timeout-minutes',
  'cancel-timeout-minutes',
  'continue-on-error',
  'container',
  'services',
  'snapshot',
]);
/** Keys only a job that calls a reusable workflow has. */
const CALL_ONLY = new Set(['with', 'secrets']);

const job: Check = (node, key, w) => {
  if (node.kind !== 'map') return;
  const id = key?.value ?? '';
  const uses = find(node, 'uses');
  if (uses) {
    for (const p of node.pairs)
      if (STEPS_ONLY.has(p.key.value))
        w.at(p.key, `"${p.key.value}" does not apply to job "${id}", which calls a reusable workflow with "uses": remove it.`);
    return;
  }
  const anchor = key ?? head(node);
  if (!find(node, 'runs-on'))
    w.at(anchor, `Job "${id}" has no "runs-on": name the runner to use, or call a reusable workflow with "uses".`);
  if (!find(node, 'steps')) w.at(anchor, `Job "${id}" has no "steps": add the steps to run, or call a reusable workflow with "uses".`);
  for (const p of node.pairs)
    if (CALL_ONLY.has(p.key.value))
      w.at(p.key, `"${p.key.value}" only applies to a job that calls a reusable workflow with "uses": remove it or add "uses".`);
};

// --- steps --------------------------------------------------------------------------------------

type StepKind = 'run' | 'action' | 'wait';
const STEP_KIND: ReadonlyMap<string, StepKind> = new Map([
  ['run', 'run'],
  ['shell', 'run'],
  ['working-directory', 'run'],
  ['uses', 'action'],
  ['with', 'action'],
  ['wait', 'wait'],
  ['wait-all', 'wait'],
  ['cancel', 'wait'],
]);

function conflict(kind: StepKind, key: string): string {
  if (kind === 'run' && key === 'uses')
    return 'A step cannot both run a command ("run") and use an action ("uses"): split it into two steps.';
  if (kind === 'action' && key === 'run')
    return 'A step cannot both use an action ("uses") and run a command ("run"): split it into two steps.';
  if (kind === 'run' && key === 'with')
    return '"with" passes inputs to an action, but this step runs a command ("run"): use "env" instead.';
  if (kind === 'action') return `"${key}" only applies to steps that run a command ("run"), not to steps that use an action.`;
  if (kind === 'wait') return `A step that waits for or cancels background steps cannot also have "${key}".`;
  return `"${key}" cannot be used in a step that waits for or cancels background steps.`;
}

function checkStep(node: YNode, w: SchemaWalker, composite: boolean): void {
  if (node.kind !== 'map') return;
  // As in actionlint, the first of these keys decides what the step is; keys of another kind are
  // the mistake (so the finding lands on the key that was added second).
  let kind: StepKind | undefined;
  for (const p of node.pairs) {
    const k = STEP_KIND.get(p.key.value);
    if (k === undefined) continue;
    if (kind === undefined) kind = k;
    else if (k !== kind) w.at(p.key, conflict(kind, p.key.value));
  }
  if (kind === undefined) {
    w.at(head(node), 'This step neither runs a command ("run") nor uses an action ("uses"): add one of them.');
    return;
  }
  if (kind === 'run') {
    const run = find(node, 'run');
    if (!run) w.at(head(node), 'This step has no "run": add the command to run.');
    else if (composite && !find(node, 'shell'))
      w.at(run.key, 'A "run" step in a composite action needs "shell" (for example "shell: bash").');
  } else if (kind === 'action') {
    if (!find(node, 'uses')) w.at(head(node), 'This step has "with" but no "uses": name the action to run.');
  } else {
    const wait = find(node, 'wait');
    const waitAll = find(node, 'wait-all');
    if (wait && waitAll) w.at(waitAll.key, '"wait" and "wait-all" cannot be used in the same step: keep one.');
  }
}

// --- containers, concurrency ---------------------------------------------------------------------

const container: Check = (node, key, w, def) => {
  if (node.kind !== 'map' || find(node, 'image')) return;
  w.at(key ?? head(node), `${capitalize(w.where(def, key))} has no "image": name the container image to run.`);
};

const credentials: Check = (node, key, w) => {
  if (node.kind !== 'map') return;
  const missing = ['username', 'password'].filter((k) => !find(node, k));
  if (missing.length > 0 && node.pairs.length > 0)
    w.at(key ?? head(node), `"credentials" needs both "username" and "password" (${quoteList(missing, 'and')} missing).`);
};

const concurrency: Check = (node, _key, w) => {
  if (node.kind !== 'map') return;
  const queue = deref(find(node, 'queue')?.value);
  const cancel = deref(find(node, 'cancel-in-progress')?.value);
  if (queue?.kind === 'scalar' && queue.value === 'max' && cancel?.kind === 'scalar' && cancel.typed === true)
    w.at(queue, '"queue: max" keeps queued runs waiting, which contradicts "cancel-in-progress: true": choose one.');
};

// --- on: ---------------------------------------------------------------------------------------

const eventName: Check = (node, _key, w) => {
  if (node.kind === 'scalar' && node.value === 'schedule')
    w.at(node, '"schedule" needs its cron entries: write it as a mapping, "schedule: [{cron: \'…\'}]" under "on".');
};

// --- action.yml --------------------------------------------------------------------------------

type RunsKind = 'javascript' | 'docker' | 'composite';
const KIND_NAME: Readonly<Record<RunsKind, string>> = { javascript: 'JavaScript', docker: 'Docker', composite: 'composite' };
const RUNS_KEYS: Readonly<Record<RunsKind, { readonly keys: ReadonlySet<string>; readonly required: string; readonly why: string }>> = {
  javascript: {
    keys: new Set(['using', 'main', 'pre', 'pre-if', 'post', 'post-if']),
    required: 'main',
    why: 'the JavaScript file to run',
  },
  docker: {
    keys: new Set(['using', 'image', 'entrypoint', 'args', 'env', 'pre-entrypoint', 'pre-if', 'post-entrypoint', 'post-if']),
    required: 'image',
    why: 'the image or Dockerfile to run',
  },
  composite: { keys: new Set(['using', 'steps']), required: 'steps', why: 'the steps to run' },
};
const CURRENT_NODE = new Set(['node20', 'node24']);
const RETIRED_NODE = new Set(['node12', 'node16']);

/** What kind of action a `runs.using` value declares, if it is a valid one. */
export function runsKind(using: string): RunsKind | undefined {
  const v = using.toLowerCase();
  if (CURRENT_NODE.has(v) || RETIRED_NODE.has(v)) return 'javascript';
  if (v === 'docker') return 'docker';
  if (v === 'composite') return 'composite';
  return undefined;
}

const runs: Check = (node, key, w) => {
  if (node.kind !== 'map') return;
  const usingPair = find(node, 'using');
  const using = deref(usingPair?.value);
  if (!usingPair || using?.kind !== 'scalar' || using.value === '') {
    if (!usingPair) w.at(key ?? head(node), '"runs" has no "using": set it to composite, docker, node20 or node24.');
    return;
  }
  const kind = runsKind(using.value);
  if (!kind) {
    w.at(using, `"${using.value}" is not a valid "using": expected "composite", "docker", "node20" or "node24".`);
    return;
  }
  if (RETIRED_NODE.has(using.value.toLowerCase()))
    w.at(using, `"${using.value}" is no longer available on GitHub's runners: use "node20" or "node24".`, 'warning', {
      tags: ['deprecated'],
    });
  const spec = RUNS_KEYS[kind];
  for (const p of node.pairs)
    if (!spec.keys.has(p.key.value) && p.key.value !== '<<')
      w.at(
        p.key,
        `"${p.key.value}" does not apply to a ${KIND_NAME[kind]} action ("using: ${using.value}"): expected ${quoteList([...spec.keys])}.`,
      );
  if (!find(node, spec.required)) w.at(using, `A ${KIND_NAME[kind]} action needs "${spec.required}": ${spec.why}.`);
};

const action: Check = (node, _key, w) => {
  if (node.kind !== 'map') return;
  const runsNode = deref(find(node, 'runs')?.value);
  const using = runsNode?.kind === 'map' ? deref(find(runsNode, 'using')?.value) : undefined;
  const kind = using?.kind === 'scalar' ? runsKind(using.value) : undefined;
  const outputs = deref(find(node, 'outputs')?.value);
  if (!kind || outputs?.kind !== 'map') return;
  for (const output of outputs.pairs) {
    const spec = deref(output.value);
    const value = spec?.kind === 'map' ? find(spec, 'value') : undefined;
    if (kind === 'composite' && !value)
      w.at(
        output.key,
        `Output "${output.key.value}" of a composite action needs "value" (for example "\${{ steps.<id>.outputs.${output.key.value} }}").`,
      );
    else if (kind !== 'composite' && value)
      w.at(
        value.key,
        `"value" is only read for composite actions; a ${KIND_NAME[kind]} action sets "${output.key.value}" from its own code.`,
        'warning',
      );
  }
};

export const CHECKS: Readonly<Record<CheckName, Check>> = {
  'event-name': eventName,
  job,
  step: (node, _key, w) => checkStep(node, w, false),
  'action-step': (node, _key, w) => checkStep(node, w, true),
  concurrency,
  container,
  credentials,
  action,
  runs,
};

/**
 * Which contexts and special functions an expression may use at each key, from GitHub's "Context
 * availability" table (docs.github.com › Contexts reference) for workflows and from GitHub's
 * action metadata schema for action.yml. Keys are written the way the docs write them
 * (`jobs.<job_id>.steps.if`). A key missing from the table has no restriction on contexts and
 * allows no special function, which is how GitHub treats the keys its table leaves out.
 */

export interface Availability {
  /** Lower-case context names allowed here; undefined means any context. */
  readonly contexts: ReadonlySet<string> | undefined;
  /** Lower-case special functions allowed here (`always`, `hashfiles`…). */
  readonly functions: ReadonlySet<string>;
  /** The key as the docs spell it, for messages. */
  readonly key: string;
}

const STATUS = ['always', 'cancelled', 'failure', 'success'];
const ALL_STEP = ['env', 'github', 'inputs', 'job', 'matrix', 'needs', 'runner', 'secrets', 'steps', 'strategy', 'vars'];
const JOB_LEVEL = ['github', 'inputs', 'matrix', 'needs', 'strategy', 'vars'];

/** [contexts, special functions, keys…] rows; the workflow half mirrors the docs table row by row. */
const ROWS: ReadonlyArray<readonly [readonly string[], readonly string[], ...string[]]> = [
  [['github', 'inputs', 'vars'], [], 'run-name', 'concurrency', 'on.workflow_call.inputs.<inputs_id>.default'],
  // The workflow's defaults.run and a step's shell are read before any context exists (actionlint
  // agrees; the docs table leaves them out).
  [[], [], 'defaults.run', 'jobs.<job_id>.steps.shell'],
  [['github', 'inputs', 'jobs', 'vars'], [], 'on.workflow_call.outputs.<output_id>.value'],
  [['github', 'inputs', 'secrets', 'vars'], [], 'env'],
  [['github', 'inputs', 'needs', 'vars'], STATUS, 'jobs.<job_id>.if'],
  [['github', 'inputs', 'needs', 'vars'], [], 'jobs.<job_id>.strategy'],
  [
    JOB_LEVEL,
    [],
    'jobs.<job_id>.concurrency',
    'jobs.<job_id>.container',
    'jobs.<job_id>.container.image',
    'jobs.<job_id>.continue-on-error',
    'jobs.<job_id>.environment',
    'jobs.<job_id>.name',
    'jobs.<job_id>.runs-on',
    'jobs.<job_id>.services',
    'jobs.<job_id>.timeout-minutes',
    'jobs.<job_id>.with.<with_id>',
  ],
  [[...JOB_LEVEL, 'secrets'], [], 'jobs.<job_id>.env', 'jobs.<job_id>.secrets.<secrets_id>'],
  [['env', 'github', 'inputs', 'matrix', 'needs', 'strategy', 'vars'], [], 'jobs.<job_id>.defaults.run'],
  [
    ['env', 'github', 'inputs', 'matrix', 'needs', 'secrets', 'strategy', 'vars'],
    [],
    'jobs.<job_id>.container.credentials',
    'jobs.<job_id>.services.<service_id>.credentials',
  ],
  [
    ['env', 'github', 'inputs', 'job', 'matrix', 'needs', 'runner', 'secrets', 'strategy', 'vars'],
    [],
    'jobs.<job_id>.container.env.<env_id>',
    'jobs.<job_id>.services.<service_id>.env.<env_id>',
  ],
  [['env', 'github', 'inputs', 'job', 'matrix', 'needs', 'runner', 'steps', 'strategy', 'vars'], [], 'jobs.<job_id>.environment.url'],
  [ALL_STEP, [], 'jobs.<job_id>.outputs.<output_id>'],
  [
    ['env', 'github', 'inputs', 'job', 'matrix', 'needs', 'runner', 'steps', 'strategy', 'vars'],
    [...STATUS, 'hashfiles'],
    'jobs.<job_id>.steps.if',
  ],
  [
    ALL_STEP,
    ['hashfiles'],
    'jobs.<job_id>.steps.continue-on-error',
    'jobs.<job_id>.steps.env',
    'jobs.<job_id>.steps.name',
    'jobs.<job_id>.steps.run',
    'jobs.<job_id>.steps.timeout-minutes',
    'jobs.<job_id>.steps.with',
    'jobs.<job_id>.steps.working-directory',
  ],
  // action.yml (GitHub's action metadata schema). Composite steps see neither `secrets`, `vars`
  // nor `needs`: those belong to the calling workflow.
  [['github', 'strategy', 'matrix', 'job', 'runner'], ['hashfiles'], 'inputs.<input_id>.default'],
  [['github', 'strategy', 'matrix', 'steps', 'inputs', 'job', 'runner', 'env'], [], 'outputs.<output_id>.value'],
  [['runner', 'github', 'job', 'strategy', 'matrix', 'env', 'inputs'], [...STATUS, 'hashfiles'], 'runs.pre-if', 'runs.post-if'],
  [['inputs'], [], 'runs.args', 'runs.env'],
  [['github', 'inputs', 'strategy', 'matrix', 'steps', 'job', 'runner', 'env'], [...STATUS, 'hashfiles'], 'runs.steps.if'],
  [
    ['github', 'inputs', 'strategy', 'matrix', 'steps', 'job', 'runner', 'env'],
    ['hashfiles'],
    'runs.steps.name',
    'runs.steps.run',
    'runs.steps.shell',
    'runs.steps.env',
    'runs.steps.with',
    'runs.steps.continue-on-error',
    'runs.steps.working-directory',
  ],
];

const TABLE: ReadonlyMap<string, Availability> = (() => {
  const table = new Map<string, Availability>();
  for (const [contexts, functions, ...keys] of ROWS) {
    const ctx = new Set(contexts);
    const fns = new Set(functions);
    for (const key of keys) table.set(key, { contexts: ctx, functions: fns, key });
  }
  return table;
})();

const NONE: ReadonlySet<string> = new Set();

/** Keys outside the table (`uses`, `shell`, event filters…): any context, no special function. */
export const UNRESTRICTED: Availability = { contexts: undefined, functions: NONE, key: '' };

export function availabilityAt(key: string): Availability {
  return TABLE.get(key) ?? UNRESTRICTED;
}

/** Where each special function may be used, for messages ("only available in …"). */
export const SPECIAL_FUNCTION_KEYS: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const [key, a] of TABLE) {
    if (key.startsWith('jobs.') === false) continue;
    for (const f of a.functions) {
      const list = out.get(f) ?? [];
      list.push(key);
      out.set(f, list);
    }
  }
  for (const list of out.values()) list.sort();
  return out;
})();

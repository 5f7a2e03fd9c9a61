/**
 * The shape of workflow files and action.yml as one table of named definitions, read by the
 * walker in `walk.ts`. Modelled on GitHub's own schema (actions/languageservices
 * `workflow-v1.0.json` / `action-v1.0.json`: mappings with known and "loose" keys, sequences,
 * typed scalars, one-of alternatives chosen by node kind), with actionlint's stricter choices
 * where it has them (non-empty lists, required `image`, `run` vs `uses` exclusivity). What data
 * cannot say lives in named checks (`check:`) in `checks.ts`.
 *
 * Compiled once at module load into `DEFS`; nothing here runs per keystroke.
 */
import { EVENTS, WEBHOOK_KEYS } from './events';
import { BRANDING_COLORS, BRANDING_ICONS } from './branding';

/** Named semantic checks `checks.ts` implements. */
export type CheckName = 'event-name' | 'job' | 'step' | 'action-step' | 'concurrency' | 'container' | 'credentials' | 'action' | 'runs';

/** How an empty `{}` / `[]` is reported: GitHub rejects some, others are only pointless. */
type EmptyPolicy = 'ok' | 'warning' | 'error';

interface PropSpec {
  readonly type: string;
  readonly required?: true;
  /** The message when a required key is missing (default: `<where> is missing "<key>".`). */
  readonly missing?: string;
}

type Spec =
  | {
      readonly kind: 'map';
      /** How messages name the mapping; `{key}` is replaced by the key it sits under. */
      readonly title: string;
      readonly props?: Readonly<Record<string, string | PropSpec>>;
      /** The definition of values under keys not in `props` (env names, job ids…). */
      readonly loose?: string;
      /** Keys that differ only in case are duplicates (GitHub lower-cases them). */
      readonly ci?: true;
      readonly nullOk?: true;
      readonly empty?: EmptyPolicy;
      /** A `${{ }}` expression may stand for this value and anything under it. */
      readonly ctx?: true;
      readonly check?: CheckName;
    }
  | { readonly kind: 'seq'; readonly title?: string; readonly item: string; readonly empty?: EmptyPolicy; readonly ctx?: true }
  | {
      readonly kind: 'string';
      readonly nonEmpty?: true;
      readonly values?: readonly string[];
      readonly check?: CheckName;
    }
  /** Scalars of any type (strings, numbers, booleans): env values, `with:` inputs, defaults. */
  | { readonly kind: 'scalar'; readonly nonEmpty?: true }
  /** `strings`: also "true" / "false" as strings, which the runner's action.yml reader accepts. */
  | { readonly kind: 'bool'; readonly nullOk?: true; readonly strings?: true }
  | { readonly kind: 'number'; readonly int?: true; readonly positive?: true }
  | { readonly kind: 'any' }
  | {
      readonly kind: 'one';
      readonly title?: string;
      readonly of: readonly string[];
      readonly ctx?: true;
      /** An explicit `null` (not an empty value) is accepted. */
      readonly nullOk?: true;
    };

const req = (type: string, missing?: string): PropSpec =>
  missing === undefined ? { type, required: true } : { type, required: true, missing };

/** The value of an event filter / `types:`: one string or a list of them. */
const STRINGS = 'strings';

const webhookProps: Record<string, string> = Object.fromEntries(WEBHOOK_KEYS.map((k) => [k, k === 'if' ? 'str' : STRINGS]));

/** `on:` mapping: each known event's own definition; unknown events are the events rule's. */
const onProps: Record<string, string> = Object.fromEntries(
  [...EVENTS].map(([name, spec]) => [name, spec.shape === 'webhook' ? 'webhook' : `event-${spec.shape}`]),
);

/** The keys a workflow step and a composite action's step share; a workflow step has a few more. */
const STEP_PROPS: Readonly<Record<string, string>> = {
  name: 'str',
  id: 'non-empty',
  if: 'scalar',
  uses: 'non-empty',
  with: 'with',
  run: 'non-empty',
  shell: 'non-empty',
  'working-directory': 'non-empty',
  env: 'env',
  'continue-on-error': 'bool',
};

const SPECS: Readonly<Record<string, Spec>> = {
  // --- scalars ------------------------------------------------------------------------------
  str: { kind: 'string' },
  'non-empty': { kind: 'string', nonEmpty: true },
  scalar: { kind: 'scalar' },
  'non-empty-scalar': { kind: 'scalar', nonEmpty: true },
  bool: { kind: 'bool' },
  any: { kind: 'any' },
  minutes: { kind: 'number', positive: true },
  number: { kind: 'number' },
  'max-parallel': { kind: 'number', int: true, positive: true },
  'cache-mode': { kind: 'string', nonEmpty: true, values: ['read', 'write', 'write-only', 'none'] },
  queue: { kind: 'string', nonEmpty: true, values: ['single', 'max'] },
  inherit: { kind: 'string', values: ['inherit'] },
  'wait-all': { kind: 'bool', nullOk: true },
  'bool-or-string': { kind: 'bool', strings: true },
  [STRINGS]: { kind: 'one', of: ['non-empty', 'string-seq'] },
  'string-seq': { kind: 'seq', item: 'non-empty-scalar' },

  // --- workflow -----------------------------------------------------------------------------
  workflow: {
    kind: 'map',
    title: 'the workflow',
    empty: 'error',
    props: {
      name: 'str',
      'run-name': 'str',
      description: 'str',
      on: req('on', 'The workflow has no "on": add the events that trigger it.'),
      // Its own rule (`permissions`) checks scopes and levels.
      permissions: 'any',
      'cache-mode': 'cache-mode',
      env: 'env',
      defaults: 'defaults',
      concurrency: 'concurrency',
      jobs: req('jobs', 'The workflow has no "jobs": add at least one job.'),
    },
  },
  on: { kind: 'one', title: '"on"', of: ['event-name', 'event-list', 'on-mapping'] },
  'event-name': { kind: 'string', nonEmpty: true, check: 'event-name' },
  'event-list': { kind: 'seq', title: '"on"', item: 'event-name', empty: 'error' },
  'on-mapping': { kind: 'map', title: '"on"', props: onProps, loose: 'any', empty: 'error' },
  webhook: { kind: 'map', title: '"{key}"', props: webhookProps, nullOk: true, empty: 'ok' },
  'event-schedule': { kind: 'seq', title: '"schedule"', item: 'cron-entry', empty: 'error' },
  'cron-entry': { kind: 'map', title: 'a "schedule" entry', props: { cron: req('non-empty'), timezone: 'non-empty' } },
  'event-workflow_dispatch': {
    kind: 'map',
    title: '"workflow_dispatch"',
    props: { inputs: 'dispatch-inputs', if: 'str' },
    nullOk: true,
    empty: 'ok',
  },
  'dispatch-inputs': { kind: 'map', title: '"inputs"', loose: 'dispatch-input', ci: true, nullOk: true, empty: 'ok' },
  'dispatch-input': {
    kind: 'map',
    title: 'input "{key}"',
    props: { description: 'str', type: 'non-empty', required: 'bool', default: 'scalar', options: 'options' },
    nullOk: true,
    empty: 'ok',
  },
  options: { kind: 'seq', title: '"options"', item: 'non-empty-scalar' },
  'event-workflow_call': {
    kind: 'map',
    title: '"workflow_call"',
    props: { inputs: 'call-inputs', secrets: 'call-secrets', outputs: 'call-outputs' },
    nullOk: true,
    empty: 'ok',
  },
  'call-inputs': { kind: 'map', title: '"inputs"', loose: 'call-input', ci: true, nullOk: true, empty: 'ok' },
  'call-input': {
    kind: 'map',
    title: 'input "{key}"',
    props: { description: 'str', type: 'non-empty', required: 'bool', default: 'scalar' },
    nullOk: true,
    empty: 'ok',
  },
  'call-secrets': { kind: 'map', title: '"secrets"', loose: 'call-secret', ci: true, nullOk: true, empty: 'ok' },
  'call-secret': { kind: 'map', title: 'secret "{key}"', props: { description: 'str', required: 'bool' }, nullOk: true, empty: 'ok' },
  'call-outputs': { kind: 'map', title: '"outputs"', loose: 'call-output', ci: true, nullOk: true, empty: 'ok' },
  'call-output': { kind: 'map', title: 'output "{key}"', props: { description: 'str', value: 'non-empty' }, nullOk: true, empty: 'ok' },
  'event-repository_dispatch': {
    kind: 'map',
    title: '"repository_dispatch"',
    props: { types: STRINGS, if: 'str' },
    nullOk: true,
    empty: 'ok',
  },
  'event-image_version': {
    kind: 'map',
    title: '"image_version"',
    props: { types: STRINGS, names: 'string-seq', versions: 'string-seq' },
    nullOk: true,
    empty: 'ok',
  },

  env: { kind: 'map', title: '"env"', loose: 'scalar', ci: true, ctx: true },
  defaults: {
    kind: 'map',
    title: '"defaults"',
    props: { run: req('defaults-run', '"defaults" has no "run": put "shell" and "working-directory" under "defaults.run".') },
  },
  'defaults-run': { kind: 'map', title: '"run"', props: { shell: 'non-empty', 'working-directory': 'non-empty' }, ctx: true },
  concurrency: { kind: 'one', title: '"concurrency"', of: ['non-empty', 'concurrency-map'], ctx: true },
  'concurrency-map': {
    kind: 'map',
    title: '"concurrency"',
    props: {
      group: req('non-empty', '"concurrency" has no "group": name the concurrency group.'),
      'cancel-in-progress': 'bool',
      queue: 'queue',
    },
    check: 'concurrency',
  },
  jobs: { kind: 'map', title: '"jobs"', loose: 'job', empty: 'error' },
  job: {
    kind: 'map',
    title: 'job "{key}"',
    // The union of a job that runs steps and a job that calls a reusable workflow; the `job`
    // check tells them apart by `uses` and reports keys that belong to the other kind.
    props: {
      name: 'str',
      needs: 'needs',
      'runs-on': 'runs-on',
      permissions: 'any',
      'cache-mode': 'cache-mode',
      environment: 'environment',
      concurrency: 'concurrency',
      outputs: 'job-outputs',
      env: 'env',
      defaults: 'defaults',
      if: 'scalar',
      steps: 'steps',
      'timeout-minutes': 'minutes',
      'cancel-timeout-minutes': 'number',
      strategy: 'strategy',
      'continue-on-error': 'bool',
      container: 'container',
      services: 'services',
      snapshot: 'snapshot',
      uses: 'non-empty',
      with: 'with',
      secrets: 'job-secrets',
    },
    check: 'job',
  },
  needs: { kind: 'one', title: '"needs"', of: ['non-empty', 'string-seq'] },
  'runs-on': { kind: 'one', title: '"runs-on"', of: ['non-empty', 'string-seq', 'runs-on-map'], ctx: true },
  'runs-on-map': { kind: 'map', title: '"runs-on"', props: { group: 'non-empty', labels: STRINGS } },
  environment: { kind: 'one', title: '"environment"', of: ['non-empty', 'environment-map'], ctx: true },
  'environment-map': {
    kind: 'map',
    title: '"environment"',
    props: { name: req('non-empty', '"environment" has no "name": name the environment.'), url: 'str', deployment: 'bool' },
  },
  'job-outputs': { kind: 'map', title: '"outputs"', loose: 'scalar', ci: true },
  steps: { kind: 'seq', title: '"steps"', item: 'step', empty: 'error' },
  step: {
    kind: 'map',
    title: 'a step',
    props: {
      ...STEP_PROPS,
      'timeout-minutes': 'minutes',
      // Background steps (2026): `background: true`, then `wait:` / `wait-all:` / `cancel:`.
      background: 'bool',
      wait: STRINGS,
      'wait-all': 'wait-all',
      cancel: 'non-empty',
    },
    check: 'step',
  },
  with: { kind: 'map', title: '"with"', loose: 'scalar', ci: true, ctx: true },
  strategy: {
    kind: 'map',
    title: '"strategy"',
    props: { 'fail-fast': 'bool', 'max-parallel': 'max-parallel', matrix: 'matrix' },
    ctx: true,
  },
  matrix: {
    kind: 'map',
    title: '"matrix"',
    props: { include: 'matrix-filter', exclude: 'matrix-filter' },
    loose: 'matrix-row',
    ci: true,
  },
  'matrix-row': { kind: 'seq', title: 'matrix "{key}"', item: 'any' },
  'matrix-filter': { kind: 'seq', title: '"{key}"', item: 'matrix-combination' },
  'matrix-combination': { kind: 'map', title: 'a matrix combination', loose: 'any', ci: true },
  // `container: null` (spelled out) means "no container", which matrix-driven jobs use.
  container: { kind: 'one', title: '"container"', of: ['non-empty', 'container-map'], ctx: true, nullOk: true },
  'container-map': {
    kind: 'map',
    title: '"container"',
    props: { image: 'non-empty', options: 'str', env: 'env', ports: 'ports', volumes: 'volumes', credentials: 'credentials' },
    check: 'container',
  },
  ports: { kind: 'seq', title: '"ports"', item: 'non-empty-scalar', empty: 'ok' },
  volumes: { kind: 'seq', title: '"volumes"', item: 'non-empty', empty: 'ok' },
  credentials: {
    kind: 'map',
    title: '"credentials"',
    props: { username: 'non-empty', password: 'non-empty' },
    ctx: true,
    check: 'credentials',
  },
  services: { kind: 'map', title: '"services"', loose: 'service', ci: true, ctx: true },
  service: { kind: 'one', title: 'service "{key}"', of: ['non-empty', 'service-map'], ctx: true },
  'service-map': {
    kind: 'map',
    title: 'service "{key}"',
    props: {
      image: 'non-empty',
      options: 'str',
      env: 'env',
      ports: 'ports',
      volumes: 'volumes',
      credentials: 'credentials',
      entrypoint: 'str',
      command: 'str',
    },
    check: 'container',
  },
  'job-secrets': { kind: 'one', title: '"secrets"', of: ['inherit', 'secrets-map'] },
  'secrets-map': { kind: 'map', title: '"secrets"', loose: 'scalar', ci: true },
  snapshot: { kind: 'one', title: '"snapshot"', of: ['non-empty', 'snapshot-map'] },
  'snapshot-map': {
    kind: 'map',
    title: '"snapshot"',
    props: {
      'image-name': req('non-empty', '"snapshot" has no "image-name": name the custom image to create.'),
      if: 'str',
      version: 'non-empty',
    },
  },

  // --- action.yml ---------------------------------------------------------------------------
  action: {
    kind: 'map',
    title: 'the action',
    empty: 'error',
    props: {
      name: req('non-empty', 'The action has no "name": GitHub shows it in the Actions tab and the Marketplace.'),
      description: req('str', 'The action has no "description": GitHub requires one (it is shown in the Marketplace).'),
      author: 'str',
      inputs: 'action-inputs',
      outputs: 'action-outputs',
      runs: req('runs', 'The action has no "runs": say how it runs (composite, docker, or node20/node24).'),
      branding: 'branding',
    },
    check: 'action',
  },
  'action-inputs': { kind: 'map', title: '"inputs"', loose: 'action-input', ci: true, nullOk: true, empty: 'ok' },
  'action-input': {
    kind: 'map',
    title: 'input "{key}"',
    props: { description: 'str', required: 'bool-or-string', default: 'scalar', deprecationMessage: 'str' },
    nullOk: true,
    empty: 'ok',
  },
  'action-outputs': { kind: 'map', title: '"outputs"', loose: 'action-output', ci: true, nullOk: true, empty: 'ok' },
  'action-output': { kind: 'map', title: 'output "{key}"', props: { description: 'str', value: 'str' }, nullOk: true, empty: 'ok' },
  runs: {
    kind: 'map',
    title: '"runs"',
    // The union over JavaScript, Docker and composite actions; the `runs` check keeps only the
    // keys that fit `using` and requires `main` / `image` / `steps`.
    props: {
      using: 'non-empty',
      main: 'non-empty',
      pre: 'non-empty',
      'pre-if': 'non-empty',
      post: 'non-empty',
      'post-if': 'non-empty',
      image: 'non-empty',
      entrypoint: 'non-empty',
      'pre-entrypoint': 'non-empty',
      'post-entrypoint': 'non-empty',
      args: 'docker-args',
      env: 'docker-env',
      steps: 'action-steps',
    },
    check: 'runs',
  },
  'docker-args': { kind: 'seq', title: '"args"', item: 'scalar', empty: 'ok' },
  'docker-env': { kind: 'map', title: '"env"', loose: 'scalar', ci: true, empty: 'ok' },
  'action-steps': { kind: 'seq', title: '"steps"', item: 'action-step', empty: 'error' },
  'action-step': {
    kind: 'map',
    title: 'a step',
    props: STEP_PROPS,
    check: 'action-step',
  },
  branding: { kind: 'map', title: '"branding"', props: { icon: 'icon', color: 'color' } },
  icon: { kind: 'string', nonEmpty: true, values: BRANDING_ICONS },
  color: { kind: 'string', nonEmpty: true, values: BRANDING_COLORS },
};

// --- compiled form ------------------------------------------------------------------------------

export interface Prop {
  readonly def: Def;
  readonly required: boolean;
  readonly missing?: string;
}

export interface Def {
  readonly name: string;
  readonly kind: Spec['kind'];
  readonly title: string;
  readonly props?: ReadonlyMap<string, Prop>;
  /** Keys of `props`, sorted, for "expected one of" messages and suggestions. */
  readonly keys: readonly string[];
  readonly required: readonly string[];
  readonly loose?: Def;
  readonly ci: boolean;
  readonly nullOk: boolean;
  readonly empty: EmptyPolicy;
  readonly ctx: boolean;
  readonly check?: CheckName;
  readonly item?: Def;
  readonly nonEmpty: boolean;
  readonly values?: ReadonlySet<string>;
  readonly valueList?: readonly string[];
  readonly int: boolean;
  readonly positive: boolean;
  /** For `bool`: "true" / "false" strings are accepted too. */
  readonly boolStrings: boolean;
  /** For `one`: an explicit `null` is accepted (an empty value is not). */
  readonly explicitNullOk: boolean;
  /** For `one`: the alternative to use for each node kind. */
  readonly alt?: { readonly map?: Def; readonly seq?: Def; readonly scalars: readonly Def[] };
}

function compile(): ReadonlyMap<string, Def> {
  const defs = new Map<string, { -readonly [K in keyof Def]: Def[K] }>();
  for (const [name, spec] of Object.entries(SPECS)) {
    const title = 'title' in spec && spec.title !== undefined ? spec.title : '"{key}"';
    defs.set(name, {
      name,
      kind: spec.kind,
      title,
      keys: [],
      required: [],
      ci: 'ci' in spec && spec.ci === true,
      nullOk: spec.kind !== 'one' && 'nullOk' in spec && spec.nullOk === true,
      explicitNullOk: spec.kind === 'one' && spec.nullOk === true,
      empty: 'empty' in spec && spec.empty !== undefined ? spec.empty : 'warning',
      ctx: 'ctx' in spec && spec.ctx === true,
      nonEmpty: 'nonEmpty' in spec && spec.nonEmpty === true,
      int: 'int' in spec && spec.int === true,
      positive: 'positive' in spec && spec.positive === true,
      boolStrings: 'strings' in spec && spec.strings === true,
      ...('check' in spec && spec.check !== undefined ? { check: spec.check } : {}),
    });
  }
  const get = (name: string, from: string): Def => {
    const def = defs.get(name);
    if (!def) throw new Error(`schema: "${from}" refers to unknown definition "${name}"`);
    return def;
  };
  for (const [name, spec] of Object.entries(SPECS)) {
    const def = defs.get(name);
    if (!def) continue;
    if (spec.kind === 'map') {
      const props = new Map<string, Prop>();
      for (const [key, raw] of Object.entries(spec.props ?? {})) {
        const p = typeof raw === 'string' ? { type: raw } : raw;
        props.set(key, {
          def: get(p.type, name),
          required: p.required === true,
          ...(p.missing !== undefined ? { missing: p.missing } : {}),
        });
      }
      def.props = props;
      def.keys = [...props.keys()].sort();
      def.required = [...props].filter(([, p]) => p.required).map(([k]) => k);
      if (spec.loose !== undefined) def.loose = get(spec.loose, name);
    } else if (spec.kind === 'seq') def.item = get(spec.item, name);
    else if (spec.kind === 'string' && spec.values) {
      def.values = new Set(spec.values);
      def.valueList = spec.values;
    }
  }
  for (const [name, spec] of Object.entries(SPECS)) {
    if (spec.kind !== 'one') continue;
    const def = defs.get(name);
    if (!def) continue;
    let map: Def | undefined;
    let seq: Def | undefined;
    const scalars: Def[] = [];
    for (const alt of spec.of) {
      const d = get(alt, name);
      if (d.kind === 'map') map ??= d;
      else if (d.kind === 'seq') seq ??= d;
      else scalars.push(d);
    }
    def.alt = { ...(map ? { map } : {}), ...(seq ? { seq } : {}), scalars };
  }
  return defs;
}

export const DEFS: ReadonlyMap<string, Def> = compile();

export function defNamed(name: string): Def {
  const def = DEFS.get(name);
  if (!def) throw new Error(`schema: no definition "${name}"`);
  return def;
}

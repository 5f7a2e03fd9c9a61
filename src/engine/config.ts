/**
 * Drydock's configuration: defaults, the editor's `drydock.*` settings and `.drydock.yaml` files
 * share one shape, so a key means the same thing in all three. Project files override editor
 * settings (they are the team's shared truth, and the CLI reads only them); the nearest file
 * overrides files further up.
 */
import { isRecord, parseTopMapping, parseYamlText } from './config-yaml';
import { ancestorDirs, dirname, joinPath } from './path';
import { parseGitleaksConfig, type GitleaksSettings } from '../secrets/gitleaks-config';
import type { RuleMeta } from './rule';
import type { Severity } from './types';
import { ACTIONLINT_NAMES, peerWorkflowConfig, ZIZMOR_NAMES, type FindingIgnore } from './workflow-config';

export type { FindingIgnore } from './workflow-config';

export type RuleSetting = Severity | 'off';

/** hadolint's label types (`label-schema`), which the label rules validate. */
export type LabelType = 'text' | 'url' | 'hash' | 'rfc3339' | 'semver' | 'spdx' | 'email';
const LABEL_TYPES = new Set<string>(['text', 'url', 'hash', 'rfc3339', 'semver', 'spdx', 'email']);

export type FailOn = Severity | 'never';

export interface DockerfileOptions {
  readonly enable: boolean;
  /** Registries FROM may pull from (DL3026); empty means any. */
  readonly trustedRegistries: readonly string[];
  /** Labels every image must carry, with their types (DL3049–DL3058). */
  readonly labelSchema: Readonly<Record<string, LabelType>>;
  /** Labels outside the schema are reported (DL3050). */
  readonly strictLabels: boolean;
  /**
   * Rules (ids or aliases) judged only in the stages that ship: the final stage and the stages it
   * is built FROM. hadolint judges every stage, which makes DL3002/DL3059 noisy in builder stages.
   */
  readonly shippedStagesOnly: readonly string[];
  /**
   * Run ShellCheck on RUN scripts where a front end can (the CLI and the Node language server in a
   * trusted workspace, with a `shellcheck` binary on PATH); its findings are `SC<code>` rules.
   */
  readonly shellcheck: boolean;
  /**
   * Ask the base images' registries which platforms they provide (InvalidBaseImagePlatform), where
   * a front end can: `drydock check --registry`, or the language server in a trusted workspace.
   * Off by default, so an offline CI job never waits on the network.
   */
  readonly registryLookups: boolean;
  /** The platform a FROM without `--platform` is built for (`docker build --platform`'s value). */
  readonly targetPlatform: string;
}

/** zizmor's personas: how much a team wants to hear. `regular` is zizmor's (and our) default. */
export type Persona = 'regular' | 'pedantic' | 'auditor';

export interface WorkflowOptions {
  readonly enable: boolean;
  readonly persona: Persona;
  /** Self-hosted runner labels (actionlint's `self-hosted-runner.labels`); globs allowed. */
  readonly runnerLabels: readonly string[];
  /** Known configuration variables (`vars.*`); undefined means "not checked" (actionlint's default). */
  readonly configVariables?: readonly string[];
  /** Run ShellCheck on `run:` scripts where a front end can (as for Dockerfiles). */
  readonly shellcheck: boolean;
  /**
   * Per-audit settings in zizmor's shape (`zizmor.yml` `rules.<id>.config`), keyed by rule id:
   * e.g. `unpinned-uses: { policies: { 'actions/*': ref-pin } }`, `forbidden-uses: { allow: [...] }`.
   */
  readonly ruleConfig: Readonly<Record<string, unknown>>;
  /**
   * Findings silenced by a peer's config file: `zizmor.yml` `rules.<id>.ignore` (by file name,
   * line, column) and `actionlint.yaml` `paths.<glob>.ignore` (by message). Not a setting of its own.
   */
  readonly ignores?: readonly FindingIgnore[];
}

export interface DrydockConfig {
  readonly enable: boolean;
  /** Keyed by rule id, alias (e.g. `DL3007`, `github-pat`) or a `*` glob over either. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly dockerfile: DockerfileOptions;
  readonly workflow: WorkflowOptions;
  readonly secrets: {
    readonly enable: boolean;
    readonly maxFileSizeKb: number;
    /** A `.gitleaks.toml` found for the file: custom rules, allowlists, extend/disabledRules. */
    readonly gitleaks?: GitleaksSettings;
    /** `.gitleaksignore` entries: findings silenced by file, rule and line. */
    readonly ignoredFindings?: ReadonlySet<string>;
  };
  /** The CLI's default `--fail-on` (from hadolint's failure-threshold / no-fail); undefined: warning. */
  readonly failOn?: FailOn;
}

export const DEFAULT_CONFIG: DrydockConfig = {
  enable: true,
  rules: {},
  dockerfile: {
    enable: true,
    trustedRegistries: [],
    labelSchema: {},
    strictLabels: false,
    shellcheck: true,
    shippedStagesOnly: [],
    registryLookups: false,
    targetPlatform: 'linux/amd64',
  },
  workflow: { enable: true, persona: 'regular', runnerLabels: [], shellcheck: true, ruleConfig: {} },
  secrets: { enable: true, maxFileSizeKb: 1024 },
};

/** A partial config as read from one source; unknown keys are reported, not fatal. */
export interface PartialConfig {
  enable?: boolean;
  rules?: Record<string, RuleSetting>;
  dockerfile?: {
    enable?: boolean;
    trustedRegistries?: string[];
    labelSchema?: Record<string, LabelType>;
    strictLabels?: boolean;
    shippedStagesOnly?: string[];
    shellcheck?: boolean;
    registryLookups?: boolean;
    targetPlatform?: string;
  };
  workflow?: {
    enable?: boolean;
    persona?: Persona;
    runnerLabels?: string[];
    configVariables?: string[];
    shellcheck?: boolean;
    ruleConfig?: Record<string, unknown>;
    /** Only from zizmor.yml / actionlint.yaml (see WorkflowOptions.ignores). */
    ignores?: FindingIgnore[];
  };
  secrets?: { enable?: boolean; maxFileSizeKb?: number };
  failOn?: FailOn;
}

export interface ConfigProblem {
  readonly source: string;
  readonly message: string;
}

export const CONFIG_FILE_NAMES = ['.drydock.yaml', '.drydock.yml'] as const;
export const HADOLINT_FILE_NAMES = ['.hadolint.yaml', '.hadolint.yml'] as const;
/**
 * Every path, relative to a folder, whose presence can change the config of the files below that
 * folder (front ends that cache configs per folder check these).
 */
export const CONFIG_PATHS_IN_FOLDER: readonly string[] = [
  ...HADOLINT_FILE_NAMES,
  ...CONFIG_FILE_NAMES,
  '.gitleaks.toml',
  '.gitleaksignore',
  ...ZIZMOR_NAMES,
  ...ACTIONLINT_NAMES,
];

/** Keys whose value is a mapping that belongs to one setting, not a group of settings. */
const LEAF_OBJECTS = new Set(['rules', 'dockerfile.labelSchema', 'workflow.ruleConfig']);

const RULE_SETTINGS = new Set<string>(['off', 'error', 'warning', 'info']);

/**
 * Validates an untrusted object (parsed YAML, or the editor's settings) into a PartialConfig.
 * Dotted keys (`secrets.enable: false`) and nested ones are both accepted, as in settings.json.
 */
export function toPartialConfig(raw: unknown, source: string, problems: ConfigProblem[]): PartialConfig {
  const out: PartialConfig = {};
  if (raw === null || raw === undefined) return out;
  if (!isRecord(raw)) {
    problems.push({ source, message: 'expected a mapping of settings at the top level' });
    return out;
  }
  const flat = new Map<string, unknown>();
  const flatten = (obj: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(obj)) {
      const full = prefix + key.replace(/^drydock\./, '');
      if (LEAF_OBJECTS.has(full) || !isRecord(value)) flat.set(full, value);
      else flatten(value, `${full}.`);
    }
  };
  flatten(raw, '');
  const bool = (key: string, set: (v: boolean) => void) => {
    if (!flat.has(key)) return;
    const v = flat.get(key);
    flat.delete(key);
    if (typeof v === 'boolean') set(v);
    else problems.push({ source, message: `${key}: expected true or false` });
  };
  bool('enable', (v) => (out.enable = v));
  bool('dockerfile.enable', (v) => (out.dockerfile = { ...out.dockerfile, enable: v }));
  bool('workflow.enable', (v) => (out.workflow = { ...out.workflow, enable: v }));
  bool('secrets.enable', (v) => (out.secrets = { ...out.secrets, enable: v }));
  bool('dockerfile.strictLabels', (v) => (out.dockerfile = { ...out.dockerfile, strictLabels: v }));
  if (flat.has('dockerfile.shippedStagesOnly')) {
    const v = flat.get('dockerfile.shippedStagesOnly');
    flat.delete('dockerfile.shippedStagesOnly');
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) out.dockerfile = { ...out.dockerfile, shippedStagesOnly: v };
    else problems.push({ source, message: 'dockerfile.shippedStagesOnly: expected a list of rule ids' });
  }
  bool('dockerfile.shellcheck', (v) => (out.dockerfile = { ...out.dockerfile, shellcheck: v }));
  bool('dockerfile.registryLookups', (v) => (out.dockerfile = { ...out.dockerfile, registryLookups: v }));
  if (flat.has('dockerfile.targetPlatform')) {
    const v = flat.get('dockerfile.targetPlatform');
    flat.delete('dockerfile.targetPlatform');
    if (typeof v === 'string' && /^[a-z0-9_]+(?:\/[a-z0-9_.-]+){0,2}$/i.test(v)) out.dockerfile = { ...out.dockerfile, targetPlatform: v };
    else problems.push({ source, message: 'dockerfile.targetPlatform: expected a platform such as linux/amd64 or linux/arm64' });
  }
  if (flat.has('dockerfile.trustedRegistries')) {
    const v = flat.get('dockerfile.trustedRegistries');
    flat.delete('dockerfile.trustedRegistries');
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) out.dockerfile = { ...out.dockerfile, trustedRegistries: v };
    else problems.push({ source, message: 'dockerfile.trustedRegistries: expected a list of registry names' });
  }
  if (flat.has('dockerfile.labelSchema')) {
    const v = flat.get('dockerfile.labelSchema');
    flat.delete('dockerfile.labelSchema');
    const schema = labelSchema(v, 'dockerfile.labelSchema', source, problems);
    if (schema) out.dockerfile = { ...out.dockerfile, labelSchema: schema };
  }
  bool('workflow.shellcheck', (v) => (out.workflow = { ...out.workflow, shellcheck: v }));
  if (flat.has('workflow.persona')) {
    const v = flat.get('workflow.persona');
    flat.delete('workflow.persona');
    if (v === 'regular' || v === 'pedantic' || v === 'auditor') out.workflow = { ...out.workflow, persona: v };
    else problems.push({ source, message: 'workflow.persona: expected one of regular, pedantic, auditor' });
  }
  for (const key of ['runnerLabels', 'configVariables'] as const) {
    const full = `workflow.${key}`;
    if (!flat.has(full)) continue;
    const v = flat.get(full);
    flat.delete(full);
    // null leaves the setting as it is: for configVariables that is "vars.* not checked", the
    // editor setting's default (as actionlint's `config-variables: null`).
    if (v === null) continue;
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) out.workflow = { ...out.workflow, [key]: v };
    else problems.push({ source, message: `${full}: expected a list of names` });
  }
  if (flat.has('workflow.ruleConfig')) {
    const v = flat.get('workflow.ruleConfig');
    flat.delete('workflow.ruleConfig');
    if (isRecord(v)) out.workflow = { ...out.workflow, ruleConfig: v };
    else problems.push({ source, message: 'workflow.ruleConfig: expected a mapping of rule id to its settings' });
  }
  if (flat.has('failOn')) {
    const v = flat.get('failOn');
    flat.delete('failOn');
    if (v === 'error' || v === 'warning' || v === 'info' || v === 'never') out.failOn = v;
    else problems.push({ source, message: 'failOn: expected one of error, warning, info, never' });
  }
  if (flat.has('secrets.maxFileSizeKb')) {
    const v = flat.get('secrets.maxFileSizeKb');
    flat.delete('secrets.maxFileSizeKb');
    if (typeof v === 'number' && v > 0 && Number.isFinite(v)) out.secrets = { ...out.secrets, maxFileSizeKb: v };
    else problems.push({ source, message: 'secrets.maxFileSizeKb: expected a positive number' });
  }
  if (flat.has('rules')) {
    const rules = flat.get('rules');
    flat.delete('rules');
    if (isRecord(rules)) {
      const parsed: Record<string, RuleSetting> = {};
      for (const [id, setting] of Object.entries(rules)) {
        // YAML 1.1 habits: `off`/`false` both mean off.
        const value = setting === false ? 'off' : typeof setting === 'string' ? setting.toLowerCase() : setting;
        if (typeof value === 'string' && RULE_SETTINGS.has(value)) parsed[id] = value as RuleSetting;
        else problems.push({ source, message: `rules.${id}: expected one of off, error, warning, info` });
      }
      out.rules = parsed;
    } else if (rules !== null && rules !== undefined) {
      problems.push({ source, message: 'rules: expected a mapping of rule id to off, error, warning or info' });
    }
  }
  for (const key of flat.keys()) problems.push({ source, message: `unknown setting "${key}"` });
  return out;
}

function labelSchema(v: unknown, key: string, source: string, problems: ConfigProblem[]): Record<string, LabelType> | undefined {
  if (!isRecord(v)) {
    problems.push({ source, message: `${key}: expected a mapping of label name to type` });
    return undefined;
  }
  const schema: Record<string, LabelType> = {};
  for (const [label, type] of Object.entries(v)) {
    if (typeof type === 'string' && LABEL_TYPES.has(type)) schema[label] = type as LabelType;
    else problems.push({ source, message: `${key}.${label}: expected one of ${[...LABEL_TYPES].join(', ')}` });
  }
  return schema;
}

/** Parses the text of a `.drydock.yaml`; never throws. */
export function parseConfigFile(text: string, source: string, problems: ConfigProblem[]): PartialConfig {
  const parsed = parseYamlText(text, source, problems);
  return parsed.ok ? toPartialConfig(parsed.value, source, problems) : {};
}

const HADOLINT_SEVERITY: Readonly<Record<string, RuleSetting>> = {
  error: 'error',
  warning: 'warning',
  info: 'info',
  style: 'info',
  ignore: 'off',
  none: 'off',
};

/**
 * Reads a `.hadolint.yaml` into the same shape, so teams keep their hadolint config: `ignored`,
 * `override` (hadolint's `style` is Drydock's `info`), `trustedRegistries`, `label-schema`,
 * `strict-labels`, and `failure-threshold` / `no-fail` as the CLI's default `--fail-on`.
 */
export function parseHadolintConfig(text: string, source: string, problems: ConfigProblem[]): PartialConfig {
  const raw = parseTopMapping(text, source, problems);
  if (!raw) return {};
  const out: PartialConfig = {};
  const rules: Record<string, RuleSetting> = {};
  const ids = (v: unknown, key: string): string[] => {
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v;
    if (v !== null && v !== undefined) problems.push({ source, message: `${key}: expected a list of rule ids` });
    return [];
  };
  const override = raw['override'];
  if (isRecord(override)) {
    for (const [level, list] of Object.entries(override)) {
      const setting = HADOLINT_SEVERITY[level];
      if (!setting) problems.push({ source, message: `override.${level}: expected error, warning, info or style` });
      else for (const id of ids(list, `override.${level}`)) rules[id] = setting;
    }
  } else if (override !== undefined && override !== null)
    problems.push({ source, message: 'override: expected a mapping of severity to rule ids' });
  for (const id of ids(raw['ignored'], 'ignored')) rules[id] = 'off';
  if (Object.keys(rules).length) out.rules = rules;
  const dockerfile: NonNullable<PartialConfig['dockerfile']> = {};
  const registries = raw['trustedRegistries'];
  if (registries !== undefined) dockerfile.trustedRegistries = ids(registries, 'trustedRegistries');
  if (raw['label-schema'] !== undefined) {
    const schema = labelSchema(raw['label-schema'], 'label-schema', source, problems);
    if (schema) dockerfile.labelSchema = schema;
  }
  if (typeof raw['strict-labels'] === 'boolean') dockerfile.strictLabels = raw['strict-labels'];
  if (Object.keys(dockerfile).length) out.dockerfile = dockerfile;
  const threshold = raw['failure-threshold'];
  if (typeof threshold === 'string') {
    const setting = HADOLINT_SEVERITY[threshold];
    if (setting) out.failOn = setting === 'off' ? 'never' : setting;
    else problems.push({ source, message: 'failure-threshold: expected error, warning, info, style, ignore or none' });
  }
  if (raw['no-fail'] === true) out.failOn = 'never';
  return out;
}

/** Later layers override earlier ones; `rules` entries merge key by key. */
export function mergeConfig(base: DrydockConfig, ...layers: readonly PartialConfig[]): DrydockConfig {
  let config = base;
  for (const layer of layers) {
    config = {
      enable: layer.enable ?? config.enable,
      rules: { ...config.rules, ...layer.rules },
      dockerfile: {
        enable: layer.dockerfile?.enable ?? config.dockerfile.enable,
        trustedRegistries: layer.dockerfile?.trustedRegistries ?? config.dockerfile.trustedRegistries,
        labelSchema: layer.dockerfile?.labelSchema ?? config.dockerfile.labelSchema,
        strictLabels: layer.dockerfile?.strictLabels ?? config.dockerfile.strictLabels,
        shippedStagesOnly: layer.dockerfile?.shippedStagesOnly ?? config.dockerfile.shippedStagesOnly,
        shellcheck: layer.dockerfile?.shellcheck ?? config.dockerfile.shellcheck,
        registryLookups: layer.dockerfile?.registryLookups ?? config.dockerfile.registryLookups,
        targetPlatform: layer.dockerfile?.targetPlatform ?? config.dockerfile.targetPlatform,
      },
      workflow: mergeWorkflow(config.workflow, layer.workflow),
      secrets: {
        enable: layer.secrets?.enable ?? config.secrets.enable,
        maxFileSizeKb: layer.secrets?.maxFileSizeKb ?? config.secrets.maxFileSizeKb,
        ...(config.secrets.gitleaks ? { gitleaks: config.secrets.gitleaks } : {}),
        ...(config.secrets.ignoredFindings ? { ignoredFindings: config.secrets.ignoredFindings } : {}),
      },
      ...((layer.failOn ?? config.failOn) !== undefined ? { failOn: layer.failOn ?? config.failOn } : {}),
    };
  }
  return config;
}

function mergeWorkflow(base: WorkflowOptions, layer: PartialConfig['workflow']): WorkflowOptions {
  if (!layer) return base;
  const configVariables = layer.configVariables ?? base.configVariables;
  const ignores = layer.ignores ? [...(base.ignores ?? []), ...layer.ignores] : base.ignores;
  return {
    enable: layer.enable ?? base.enable,
    persona: layer.persona ?? base.persona,
    runnerLabels: layer.runnerLabels ?? base.runnerLabels,
    ...(configVariables ? { configVariables } : {}),
    shellcheck: layer.shellcheck ?? base.shellcheck,
    // Per-rule settings merge rule by rule: a nearer file configures one audit, not all of them.
    ruleConfig: layer.ruleConfig ? { ...base.ruleConfig, ...layer.ruleConfig } : base.ruleConfig,
    ...(ignores ? { ignores } : {}),
  };
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`, 'i');
}

/**
 * The severity a rule runs at under `config`, or `off`. The most specific key wins: the rule's
 * own id, then an alias, then the last matching glob.
 */
export function ruleSetting(rule: RuleMeta, config: DrydockConfig): RuleSetting | undefined {
  const entries = Object.entries(config.rules);
  if (entries.length === 0) return undefined;
  const lower = (s: string) => s.toLowerCase();
  let globHit: RuleSetting | undefined;
  let aliasHit: RuleSetting | undefined;
  for (const [key, setting] of entries) {
    if (lower(key) === lower(rule.id)) return setting;
    if (rule.aliases.some((a) => lower(a) === lower(key))) aliasHit = setting;
    else if (key.includes('*')) {
      const re = globToRegExp(key);
      if (re.test(rule.id) || rule.aliases.some((a) => re.test(a))) globHit = setting;
    }
  }
  return aliasHit ?? globHit;
}

/**
 * The config that applies to `filePath`: defaults, then `base` (editor settings, CLI flags), then
 * the nearest `.github/actionlint.yaml` and `zizmor.yml` (see workflow-config.ts), then every
 * `.hadolint.yaml` and `.drydock.yaml`/`.drydock.yml` from `root` down to the file's folder.
 * `readFile` is a port (fs in Node, a client request in the browser) returning undefined for a
 * missing file.
 */
export async function resolveConfigForFile(
  filePath: string,
  root: string | undefined,
  readFile: (path: string) => Promise<string | undefined>,
  base: PartialConfig = {},
): Promise<{ config: DrydockConfig; files: string[]; problems: ConfigProblem[] }> {
  const problems: ConfigProblem[] = [];
  const layers: PartialConfig[] = [];
  const files: string[] = [];
  const dirs = ancestorDirs(filePath, root).reverse();
  // The workflow linters' files come first: a .drydock.yaml anywhere has the last word.
  const peers = await peerWorkflowConfig(dirs, readFile, problems);
  layers.push(...peers.layers);
  files.push(...peers.files);
  for (const dir of dirs) {
    // hadolint's file first, so a .drydock.yaml in the same folder has the last word.
    for (const name of HADOLINT_FILE_NAMES) {
      const path = joinPath(dir, name);
      const text = await readFile(path);
      if (text === undefined) continue;
      files.push(path);
      layers.push(parseHadolintConfig(text, path, problems));
      break;
    }
    for (const name of CONFIG_FILE_NAMES) {
      const path = joinPath(dir, name);
      const text = await readFile(path);
      if (text === undefined) continue;
      files.push(path);
      layers.push(parseConfigFile(text, path, problems));
      break;
    }
  }
  const config = mergeConfig(DEFAULT_CONFIG, base, ...layers);
  // gitleaks reads its config and ignore file at the root of what it scans: the top-most ones.
  const gitleaks = await firstFile(dirs, ['.gitleaks.toml'], readFile);
  const ignore = await firstFile(dirs, ['.gitleaksignore'], readFile);
  if (!gitleaks && !ignore) return { config, files, problems };
  if (gitleaks) files.push(gitleaks.path);
  if (ignore) files.push(ignore.path);
  const secrets = {
    ...config.secrets,
    ...(gitleaks ? { gitleaks: parseGitleaksConfig(gitleaks.text, gitleaks.path, problems) } : {}),
    ...(ignore ? { ignoredFindings: parseGitleaksIgnore(ignore.text, dirname(ignore.path)) } : {}),
  };
  return { config: { ...config, secrets }, files, problems };
}

async function firstFile(
  dirs: readonly string[],
  names: readonly string[],
  readFile: (path: string) => Promise<string | undefined>,
): Promise<{ path: string; text: string } | undefined> {
  for (const dir of dirs) {
    for (const name of names) {
      const path = joinPath(dir, name);
      const text = await readFile(path);
      if (text !== undefined) return { path, text };
    }
  }
  return undefined;
}

/**
 * `.gitleaksignore` lines are fingerprints `[commit:]file:rule-id:line`. Drydock scans working
 * files, not history, so the commit part is dropped; the file is resolved against the ignore
 * file's folder. Returns keys of the form `<absolute path>:<rule id>:<line>` (line 1-based).
 */
export function parseGitleaksIgnore(text: string, dir: string): Set<string> {
  const keys = new Set<string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^(?:[0-9a-f]{7,40}:)?(.+):([A-Za-z0-9_.-]+):(\d+)$/.exec(line);
    if (!m?.[1] || !m[2] || !m[3]) continue;
    const file = m[1].startsWith('/') ? m[1] : joinPath(dir, m[1].replace(/^\.\//, ''));
    keys.add(`${file}:${m[2]}:${m[3]}`);
  }
  return keys;
}

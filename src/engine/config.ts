/**
 * Drydock's configuration: defaults, the editor's `drydock.*` settings and `.drydock.yaml` files
 * share one shape, so a key means the same thing in all three. Project files override editor
 * settings (they are the team's shared truth, and the CLI reads only them); the nearest file
 * overrides files further up.
 */
import { parse as parseYaml } from 'yaml';
import { ancestorDirs, joinPath } from './path';
import type { RuleMeta } from './rule';
import type { Severity } from './types';

export type RuleSetting = Severity | 'off';

export interface DrydockConfig {
  readonly enable: boolean;
  /** Keyed by rule id, alias (e.g. `DL3007`, `github-pat`) or a `*` glob over either. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly dockerfile: { readonly enable: boolean };
  readonly workflow: { readonly enable: boolean };
  readonly secrets: { readonly enable: boolean; readonly maxFileSizeKb: number };
}

export const DEFAULT_CONFIG: DrydockConfig = {
  enable: true,
  rules: {},
  dockerfile: { enable: true },
  workflow: { enable: true },
  secrets: { enable: true, maxFileSizeKb: 1024 },
};

/** A partial config as read from one source; unknown keys are reported, not fatal. */
export interface PartialConfig {
  enable?: boolean;
  rules?: Record<string, RuleSetting>;
  dockerfile?: { enable?: boolean };
  workflow?: { enable?: boolean };
  secrets?: { enable?: boolean; maxFileSizeKb?: number };
}

export interface ConfigProblem {
  readonly source: string;
  readonly message: string;
}

export const CONFIG_FILE_NAMES = ['.drydock.yaml', '.drydock.yml'] as const;

const RULE_SETTINGS = new Set<string>(['off', 'error', 'warning', 'info']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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
      if (full === 'rules' || !isRecord(value)) flat.set(full, value);
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

/** Parses the text of a `.drydock.yaml`; never throws. */
export function parseConfigFile(text: string, source: string, problems: ConfigProblem[]): PartialConfig {
  let raw: unknown;
  try {
    raw = parseYaml(text, { prettyErrors: false, maxAliasCount: 100 });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] ?? 'invalid YAML' : 'invalid YAML';
    problems.push({ source, message: `invalid YAML: ${message}` });
    return {};
  }
  return toPartialConfig(raw, source, problems);
}

/** Later layers override earlier ones; `rules` entries merge key by key. */
export function mergeConfig(base: DrydockConfig, ...layers: readonly PartialConfig[]): DrydockConfig {
  let config = base;
  for (const layer of layers) {
    config = {
      enable: layer.enable ?? config.enable,
      rules: { ...config.rules, ...layer.rules },
      dockerfile: { enable: layer.dockerfile?.enable ?? config.dockerfile.enable },
      workflow: { enable: layer.workflow?.enable ?? config.workflow.enable },
      secrets: {
        enable: layer.secrets?.enable ?? config.secrets.enable,
        maxFileSizeKb: layer.secrets?.maxFileSizeKb ?? config.secrets.maxFileSizeKb,
      },
    };
  }
  return config;
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
 * every `.drydock.yaml`/`.drydock.yml` from `root` down to the file's folder. `readFile` is a
 * port (fs in Node, a client request in the browser) returning undefined for a missing file.
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
  for (const dir of dirs) {
    for (const name of CONFIG_FILE_NAMES) {
      const path = joinPath(dir, name);
      const text = await readFile(path);
      if (text === undefined) continue;
      files.push(path);
      layers.push(parseConfigFile(text, path, problems));
      break;
    }
  }
  return { config: mergeConfig(DEFAULT_CONFIG, base, ...layers), files, problems };
}

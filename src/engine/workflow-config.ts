/**
 * The workflow linters' own configuration files, read so a team that already has them keeps them:
 *
 * - zizmor's `zizmor.yml` (`rules.<id>.disable`, `.ignore`, `.config`, `.remap.severity`), found as
 *   zizmor finds it: in each folder from the file's own upwards, `.github/zizmor.yml`,
 *   `.github/zizmor.yaml`, `zizmor.yml`, `zizmor.yaml`; the nearest one applies, alone.
 * - actionlint's `.github/actionlint.yaml` (or `.yml`) at the repository root: self-hosted runner
 *   labels, configuration variables, and `paths: {<glob>: {ignore: [<regex>…]}}`.
 *
 * Both become an ordinary config layer (rule settings, `workflow.*` options) plus `ignores`: the
 * findings a file silences by position or by message, applied where inline ignores are. User
 * regexes and globs run on re2js (linear time), so a pattern in a cloned repository cannot hang
 * the editor. Bad content is a ConfigProblem, never an exception.
 */
import type { RE2JS } from 're2js';
import { re2js } from './lazy';
import type { ConfigProblem, PartialConfig, RuleSetting } from './config';
import { isRecord, parseTopMapping } from './config-yaml';
import { basename, dirname, joinPath } from './path';

/** A finding silenced by a zizmor.yml `rules.<id>.ignore` entry: `file.yml[:line[:column]]`. */
export interface ZizmorIgnore {
  readonly from: 'zizmor';
  /** Lower-cased rule id (zizmor's audit name, which is Drydock's id). */
  readonly rule: string;
  /** The file's base name: zizmor matches the workflow's name, not its path. */
  readonly file: string;
  /** 1-based, as zizmor writes them. */
  readonly line?: number;
  readonly column?: number;
}

/** Findings silenced by an actionlint.yaml `paths.<glob>.ignore` list of message regexes. */
export interface ActionlintIgnore {
  readonly from: 'actionlint';
  /** The folder the glob is relative to (the one holding `.github/`), `/`-separated. */
  readonly root: string;
  readonly glob: RE2JS;
  readonly messages: readonly RE2JS[];
}

export type FindingIgnore = ZizmorIgnore | ActionlintIgnore;

export const ZIZMOR_NAMES = ['.github/zizmor.yml', '.github/zizmor.yaml', 'zizmor.yml', 'zizmor.yaml'] as const;
export const ACTIONLINT_NAMES = ['.github/actionlint.yaml', '.github/actionlint.yml'] as const;

/** zizmor's severities as Drydock's (high → error, medium → warning, low/informational → info). */
const ZIZMOR_SEVERITY: Readonly<Record<string, RuleSetting>> = {
  high: 'error',
  medium: 'warning',
  low: 'info',
  informational: 'info',
  unknown: 'info',
};

const IGNORE_ENTRY = /^([^:]+?)(?::(\d+)(?::(\d+))?)?$/;

/** Reads a `zizmor.yml` into a config layer; never throws. */
export function parseZizmorConfig(text: string, source: string, problems: ConfigProblem[]): PartialConfig {
  const raw = parseTopMapping(text, source, problems);
  if (!raw) return {};
  for (const key of Object.keys(raw)) if (key !== 'rules') problems.push({ source, message: `unknown setting "${key}"` });
  const rulesNode = raw['rules'];
  if (rulesNode === undefined || rulesNode === null) return {};
  if (!isRecord(rulesNode)) {
    problems.push({ source, message: 'rules: expected a mapping of audit name to its settings' });
    return {};
  }
  const rules: Record<string, RuleSetting> = {};
  const ruleConfig: Record<string, unknown> = {};
  const ignores: ZizmorIgnore[] = [];
  for (const [id, settings] of Object.entries(rulesNode)) {
    if (settings === null || settings === undefined) continue;
    if (!isRecord(settings)) {
      problems.push({ source, message: `rules.${id}: expected a mapping (disable, ignore, config, remap)` });
      continue;
    }
    for (const [key, value] of Object.entries(settings)) {
      const at = `rules.${id}.${key}`;
      switch (key) {
        case 'disable':
          if (typeof value !== 'boolean') problems.push({ source, message: `${at}: expected true or false` });
          else if (value) rules[id] = 'off';
          break;
        case 'ignore':
          if (!Array.isArray(value)) {
            if (value !== null) problems.push({ source, message: `${at}: expected a list of "file.yml[:line[:column]]"` });
            break;
          }
          for (const entry of value) {
            const m = typeof entry === 'string' ? IGNORE_ENTRY.exec(entry.trim()) : null;
            const file = m?.[1]?.trim();
            if (!m || !file) {
              problems.push({ source, message: `${at}: "${String(entry)}" is not of the form file.yml[:line[:column]]` });
              continue;
            }
            ignores.push({
              from: 'zizmor',
              rule: id.toLowerCase(),
              file: basename(file),
              ...(m[2] !== undefined ? { line: Number(m[2]) } : {}),
              ...(m[3] !== undefined ? { column: Number(m[3]) } : {}),
            });
          }
          break;
        case 'config':
          if (isRecord(value)) ruleConfig[id] = value;
          else if (value !== null) problems.push({ source, message: `${at}: expected a mapping` });
          break;
        case 'remap': {
          const severity = isRecord(value) ? value['severity'] : undefined;
          const setting = typeof severity === 'string' ? ZIZMOR_SEVERITY[severity.toLowerCase()] : undefined;
          if (setting === undefined) problems.push({ source, message: `${at}: expected severity: informational, low, medium or high` });
          else if (rules[id] !== 'off') rules[id] = setting;
          break;
        }
        default:
          problems.push({ source, message: `unknown setting "${at}"` });
      }
    }
  }
  const out: PartialConfig = {};
  if (Object.keys(rules).length) out.rules = rules;
  if (Object.keys(ruleConfig).length || ignores.length)
    out.workflow = {
      ...(Object.keys(ruleConfig).length ? { ruleConfig } : {}),
      ...(ignores.length ? { ignores } : {}),
    };
  return out;
}

/**
 * A doublestar glob (as actionlint's `paths` keys are) as an anchored RE2 pattern: `**` crosses
 * folders, `*` and `?` do not, `{a,b}` alternates, `[…]` / `[!…]` are classes, `\` escapes.
 */
export function globToRe2Source(glob: string): string {
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] ?? '';
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atSegmentStart = i === 0 || glob[i - 1] === '/';
        i++;
        if (atSegmentStart && glob[i + 1] === '/') {
          i++;
          out += '(?:.*/)?';
        } else out += '.*';
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) out += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) out += '\\[';
      else {
        let body = glob.slice(i + 1, close);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        out += `[${body}]`;
        i = close;
      }
    } else if (c === '\\' && i + 1 < glob.length) {
      i++;
      out += escapeRe(glob[i] ?? '');
    } else out += escapeRe(c);
  }
  // An unclosed `{` is a literal brace in doublestar; close the groups so the pattern compiles.
  out += ')'.repeat(braces);
  return `^${out}$`;
}

function escapeRe(c: string): string {
  return /[.+*?^${}()|[\]\\]/.test(c) ? `\\${c}` : c;
}

function compile(pattern: string, what: string, source: string, problems: ConfigProblem[]): RE2JS | undefined {
  try {
    return re2js().RE2JS.compile(pattern);
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : '';
    problems.push({ source, message: `${what}: invalid regular expression${reason ? ` (${reason})` : ''}` });
    return undefined;
  }
}

function stringList(value: unknown, at: string, source: string, problems: ConfigProblem[]): string[] | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value) && value.every((x) => typeof x === 'string')) return value;
  problems.push({ source, message: `${at}: expected a list of strings` });
  return undefined;
}

/** Keys actionlint reads that Drydock has nothing to do with; accepted without a warning. */
const ACTIONLINT_IGNORED_KEYS = new Set(['require-commit-hash']);

/**
 * Reads `.github/actionlint.yaml` into a config layer; `source` is its path, whose grandparent is
 * the folder `paths` globs are relative to. Never throws.
 */
export function parseActionlintConfig(text: string, source: string, problems: ConfigProblem[]): PartialConfig {
  const raw = parseTopMapping(text, source, problems);
  if (!raw) return {};
  const workflow: NonNullable<PartialConfig['workflow']> = {};
  for (const [key, value] of Object.entries(raw)) {
    switch (key) {
      case 'self-hosted-runner': {
        if (value === null) break;
        if (!isRecord(value)) {
          problems.push({ source, message: 'self-hosted-runner: expected a mapping with labels' });
          break;
        }
        for (const k of Object.keys(value))
          if (k !== 'labels') problems.push({ source, message: `unknown setting "self-hosted-runner.${k}"` });
        const labels = stringList(value['labels'], 'self-hosted-runner.labels', source, problems);
        if (labels) workflow.runnerLabels = labels;
        break;
      }
      case 'config-variables': {
        // null (or absent) means "do not check vars.*"; a list, even an empty one, is checked.
        const names = stringList(value, 'config-variables', source, problems);
        if (names) workflow.configVariables = names;
        break;
      }
      case 'paths': {
        if (value === null) break;
        if (!isRecord(value)) {
          problems.push({ source, message: 'paths: expected a mapping of glob to { ignore: [regex…] }' });
          break;
        }
        const root = dirname(dirname(source));
        const ignores: ActionlintIgnore[] = [];
        for (const [glob, settings] of Object.entries(value)) {
          if (settings === null) continue;
          if (!isRecord(settings)) {
            problems.push({ source, message: `paths.${glob}: expected a mapping with ignore` });
            continue;
          }
          for (const k of Object.keys(settings))
            if (k !== 'ignore') problems.push({ source, message: `unknown setting "paths.${glob}.${k}"` });
          const patterns = stringList(settings['ignore'], `paths.${glob}.ignore`, source, problems) ?? [];
          const messages = patterns
            .map((p, i) => compile(p, `paths.${glob}.ignore[${i}]`, source, problems))
            .filter((r): r is RE2JS => r !== undefined);
          const matcher = compile(globToRe2Source(glob), `paths.${glob}`, source, problems);
          if (matcher && messages.length) ignores.push({ from: 'actionlint', root, glob: matcher, messages });
        }
        if (ignores.length) workflow.ignores = ignores;
        break;
      }
      default:
        if (!ACTIONLINT_IGNORED_KEYS.has(key)) problems.push({ source, message: `unknown setting "${key}"` });
    }
  }
  return Object.keys(workflow).length ? { workflow } : {};
}

/** True for a folder `.github/workflows`, where a `zizmor.yml` is a workflow, not zizmor's config. */
function isWorkflowsFolder(dir: string): boolean {
  return basename(dir) === 'workflows' && basename(dirname(dir)) === '.github';
}

/**
 * The zizmor and actionlint config layers for a file whose folders (root first) are `dirs`: the
 * nearest file of each kind. All candidates are read at once: in the editor each read is a round
 * trip to the client.
 */
export async function peerWorkflowConfig(
  dirs: readonly string[],
  readFile: (path: string) => Promise<string | undefined>,
  problems: ConfigProblem[],
): Promise<{ layers: PartialConfig[]; files: string[] }> {
  const nearestFirst = [...dirs].reverse();
  const zizmor = nearestFirst.flatMap((dir) =>
    ZIZMOR_NAMES.filter((name) => name.startsWith('.github/') || !isWorkflowsFolder(dir)).map((name) => joinPath(dir, name)),
  );
  const actionlint = nearestFirst.flatMap((dir) => ACTIONLINT_NAMES.map((name) => joinPath(dir, name)));
  const read = async (paths: readonly string[]) => {
    const texts = await Promise.all(paths.map((p) => readFile(p).catch(() => undefined)));
    const i = texts.findIndex((t) => t !== undefined);
    const path = paths[i];
    const text = texts[i];
    return path !== undefined && text !== undefined ? { path, text } : undefined;
  };
  const [z, a] = await Promise.all([read(zizmor), read(actionlint)]);
  const layers: PartialConfig[] = [];
  const files: string[] = [];
  if (a) {
    files.push(a.path);
    layers.push(parseActionlintConfig(a.text, a.path, problems));
  }
  if (z) {
    files.push(z.path);
    layers.push(parseZizmorConfig(z.text, z.path, problems));
  }
  return { layers, files };
}

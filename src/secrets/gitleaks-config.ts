/**
 * Reads a `.gitleaks.toml` so teams keep their gitleaks setup: custom `[[rules]]` (regex,
 * secretGroup, entropy, keywords, per-rule allowlists), global allowlists (`[allowlist]` and
 * `[[allowlists]]`), and `[extend] useDefault` / `disabledRules`. As in gitleaks, a config without
 * `[extend] useDefault = true` replaces the built-in rules instead of adding to them.
 *
 * User-supplied patterns are Go RE2 syntax and may come from anyone with write access to the
 * repository, so they run on re2js: linear time, so a pathological pattern cannot hang the editor.
 */
import type { RE2JS } from 're2js';
import { re2js, smolToml } from '../engine/lazy';
import type { ConfigProblem } from '../engine/config';
import { defineSecretDetector, type SecretDetector, type SecretMatch } from './detector';

/** One allowlist: a value is allowed when its conditions hold (any of them, or all with AND). */
export interface GitleaksAllowlist {
  readonly description?: string;
  readonly condition: 'OR' | 'AND';
  /** What `regexes` are matched against. */
  readonly regexTarget: 'secret' | 'match' | 'line';
  readonly regexes: readonly RE2JS[];
  readonly paths: readonly RE2JS[];
  readonly stopwords: readonly string[];
  /** Rule ids a global `[[allowlists]]` entry is limited to (empty: every rule). */
  readonly targetRules: readonly string[];
}

export interface GitleaksSettings {
  readonly source: string;
  readonly useDefault: boolean;
  readonly disabledRules: readonly string[];
  readonly detectors: readonly SecretDetector[];
  readonly allowlists: readonly GitleaksAllowlist[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

type Expected = 'string' | 'number' | 'boolean' | 'a list of strings' | 'a non-negative integer';

const HOLDS: Readonly<Record<Expected, (v: unknown) => boolean>> = {
  string: (v) => typeof v === 'string',
  number: (v) => typeof v === 'number',
  boolean: (v) => typeof v === 'boolean',
  'a list of strings': (v) => Array.isArray(v) && v.every((x) => typeof x === 'string'),
  'a non-negative integer': (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0,
};

/**
 * Reports keys of `raw` that are present but of the wrong type: gitleaks would refuse the file,
 * and silently ignoring `entropy = "high"` would leave a rule looser than its author meant.
 */
function checkTypes(
  raw: Record<string, unknown>,
  expected: Readonly<Record<string, Expected>>,
  what: string,
  source: string,
  problems: ConfigProblem[],
): void {
  for (const [key, kind] of Object.entries(expected)) {
    const value = raw[key];
    if (value !== undefined && !HOLDS[kind](value))
      problems.push({
        source,
        message: `${what}.${key} must be ${kind === 'string' || kind === 'number' || kind === 'boolean' ? `a ${kind}` : kind}; ignored`,
      });
  }
}

function compile(pattern: string, what: string, source: string, problems: ConfigProblem[]): RE2JS | undefined {
  try {
    return re2js().RE2JS.compile(pattern);
  } catch (error) {
    problems.push({ source, message: `${what}: invalid regular expression (${error instanceof Error ? error.message : String(error)})` });
    return undefined;
  }
}

function readAllowlist(raw: Record<string, unknown>, what: string, source: string, problems: ConfigProblem[]): GitleaksAllowlist {
  checkTypes(
    raw,
    {
      description: 'string',
      condition: 'string',
      regexTarget: 'string',
      regexes: 'a list of strings',
      paths: 'a list of strings',
      stopwords: 'a list of strings',
      targetRules: 'a list of strings',
    },
    what,
    source,
    problems,
  );
  if (typeof raw['condition'] === 'string' && !/^(?:and|or)$/i.test(raw['condition']))
    problems.push({ source, message: `${what}.condition must be "OR" or "AND"; "OR" is used` });
  if (typeof raw['regexTarget'] === 'string' && !['secret', 'match', 'line'].includes(raw['regexTarget']))
    problems.push({ source, message: `${what}.regexTarget must be "secret", "match" or "line"; "secret" is used` });
  const condition = typeof raw['condition'] === 'string' && raw['condition'].toUpperCase() === 'AND' ? 'AND' : 'OR';
  const target = raw['regexTarget'];
  const regexTarget = target === 'match' || target === 'line' ? target : 'secret';
  const regexes = strings(raw['regexes'])
    .map((r, i) => compile(r, `${what}.regexes[${i}]`, source, problems))
    .filter((r): r is RE2JS => r !== undefined);
  const paths = strings(raw['paths'])
    .map((r, i) => compile(r, `${what}.paths[${i}]`, source, problems))
    .filter((r): r is RE2JS => r !== undefined);
  return {
    ...(typeof raw['description'] === 'string' ? { description: raw['description'] } : {}),
    condition,
    regexTarget,
    regexes,
    paths,
    stopwords: strings(raw['stopwords']).map((w) => w.toLowerCase()),
    targetRules: strings(raw['targetRules']),
  };
}

/** The allowlists of a table that may hold `allowlist` (one) or `allowlists` (several). */
function allowlistsOf(table: Record<string, unknown>, what: string, source: string, problems: ConfigProblem[]): GitleaksAllowlist[] {
  const out: GitleaksAllowlist[] = [];
  const single = table['allowlist'];
  if (isRecord(single)) out.push(readAllowlist(single, `${what}.allowlist`, source, problems));
  const many = table['allowlists'];
  if (Array.isArray(many)) many.forEach((a, i) => isRecord(a) && out.push(readAllowlist(a, `${what}.allowlists[${i}]`, source, problems)));
  return out;
}

/** True when `allowlist` lets this match through (the value is not a secret). */
export function allowlisted(
  allowlist: GitleaksAllowlist,
  ruleId: string,
  path: string,
  secret: string,
  match: string,
  line: string,
): boolean {
  if (allowlist.targetRules.length && !allowlist.targetRules.includes(ruleId)) return false;
  const target = allowlist.regexTarget === 'match' ? match : allowlist.regexTarget === 'line' ? line : secret;
  const checks: boolean[] = [];
  if (allowlist.regexes.length) checks.push(allowlist.regexes.some((r) => r.matcher(target).find()));
  if (allowlist.paths.length) checks.push(allowlist.paths.some((r) => r.matcher(path).find()));
  if (allowlist.stopwords.length) {
    const lower = secret.toLowerCase();
    checks.push(allowlist.stopwords.some((w) => lower.includes(w)));
  }
  if (checks.length === 0) return false;
  return allowlist.condition === 'AND' ? checks.every(Boolean) : checks.some(Boolean);
}

/** Runs an RE2 pattern over the text: every match with the secret group's span. */
function* re2Matches(pattern: RE2JS, secretGroup: number, text: string): Generator<SecretMatch> {
  const matcher = pattern.matcher(text);
  while (matcher.find()) {
    const whole = matcher.group(0) ?? '';
    const group = secretGroup > 0 && secretGroup <= matcher.groupCount() ? secretGroup : matcher.groupCount() > 0 ? 1 : 0;
    const secret = matcher.group(group) ?? whole;
    const start = group > 0 ? matcher.start(group) : matcher.start();
    if (start < 0) continue;
    yield { match: whole, matchStart: matcher.start(), secret, secretStart: start };
    if (whole.length === 0) break;
  }
}

function readRule(raw: Record<string, unknown>, index: number, source: string, problems: ConfigProblem[]): SecretDetector | undefined {
  const id = typeof raw['id'] === 'string' && raw['id'] ? raw['id'] : undefined;
  const what = `rules[${index}]${id ? ` (${id})` : ''}`;
  if (!id) {
    problems.push({ source, message: `${what}: a rule needs an id` });
    return undefined;
  }
  if (typeof raw['regex'] !== 'string') {
    // Path-only rules flag files by name; Drydock reports what is inside files.
    problems.push({ source, message: `${what}: rules without a regex (path-only) are not supported` });
    return undefined;
  }
  if (raw['regex'] === '') {
    problems.push({ source, message: `${what}: an empty regex matches nothing but empty strings; the rule is skipped` });
    return undefined;
  }
  checkTypes(
    raw,
    { description: 'string', secretGroup: 'a non-negative integer', entropy: 'number', keywords: 'a list of strings', path: 'string' },
    what,
    source,
    problems,
  );
  const pattern = compile(raw['regex'], `${what}.regex`, source, problems);
  if (!pattern) return undefined;
  const groups = pattern.groupCount();
  if (typeof raw['secretGroup'] === 'number' && raw['secretGroup'] > groups)
    problems.push({
      source,
      message: `${what}.secretGroup is ${raw['secretGroup']} but the regex has ${groups} capture group${groups === 1 ? '' : 's'}; ${groups > 0 ? 'group 1' : 'the whole match'} is used`,
    });
  const secretGroup = typeof raw['secretGroup'] === 'number' ? raw['secretGroup'] : 0;
  const entropy = typeof raw['entropy'] === 'number' ? raw['entropy'] : undefined;
  const keywords = strings(raw['keywords']).map((k) => k.toLowerCase());
  const ruleAllowlists = allowlistsOf(raw, what, source, problems);
  const pathPattern = typeof raw['path'] === 'string' ? compile(raw['path'], `${what}.path`, source, problems) : undefined;
  const description = typeof raw['description'] === 'string' && raw['description'] ? raw['description'] : id;
  return defineSecretDetector({
    id,
    family: 'custom',
    aliases: [],
    severity: 'error',
    confidence: 'medium',
    summary: description,
    keywords,
    pattern: /(?!)/g,
    find: (text) => re2Matches(pattern, secretGroup, text),
    label: description,
    revealPrefix: 4,
    ...(entropy !== undefined ? { minEntropy: entropy } : {}),
    // gitleaks' own semantics: only the allowlists the user wrote apply to their rules.
    allowlist: 'none',
    ...(pathPattern ? { pathFilter: (path: string) => pathPattern.matcher(path).find() } : {}),
    ...(ruleAllowlists.length ? { gitleaksAllowlists: ruleAllowlists } : {}),
  });
}

/** Parses a `.gitleaks.toml`; never throws. Problems are reported, bad parts skipped. */
export function parseGitleaksConfig(text: string, source: string, problems: ConfigProblem[]): GitleaksSettings {
  let raw: unknown;
  try {
    raw = smolToml().parse(text);
  } catch (error) {
    problems.push({ source, message: `invalid TOML: ${(error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''}` });
    return { source, useDefault: true, disabledRules: [], detectors: [], allowlists: [] };
  }
  const table = isRecord(raw) ? raw : {};
  const extend = isRecord(table['extend']) ? table['extend'] : undefined;
  if (extend) checkTypes(extend, { useDefault: 'boolean', disabledRules: 'a list of strings', path: 'string' }, 'extend', source, problems);
  if (extend && typeof extend['path'] === 'string')
    problems.push({ source, message: 'extend.path is not supported: only the built-in rules can be extended' });
  const rules = Array.isArray(table['rules']) ? table['rules'] : [];
  const detectors = rules
    .map((r, i) => (isRecord(r) ? readRule(r, i, source, problems) : undefined))
    .filter((d): d is SecretDetector => d !== undefined);
  return {
    source,
    useDefault: extend?.['useDefault'] === true,
    disabledRules: strings(extend?.['disabledRules']),
    detectors,
    allowlists: allowlistsOf(table, 'config', source, problems),
  };
}

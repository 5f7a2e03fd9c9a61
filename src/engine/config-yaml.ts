/**
 * Reading config files written in YAML (`.drydock.yaml`, `.hadolint.yaml`, `zizmor.yml`,
 * `.github/actionlint.yaml`): parse errors and a top level that is not a mapping become config
 * problems, never exceptions.
 */
import { yaml } from './lazy';
import type { ConfigProblem } from './config';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The YAML value of `text`, or a problem (the parser's first line) when it does not parse. */
export function parseYamlText(text: string, source: string, problems: ConfigProblem[]): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: yaml().parse(text, { prettyErrors: false, maxAliasCount: 100 }) as unknown };
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? 'invalid YAML') : 'invalid YAML';
    problems.push({ source, message: `invalid YAML: ${message}` });
    return { ok: false };
  }
}

/**
 * The top-level mapping of a peer tool's config file; undefined for an empty file (nothing to
 * read) and for one that does not parse or is not a mapping (a problem says so).
 */
export function parseTopMapping(text: string, source: string, problems: ConfigProblem[]): Record<string, unknown> | undefined {
  const parsed = parseYamlText(text, source, problems);
  if (!parsed.ok || parsed.value === null || parsed.value === undefined) return undefined;
  if (!isRecord(parsed.value)) {
    problems.push({ source, message: 'expected a mapping at the top level' });
    return undefined;
  }
  return parsed.value;
}

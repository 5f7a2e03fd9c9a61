/** Shared helpers for unit tests (plain Node). */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEFAULT_CONFIG, mergeConfig, type PartialConfig } from '../../src/engine/config';
import type { ReportInput, RuleContext } from '../../src/engine/context';
import { lint } from '../../src/engine/lint';
import { LineIndex } from '../../src/engine/text';
import type { Finding, LintDocument } from '../../src/engine/types';
import { base62, crc32 } from '../../src/secrets/checksum';

/** The repository root: the nearest folder above this bundle that holds package.json. */
export const ROOT = (() => {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();

/** Every file under `dir` (relative to the repository root), recursively. */
export function filesUnder(dir: string): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return walk(join(ROOT, dir));
}

/** Merged configs by their JSON: the engine caches per config object (the keyword automaton). */
const merged = new Map<string, ReturnType<typeof mergeConfig>>();

/** Lints `text` as the file `path`; `files` lets rules read other files (a `.dockerignore`). */
export function lintText(
  path: string,
  text: string,
  config: PartialConfig = {},
  files: Pick<LintDocument, 'readRepoFile' | 'repoPath' | 'imageMetadata'> = {},
): Finding[] {
  const key = JSON.stringify(config);
  let full = merged.get(key);
  if (!full) {
    full = mergeConfig(DEFAULT_CONFIG, config);
    merged.set(key, full);
  }
  return [...lint({ path, text, ...files }, full).findings];
}

/**
 * Rule contexts for calling a linter directly (not through lint()): each report becomes the
 * string `describe` makes of it, in `reported`, in the order the rules reported.
 */
export function recordingContexts(
  path: string,
  text: string,
  describe: (ruleId: string, input: ReportInput) => string,
): { readonly contextFor: (rule: { id: string }) => RuleContext; readonly reported: string[] } {
  const lines = new LineIndex(text);
  const reported: string[] = [];
  const contextFor = (rule: { id: string }): RuleContext => ({
    path,
    text,
    lines,
    report: (input) => void reported.push(describe(rule.id, input)),
  });
  return { contextFor, reported };
}

export function ids(findings: readonly Finding[]): string[] {
  return findings.map((f) => f.ruleId);
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Deterministic pseudo-random base62 text (tests must be repeatable). */
export function randomBase62(length: number, seed: number): string {
  let state = seed >>> 0 || 1;
  let out = '';
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out += ALPHANUMERIC[(state >>> 0) % ALPHANUMERIC.length];
  }
  return out;
}

/** A checksum-valid classic GitHub token built at test time; never committed. */
export function fakeGithubPat(seed: number): string {
  const body = randomBase62(30, seed);
  return `ghp_${body}${base62(crc32(body), 6)}`;
}

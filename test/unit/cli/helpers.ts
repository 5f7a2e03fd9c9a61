/**
 * Shared by the CLI tests: run the built CLI as a child process (the tests exercise the real
 * executable, its exit codes and streams) against fixture trees created in a temp dir.
 * Token-shaped strings are generated here at run time and never written into the repository.
 */
import { allRules } from '../../../src/engine/registry';
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { base62, crc32 } from '../../../src/secrets/checksum';

/** This file is bundled to dist/test/unit/cli/*.test.js; the CLI is dist/cli.js. */
export const CLI = resolve(__dirname, '../../../cli.js');
export const BIN = resolve(__dirname, '../../../../bin/drydock.js');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd: string;
  readonly input?: string | Uint8Array;
  readonly env?: Readonly<Record<string, string>>;
}

export function runCli(args: readonly string[], options: RunOptions, script: string = CLI): CliResult {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  delete env['NO_COLOR'];
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    encoding: 'utf8',
    env,
    timeout: 30_000,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export type Tree = Readonly<Record<string, string | Uint8Array>>;

/**
 * The CLI tests are about the CLI's contract, not about which rules exist: every tree's root
 * config turns off all rules but the Foundation's, so adding a rule never changes these tests.
 */
const FOUNDATION_RULES = new Set(['DL3007', 'DL4000', 'dockerfile-syntax', 'unpinned-uses', 'workflow-syntax', 'github-pat']);
const BASELINE_RULES: Readonly<Record<string, string>> = Object.fromEntries(
  allRules()
    .filter((rule) => !FOUNDATION_RULES.has(rule.id))
    .map((rule) => [rule.id, 'off']),
);

/** Adds the baseline rule settings to a root `.drydock.yaml`, keeping the test's own entries. */
export function withBaselineRules(config: string | undefined): string {
  const text = config ?? '';
  const own = (id: string) => new RegExp(`^\\s+${id.replace(/-/g, '\\-')}\\s*:`, 'm').test(text);
  const entries = Object.entries(BASELINE_RULES)
    .filter(([id]) => !own(id))
    .map(([id, setting]) => `  ${id}: ${setting}\n`)
    .join('');
  if (/^rules:\s*$/m.test(text)) return text.replace(/^rules:\s*$/m, (line) => `${line}\n${entries.replace(/\n$/, '')}`);
  return `rules:\n${entries}${text}`;
}

/** Creates the files of `tree` (paths with `/`) in a fresh temp dir and returns its path. */
export function makeTree(tree: Tree): string {
  const root = mkdtempSync(join(tmpdir(), 'drydock-cli-'));
  const config = tree['.drydock.yaml'];
  if (config === undefined || typeof config === 'string') writeTree(root, { ...tree, '.drydock.yaml': withBaselineRules(config) });
  else writeTree(root, tree);
  return root;
}

export function writeTree(root: string, tree: Tree): void {
  for (const [path, content] of Object.entries(tree)) {
    const full = join(root, ...path.split('/'));
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}

export function removeTree(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A GitHub classic token with a valid checksum: `ghp_` + 30 random chars + base62(crc32) in 6. */
export function generateGithubToken(): string {
  let body = '';
  for (let i = 0; i < 30; i++) body += ALNUM[randomInt(ALNUM.length)];
  return `ghp_${body}${base62(crc32(body), 6)}`;
}

export const DOCKERFILE = 'FROM node:latest\nMAINTAINER x\nRUN echo hello\n';
export const WORKFLOW = [
  'name: ci',
  'on: push',
  'jobs:',
  '  build:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - uses: actions/checkout@v4',
  '',
].join('\n');

export interface JsonFinding {
  readonly file: string;
  readonly ruleId: string;
  readonly aliases: readonly string[];
  readonly category: string;
  readonly severity: string;
  readonly confidence: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly docsUrl: string;
  readonly fixable: boolean;
}

export function parseJsonFindings(stdout: string): JsonFinding[] {
  const parsed = JSON.parse(stdout) as { version: number; findings: JsonFinding[] };
  return parsed.findings;
}

/** `file ruleId` pairs, the usual thing to compare. */
export function reported(stdout: string): string[] {
  return parseJsonFindings(stdout).map((f) => `${f.file} ${f.ruleId}`);
}

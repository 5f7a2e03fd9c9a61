/** Decides which domain linters see a file. Every text file is scanned for secrets as well. */
import { basename, normalizeSlashes } from './path';
import type { FileKind } from './types';

const DOCKERFILE_NAME =
  /^(?:(?:Dockerfile|Containerfile|dockerfile|containerfile)(?:\..+)?|.+\.(?:Dockerfile|dockerfile|Containerfile|containerfile))$/;
const WORKFLOW_PATH = /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
const ACTION_NAME = /^action\.ya?ml$/;
const DEPENDABOT_PATH = /(?:^|\/)\.github\/dependabot\.ya?ml$/;

/**
 * The last answer: a file is classified several times on its way through a scan (the CLI's
 * reader, textWorthLinting, lint), each time with the same path.
 */
let last: { path: string; languageId: string | undefined; kind: FileKind } | undefined;

export function classify(path: string, languageId?: string): FileKind {
  if (last !== undefined && last.path === path && last.languageId === languageId) return last.kind;
  const kind = classifyNow(path, languageId);
  last = { path, languageId, kind };
  return kind;
}

function classifyNow(path: string, languageId?: string): FileKind {
  const name = basename(path);
  // `Dockerfile.dockerignore` is BuildKit's per-Dockerfile ignore file, not a Dockerfile.
  if (DOCKERFILE_NAME.test(name) && !name.endsWith('.dockerignore')) return 'dockerfile';
  const p = normalizeSlashes(path);
  if (WORKFLOW_PATH.test(p)) return 'workflow';
  if (ACTION_NAME.test(name)) return 'action';
  if (DEPENDABOT_PATH.test(p)) return 'dependabot';
  if (languageId === 'dockerfile') return 'dockerfile';
  if (languageId === 'github-actions-workflow') return 'workflow';
  return 'other';
}

/** The language's line-comment marker, used by "ignore on this line" edits; undefined when none. */
export function lineCommentFor(path: string, kind: FileKind, languageId?: string): string | undefined {
  if (kind !== 'other') return '#';
  const hash = new Set([
    'python',
    'shellscript',
    'yaml',
    'toml',
    'ruby',
    'perl',
    'r',
    'dockercompose',
    'makefile',
    'properties',
    'ini',
    'dotenv',
    'powershell',
    'terraform',
    'hcl',
    'elixir',
    'coffeescript',
  ]);
  const slashes = new Set([
    'javascript',
    'typescript',
    'javascriptreact',
    'typescriptreact',
    'go',
    'java',
    'c',
    'cpp',
    'csharp',
    'rust',
    'swift',
    'kotlin',
    'scala',
    'php',
    'dart',
    'jsonc',
    'groovy',
    'fsharp',
  ]);
  if (languageId && hash.has(languageId)) return '#';
  if (languageId && slashes.has(languageId)) return '//';
  const name = basename(path);
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  if (
    name.startsWith('.env') ||
    [
      'py',
      'sh',
      'bash',
      'zsh',
      'yml',
      'yaml',
      'toml',
      'rb',
      'pl',
      'r',
      'ini',
      'cfg',
      'conf',
      'properties',
      'tf',
      'hcl',
      'ps1',
      'ex',
      'exs',
    ].includes(ext) ||
    name === 'Makefile'
  )
    return '#';
  if (
    [
      'js',
      'mjs',
      'cjs',
      'ts',
      'mts',
      'cts',
      'jsx',
      'tsx',
      'go',
      'java',
      'c',
      'h',
      'cc',
      'cpp',
      'hpp',
      'cs',
      'rs',
      'swift',
      'kt',
      'kts',
      'scala',
      'php',
      'dart',
      'jsonc',
      'groovy',
      'gradle',
    ].includes(ext)
  )
    return '//';
  return undefined;
}

/**
 * github-env: a `run:` script that writes to `$GITHUB_ENV` or `$GITHUB_PATH` in a workflow
 * triggered by `pull_request_target` or `workflow_run` (and in composite actions, which may be
 * called from one). Those triggers run privileged on attacker-influenced input; a variable set
 * this way reaches every later step, where `LD_PRELOAD`, `NODE_OPTIONS`, `BASH_ENV` or a shadowed
 * `PATH` entry turns it into code execution.
 */
import { parseShell, type ShellCommand, type ShellWord } from '../../../dockerfile/shell';
import type { Range } from '../../../engine/types';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import { stepShell } from './lib/steps';

interface Write {
  readonly destination: string;
  readonly start: number;
  readonly end: number;
}

const ENV_FILE_WORD = /^"?\$(?:\{(GITHUB_ENV|GITHUB_PATH)\}|(GITHUB_ENV|GITHUB_PATH))"?$/;

function envFileOf(word: ShellWord | undefined): string | undefined {
  const m = word ? ENV_FILE_WORD.exec(word.raw) : null;
  return m ? (m[1] ?? m[2]) : undefined;
}

/** `foo`, `'foo $x'`, `"foo"`: no expansion can reach the written text. */
function isLiteral(word: ShellWord): boolean {
  return !/[$`]/.test(word.raw.replace(/'[^']*'/g, ''));
}

function span(command: ShellCommand, last: ShellWord): { start: number; end: number } {
  const first = command.words[0] ?? command.assignments[0] ?? last;
  return { start: Math.min(first.start, last.start), end: Math.max(last.end, command.words[command.words.length - 1]?.end ?? last.end) };
}

/** Bash/sh: redirections into the files (unless `echo` of literals) and `… | tee $GITHUB_ENV`. */
export function bashWrites(script: string, base: number): Write[] {
  const writes: Write[] = [];
  // Line continuations become spaces of the same length, so `>> \<newline> $GITHUB_ENV` reads as
  // one command and offsets stay exact.
  const { commands } = parseShell(
    script.replace(/\\\r?\n/g, (m) => ' '.repeat(m.length)),
    (i) => base + i,
  );
  const pipelineSizes = new Map<number, number>();
  for (const c of commands) pipelineSizes.set(c.pipeline, (pipelineSizes.get(c.pipeline) ?? 0) + 1);
  for (const command of commands) {
    const name = command.words[0]?.value;
    if (name === undefined) continue;
    for (const redirect of command.redirects) {
      if (!redirect.op.includes('>')) continue;
      const destination = envFileOf(redirect.target);
      if (!destination || !redirect.target) continue;
      // `echo "FOO=bar" >> $GITHUB_ENV` writes only what the workflow wrote.
      if (name === 'echo' && command.words.slice(1).every(isLiteral)) continue;
      writes.push({ destination, ...span(command, redirect.target) });
    }
    if (name === 'tee' && (pipelineSizes.get(command.pipeline) ?? 0) > 1) {
      for (const word of command.words.slice(1)) {
        const destination = envFileOf(word);
        if (destination) writes.push({ destination, ...span(command, word) });
      }
    }
  }
  return writes;
}

/** Blanks `#` comments (outside quotes) so patterns cannot match inside them; offsets stay. */
function blankComments(script: string): string {
  let out = '';
  let quote = '';
  let comment = false;
  for (let i = 0; i < script.length; i++) {
    const c = script[i] ?? '';
    if (c === '\n') {
      comment = false;
      quote = '';
    } else if (comment) {
      out += ' ';
      continue;
    } else if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(script[i - 1] ?? ''))) {
      comment = true;
      out += ' ';
      continue;
    }
    out += c;
  }
  return out;
}

const PWSH_REDIRECT = /(?<![>\w])>{1,2}\s*"?\$\{?env:(github_env|github_path)\}?"?/gi;
const PWSH_CMDLET = /\b(?:out-file|add-content|set-content|tee-object)\b[^;\n]*?"?\$\{?env:(github_env|github_path)\b\}?"?/gi;
const CMD_WRITE = /^.+?>>?\s*"?%(GITHUB_ENV|GITHUB_PATH)%"?/gim;

function regexWrites(script: string, base: number, patterns: readonly RegExp[]): Write[] {
  const writes: Write[] = [];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(script); m; m = pattern.exec(script)) {
      const lead = m[0].length - m[0].trimStart().length;
      writes.push({ destination: (m[1] ?? '').toUpperCase(), start: base + m.index + lead, end: base + m.index + m[0].length });
      if (m[0].length === 0) pattern.lastIndex++;
    }
  }
  return writes;
}

export function pwshWrites(script: string, base: number): Write[] {
  return regexWrites(blankComments(script), base, [PWSH_REDIRECT, PWSH_CMDLET]);
}

export function cmdWrites(script: string, base: number): Write[] {
  return regexWrites(script, base, [CMD_WRITE]);
}

function writesFor(shell: string, script: string, base: number): Write[] {
  if (shell === 'bash' || shell === 'sh') return bashWrites(script, base);
  if (shell === 'pwsh' || shell === 'powershell') return pwshWrites(script, base);
  if (shell === 'cmd') return cmdWrites(script, base);
  return [];
}

const DANGEROUS = new Set(['pull_request_target', 'workflow_run']);

export const githubEnv = defineWorkflowRule({
  id: 'github-env',
  name: 'github-env',
  aliases: [],
  severity: 'error',
  confidence: 'low',
  summary: 'A run: script writes to $GITHUB_ENV or $GITHUB_PATH in a workflow with a dangerous trigger.',
  fix: 'none',
  onStep(step, ctx: WorkflowRuleContext) {
    const run = step.run;
    if (!run) return;
    // Composite actions are checked whatever triggers them: their callers may be dangerous.
    if (step.job && !ctx.model.events.some((e) => DANGEROUS.has(e.name))) return;
    const script = ctx.text.slice(run.valueStart, run.valueEnd);
    if (!/GITHUB_(?:ENV|PATH)/i.test(script)) return;
    // Without a known shell, assume bash (what every non-Windows runner uses).
    const shell = stepShell(step, ctx.model) ?? 'bash';
    const where = step.job ? 'a privileged workflow' : 'an action that privileged workflows may run';
    for (const write of writesFor(shell, script, run.valueStart)) {
      const range: Range = ctx.rangeOf(write.start, write.end);
      ctx.report({
        range,
        message: `This writes to $${write.destination} in ${where}: an attacker-influenced value here can inject variables (LD_PRELOAD, NODE_OPTIONS…) or PATH entries into later steps; pass values through step outputs instead.`,
      });
    }
  },
});

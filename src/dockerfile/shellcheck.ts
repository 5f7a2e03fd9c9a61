/**
 * ShellCheck on RUN scripts, as hadolint does it, with the engine kept pure: the process that runs
 * ShellCheck is a port (`ShellcheckRunner`) that only the Node front ends provide (the CLI, and the
 * Node language server in a trusted workspace); the web worker has none and skips this.
 *
 * What ShellCheck is given, per RUN (hadolint's Shell.hs / Rule/Shellcheck.hs):
 * - a shebang for the stage's shell (`/bin/sh` by default, the `SHELL` instruction's program after
 *   it, both reset by `FROM`), then `export NAME=1` for every ARG and ENV declared earlier in the
 *   stage and for Docker's predefined proxy ARGs, so SC2154 ("referenced but not assigned") does
 *   not fire for them, then the script;
 * - SC1090, SC1091 (sourced files are in the image, not the workspace) and SC2187 (ash) excluded.
 *
 * Unlike hadolint, every finding points at the exact characters of the Dockerfile: each script
 * line keeps the document offset of every character, across continuation lines (the shell form is
 * one logical line, as Docker hands it to the shell), heredoc bodies and the JSON string of
 * `RUN ["sh", "-c", "…"]`. Two more differences, both because Docker behaves so: a stage built
 * `FROM` an earlier stage inherits that stage's SHELL and ENV names, and global ARGs (before the
 * first FROM) are not exported, since a RUN does not see them unless the stage declares them
 * again. Shells ShellCheck does not know (zsh, PowerShell, cmd) are skipped.
 */
import { type DrydockConfig, ruleSetting } from '../engine/config';
import { looksBinary } from '../engine/lint';
import type { RuleMeta } from '../engine/rule';
import { SuppressionIndex } from '../engine/suppressions';
import { type LineIndex, lineIndexOf, utf16Index } from '../engine/text';
import type { Finding, Fix, Severity, TextEdit } from '../engine/types';
import type { Heredoc, Instruction } from './model';
import { parseDockerfile } from './parse';
import { execForm } from './scripts';

/** The dialects ShellCheck checks (`--shell=`). */
export type ShellcheckShell = 'sh' | 'bash' | 'dash' | 'ksh';

export type ShellcheckLevel = 'error' | 'warning' | 'info' | 'style';

/** One edit of a ShellCheck fix (`--format=json1`); lines and columns are 1-based, in characters. */
export interface ShellcheckReplacement {
  readonly line: number;
  readonly endLine: number;
  readonly column: number;
  readonly endColumn: number;
  readonly insertionPoint?: 'afterEnd' | 'beforeStart';
  readonly precedence?: number;
  readonly replacement: string;
}

/** A comment of ShellCheck's `--format=json1` output; lines and columns 1-based, end exclusive. */
export interface ShellcheckComment {
  readonly file: string;
  readonly line: number;
  readonly endLine: number;
  readonly column: number;
  readonly endColumn: number;
  readonly level: ShellcheckLevel;
  readonly code: number;
  readonly message: string;
  readonly fix?: { readonly replacements: readonly ShellcheckReplacement[] } | null;
}

/**
 * Runs ShellCheck on one script. Resolves to undefined when ShellCheck could not run (no binary,
 * a timeout, unreadable output); never rejects. `peek` answers from a cache without running
 * anything (undefined when the script is not cached), so a front end can show the findings of
 * unchanged RUNs at once while the others are checked.
 */
export type ShellcheckRunner = ((script: string, shell: ShellcheckShell) => Promise<readonly ShellcheckComment[] | undefined>) & {
  readonly peek?: (script: string, shell: ShellcheckShell) => readonly ShellcheckComment[] | undefined;
};

/** Excluded as hadolint does: the sourced files are in the image, and ash is checked as dash. */
export const SHELLCHECK_EXCLUDED: readonly number[] = [1090, 1091, 2187];

/** Docker's predefined ARGs, which every RUN may use without declaring them (hadolint exports them). */
const PREDEFINED_ARGS = [
  'HTTP_PROXY',
  'http_proxy',
  'HTTPS_PROXY',
  'https_proxy',
  'FTP_PROXY',
  'ftp_proxy',
  'NO_PROXY',
  'no_proxy',
  'ALL_PROXY',
  'all_proxy',
];

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const HEREDOC_MARKER = /<<-?(["']?)[A-Za-z_][\w.-]*\1/g;

/** One line of the script ShellCheck sees. */
interface ScriptLine {
  readonly text: string;
  /** Document offset of each UTF-16 unit of `text`; absent for a line Drydock added (shebang, exports). */
  readonly offsets?: readonly number[];
  /** Document offset just past the line's last character. */
  readonly end?: number;
  /** ShellCheck's replacements may be written into the document as they are (not inside JSON). */
  readonly editable?: boolean;
  /** A replacement may add a line break here (a heredoc body line, not a one-line RUN). */
  readonly multiline?: boolean;
}

export interface ShellcheckJob {
  readonly instruction: Instruction;
  readonly shell: ShellcheckShell;
  /** The text given to ShellCheck: shebang, exports, then the RUN's script. */
  readonly script: string;
  readonly lines: readonly ScriptLine[];
}

export interface ShellcheckPlan {
  /** One ShellCheck run per RUN script (a heredoc-only RUN may have several). */
  readonly jobs: readonly ShellcheckJob[];
  /** Turns each job's comments (undefined: ShellCheck did not run) into findings. */
  resolve(results: readonly (readonly ShellcheckComment[] | undefined)[]): { findings: Finding[]; suppressed: number };
}

const SEVERITY: Readonly<Record<ShellcheckLevel, Severity>> = { error: 'error', warning: 'warning', info: 'info', style: 'info' };

export function shellcheckDocsUrl(code: number): string {
  return `https://www.shellcheck.net/wiki/SC${code}`;
}

/** The rule metadata an `SC<code>` finding is configured by (`rules: { SC2086: off }`, `SC*`). */
export function shellcheckRuleMeta(code: number, level: ShellcheckLevel = 'warning'): RuleMeta {
  return {
    id: `SC${code}`,
    name: `shellcheck-${code}`,
    aliases: [],
    category: 'dockerfile',
    severity: SEVERITY[level],
    confidence: 'medium',
    summary: 'ShellCheck finding in a RUN script',
    fix: 'unsafe',
  };
}

/** Whether ShellCheck runs for this file at all under `config`. */
export function shellcheckEnabled(config: DrydockConfig): boolean {
  return config.enable && config.dockerfile.enable && config.dockerfile.shellcheck;
}

/** The dialect of a shell program (`/bin/bash`, `ash`…), or undefined when ShellCheck cannot check it. */
export function shellcheckShellOf(program: string | undefined): ShellcheckShell | undefined {
  const base = (program ?? '').replace(/^.*[/\\]/, '').replace(/\.exe$/i, '');
  switch (base) {
    case 'sh':
    case 'busybox':
      return 'sh';
    case 'bash':
      return 'bash';
    case 'dash':
    case 'ash':
      return 'dash';
    case 'ksh':
    case 'mksh':
    case 'ksh93':
    case 'pdksh':
      return 'ksh';
    default:
      return undefined;
  }
}

/** The program of a command line given as words, looking through `/usr/bin/env`. */
function programOf(words: readonly string[]): string | undefined {
  const first = words[0];
  if (first !== undefined && /(?:^|\/)env$/.test(first)) return words.find((w, i) => i > 0 && !w.startsWith('-') && !w.includes('='));
  return first;
}

function shebangShell(body: string): ShellcheckShell | 'none' | undefined {
  const first = body.split('\n', 1)[0]?.replace(/\r$/, '') ?? '';
  if (!first.startsWith('#!')) return 'none';
  return shellcheckShellOf(programOf(first.slice(2).trim().split(/\s+/)));
}

/** The names an ARG or ENV instruction declares. */
function declaredNames(inst: Instruction): string[] {
  const names: string[] = [];
  if (inst.keyword === 'ENV' && inst.operands[0] && !inst.operands[0].value.includes('=')) {
    // Legacy `ENV NAME value with spaces`: one name.
    names.push(inst.operands[0].value);
  } else {
    for (const w of inst.operands) names.push(w.value.split('=', 1)[0] ?? '');
  }
  return names.filter((n) => NAME.test(n));
}

/** A mapped line: `text` with the document offset of each of its characters. */
function mapped(text: string, offsets: readonly number[], end: number, editable: boolean, multiline: boolean): ScriptLine {
  return { text, offsets, end, editable, multiline };
}

/** The lines of a heredoc body, each mapped to the document (a CR before the LF is dropped). */
function bodyLines(heredoc: Heredoc): ScriptLine[] {
  const out: ScriptLine[] = [];
  let start = 0;
  const { body, bodyStart } = heredoc;
  while (start < body.length) {
    let nl = body.indexOf('\n', start);
    if (nl < 0) nl = body.length;
    let stop = nl;
    if (stop > start && body.charCodeAt(stop - 1) === 13) stop--;
    const offsets: number[] = [];
    for (let k = start; k < stop; k++) offsets.push(bodyStart + k);
    out.push(mapped(body.slice(start, stop), offsets, bodyStart + stop, true, true));
    start = nl + 1;
  }
  return out;
}

/** The terminator line of a heredoc, as written (leading tabs of `<<-` included). */
function terminatorLine(heredoc: Heredoc, text: string): ScriptLine {
  let stop = heredoc.bodyEnd;
  while (stop < text.length && text[stop] !== '\n' && text[stop] !== '\r') stop++;
  const offsets: number[] = [];
  for (let k = heredoc.bodyEnd; k < stop; k++) offsets.push(k);
  return mapped(text.slice(heredoc.bodyEnd, stop), offsets, stop, true, true);
}

/** Decodes the JSON string literal at `src[start]` (a `"`), keeping the source index of each unit. */
function decodeJsonString(src: string, start: number): { value: string; at: number[]; close: number } | undefined {
  let value = '';
  const at: number[] = [];
  const simple: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
  for (let i = start + 1; i < src.length; i++) {
    const c = src[i] ?? '';
    if (c === '"') return { value, at, close: i };
    if (c !== '\\') {
      value += c;
      at.push(i);
      continue;
    }
    const e = src[i + 1] ?? '';
    if (e === 'u') {
      const hex = src.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return undefined;
      value += String.fromCharCode(parseInt(hex, 16));
      at.push(i);
      i += 5;
    } else {
      const decoded = simple[e];
      if (decoded === undefined) return undefined;
      value += decoded;
      at.push(i);
      i++;
    }
  }
  return undefined;
}

interface ExecScript {
  readonly shell: ShellcheckShell;
  readonly lines: ScriptLine[];
}

/**
 * `RUN ["sh", "-c", "script"]` (also `bash -ec`, `bash -o pipefail -c`, `/usr/bin/env bash -c`):
 * the script string, mapped through the JSON escapes. Undefined for exec form without a shell.
 */
function execScript(inst: Instruction, from: number, values: readonly string[]): ExecScript | undefined {
  let i = 0;
  if (/(?:^|\/)env$/.test(values[0] ?? '')) i++;
  const shell = shellcheckShellOf(values[i]);
  if (!shell) return undefined;
  i++;
  let scriptIndex = -1;
  while (i < values.length) {
    const v = values[i] ?? '';
    if (/^-[A-Za-z]*c[A-Za-z]*$/.test(v)) {
      scriptIndex = i + 1;
      break;
    }
    if (v === '-o' || v === '+o' || v === '-O' || v === '+O') i += 2;
    else if (/^[-+]/.test(v)) i++;
    else break;
  }
  if (scriptIndex < 0 || scriptIndex >= values.length) return undefined;
  // The literals in source order; the script is the one at scriptIndex.
  const literals = [...inst.argsText.slice(from).matchAll(/"(?:[^"\\]|\\.)*"/g)];
  const literal = literals[scriptIndex];
  if (!literal) return undefined;
  const decoded = decodeJsonString(inst.argsText, from + literal.index);
  if (!decoded || decoded.value !== values[scriptIndex]) return undefined;
  const offsetOf = (argsIndex: number) => inst.argsOffsets.at(argsIndex) ?? inst.end;
  const lines: ScriptLine[] = [];
  let lineStart = 0;
  for (let k = 0; k <= decoded.value.length; k++) {
    if (k < decoded.value.length && decoded.value[k] !== '\n') continue;
    const offsets = decoded.at.slice(lineStart, k).map(offsetOf);
    const end = offsetOf(k < decoded.value.length ? (decoded.at[k] ?? decoded.close) : decoded.close);
    lines.push(mapped(decoded.value.slice(lineStart, k), offsets, end, false, false));
    lineStart = k + 1;
  }
  return { shell, lines };
}

function prelude(shell: ShellcheckShell, vars: ReadonlySet<string>): ScriptLine[] {
  return [{ text: `#!/bin/${shell}` }, ...[...vars].sort().map((name) => ({ text: `export ${name}=1` }))];
}

function job(instruction: Instruction, shell: ShellcheckShell, lines: ScriptLine[]): ShellcheckJob {
  return { instruction, shell, lines, script: `${lines.map((l) => l.text).join('\n')}\n` };
}

/** The ShellCheck jobs of one RUN under the stage's shell (undefined: not a shell ShellCheck knows). */
function jobsForRun(inst: Instruction, stageShell: ShellcheckShell | undefined, vars: ReadonlySet<string>, text: string): ShellcheckJob[] {
  // Leading flags (--mount=…, --network=…) are BuildKit's, not the script's.
  const firstOperand = inst.operands[0];
  const from = firstOperand ? inst.argsOffsets.indexOf(firstOperand.start) : -1;
  if (from < 0) return [];
  const rest = inst.argsText.slice(from);
  const trimmed = rest.trim();

  if (trimmed.startsWith('[') && trimmed.endsWith(']') && inst.heredocs.length === 0) {
    let values: unknown;
    try {
      values = JSON.parse(trimmed);
    } catch {
      values = undefined;
    }
    if (Array.isArray(values) && values.every((v) => typeof v === 'string')) {
      // Exec form runs no shell unless it names one; SHELL does not apply.
      const exec = execScript(inst, from, values);
      return exec ? [job(inst, exec.shell, [...prelude(exec.shell, vars), ...exec.lines])] : [];
    }
  }
  if (inst.heredocs.some((h) => !h.terminated)) return []; // a syntax problem already reported

  const argsLine = (): ScriptLine => {
    const offsets = inst.argsOffsets.slice(from).toArray();
    const last = offsets[offsets.length - 1];
    return mapped(rest, offsets, last === undefined ? inst.keywordEnd : last + 1, true, false);
  };

  if (inst.heredocs.length > 0 && rest.replace(HEREDOC_MARKER, '').trim() === '') {
    // `RUN <<EOF`: each body is a script of its own, run by its shebang's interpreter or the shell.
    const jobs: ShellcheckJob[] = [];
    for (const heredoc of inst.heredocs) {
      const own = shebangShell(heredoc.body);
      const lines = bodyLines(heredoc);
      if (own === 'none') {
        if (stageShell) jobs.push(job(inst, stageShell, [...prelude(stageShell, vars), ...lines]));
      } else if (own !== undefined) {
        // Keep the body's own shebang on line 1 (ShellCheck wants it there), the exports after it.
        const [shebang, ...restLines] = lines;
        if (shebang) jobs.push(job(inst, own, [shebang, ...prelude(own, vars).slice(1), ...restLines]));
      }
    }
    return jobs;
  }

  if (!stageShell) return [];
  if (trimmed === '') return [];
  // Shell form; with heredocs (`RUN cat <<EOF > /x`) the shell gets the bodies and terminators too.
  const lines: ScriptLine[] = [...prelude(stageShell, vars), argsLine()];
  for (const heredoc of inst.heredocs) lines.push(...bodyLines(heredoc), terminatorLine(heredoc, text));
  return [job(inst, stageShell, lines)];
}

interface StageState {
  shell: ShellcheckShell | undefined;
  /** ARG and ENV names visible to a RUN. */
  readonly vars: Set<string>;
  /** ENV names, which a stage built FROM this one inherits. */
  readonly env: Set<string>;
}

/** `# hadolint shell=bash` anywhere in the file sets the default shell, as for hadolint's shell rules. */
function pragmaShell(text: string): string | undefined {
  if (!text.includes('hadolint')) return undefined;
  return /^\s*#\s*hadolint\s+shell\s*=\s*(\S+)/m.exec(text)?.[1];
}

/** Every ShellCheck job of a Dockerfile, in document order. */
export function shellcheckJobs(text: string): ShellcheckJob[] {
  const dockerfile = parseDockerfile(text);
  const pragma = pragmaShell(text);
  const defaultShell = pragma === undefined ? 'sh' : shellcheckShellOf(pragma);
  const stagesByName = new Map<string, StageState>();
  const jobs: ShellcheckJob[] = [];
  let stage: StageState | undefined;
  for (const inst of dockerfile.instructions) {
    switch (inst.keyword) {
      case 'FROM': {
        const base = stagesByName.get(inst.operands[0]?.value.toLowerCase() ?? '');
        const env = new Set(base?.env ?? []);
        stage = { shell: base ? base.shell : defaultShell, vars: new Set([...PREDEFINED_ARGS, ...env]), env };
        const as = inst.operands[1]?.value.toUpperCase() === 'AS' ? inst.operands[2]?.value.toLowerCase() : undefined;
        if (as) stagesByName.set(as, stage);
        break;
      }
      case 'ARG':
        for (const name of declaredNames(inst)) stage?.vars.add(name);
        break;
      case 'ENV':
        for (const name of declaredNames(inst)) {
          stage?.vars.add(name);
          stage?.env.add(name);
        }
        break;
      case 'SHELL':
        if (stage) {
          const words = execForm(inst)?.map((w) => w.value) ?? [];
          stage.shell = shellcheckShellOf(programOf(words));
        }
        break;
      case 'RUN':
        if (stage) jobs.push(...jobsForRun(inst, stage.shell, new Set(stage.vars), text));
        break;
      default:
        break;
    }
  }
  return jobs;
}

/** The document offset of a ShellCheck position (1-based line and column); undefined off the document. */
function offsetOf(lines: readonly ScriptLine[], line: number, column: number, side: 'start' | 'end' | 'insert-after'): number | undefined {
  const l = lines[line - 1];
  if (!l?.offsets || l.end === undefined) return undefined;
  const idx = utf16Index(l.text, Math.max(0, column - 1));
  // An end (or an insertion after the previous character) sticks to the character before it, so
  // a range ending before a line continuation does not stretch over it.
  if (side !== 'start' && idx > 0) return (l.offsets[idx - 1] ?? l.end - 1) + 1;
  return idx < l.text.length ? (l.offsets[idx] ?? l.end) : l.end;
}

function scriptSlice(lines: readonly ScriptLine[], r: ShellcheckReplacement): string | undefined {
  const first = lines[r.line - 1];
  const last = lines[r.endLine - 1];
  if (!first || !last) return undefined;
  const s = utf16Index(first.text, r.column - 1);
  const e = utf16Index(last.text, r.endColumn - 1);
  if (r.line === r.endLine) return first.text.slice(s, e);
  const middle = lines.slice(r.line, r.endLine - 1).map((l) => l.text);
  return [first.text.slice(s), ...middle, last.text.slice(0, e)].join('\n');
}

/** ShellCheck's fix as an unsafe Drydock fix, when it can be written into the Dockerfile as is. */
function toFix(job: ShellcheckJob, comment: ShellcheckComment, text: string, index: LineIndex): Fix | undefined {
  const replacements = comment.fix?.replacements;
  if (!replacements || replacements.length === 0) return undefined;
  const edits: TextEdit[] = [];
  for (const r of replacements) {
    const first = job.lines[r.line - 1];
    const last = job.lines[r.endLine - 1];
    if (!first?.editable || !last?.editable) return undefined;
    if (/[\r\n]/.test(r.replacement) && !(first.multiline && last.multiline)) return undefined;
    let start: number | undefined;
    let end: number | undefined;
    if (r.line === r.endLine && r.column === r.endColumn) {
      start = end = offsetOf(job.lines, r.line, r.column, r.insertionPoint === 'afterEnd' ? 'insert-after' : 'start');
    } else {
      start = offsetOf(job.lines, r.line, r.column, 'start');
      end = offsetOf(job.lines, r.endLine, r.endColumn, 'end');
      // The Dockerfile must hold exactly the replaced script text (no continuation in between).
      if (start === undefined || end === undefined || text.slice(start, end) !== scriptSlice(job.lines, r)) return undefined;
    }
    if (start === undefined || end === undefined) return undefined;
    edits.push({ range: index.range(start, end), newText: r.replacement });
  }
  return { title: `Apply ShellCheck's fix for SC${comment.code}`, applicability: 'unsafe', edits };
}

/** The engine's order: line, column, rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.ruleId.localeCompare(b.ruleId);
}

/** The engine's findings and ShellCheck's, in the engine's order. */
export function mergeFindings(engine: readonly Finding[], shellcheck: readonly Finding[]): Finding[] {
  return shellcheck.length === 0 ? [...engine] : [...engine, ...shellcheck].sort(compareFindings);
}

/** The ShellCheck jobs of a Dockerfile under `config`, and how to turn their output into findings. */
export function planShellcheck(text: string, config: DrydockConfig): ShellcheckPlan {
  const off = !shellcheckEnabled(config) || text.length > config.secrets.maxFileSizeKb * 1024 || looksBinary(text);
  const jobs = off ? [] : shellcheckJobs(text);
  return {
    jobs,
    resolve(results) {
      const index = lineIndexOf(text);
      let suppressions: SuppressionIndex | undefined;
      const findings: Finding[] = [];
      let suppressed = 0;
      jobs.forEach((j, i) => {
        for (const comment of results[i] ?? []) {
          if (SHELLCHECK_EXCLUDED.includes(comment.code)) continue;
          const meta = shellcheckRuleMeta(comment.code, comment.level);
          const setting = ruleSetting(meta, config);
          if (setting === 'off') continue;
          const start = offsetOf(j.lines, comment.line, comment.column, 'start');
          const rawEnd = offsetOf(j.lines, comment.endLine, comment.endColumn, 'end');
          if (start === undefined) continue; // on the shebang or an export Drydock added
          const end = rawEnd === undefined || rawEnd < start ? start : rawEnd;
          const fix = toFix(j, comment, text, index);
          const finding: Finding = {
            ruleId: meta.id,
            aliases: [],
            category: 'dockerfile',
            severity: setting ?? meta.severity,
            confidence: 'medium',
            message: comment.message,
            range: index.range(start, end),
            docsUrl: shellcheckDocsUrl(comment.code),
            fixes: fix ? [fix] : [],
            related: [],
            tags: [],
          };
          suppressions ??= SuppressionIndex.build(text, 'dockerfile', index);
          // A comment above the RUN (`# hadolint ignore=SC2086`) covers the whole instruction,
          // heredoc bodies included, as in hadolint; other ignores work on the finding's own lines.
          const head = index.range(j.instruction.start, j.instruction.start);
          if (suppressions.isSuppressed(finding) || suppressions.isSuppressed({ ...finding, range: head })) suppressed++;
          else findings.push(finding);
        }
      });
      findings.sort(compareFindings);
      return { findings, suppressed };
    },
  };
}

/**
 * ShellCheck's findings for a Dockerfile: one runner call per RUN script, all started at once (the
 * runner bounds how many processes run together), mapped back to the document, with inline ignores
 * and `rules:` settings applied. Empty when `dockerfile.shellcheck` (or the Dockerfile domain) is off.
 */
export async function lintShellcheck(text: string, config: DrydockConfig, runner: ShellcheckRunner): Promise<Finding[]> {
  const plan = planShellcheck(text, config);
  if (plan.jobs.length === 0) return [];
  const results = await Promise.all(plan.jobs.map((j) => runner(j.script, j.shell).catch(() => undefined)));
  return plan.resolve(results).findings;
}

/**
 * ShellCheck on `run:` scripts (actionlint's `shellcheck` check), with the engine kept pure: this
 * module plans the runs and maps the results back; the process is the same `ShellcheckRunner` port
 * the Dockerfile check uses (the CLI, and the Node language server in a trusted workspace).
 *
 * What ShellCheck is given, as actionlint gives it:
 * - only steps whose shell is `bash` or `sh`: the step's `shell:`, else the job's
 *   `defaults.run.shell`, else the workflow's, else bash, except on a Windows runner (PowerShell
 *   there); `pwsh`, `python`, `cmd` and shells set by an expression are skipped. A custom shell
 *   template (`bash -e {0}`) is checked with its program's dialect (actionlint skips those);
 * - a first line with the options GitHub runs the shell with (`set -eo pipefail` for bash,
 *   `set -e` for sh), then the script with every `${{ … }}` replaced by underscores of the same
 *   length, so the script keeps its shape and every column maps back;
 * - SC1091, SC2043, SC2050, SC2153, SC2154, SC2157 and SC2194 are dropped, as actionlint drops them
 *   (sourced files are not in the workspace; the placeholders look like constants; `env:` sets
 *   the variables ShellCheck thinks unassigned).
 *
 * Unlike actionlint, which reports every finding at `run:` with the script position in the text,
 * each finding points at the exact characters of the YAML: the script's characters are aligned with
 * the document through the scalar's indentation, quoting escapes and line folding. When they cannot
 * be aligned exactly, the finding is reported on the `run` key with the script position in the
 * message. Findings are `SC<code>` rules, as for Dockerfiles, with the alias `shellcheck`.
 */
import { type DrydockConfig, ruleSetting } from '../engine/config';
import { looksBinary } from '../engine/lint';
import type { RuleMeta } from '../engine/rule';
import { ignoredByConfig, SuppressionIndex } from '../engine/suppressions';
import { type LineIndex, lineIndexOf, utf16Index } from '../engine/text';
import type { Finding, Fix, TextEdit } from '../engine/types';
import {
  compareFindings,
  shellcheckDocsUrl,
  shellcheckRuleMeta,
  type ShellcheckComment,
  type ShellcheckLevel,
  type ShellcheckReplacement,
  type ShellcheckRunner,
  type ShellcheckShell,
} from '../dockerfile/shellcheck';
import { parseWorkflow } from './lint-workflow';
import type { JobModel, StepModel, WorkflowModel } from './model';
import { deref, listOf, mapOf, pairOf, scalarOf, type YNode, type YScalar } from './yaml/node';

/** The codes actionlint (1.7.12) excludes on `run:` scripts. */
export const WORKFLOW_SHELLCHECK_EXCLUDED: ReadonlySet<number> = new Set([1091, 2043, 2050, 2153, 2154, 2157, 2194]);

export interface WorkflowShellcheckJob {
  readonly script: string;
  readonly shell: ShellcheckShell;
  /** The `run` scalar as written, its value with `${{ }}` masked, and each character's offset. */
  readonly run: YScalar;
  readonly masked: string;
  /** Document offset of each UTF-16 unit of the value; undefined when it could not be aligned. */
  readonly offsets?: Int32Array;
  /** Start (in the value) of each of its lines. */
  readonly lineStarts: readonly number[];
  /** Where a finding goes when the script cannot be aligned: the `run` key. */
  readonly anchor: { readonly start: number; readonly end: number };
}

/** What the Dockerfile and workflow ShellCheck plans share: front ends run either the same way. */
export interface ShellcheckPlanLike {
  readonly jobs: readonly { readonly script: string; readonly shell: ShellcheckShell }[];
  resolve(results: readonly (readonly ShellcheckComment[] | undefined)[]): { findings: Finding[]; suppressed: number };
}

export interface WorkflowShellcheckPlan {
  readonly jobs: readonly WorkflowShellcheckJob[];
  /** Turns each job's comments (undefined: ShellCheck did not run) into findings. */
  resolve(results: readonly (readonly ShellcheckComment[] | undefined)[]): { findings: Finding[]; suppressed: number };
}

/** Whether ShellCheck runs on workflow scripts at all under `config`. */
export function workflowShellcheckEnabled(config: DrydockConfig): boolean {
  return config.enable && config.workflow.enable && config.workflow.shellcheck;
}

/** The rule metadata of an `SC<code>` finding in a workflow (configured by `SC2086`, `SC*`, `shellcheck`). */
export function workflowShellcheckMeta(code: number, level: ShellcheckLevel = 'warning'): RuleMeta {
  return {
    ...shellcheckRuleMeta(code, level),
    category: 'workflow',
    aliases: ['shellcheck'],
    summary: 'ShellCheck finding in a run: script',
  };
}

/** What GitHub runs a `shell:` value with, as far as ShellCheck is concerned. */
function dialectOf(shell: string): { shell: ShellcheckShell; prelude: string } | undefined {
  const value = shell.trim();
  if (value.includes('${{')) return undefined;
  if (value === 'bash') return { shell: 'bash', prelude: 'set -eo pipefail' };
  if (value === 'sh') return { shell: 'sh', prelude: 'set -e' };
  if (!value.includes('{0}')) return undefined;
  // A custom template: `bash -e {0}`, `/usr/bin/bash --noprofile {0}`. Its flags are its own, so
  // the first line is a no-op that only keeps the line numbering the same.
  const words = value.split(/\s+/);
  const program = (/(?:^|\/)env$/.test(words[0] ?? '') ? words[1] : words[0])?.replace(/^.*\//, '');
  if (program === 'bash') return { shell: 'bash', prelude: ':' };
  if (program === 'sh') return { shell: 'sh', prelude: ':' };
  return undefined;
}

function defaultsShell(node: YNode | undefined): YScalar | undefined {
  return scalarOf(mapOf(mapOf(node, 'defaults'), 'run'), 'shell');
}

function runsOnWindows(job: JobModel): boolean {
  const runsOn = deref(job.runsOn);
  const labels = runsOn?.kind === 'map' ? deref(pairOf(runsOn, 'labels')?.value) : runsOn;
  return listOf(labels).some((item) => {
    const s = deref(item);
    const label = s?.kind === 'scalar' ? s.value.toLowerCase() : '';
    return label === 'windows' || label.startsWith('windows-');
  });
}

/** The shell a step runs under (see the header), or undefined when ShellCheck cannot check it. */
function stepShell(step: StepModel, model: WorkflowModel): string | undefined {
  if (step.shell) return step.shell.value;
  const job = step.job;
  // Composite action steps must name their shell; GitHub rejects them otherwise.
  if (!job) return undefined;
  const jobDefault = defaultsShell(job.node);
  if (jobDefault) return jobDefault.value;
  const workflowDefault = model.root ? defaultsShell(model.root) : undefined;
  if (workflowDefault) return workflowDefault.value;
  return runsOnWindows(job) ? undefined : 'bash';
}

/** `${{ … }}` replaced by underscores (line breaks kept), as actionlint masks them. */
export function maskExpressions(script: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = script.indexOf('${{', from);
    if (open < 0) break;
    const close = script.indexOf('}}', open + 3);
    if (close < 0) break;
    out += script.slice(from, open) + script.slice(open, close + 2).replace(/[^\n]/g, '_');
    from = close + 2;
  }
  return from === 0 ? script : out + script.slice(from);
}

interface Token {
  readonly ch: string;
  readonly offset: number;
}

interface SourceLine {
  readonly tokens: readonly Token[];
  /** Offset of the line break after the line (or of the region's end). */
  readonly end: number;
}

const DOUBLE_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\',
  '"': '"',
  '/': '/',
  ' ': ' ',
  '\t': '\t',
  n: '\n',
  t: '\t',
  r: '\r',
  '0': '\0',
  a: '\u0007',
  b: '\b',
  e: '\u001b',
  f: '\f',
  v: '\v',
};

/** The characters of one source line of a scalar, unescaped; undefined for escapes not handled. */
function tokensOf(text: string, from: number, to: number, style: YScalar['style']): Token[] | undefined {
  const tokens: Token[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i] ?? '';
    if (style === 'single' && c === "'" && text[i + 1] === "'") {
      tokens.push({ ch: "'", offset: i });
      i++;
    } else if (style === 'double' && c === '\\') {
      const decoded = DOUBLE_ESCAPES[text[i + 1] ?? ''];
      // `\x41`, `\u…` and an escaped line break are rare in scripts: not aligned.
      if (decoded === undefined) return undefined;
      tokens.push({ ch: decoded, offset: i });
      i++;
    } else tokens.push({ ch: c, offset: i });
  }
  return tokens;
}

/** The scalar's region as lines of tokens, each stripped of the indentation `indent` (block) or trimmed (flow). */
function sourceLines(text: string, scalar: YScalar, indent: number): SourceLine[] | undefined {
  const block = scalar.style === 'literal' || scalar.style === 'folded';
  const lines: SourceLine[] = [];
  let start = scalar.valueStart;
  const stop = scalar.valueEnd;
  while (start < stop || (start === stop && lines.length === 0)) {
    let nl = text.indexOf('\n', start);
    if (nl < 0 || nl > stop) nl = stop;
    let end = nl;
    if (end > start && text[end - 1] === '\r') end--;
    let from = start;
    let to = end;
    if (block) {
      let spaces = 0;
      while (from + spaces < to && spaces < indent && text[from + spaces] === ' ') spaces++;
      from += spaces;
    } else {
      // Flow scalars: continuation lines lose their leading blanks, every line but the last its trailing ones.
      if (lines.length > 0) while (from < to && (text[from] === ' ' || text[from] === '\t')) from++;
      if (nl < stop) while (to > from && (text[to - 1] === ' ' || text[to - 1] === '\t')) to--;
    }
    const tokens = tokensOf(text, from, to, scalar.style);
    if (!tokens) return undefined;
    lines.push({ tokens, end });
    if (nl >= stop) break;
    start = nl + 1;
  }
  return lines;
}

/** Aligns `value` with source lines; undefined unless every character of the value is accounted for. */
function align(value: string, lines: readonly SourceLine[]): Int32Array | undefined {
  const offsets = new Int32Array(value.length).fill(-1);
  let v = 0;
  lines.forEach((line, i) => {
    if (v < 0) return;
    if (line.tokens.length === 0) {
      if (value[v] === '\n') offsets[v++] = line.end;
      return;
    }
    for (const t of line.tokens) {
      if (value[v] !== t.ch) {
        v = -1;
        return;
      }
      offsets[v++] = t.offset;
    }
    if (i < lines.length - 1 && (value[v] === ' ' || value[v] === '\n')) offsets[v++] = line.end;
  });
  if (v < 0) return undefined;
  const last = lines[lines.length - 1]?.end ?? 0;
  while (v < value.length && value[v] === '\n') offsets[v++] = last;
  return v === value.length ? offsets : undefined;
}

/** Document offsets of every character of a scalar's value, or undefined when not exactly known. */
export function scalarOffsets(text: string, scalar: YScalar): Int32Array | undefined {
  const value = scalar.value;
  if (scalar.style !== 'literal' && scalar.style !== 'folded') {
    const lines = sourceLines(text, scalar, 0);
    return lines && align(value, lines);
  }
  // The block's indentation is that of its first non-blank line, unless an explicit indicator
  // (`|2`) makes it smaller: try from the largest candidate down.
  const body = text.slice(scalar.valueStart, scalar.valueEnd);
  const first = /^(?:[ \t]*\r?\n)*( *)\S/.exec(body);
  const widest = first?.[1]?.length ?? 0;
  for (let indent = widest; indent >= Math.max(0, widest - 9); indent--) {
    const lines = sourceLines(text, scalar, indent);
    const offsets = lines && align(value, lines);
    if (offsets) return offsets;
  }
  return undefined;
}

function lineStartsOf(value: string): number[] {
  const starts = [0];
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function jobFor(step: StepModel, model: WorkflowModel, text: string): WorkflowShellcheckJob | undefined {
  const run = step.run;
  if (!run || run.typed === null || run.value.trim() === '') return undefined;
  const shell = stepShell(step, model);
  const dialect = shell === undefined ? undefined : dialectOf(shell);
  if (!dialect) return undefined;
  const masked = maskExpressions(run.value);
  const key = pairOf(step.node, 'run')?.key;
  const offsets = scalarOffsets(text, run);
  return {
    shell: dialect.shell,
    script: `${dialect.prelude}\n${masked}${masked.endsWith('\n') ? '' : '\n'}`,
    run,
    masked,
    ...(offsets ? { offsets } : {}),
    lineStarts: lineStartsOf(masked),
    anchor: key ? { start: key.start, end: key.end } : { start: run.start, end: run.start },
  };
}

/** Every ShellCheck job of a workflow or action.yml, in document order. */
export function workflowShellcheckJobs(text: string, kind: 'workflow' | 'action'): WorkflowShellcheckJob[] {
  const { model } = parseWorkflow(text, kind);
  if (!model) return [];
  const steps =
    kind === 'workflow' ? model.jobs.flatMap((j) => j.steps) : model.action?.using?.value === 'composite' ? model.actionSteps : [];
  const jobs: WorkflowShellcheckJob[] = [];
  for (const step of steps) {
    const job = jobFor(step, model, text);
    if (job) jobs.push(job);
  }
  return jobs;
}

/** Index into the masked value of a ShellCheck position (line 1 is the prelude); undefined there. */
function valueIndex(job: WorkflowShellcheckJob, line: number, column: number): number | undefined {
  const start = job.lineStarts[line - 2];
  if (start === undefined) return undefined;
  const next = job.lineStarts[line - 1];
  const lineText = job.masked.slice(start, next === undefined ? job.masked.length : next - 1);
  return start + utf16Index(lineText, Math.max(0, column - 1));
}

/** Document offsets for a value range [from, to); undefined when the value is not aligned. */
function docSpan(job: WorkflowShellcheckJob, from: number, to: number): { start: number; end: number } | undefined {
  const offsets = job.offsets;
  if (!offsets) return undefined;
  const at = (i: number) => (i < offsets.length ? offsets[i] : undefined);
  const start = at(from) ?? (from > 0 ? (at(from - 1) ?? -2) + 1 : undefined);
  const end = to > from ? (at(to - 1) ?? -2) + 1 : start;
  if (start === undefined || end === undefined || start < 0 || end < start) return undefined;
  return { start, end };
}

/**
 * ShellCheck's fix as an unsafe fix, where it can be written into the YAML as is: only in literal
 * (`|`) blocks and plain one-liners (a quote added inside a quoted scalar would end it), only
 * where the document holds exactly the replaced script text (no `${{ }}`, escape or folded break).
 */
function toFix(job: WorkflowShellcheckJob, comment: ShellcheckComment, text: string, index: LineIndex): Fix | undefined {
  const replacements: readonly ShellcheckReplacement[] = comment.fix?.replacements ?? [];
  const style = job.run.style;
  if (replacements.length === 0 || (style !== 'literal' && style !== 'plain')) return undefined;
  const edits: TextEdit[] = [];
  for (const r of replacements) {
    if (style === 'plain' && (/[\r\n#]|: /.test(r.replacement) || r.line !== r.endLine)) return undefined;
    if (/[\r\n]/.test(r.replacement)) return undefined;
    const from = valueIndex(job, r.line, r.column);
    const to = valueIndex(job, r.endLine, r.endColumn);
    if (from === undefined || to === undefined || to < from) return undefined;
    const span = docSpan(job, from, to);
    if (!span) return undefined;
    if (text.slice(span.start, span.end) !== job.masked.slice(from, to)) return undefined;
    // A plain scalar that would start with a quote becomes a quoted scalar: not the same script.
    if (style === 'plain' && span.start === job.run.valueStart && /^["']/.test(r.replacement)) return undefined;
    edits.push({ range: index.range(span.start, span.end), newText: r.replacement });
  }
  return { title: `Apply ShellCheck's fix for SC${comment.code}`, applicability: 'unsafe', edits };
}

/** The ShellCheck jobs of a workflow or action.yml under `config`, and how to turn their output into findings. */
export function planWorkflowShellcheck(
  text: string,
  kind: 'workflow' | 'action',
  path: string,
  config: DrydockConfig,
): WorkflowShellcheckPlan {
  const off = !workflowShellcheckEnabled(config) || text.length > config.secrets.maxFileSizeKb * 1024 || looksBinary(text);
  const jobs = off ? [] : workflowShellcheckJobs(text, kind);
  return {
    jobs,
    resolve(results) {
      const index = lineIndexOf(text);
      let suppressions: SuppressionIndex | undefined;
      const findings: Finding[] = [];
      let suppressed = 0;
      jobs.forEach((job, i) => {
        for (const comment of results[i] ?? []) {
          if (WORKFLOW_SHELLCHECK_EXCLUDED.has(comment.code) || comment.line < 2) continue;
          const meta = workflowShellcheckMeta(comment.code, comment.level);
          const setting = ruleSetting(meta, config);
          if (setting === 'off') continue;
          const from = valueIndex(job, comment.line, comment.column);
          const to = valueIndex(job, comment.endLine, comment.endColumn);
          const span = from === undefined ? undefined : docSpan(job, from, to === undefined || to < from ? from : to);
          // actionlint numbers script lines from the first line of `run:`.
          const scriptLine = comment.line - 1;
          const fix = span ? toFix(job, comment, text, index) : undefined;
          const finding: Finding = {
            ruleId: meta.id,
            aliases: meta.aliases,
            category: 'workflow',
            severity: setting ?? meta.severity,
            confidence: 'medium',
            message: span ? comment.message : `${comment.message} (line ${scriptLine}, column ${comment.column} of the script)`,
            range: span ? index.range(span.start, span.end) : index.range(job.anchor.start, job.anchor.end),
            docsUrl: shellcheckDocsUrl(comment.code),
            fixes: fix ? [fix] : [],
            related: [],
            tags: [],
          };
          suppressions ??= SuppressionIndex.build(text, kind, index);
          const wording = `shellcheck reported issue in this script: SC${comment.code}:${comment.level}:${scriptLine}:${comment.column}: ${comment.message.replace(/\.$/, '')}`;
          if (suppressions.isSuppressed(finding) || ignoredByConfig(finding, path, config.workflow.ignores, wording)) suppressed++;
          else findings.push(finding);
        }
      });
      findings.sort(compareFindings);
      return { findings, suppressed };
    },
  };
}

/**
 * ShellCheck's findings for a workflow or action.yml: one runner call per script, mapped back to
 * the document, with inline ignores, peer-config ignores and `rules:` settings applied.
 */
export async function lintWorkflowShellcheck(
  text: string,
  kind: 'workflow' | 'action',
  path: string,
  config: DrydockConfig,
  runner: ShellcheckRunner,
): Promise<Finding[]> {
  const plan = planWorkflowShellcheck(text, kind, path, config);
  if (plan.jobs.length === 0) return [];
  const results = await Promise.all(plan.jobs.map((j) => runner(j.script, j.shell).catch(() => undefined)));
  return plan.resolve(results).findings;
}

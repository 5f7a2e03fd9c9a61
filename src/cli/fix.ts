/**
 * `--fix`: lint, apply every non-overlapping fix of the allowed kinds, lint again, until nothing
 * changes. Fixes can enable or collide with one another, so one pass is not always enough; ten
 * bounds a rule pair that keeps undoing each other.
 */
import type { ShellcheckRunner } from '../dockerfile/shellcheck';
import { type LintResult, lint } from '../engine/lint';
import type { DrydockConfig } from '../engine/config';
import { applyEdits, rangesOverlap } from '../engine/text';
import type { Applicability, Finding, LintDocument, TextEdit } from '../engine/types';
import type { ShellcheckPlanLike } from '../workflow/shellcheck';
import { dockerfileShellcheck, workflowShellcheck } from '../engine/lazy';

export type FixMode = 'none' | 'safe' | 'all';

const MAX_PASSES = 10;

const ALLOWED: Readonly<Record<FixMode, ReadonlySet<Applicability>>> = {
  none: new Set(),
  safe: new Set(['safe']),
  all: new Set(['safe', 'unsafe']),
};

export interface FixOutcome {
  readonly text: string;
  readonly result: LintResult;
  /** How many fixes were applied over all passes. */
  readonly fixed: number;
}

/**
 * The edits of each finding's first allowed fix, skipping a fix when any of its edits overlaps
 * an edit already taken: a fix is applied whole or not at all (the next pass may still take it).
 */
export function pickFixEdits(findings: readonly Finding[], mode: FixMode): { edits: TextEdit[]; fixes: number } {
  const allowed = ALLOWED[mode];
  const edits: TextEdit[] = [];
  let fixes = 0;
  for (const finding of findings) {
    const fix = finding.fixes.find((f) => allowed.has(f.applicability) && f.edits.length > 0);
    if (!fix) continue;
    if (fix.edits.some((e) => edits.some((taken) => rangesOverlap(taken.range, e.range)))) continue;
    edits.push(...fix.edits);
    fixes++;
  }
  return { edits, fixes };
}

export function lintAndFix(doc: LintDocument, config: DrydockConfig, mode: FixMode): FixOutcome {
  let text = doc.text;
  let result = lint(doc, config);
  let fixed = 0;
  if (mode === 'none') return { text, result, fixed };
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { edits, fixes } = pickFixEdits(result.findings, mode);
    if (edits.length === 0) break;
    const next = applyEdits(text, edits).text;
    if (next === text) break;
    text = next;
    fixed += fixes;
    result = lint({ ...doc, text }, config);
  }
  return { text, result, fixed };
}

/** ShellCheck's findings for a Dockerfile's RUNs or a workflow's `run:` scripts (none for other files or without a runner). */
async function shellcheckFindings(
  path: string,
  text: string,
  result: LintResult,
  config: DrydockConfig,
  shellcheck: ShellcheckRunner | undefined,
): Promise<{ findings: Finding[]; suppressed: number }> {
  if (!shellcheck || result.skipped !== undefined) return { findings: [], suppressed: 0 };
  let plan: ShellcheckPlanLike;
  if (result.kind === 'dockerfile') plan = dockerfileShellcheck().planShellcheck(text, config);
  else if (result.kind === 'workflow' || result.kind === 'action')
    plan = workflowShellcheck().planWorkflowShellcheck(text, result.kind, path, config);
  else return { findings: [], suppressed: 0 };
  if (plan.jobs.length === 0) return { findings: [], suppressed: 0 };
  return plan.resolve(await Promise.all(plan.jobs.map((j) => shellcheck(j.script, j.shell).catch(() => undefined))));
}

/**
 * lintAndFix, then ShellCheck on the result, merged into the findings. ShellCheck's fixes are
 * unsafe, so only `--fix=all` applies them, after which the engine's fixes run again.
 *
 * Synchronous (no promise) when ShellCheck has nothing to do: most files of a big tree are neither
 * Dockerfiles nor workflows, and a caller that gets its outcome at once can report the file and
 * let go of its text before the next file, instead of holding a batch of texts across a microtask
 * turn (which made the garbage collector copy and promote megabytes of them).
 */
export function lintAndFixWithShellcheck(
  doc: LintDocument,
  config: DrydockConfig,
  mode: FixMode,
  shellcheck: ShellcheckRunner | undefined,
): FixOutcome | Promise<FixOutcome> {
  const outcome = lintAndFix(doc, config, mode);
  if (!shellcheck || (outcome.result.kind !== 'dockerfile' && outcome.result.kind !== 'workflow' && outcome.result.kind !== 'action'))
    return outcome;
  return withShellcheck(doc, config, mode, shellcheck, outcome);
}

async function withShellcheck(
  doc: LintDocument,
  config: DrydockConfig,
  mode: FixMode,
  shellcheck: ShellcheckRunner,
  linted: FixOutcome,
): Promise<FixOutcome> {
  let { text, result, fixed } = linted;
  for (let pass = 0; ; pass++) {
    const sc = await shellcheckFindings(doc.path, text, result, config, shellcheck);
    const merged: LintResult =
      sc.findings.length === 0 && sc.suppressed === 0
        ? result
        : {
            ...result,
            findings: dockerfileShellcheck().mergeFindings(result.findings, sc.findings),
            suppressed: result.suppressed + sc.suppressed,
          };
    if (mode !== 'all' || pass >= MAX_PASSES) return { text, result: merged, fixed };
    const { edits, fixes } = pickFixEdits(sc.findings, mode);
    const next = edits.length === 0 ? text : applyEdits(text, edits).text;
    if (next === text) return { text, result: merged, fixed };
    const again = lintAndFix({ ...doc, text: next }, config, mode);
    text = again.text;
    result = again.result;
    fixed += fixes + again.fixed;
  }
}

/**
 * `--fix`: lint, apply every non-overlapping fix of the allowed kinds, lint again, until nothing
 * changes. Fixes can enable or collide with one another, so one pass is not always enough; ten
 * bounds a rule pair that keeps undoing each other.
 */
import { type LintResult, lint } from '../engine/lint';
import type { DrydockConfig } from '../engine/config';
import { applyEdits, rangesOverlap } from '../engine/text';
import type { Applicability, Finding, LintDocument, TextEdit } from '../engine/types';

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

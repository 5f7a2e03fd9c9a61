/**
 * Helpers the zizmor-style audits share: reading `if:` conditions, splitting `uses:` into its
 * parts as zizmor's RepositoryUses does, zizmor's `owner/repo/*` patterns, and finding the shell a
 * `run:` step uses. Everything here is cheap and allocation-light: it runs per keystroke.
 */
import type { Expr } from '../../expr/ast';
import { conditionSource, parseSpan } from '../../expr/extract';
import type { JobModel, StepModel, WorkflowModel } from '../../model';
import { mapOf, pairOf, scalarOf, type YPair, type YScalar } from '../../yaml/node';
import type { WorkflowRuleContext } from '../../rule';
import type { Range } from '../../../engine/types';

/** A parsed `if:` condition: the expression and whether it was written inside `${{ }}`. */
export interface Condition {
  readonly expr: Expr;
  readonly wrapped: boolean;
}

/**
 * Parses an `if:` value as GitHub does (with or without `${{ }}`). Undefined for `if: true` and
 * other non-string scalars, for conditions mixing text and `${{ }}` (unsound-condition's
 * business), and for syntax errors (the expression rule's business).
 */
export function conditionOf(text: string, scalar: YScalar | undefined): Condition | undefined {
  if (!scalar) return undefined;
  if (scalar.style === 'plain' && typeof scalar.typed !== 'string') return undefined;
  // Without `${{` the value is the expression itself: skip the placeholder scan.
  const source = scalar.value.includes('${{')
    ? conditionSource(text, scalar)
    : { inner: text.slice(scalar.valueStart, scalar.valueEnd), innerStart: scalar.valueStart, wrapped: false };
  if (!source || source.inner.trim() === '') return undefined;
  const result = parseSpan({
    start: source.innerStart,
    end: source.innerStart + source.inner.length,
    inner: source.inner,
    innerStart: source.innerStart,
    terminated: true,
  });
  return result.ok ? { expr: result.expr, wrapped: source.wrapped } : undefined;
}

/** The `if:` conditions of a job: the job's own, then each step's, with the pair for ranges. */
export function jobConditions(job: JobModel): Array<{ scalar: YScalar; pair: YPair; step?: StepModel }> {
  const out: Array<{ scalar: YScalar; pair: YPair; step?: StepModel }> = [];
  const jobIf = pairOf(job.node, 'if');
  if (job.if && jobIf) out.push({ scalar: job.if, pair: jobIf });
  for (const step of job.steps) {
    const pair = pairOf(step.node, 'if');
    if (step.if && pair) out.push({ scalar: step.if, pair, step });
  }
  return out;
}

/** Lower-cased access path `github.actor` for a context chain, or undefined. */
export function pathText(path: readonly string[] | undefined): string | undefined {
  return path?.join('.');
}

/**
 * A `uses: owner/repo[/subpath][@ref]` split as zizmor splits it. `subpath` is undefined when
 * there is no `/` after the repository, and '' for `owner/repo/@v1` (zizmor's "empty component").
 * Local (`./`, `$/`), Docker and expression-valued `uses:` give undefined.
 */
export interface RepoUses {
  readonly owner: string;
  readonly repo: string;
  readonly subpath?: string;
  readonly ref?: string;
  /** Length of `owner/repo` in the value (zizmor underlines just that for archived-uses). */
  readonly slugLength: number;
}

export function repoUsesOf(raw: string): RepoUses | undefined {
  const value = raw.trim();
  if (value === '' || value.startsWith('./') || value.startsWith('$/') || value.startsWith('docker://') || value.includes('${{'))
    return undefined;
  const at = value.indexOf('@');
  const path = at < 0 ? value : value.slice(0, at);
  const first = path.indexOf('/');
  if (first <= 0) return undefined;
  const second = path.indexOf('/', first + 1);
  const owner = path.slice(0, first);
  const repo = second < 0 ? path.slice(first + 1) : path.slice(first + 1, second);
  if (repo === '') return undefined;
  return {
    owner,
    repo,
    ...(second < 0 ? {} : { subpath: path.slice(second + 1) }),
    ...(at < 0 ? {} : { ref: value.slice(at + 1) }),
    slugLength: owner.length + 1 + repo.length,
  };
}

/** A repository segment: exact, or `prefix*suffix` (zizmor's repo globs). */
interface Segment {
  readonly exact?: string;
  readonly prefix: string;
  readonly suffix: string;
}

/** zizmor's RepositoryUsesPattern, ordered from most to least specific. */
export type UsesPattern =
  | { readonly kind: 'exact-ref'; readonly owner: string; readonly repo: Segment; readonly subpath?: string; readonly ref: string }
  | { readonly kind: 'exact-path'; readonly owner: string; readonly repo: Segment; readonly subpath: string }
  | { readonly kind: 'exact-repo'; readonly owner: string; readonly repo: Segment }
  | { readonly kind: 'in-repo'; readonly owner: string; readonly repo: Segment }
  | { readonly kind: 'in-owner'; readonly owner: string }
  | { readonly kind: 'any' };

const PATTERN = /^([\w-]+)\/([\w.*-]+)(?:\/([^@\s]+))?(?:@(\S+))?$/;

function segment(text: string): Segment {
  const lower = text.toLowerCase();
  const star = lower.indexOf('*');
  return star < 0 ? { exact: lower, prefix: '', suffix: '' } : { prefix: lower.slice(0, star), suffix: lower.slice(star + 1) };
}

function segmentMatches(seg: Segment, value: string): boolean {
  const v = value.toLowerCase();
  if (seg.exact !== undefined) return v === seg.exact;
  return v.length >= seg.prefix.length + seg.suffix.length && v.startsWith(seg.prefix) && v.endsWith(seg.suffix);
}

/** Parses `*`, `owner/*`, `owner/repo`, `owner/repo/*`, `owner/repo/sub`, `owner/repo[/sub]@ref`. */
export function parseUsesPattern(text: string): UsesPattern | undefined {
  const s = text.trim();
  if (s === '*') return { kind: 'any' };
  const m = PATTERN.exec(s);
  if (!m) return undefined;
  const owner = (m[1] ?? '').toLowerCase();
  const repoText = m[2] ?? '';
  const subpath = m[3];
  const ref = m[4];
  if (repoText === '*') return subpath === undefined && ref === undefined ? { kind: 'in-owner', owner } : undefined;
  const repo = segment(repoText);
  if (ref !== undefined) return { kind: 'exact-ref', owner, repo, ...(subpath !== undefined ? { subpath } : {}), ref };
  if (subpath === '*') return { kind: 'in-repo', owner, repo };
  if (subpath !== undefined) return { kind: 'exact-path', owner, repo, subpath };
  return { kind: 'exact-repo', owner, repo };
}

export function usesMatches(pattern: UsesPattern, uses: RepoUses): boolean {
  switch (pattern.kind) {
    case 'any':
      return true;
    case 'in-owner':
      return uses.owner.toLowerCase() === pattern.owner;
    case 'in-repo':
      return uses.owner.toLowerCase() === pattern.owner && segmentMatches(pattern.repo, uses.repo);
    case 'exact-repo':
      return uses.owner.toLowerCase() === pattern.owner && segmentMatches(pattern.repo, uses.repo) && !uses.subpath;
    case 'exact-path':
      return uses.owner.toLowerCase() === pattern.owner && segmentMatches(pattern.repo, uses.repo) && uses.subpath === pattern.subpath;
    case 'exact-ref':
      return (
        uses.owner.toLowerCase() === pattern.owner &&
        segmentMatches(pattern.repo, uses.repo) &&
        (uses.subpath || undefined) === pattern.subpath &&
        uses.ref === pattern.ref
      );
  }
}

/** The range of `owner/repo` inside a `uses:` scalar. */
export function slugRange(ctx: WorkflowRuleContext, uses: YScalar, parsed: RepoUses): Range {
  const lead = uses.value.length - uses.value.trimStart().length;
  const start = uses.valueStart + lead;
  return ctx.rangeOf(start, start + parsed.slugLength);
}

/** A key/value pair's range, from the key to the end of the value. */
export function pairRange(ctx: WorkflowRuleContext, pair: YPair): Range {
  return ctx.rangeOf(
    pair.key.start,
    pair.value ? (pair.value.kind === 'scalar' ? Math.max(pair.value.end, pair.value.valueEnd) : pair.value.end) : pair.key.end,
  );
}

/** Where a `run:` step's shell comes from: the step, its job's defaults, or the workflow's. */
export interface ShellSource {
  readonly value: string;
  readonly pair: YPair;
  readonly level: 'step' | 'job' | 'workflow';
}

function defaultsShell(defaults: ReturnType<typeof mapOf>): YPair | undefined {
  const run = mapOf(defaults, 'run');
  const pair = pairOf(run, 'shell');
  return pair && pair.value?.kind === 'scalar' ? pair : undefined;
}

export function shellOf(step: StepModel, model: WorkflowModel): ShellSource | undefined {
  const own = pairOf(step.node, 'shell');
  if (own && step.shell) return { value: step.shell.value, pair: own, level: 'step' };
  if (!step.job) return undefined;
  const jobPair = defaultsShell(mapOf(step.job.node, 'defaults'));
  if (jobPair?.value?.kind === 'scalar') return { value: jobPair.value.value, pair: jobPair, level: 'job' };
  const wfPair = defaultsShell(model.defaults);
  if (wfPair?.value?.kind === 'scalar') return { value: wfPair.value.value, pair: wfPair, level: 'workflow' };
  return undefined;
}

/** zizmor's normalize_shell: the first word of `shell:`, without its directory. */
export function normalizeShell(shell: string): string {
  const trimmed = shell.trim();
  const space = trimmed.indexOf(' ');
  const path = space < 0 ? trimmed : trimmed.slice(0, space);
  const slash = path.lastIndexOf('/');
  return slash < 0 ? path : path.slice(slash + 1);
}

/** A `with:` input's scalar, by name. */
export function withInput(step: StepModel, name: string): { pair: YPair; scalar?: YScalar } | undefined {
  const pair = pairOf(step.with, name);
  if (!pair) return undefined;
  const scalar = scalarOf(step.with, name);
  return scalar ? { pair, scalar } : { pair };
}

/** actions/toolkit's getBooleanInput: only these spellings are booleans. */
export function toolkitBool(value: string): boolean | undefined {
  if (value === 'true' || value === 'True' || value === 'TRUE') return true;
  if (value === 'false' || value === 'False' || value === 'FALSE') return false;
  return undefined;
}

/**
 * matrix: a `strategy.matrix` that does not do what it says. A value repeated in a row runs the
 * same job twice; an `exclude` entry whose key or value matches nothing excludes nothing (usually a
 * typo, so the combination it meant to drop still runs); a repeated `include` entry is noise; and a
 * matrix with no rows and no `include` makes GitHub reject the workflow.
 */
import { didYouMean } from '../../actions/closest';
import type { JobModel } from '../../model';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import { deref, type YMap, type YNode, type YScalar } from '../../yaml/node';

const EXPR = '${{';

/** A matrix value as a comparable key: scalars by their text (actionlint compares `14` and '14' equal). */
function keyOf(node: YNode | null | undefined, budget = { left: 2000 }): string {
  const n = deref(node);
  if (!n || budget.left-- <= 0) return 'null';
  switch (n.kind) {
    case 'scalar':
      return JSON.stringify(n.value);
    case 'seq':
      return `[${n.items.map((i) => keyOf(i, budget)).join(',')}]`;
    case 'map':
      return `{${n.pairs
        .map((p) => `${JSON.stringify(p.key.value)}:${keyOf(p.value, budget)}`)
        .sort()
        .join(',')}}`;
    case 'alias':
      return 'null';
  }
}

/** How a value reads in a message: `"14"`, `{"runner": "ubuntu-latest"}`, `["a", "b"]`. */
function show(node: YNode | null | undefined, depth = 0): string {
  const n = deref(node);
  if (!n || depth > 4) return 'null';
  switch (n.kind) {
    case 'scalar':
      return JSON.stringify(n.value);
    case 'seq':
      return `[${n.items.map((i) => show(i, depth + 1)).join(', ')}]`;
    case 'map':
      return `{${n.pairs.map((p) => `${JSON.stringify(p.key.value)}: ${show(p.value, depth + 1)}`).join(', ')}}`;
    case 'alias':
      return 'null';
  }
}

function hasExpression(node: YNode | null | undefined): boolean {
  const n = deref(node);
  return n?.kind === 'scalar' && n.value.includes(EXPR);
}

/**
 * Whether an `exclude` value can match a matrix value: objects match when the filter's keys are a
 * subset with matching values, arrays element by element, and anything built by an expression on
 * either side is assumed to match (it cannot be known before the run).
 */
function matches(value: YNode | null | undefined, filter: YNode | null | undefined): boolean {
  const v = deref(value);
  const f = deref(filter);
  if (hasExpression(f)) return true;
  if (!v || !f) return v === f;
  switch (v.kind) {
    case 'map': {
      if (f.kind !== 'map') return false;
      return f.pairs.every((fp) => {
        const vp = v.pairs.find((p) => p.key.value === fp.key.value);
        return vp !== undefined && matches(vp.value, fp.value);
      });
    }
    case 'seq':
      return f.kind === 'seq' && f.items.length === v.items.length && v.items.every((item, i) => matches(item, f.items[i]));
    case 'scalar':
      return v.value.includes(EXPR) || (f.kind === 'scalar' && f.value === v.value);
    case 'alias':
      return true;
  }
}

interface Row {
  readonly name: string;
  /** undefined when the row is an expression (`os: ${{ fromJSON(…) }}`): it can hold anything. */
  readonly values?: YNode[];
}

function combinations(node: YNode | null | undefined): { maps: YMap[]; dynamic: boolean } {
  const n = deref(node);
  if (!n) return { maps: [], dynamic: false };
  if (n.kind === 'scalar') return { maps: [], dynamic: n.value.includes(EXPR) };
  if (n.kind !== 'seq') return { maps: [], dynamic: false };
  const maps: YMap[] = [];
  let dynamic = false;
  for (const item of n.items) {
    const m = deref(item);
    if (m?.kind === 'map') maps.push(m);
    else if (m?.kind === 'scalar' && m.value.includes(EXPR)) dynamic = true;
  }
  return { maps, dynamic };
}

function check(job: JobModel, ctx: WorkflowRuleContext): void {
  const strategy = job.strategy;
  const matrixPair = strategy?.pairs.find((p) => p.key.value === 'matrix');
  const matrix = deref(matrixPair?.value);
  if (!matrixPair || matrix?.kind !== 'map') return;
  const rows = new Map<string, Row>();
  let includeNode: YNode | null = null;
  let excludeNode: YNode | null = null;
  let excludeKey: YScalar | undefined;
  for (const pair of matrix.pairs) {
    const key = pair.key.value;
    if (key === 'include') includeNode = pair.value;
    else if (key === 'exclude') {
      excludeNode = pair.value;
      excludeKey = pair.key;
    } else {
      const value = deref(pair.value);
      if (value?.kind === 'seq') {
        rows.set(key.toLowerCase(), { name: key, values: [...value.items] });
        checkDuplicates(key, value.items, ctx);
        if (value.items.length === 0)
          ctx.report({
            range: ctx.nodeRange(pair.key),
            message: `Matrix row "${key}" has no values, so GitHub rejects the workflow: list at least one value or remove the row.`,
          });
      } else if (value?.kind === 'scalar' && value.value.includes(EXPR)) rows.set(key.toLowerCase(), { name: key });
      // Anything else is a schema error, reported by the schema rules.
    }
  }
  const include = combinations(includeNode);
  const exclude = combinations(excludeNode);
  if (rows.size === 0 && include.maps.length === 0 && !include.dynamic) {
    ctx.report({
      range: ctx.nodeRange(matrixPair.key),
      message:
        exclude.maps.length > 0
          ? 'This matrix has an "exclude" but no rows or "include" to exclude from, so GitHub rejects the workflow: add a row such as os: [ubuntu-latest].'
          : 'This matrix defines no rows and no "include", so GitHub rejects the workflow: add a row such as os: [ubuntu-latest] or remove the matrix.',
    });
    return;
  }
  checkDuplicateIncludes(include.maps, ctx);
  // An include built by an expression can add any key or value: nothing to compare against.
  if (exclude.maps.length === 0 || include.dynamic || excludeKey === undefined) return;
  // `include` may add new keys, and new values to existing keys; `exclude` may filter on both.
  const candidates = new Map<string, { name: string; values?: YNode[] }>();
  for (const [lower, row] of rows) candidates.set(lower, { name: row.name, ...(row.values ? { values: [...row.values] } : {}) });
  for (const combo of include.maps)
    for (const pair of combo.pairs) {
      const lower = pair.key.value.toLowerCase();
      const row = candidates.get(lower);
      if (!row) candidates.set(lower, { name: pair.key.value, values: pair.value ? [pair.value] : [] });
      else if (row.values && pair.value && !row.values.some((v) => keyOf(v) === keyOf(pair.value))) row.values.push(pair.value);
    }
  for (const combo of exclude.maps) {
    for (const pair of combo.pairs) {
      const row = candidates.get(pair.key.value.toLowerCase());
      if (!row) {
        const names = [...candidates.values()].map((r) => r.name);
        const hint = didYouMean(pair.key.value, names);
        ctx.report({
          range: ctx.nodeRange(pair.key),
          message: `"${pair.key.value}" in "exclude" is not a key of this matrix, so the entry excludes nothing: ${hint ?? `use one of ${names.map((n) => `"${n}"`).join(', ')}.`}`,
        });
        continue;
      }
      if (!row.values || row.values.some((v) => matches(v, pair.value))) continue;
      const value = deref(pair.value);
      ctx.report({
        range: value ? ctx.nodeRange(value) : ctx.nodeRange(pair.key),
        message: `Value ${show(value)} in "exclude" matches no "${row.name}" value of this matrix, so the entry excludes nothing: use one of ${[...new Set(row.values.map((v) => show(v)))].join(', ')}.`,
      });
    }
  }
}

function checkDuplicates(name: string, items: readonly YNode[], ctx: WorkflowRuleContext): void {
  const seen = new Map<string, YNode>();
  for (const item of items) {
    const key = keyOf(item);
    const first = seen.get(key);
    if (!first) {
      seen.set(key, item);
      continue;
    }
    if (hasExpression(item)) continue;
    ctx.report({
      range: ctx.nodeRange(deref(item) ?? item),
      message: `Value ${show(item)} appears twice in matrix row "${name}", so those jobs run twice: remove the duplicate.`,
      related: [{ message: 'first occurrence', range: ctx.nodeRange(deref(first) ?? first) }],
      severity: 'warning',
    });
  }
}

function checkDuplicateIncludes(maps: readonly YMap[], ctx: WorkflowRuleContext): void {
  const seen = new Map<string, YMap>();
  for (const combo of maps) {
    const key = keyOf(combo);
    const first = seen.get(key);
    if (!first) {
      seen.set(key, combo);
      continue;
    }
    ctx.report({
      range: ctx.nodeRange(combo),
      message: 'This "include" entry repeats an earlier one and adds nothing: remove it.',
      related: [{ message: 'earlier entry', range: ctx.nodeRange(first) }],
      severity: 'warning',
    });
  }
}

export const matrix = defineWorkflowRule({
  id: 'matrix',
  name: 'matrix',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A matrix repeats values, excludes combinations that do not exist, or defines nothing.',
  fix: 'none',
  onJob(job, ctx) {
    check(job, ctx);
  },
});

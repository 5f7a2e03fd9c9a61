/**
 * runner-label: a `runs-on:` label no runner has. A typo or a retired GitHub image (ubuntu-20.04,
 * macos-13, windows-2019…) leaves the job queued until it times out or fails with "no runner
 * matching the specified labels"; labels no single machine can carry together (`[ubuntu-latest,
 * windows-latest]`) can never be matched. Self-hosted labels are known once listed in
 * `workflow.runnerLabels` (globs allowed), as in actionlint's `self-hosted-runner.labels`.
 */
import { didYouMean } from '../../actions/closest';
import { KNOWN_LABELS, LABEL_MACHINES, RETIRED_LABELS, SELF_HOSTED_OTHER_LABELS } from '../../actions/runner-labels';
import type { JobModel } from '../../model';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import { deref, listOf, pairOf, type YNode, type YScalar } from '../../yaml/node';

/** `self-hosted-runner.labels`-style globs (`*`, `?`, `[…]`) compiled once per configured list. */
const compiled = new WeakMap<readonly string[], readonly RegExp[]>();

function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] ?? '';
    if (c === '*') out += '.*';
    else if (c === '?') out += '.';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) out += '\\[';
      else {
        const body = glob.slice(i + 1, close).replace(/\\/g, '\\\\');
        out += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
        i = close;
      }
    } else out += c.replace(/[.+^${}()|\\/]/g, '\\$&');
  }
  return new RegExp(`^${out}$`, 'i');
}

function userPatterns(labels: readonly string[]): readonly RegExp[] {
  let patterns = compiled.get(labels);
  if (!patterns) {
    patterns = labels.map(globToRegExp);
    compiled.set(labels, patterns);
  }
  return patterns;
}

interface Label {
  readonly value: string;
  readonly node: YScalar;
  /** Set when the label came from a matrix value (`${{ matrix.os }}`): the expression it stood for. */
  readonly via?: string;
}

/** `${{ matrix.<key> }}` (and nothing else) in a label: the matrix key, so its values can be checked. */
const MATRIX_REF = /^\$\{\{\s*matrix\.([A-Za-z_][\w-]*)\s*\}\}$/;

function matrixValues(job: JobModel, key: string): YScalar[] {
  const matrix = deref(pairOf(job.strategy, 'matrix')?.value);
  if (matrix?.kind !== 'map') return [];
  const out: YScalar[] = [];
  const lower = key.toLowerCase();
  for (const pair of matrix.pairs) {
    if (pair.key.value === 'include') {
      for (const combo of listOf(pair.value)) {
        const value = deref(pairOf(combo, key)?.value);
        if (value?.kind === 'scalar' && !value.value.includes('${{')) out.push(value);
      }
    } else if (pair.key.value.toLowerCase() === lower && pair.key.value !== 'exclude') {
      const row = deref(pair.value);
      if (row?.kind !== 'seq') continue;
      for (const item of row.items) {
        const value = deref(item);
        if (value?.kind === 'scalar' && !value.value.includes('${{')) out.push(value);
      }
    }
  }
  return out;
}

/** The labels of `runs-on`, in each of its forms: a string, a list, or `{group, labels}`. */
function labelNodes(runsOn: YNode): YNode[] {
  if (runsOn.kind === 'map') {
    const labels = pairOf(runsOn, 'labels');
    return labels ? [...listOf(labels.value)] : [];
  }
  return [...listOf(runsOn)];
}

/** The machines a known label can run on; undefined for labels that say nothing about the OS. */
function verify(label: Label, ctx: WorkflowRuleContext, user: readonly RegExp[]): ReadonlySet<string> | undefined {
  const lower = label.value.toLowerCase();
  const where = label.via ? ` (a value of ${label.via})` : '';
  const retired = RETIRED_LABELS.get(lower);
  // A self-hosted runner may well be called ubuntu-20.04: configured labels win over the table.
  if (retired && !user.some((re) => re.test(label.value))) {
    ctx.report({
      range: ctx.nodeRange(label.node),
      message: `Runner label "${label.value}"${where} names a GitHub-hosted image retired in ${retired.since}, so the job can never start: use ${retired.instead}.`,
      tags: ['deprecated'],
    });
    return undefined;
  }
  const machines = LABEL_MACHINES.get(lower);
  if (machines) return machines;
  if (SELF_HOSTED_OTHER_LABELS.has(lower)) return undefined;
  if (user.some((re) => re.test(label.value))) return undefined;
  const hint = didYouMean(label.value, KNOWN_LABELS);
  ctx.report({
    range: ctx.nodeRange(label.node),
    message: `Runner label "${label.value}"${where} is not a GitHub-hosted label${hint ? ` (${hint})` : ''}; if a self-hosted or larger runner carries it, list it in workflow.runnerLabels (or self-hosted-runner.labels in actionlint.yaml).`,
    severity: 'warning',
    confidence: 'medium',
  });
  return undefined;
}

interface Registered {
  readonly label: Label;
  readonly machines: ReadonlySet<string>;
}

function disjoint(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return false;
  return true;
}

function conflict(label: Label, machines: ReadonlySet<string>, registered: readonly Registered[], ctx: WorkflowRuleContext): boolean {
  const other = registered.find((r) => disjoint(r.machines, machines));
  if (!other) return false;
  const where = label.via ? ` (a value of ${label.via})` : '';
  ctx.report({
    range: ctx.nodeRange(label.node),
    message: `Runner label "${label.value}"${where} cannot be on the same machine as "${other.label.value}", so no runner matches both: to run on each, use a matrix.`,
    related: [{ message: `"${other.label.value}" is required here`, range: ctx.nodeRange(other.label.node) }],
  });
  return true;
}

function check(job: JobModel, ctx: WorkflowRuleContext): void {
  const runsOn = job.runsOn;
  if (!runsOn) return;
  const user = userPatterns(ctx.options.runnerLabels);
  const nodes = labelNodes(runsOn);
  const single = nodes.length === 1;
  const registered: Registered[] = [];
  for (const raw of nodes) {
    const node = deref(raw);
    if (node?.kind !== 'scalar' || node.typed === null) continue;
    const value = node.value.trim();
    if (value === '') continue;
    if (value.includes('${{')) {
      // Only `${{ matrix.x }}` can be followed to its values; any other expression is unknowable.
      const m = MATRIX_REF.exec(value);
      if (!m?.[1]) continue;
      const via = `matrix.${m[1]}`;
      const labels = matrixValues(job, m[1]).map((v): Label => ({ value: v.value, node: v, via }));
      const found = labels.map((l) => ({ label: l, machines: verify(l, ctx, user) }));
      if (single) continue;
      // Matrix values are alternatives: each is compared with the fixed labels, not with each other.
      const fresh: Registered[] = [];
      for (const { label, machines } of found) {
        if (machines && !conflict(label, machines, registered, ctx)) fresh.push({ label, machines });
      }
      registered.push(...fresh);
      continue;
    }
    const label: Label = { value, node };
    const machines = verify(label, ctx, user);
    if (single || !machines) continue;
    if (!conflict(label, machines, registered, ctx)) registered.push({ label, machines });
  }
}

export const runnerLabel = defineWorkflowRule({
  id: 'runner-label',
  name: 'runner-label',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A `runs-on:` label is unknown, names a retired GitHub image, or conflicts with another label.',
  fix: 'none',
  onJob(job, ctx) {
    check(job, ctx);
  },
});

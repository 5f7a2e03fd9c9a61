/**
 * job-needs: a `needs:` that cannot be satisfied. GitHub rejects the whole workflow when a job needs
 * a job that does not exist, needs itself, or sits in a cycle of needs, and job ids are compared
 * case-insensitively, so `Build` and `build` are one job (and a second one is an error too).
 * A cycle is reported once, on the first of its jobs, with the other `needs:` entries around it.
 * Duplicates in one `needs:` list are harmless to GitHub but always a slip.
 */
import type { RelatedLocation } from '../../../engine/types';
import { didYouMean } from '../../actions/closest';
import type { JobModel } from '../../model';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import type { YScalar } from '../../yaml/node';

interface Edge {
  readonly to: string;
  readonly entry: YScalar;
}

/** Tarjan's strongly connected components; every component of two or more jobs is a cycle. */
function cyclicGroups(ids: readonly string[], edges: ReadonlyMap<string, readonly Edge[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  let counter = 0;
  // Iterative, so a generated workflow with thousands of chained jobs cannot overflow the stack.
  for (const root of ids) {
    if (index.has(root)) continue;
    const work: { id: string; next: number }[] = [{ id: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (!frame) break;
      const out = edges.get(frame.id) ?? [];
      const edge = out[frame.next++];
      if (edge) {
        const to = edge.to;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ id: to, next: 0 });
        } else if (onStack.has(to)) low.set(frame.id, Math.min(low.get(frame.id) ?? 0, index.get(to) ?? 0));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id) ?? 0, low.get(frame.id) ?? 0));
      if (low.get(frame.id) === index.get(frame.id)) {
        const group: string[] = [];
        for (;;) {
          const id = stack.pop();
          if (id === undefined) break;
          onStack.delete(id);
          group.push(id);
          if (id === frame.id) break;
        }
        if (group.length > 1) groups.push(group);
      }
    }
  }
  return groups;
}

/** One cycle through `start` that stays inside its component: the path the messages describe. */
function cycleFrom(start: string, group: ReadonlySet<string>, edges: ReadonlyMap<string, readonly Edge[]>): Edge[] {
  // Breadth-first back to `start`, so the reported cycle is a shortest one.
  const previous = new Map<string, { from: string; edge: Edge }>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i] ?? start;
    for (const edge of edges.get(id) ?? []) {
      if (!group.has(edge.to)) continue;
      if (edge.to === start) {
        const path: Edge[] = [edge];
        for (let at = id; at !== start;) {
          const step = previous.get(at);
          if (!step) break;
          path.unshift(step.edge);
          at = step.from;
        }
        return path;
      }
      if (!previous.has(edge.to)) {
        previous.set(edge.to, { from: id, edge });
        queue.push(edge.to);
      }
    }
  }
  return [];
}

function check(jobs: readonly JobModel[], ctx: WorkflowRuleContext): void {
  if (jobs.length === 0) return;
  // Job ids that differ only in case are the `id` rule's to report; here they are one job.
  const byLower = new Map<string, JobModel>();
  for (const job of jobs) {
    const lower = job.id.toLowerCase();
    if (!byLower.has(lower)) byLower.set(lower, job);
  }
  const jobsNode = ctx.model.jobsNode;
  const jobsRelated: RelatedLocation[] = jobsNode
    ? [
        {
          message: 'jobs are defined here',
          range: ctx.nodeRange(ctx.model.root?.pairs.find((p) => p.key.value === 'jobs')?.key ?? jobsNode),
        },
      ]
    : [];
  const ids = [...byLower.values()].map((j) => j.id);
  const edges = new Map<string, Edge[]>();
  for (const job of byLower.values()) {
    const seen = new Set<string>();
    const out: Edge[] = [];
    for (const entry of job.needs) {
      const name = entry.value.trim();
      if (name === '') continue;
      const lower = name.toLowerCase();
      if (seen.has(lower)) {
        ctx.report({
          range: ctx.nodeRange(entry),
          message: `"${name}" is listed twice in the needs of job "${job.id}" (job ids are case-insensitive): remove the duplicate.`,
          severity: 'warning',
        });
        continue;
      }
      seen.add(lower);
      if (lower === job.id.toLowerCase()) {
        ctx.report({
          range: ctx.nodeRange(entry),
          message: `Job "${job.id}" needs itself, which GitHub rejects: remove "${name}" from its needs.`,
        });
        continue;
      }
      const target = byLower.get(lower);
      if (!target) {
        const hint = didYouMean(name, ids);
        ctx.report({
          range: ctx.nodeRange(entry),
          message: `Job "${job.id}" needs "${name}", which is not a job of this workflow${hint ? `: ${hint}` : ': name one of the jobs under jobs:.'}`,
          related: jobsRelated,
        });
        continue;
      }
      out.push({ to: target.id, entry });
    }
    edges.set(job.id, out);
  }
  for (const group of cyclicGroups(ids, edges)) {
    // One finding per cycle, on the first job of it in the file (where actionlint reports it too),
    // naming each job once; the other needs entries of the cycle are related locations.
    const members = new Set(group);
    const first = ids.find((id) => members.has(id));
    if (first === undefined) continue;
    const cycle = cycleFrom(first, members, edges);
    const lead = cycle[0];
    if (!lead) continue;
    const path = [first, ...cycle.map((e) => e.to)].map((id) => `"${id}"`).join(' → ');
    const related: RelatedLocation[] = cycle.slice(1).map((edge, i) => ({
      message: `"${cycle[i]?.to ?? ''}" needs "${edge.to}"`,
      range: ctx.nodeRange(edge.entry),
    }));
    const others = group.length > cycle.length ? ` (${group.length} jobs depend on each other in all)` : '';
    ctx.report({
      range: ctx.nodeRange(lead.entry),
      message: `Jobs ${path} need each other in a cycle${others}, which GitHub rejects: remove one of these needs.`,
      related,
    });
  }
}

export const jobNeeds = defineWorkflowRule({
  id: 'job-needs',
  name: 'job-needs',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A `needs:` names an undefined job, the job itself, a duplicate, or forms a cycle.',
  fix: 'none',
  onWorkflow(model, ctx) {
    check(model.jobs, ctx);
  },
});

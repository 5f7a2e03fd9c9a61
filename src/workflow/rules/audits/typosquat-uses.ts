/**
 * typosquat-uses: a `uses:` whose owner or repository is one typo away from a popular action
 * (`actons/checkout`, `actions/chekout`, `action/checkout`). Typo-squatted repositories are a
 * known way to get code into pipelines: the step runs with the job's token and secrets, and the
 * impostor usually does what the real action does, so nothing looks wrong.
 */
import { defineWorkflowRule } from '../../rule';
import { editDistance } from '../../actions/closest';
import { popularActionSlugs } from '../../actions/popular-actions';
import { parseUses } from '../../uses';
import type { YScalar } from '../../yaml/node';
import type { WorkflowRuleContext } from '../../rule';

/** `owner/repo` of the popular actions (sub-paths dropped), and their owners. */
const POPULAR_REPOS = new Set(popularActionSlugs().map((slug) => slug.split('/').slice(0, 2).join('/').toLowerCase()));
const POPULAR_OWNERS = new Set([...POPULAR_REPOS].map((repo) => repo.split('/')[0] ?? ''));
const REPOS_BY_OWNER = new Map<string, string[]>();
for (const repo of POPULAR_REPOS) {
  const [owner = '', name = ''] = repo.split('/');
  REPOS_BY_OWNER.set(owner, [...(REPOS_BY_OWNER.get(owner) ?? []), name]);
}

/** The popular `owner/repo` that `owner/repo` looks like a typo of, if any. */
export function lookalike(owner: string, repo: string): string | undefined {
  const o = owner.toLowerCase();
  const r = repo.toLowerCase();
  if (POPULAR_REPOS.has(`${o}/${r}`)) return undefined;
  // Names this short are too close to everything to judge.
  const minLength = 5;
  if (POPULAR_OWNERS.has(o)) {
    if (r.length < minLength) return undefined;
    for (const name of REPOS_BY_OWNER.get(o) ?? []) if (editDistance(r, name, 1) === 1) return `${o}/${name}`;
    return undefined;
  }
  if (o.length < minLength) return undefined;
  for (const known of POPULAR_OWNERS) {
    if (editDistance(o, known, 1) !== 1) continue;
    // A different owner with a popular owner's repository name: `actoins/checkout`.
    if ((REPOS_BY_OWNER.get(known) ?? []).includes(r)) return `${known}/${r}`;
  }
  return undefined;
}

function check(uses: YScalar, ctx: WorkflowRuleContext): void {
  const ref = parseUses(uses.value);
  if (ref.kind !== 'repository') return;
  const real = lookalike(ref.owner, ref.repo);
  if (!real) return;
  const length = ref.owner.length + 1 + ref.repo.length;
  ctx.report({
    range: ctx.rangeOf(uses.valueStart, uses.valueStart + length),
    message: `"${ref.owner}/${ref.repo}" is one typo away from the popular action "${real}": check that this is the repository you mean, not a typo-squatted copy.`,
  });
}

export const typosquatUses = defineWorkflowRule({
  id: 'typosquat-uses',
  name: 'typosquat-uses',
  aliases: [],
  severity: 'warning',
  confidence: 'medium',
  summary: 'A `uses:` names a repository one typo away from a popular action.',
  fix: 'none',
  onStep(step, ctx) {
    if (step.uses) check(step.uses, ctx);
  },
  onJob(job, ctx) {
    if (job.uses) check(job.uses, ctx);
  },
});

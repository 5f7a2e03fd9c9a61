/**
 * unpinned-uses: an action or reusable workflow not pinned the way the policy asks. By default
 * (zizmor's default since v1.20) every `uses:` must be pinned to a full commit SHA: tags and
 * branches can be moved by whoever controls the action's repository, or by whoever steals a
 * maintainer's token, as in the March 2025 tj-actions/changed-files compromise. Policies per
 * owner or repository (`rules.unpinned-uses.config.policies` in zizmor.yml) can relax that to
 * "any ref" or "anything". `docker://` actions are flagged without a tag (and, pedantically,
 * without a digest).
 */
import { FULL_SHA } from '../../uses';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import type { YScalar } from '../../yaml/node';
import { usesOf } from './lib/steps';
import { bySpecificity, parseUsesPattern, usesPatternMatches, type UsesPattern } from './lib/uses-pattern';
import { parseImage } from './lib/images';

type Policy = 'hash-pin' | 'ref-pin' | 'any';

interface Policies {
  /** Most specific first; the `*` rule (or the implicit hash-pin) is the fallback. */
  readonly rules: ReadonlyArray<{ readonly pattern: UsesPattern; readonly policy: Policy }>;
  readonly fallback: Policy;
}

const DEFAULT_POLICIES: Policies = { rules: [], fallback: 'hash-pin' };

/** Parsed policies per config object: the config is immutable, so this runs once per config. */
const policyCache = new WeakMap<object, Policies>();

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function policiesOf(config: unknown): Policies {
  if (!isRecord(config)) return DEFAULT_POLICIES;
  const cached = policyCache.get(config);
  if (cached) return cached;
  const rules: Array<{ pattern: UsesPattern; policy: Policy }> = [];
  let fallback: Policy = 'hash-pin';
  const raw = config['policies'];
  if (isRecord(raw)) {
    for (const [source, value] of Object.entries(raw)) {
      // Invalid entries are skipped rather than guessed at.
      if (value !== 'hash-pin' && value !== 'ref-pin' && value !== 'any') continue;
      const pattern = parseUsesPattern(source);
      if (!pattern) continue;
      if (pattern.rank === 4) fallback = value;
      else rules.push({ pattern, policy: value });
    }
  }
  rules.sort((a, b) => bySpecificity(a.pattern, b.pattern));
  const policies: Policies = { rules, fallback };
  policyCache.set(config, policies);
  return policies;
}

function checkDocker(uses: YScalar, image: string, ctx: WorkflowRuleContext): void {
  const parsed = parseImage(image);
  if (parsed.digest) return;
  const offset = uses.value.indexOf('docker://');
  const start = uses.valueStart + (offset < 0 ? 0 : offset + 'docker://'.length);
  const range = ctx.rangeOf(start, start + image.trim().length);
  if (parsed.tag === undefined) {
    ctx.report({
      range,
      message: `Docker image "${image}" has no tag, so it runs whatever "latest" is at the time: pin a tag, or better a digest (image@sha256:…).`,
      severity: 'warning',
    });
  } else if (ctx.shows('pedantic')) {
    ctx.report({
      range,
      message: `Docker image "${image}" is pinned to a tag, which can be moved: pin its digest (image@sha256:…).`,
      severity: 'info',
    });
  }
}

function check(uses: YScalar, ctx: WorkflowRuleContext): void {
  const value = uses.value.trim();
  if (value === '' || value.includes('${{')) return;
  const parsed = usesOf(uses);
  if (!parsed || parsed.kind === 'local' || parsed.kind === 'invalid') return;
  if (parsed.kind === 'docker') {
    checkDocker(uses, parsed.image, ctx);
    return;
  }
  const policies = policiesOf(ctx.ruleConfig);
  const rule = policies.rules.find((r) => usesPatternMatches(r.pattern, parsed.owner, parsed.repo, parsed.path));
  const policy = rule?.policy ?? policies.fallback;
  const by = rule ? `the ${rule.pattern.source} policy` : 'the default hash-pin policy';
  if (policy === 'any') return;
  const ref = parsed.ref;
  if (ref === undefined || ref === '') {
    ctx.report({
      range: ctx.nodeRange(uses),
      message: `${parsed.slug} has no ref, so it runs whatever the default branch holds: pin it to a full commit SHA (required by ${by}).`,
    });
    return;
  }
  if (policy === 'ref-pin' || FULL_SHA.test(ref)) return;
  const at = uses.value.indexOf('@');
  const start = uses.valueStart + at + 1;
  const what = /^v?\d+(?:\.\d+){0,2}$/.test(ref) ? 'tag' : /^[0-9a-f]{7,39}$/.test(ref) ? 'abbreviated SHA' : 'ref';
  ctx.report({
    range: at >= 0 ? ctx.rangeOf(start, start + ref.length) : ctx.nodeRange(uses),
    message: `${parsed.slug} is pinned to the ${what} "${ref}", which can be moved: pin it to a full 40-character commit SHA${what === 'tag' ? ` (keep "# ${ref}" as a comment)` : ''}, as ${by} requires.`,
  });
}

export const unpinnedUses = defineWorkflowRule({
  id: 'unpinned-uses',
  name: 'unpinned-uses',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'An action or reusable workflow is not pinned as the policy requires (by default: to a full commit SHA).',
  fix: 'none',
  onStep(step, ctx) {
    if (step.uses) check(step.uses, ctx);
  },
  onJob(job, ctx) {
    if (job.uses) check(job.uses, ctx);
  },
});

/**
 * bot-conditions: an `if:` that trusts `github.actor == 'dependabot[bot]'` (or `triggering_actor`,
 * or a bot's numeric id). The actor is whoever caused the latest event, not who wrote the pull
 * request: an attacker can get a bot to act last on their PR (`@dependabot recreate`) and pass the
 * check, then run with the workflow's secrets and write token.
 */
import type { Expr } from '../../expr/ast';
import { accessPath } from '../../expr/ast';
import type { Fix } from '../../../engine/types';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import type { JobModel } from '../../model';
import { conditionOf, jobConditions } from './util';

const SPOOFABLE_NAMES = new Set(['github.actor', 'github.triggering_actor', 'github.event.pull_request.sender.login']);
const SPOOFABLE_IDS = new Set(['github.actor_id', 'github.event.pull_request.sender.id']);
/** Contexts that name the author of the event's subject: checking these is sound. */
const SOUND_NAMES = new Set(['github.event.pull_request.user.login']);
const SOUND_IDS = new Set(['github.event.pull_request.user.id']);
/** Bots without a `[bot]` suffix to match on: dependabot (app and user ids), dependabot-preview, renovate. */
const BOT_IDS = new Set(['29110', '49699333', '27856297', '29139614']);

/** Events whose payload has a user the fix can point at (zizmor's list). */
const EVENT_CONTEXTS: ReadonlyMap<string, readonly [name: string, id: string]> = new Map([
  ['issue_comment', ['github.event.comment.user.login', 'github.event.comment.user.id']],
  ['discussion_comment', ['github.event.comment.user.login', 'github.event.comment.user.id']],
  ['pull_request_review', ['github.event.review.user.login', 'github.event.review.user.id']],
  ['pull_request_review_comment', ['github.event.comment.user.login', 'github.event.comment.user.id']],
  ['issues', ['github.event.issue.user.login', 'github.event.issue.user.id']],
  ['discussion', ['github.event.discussion.user.login', 'github.event.discussion.user.id']],
  ['pull_request', ['github.event.pull_request.user.login', 'github.event.pull_request.user.id']],
  ['pull_request_target', ['github.event.pull_request.user.login', 'github.event.pull_request.user.id']],
  ['release', ['github.event.release.author.login', 'github.event.release.author.id']],
  ['create', ['github.event.sender.login', 'github.event.sender.id']],
  ['delete', ['github.event.sender.login', 'github.event.sender.id']],
  ['push', ['github.event.pusher.name', 'github.event.pusher.email']],
  ['milestone', ['github.event.milestone.creator.login', 'github.event.milestone.creator.id']],
  ['label', ['github.event.sender.login', 'github.event.sender.id']],
  ['project', ['github.event.sender.login', 'github.event.sender.id']],
  ['fork', ['github.event.sender.login', 'github.event.sender.id']],
  ['watch', ['github.event.sender.login', 'github.event.sender.id']],
  ['public', ['github.event.sender.login', 'github.event.sender.id']],
]);
const PR_CONTEXTS: readonly [string, string] = ['github.event.pull_request.user.login', 'github.event.pull_request.user.id'];

type Kind = 'name' | 'id';

/** The literal's text as zizmor compares it (`49699333` and `'49699333'` alike). */
function literalText(e: Expr): string | undefined {
  if (e.type !== 'literal' || e.value === null || typeof e.value === 'boolean') return undefined;
  return String(e.value);
}

/** `ctx == literal` (either order): the context node, its path, and the literal's text. */
function comparison(e: Expr): { context: Expr; path: string; literal: string } | undefined {
  if (e.type !== 'binary' || e.op !== '==') return undefined;
  for (const [c, l] of [
    [e.left, e.right],
    [e.right, e.left],
  ] as const) {
    const path = accessPath(c)?.join('.');
    const literal = literalText(l);
    if (path !== undefined && literal !== undefined) return { context: c, path, literal };
  }
  return undefined;
}

function spoofable(e: Expr): { context: Expr; kind: Kind } | undefined {
  const cmp = comparison(e);
  if (!cmp) return undefined;
  if (SPOOFABLE_NAMES.has(cmp.path) && cmp.literal.endsWith('[bot]')) return { context: cmp.context, kind: 'name' };
  if (SPOOFABLE_IDS.has(cmp.path) && BOT_IDS.has(cmp.literal)) return { context: cmp.context, kind: 'id' };
  return undefined;
}

function sound(e: Expr): boolean {
  const cmp = comparison(e);
  if (!cmp) return false;
  return (SOUND_NAMES.has(cmp.path) && cmp.literal.endsWith('[bot]')) || (SOUND_IDS.has(cmp.path) && BOT_IDS.has(cmp.literal));
}

/**
 * zizmor's walk: finds a spoofable comparison and says whether it "dominates" the condition
 * (decides it alone, as under `||` or at the top). Under `&&`, a call or a context it does not,
 * which lowers confidence to medium.
 */
function walk(e: Expr, dominating: boolean): { hit?: Expr; dominating: boolean } {
  switch (e.type) {
    case 'call': {
      let hit: Expr | undefined;
      for (const a of e.args) hit ??= walk(a, false).hit;
      return e.args.length === 0 ? { dominating } : { ...(hit ? { hit } : {}), dominating: false };
    }
    case 'property':
    case 'star':
    case 'index': {
      // A context never dominates; only its computed indexes can hide a comparison.
      const hit = walk(e.object, false).hit ?? (e.type === 'index' ? walk(e.index, false).hit : undefined);
      return { ...(hit ? { hit } : {}), dominating: false };
    }
    case 'binary': {
      if (e.op === '||') {
        const hit = walk(e.left, true).hit ?? walk(e.right, true).hit;
        return { ...(hit ? { hit } : {}), dominating: true };
      }
      if (e.op === '==') {
        if (comparison(e)) return spoofable(e) ? { hit: e, dominating: true } : { dominating: true };
        const hit = walk(e.left, true).hit ?? walk(e.right, true).hit;
        return { ...(hit ? { hit } : {}), dominating: true };
      }
      const hit = walk(e.left, false).hit ?? walk(e.right, false).hit;
      return { ...(hit ? { hit } : {}), dominating: false };
    }
    case 'not':
      return walk(e.operand, false);
    case 'context':
      return { dominating: false };
    default:
      return { dominating };
  }
}

/** Every spoofable comparison in a condition, for the fix. */
function allSpoofable(e: Expr, out: Array<{ context: Expr; kind: Kind }>): void {
  const s = spoofable(e);
  if (s) out.push(s);
  switch (e.type) {
    case 'binary':
      allSpoofable(e.left, out);
      allSpoofable(e.right, out);
      return;
    case 'not':
      allSpoofable(e.operand, out);
      return;
    case 'call':
      for (const a of e.args) allSpoofable(a, out);
      return;
    default:
      return;
  }
}

/**
 * A non-dominating spoofable check next to a sound one (`github.actor == 'dependabot[bot]' &&
 * github.event.pull_request.user.login == 'dependabot[bot]'`) is a re-run filter, not the trust
 * boundary (zizmor issue #1914).
 */
function hasSoundCheck(e: Expr): boolean {
  if (sound(e)) return true;
  switch (e.type) {
    case 'binary':
      return hasSoundCheck(e.left) || hasSoundCheck(e.right);
    case 'not':
      return hasSoundCheck(e.operand);
    case 'call':
      return e.args.some(hasSoundCheck);
    default:
      return false;
  }
}

function replacementContexts(ctx: WorkflowRuleContext): readonly [string, string] {
  const events = ctx.model.events;
  if (events.length === 1) return EVENT_CONTEXTS.get(events[0]?.name ?? '') ?? PR_CONTEXTS;
  return PR_CONTEXTS;
}

function check(job: JobModel, ctx: WorkflowRuleContext): void {
  for (const { scalar } of jobConditions(job)) {
    const cond = conditionOf(ctx.text, scalar);
    if (!cond) continue;
    const { hit, dominating } = walk(cond.expr, true);
    if (!hit) continue;
    if (!dominating && hasSoundCheck(cond.expr)) continue;
    const spoofs: Array<{ context: Expr; kind: Kind }> = [];
    allSpoofable(cond.expr, spoofs);
    const [nameCtx, idCtx] = replacementContexts(ctx);
    const fixes: Fix[] = [
      {
        title: `Check ${nameCtx} (the event's author) instead of the actor`,
        applicability: 'unsafe',
        edits: spoofs.map((s) => ({ range: ctx.rangeOf(s.context.start, s.context.end), newText: s.kind === 'name' ? nameCtx : idCtx })),
      },
    ];
    const actor = ctx.text.slice(hit.start, hit.end);
    const instead = spoofable(hit)?.kind === 'id' ? idCtx : nameCtx;
    ctx.report({
      range: ctx.rangeOf(hit.start, hit.end),
      message: `\`${actor}\` can be spoofed: the actor is whoever triggered the latest event, not the author; check ${instead} instead.`,
      confidence: dominating ? 'high' : 'medium',
      fixes,
    });
  }
}

export const botConditions = defineWorkflowRule({
  id: 'bot-conditions',
  name: 'bot-conditions',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'An `if:` trusts a spoofable actor check such as `github.actor == dependabot[bot]`.',
  fix: 'unsafe',
  onJob(job, ctx) {
    // zizmor audits normal jobs in workflows whose triggers carry an event author.
    if (job.uses || !ctx.model.events.some((e) => EVENT_CONTEXTS.has(e.name))) return;
    check(job, ctx);
  },
});

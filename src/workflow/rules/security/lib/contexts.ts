/**
 * How much of a context's value an attacker can choose, in zizmor's three grades:
 * - `arbitrary`: any text (an issue title, a branch name);
 * - `structured`: text with a fixed shape the attacker fills in part of (most `*_url` fields);
 * - `fixed`: numbers, booleans, timestamps, enums, SHAs, names GitHub restricts.
 *
 * zizmor derives its table from GitHub's webhook schemas (integer/boolean/date-time/enum → fixed,
 * uri → structured, any other string → arbitrary) plus a hand-kept list of known-safe contexts.
 * Shipping that table (~5,000 rows) would cost more than it buys here: the grade of a webhook field
 * follows almost entirely from its name, so this module keeps the rules by name and the few
 * exceptions. Anything under `github.` that is not known to be fixed or structured is arbitrary,
 * which is also what zizmor does for contexts missing from its table.
 */

export type Capability = 'arbitrary' | 'structured' | 'fixed';

/** `github.*` values GitHub computes or restricts (zizmor's known-safe list). */
const FIXED_GITHUB = new Set([
  'action_path',
  'event_name',
  'job',
  'repository',
  'repository_id',
  'repositoryurl',
  'repository_owner',
  'repository_owner_id',
  'triggering_actor',
  'run_attempt',
  'run_id',
  'run_number',
  'server_url',
  'sha',
  'token',
  'workspace',
]);

const FIXED_RUNNER = new Set(['arch', 'debug', 'os', 'temp', 'tool_cache']);

/** Hexadecimal SHAs in event payloads that the schemas type as plain strings. */
const FIXED_EVENT_PATHS = new Set(['after', 'before', 'merge_group.base_sha', 'pull_request.base.sha', 'pull_request.head.sha']);

/** Payload fields that are numbers, booleans, timestamps or enums wherever they appear. */
const FIXED_LEAVES = new Set([
  'id',
  'number',
  'size',
  'additions',
  'deletions',
  'changed_files',
  'comments',
  'review_comments',
  'forks',
  'watchers',
  'stargazers',
  'open_issues',
  'run_attempt',
  'run_number',
  'due_on',
  // booleans
  'site_admin',
  'deleted',
  'private',
  'public',
  'fork',
  'locked',
  'draft',
  'merged',
  'mergeable',
  'rebaseable',
  'maintainer_can_modify',
  'archived',
  'disabled',
  'default',
  'protected',
  'prerelease',
  'forced',
  'created',
  'distinct',
  'immutable',
  'web_commit_signoff_required',
  'delete_branch_on_merge',
  'use_squash_pr_title_as_default',
  // enums
  'state',
  'status',
  'conclusion',
  'author_association',
  'merge_commit_message',
  'merge_commit_title',
  'squash_merge_commit_message',
  'squash_merge_commit_title',
]);

/** `*_id` fields that are strings (node ids, hashes), not numbers. */
const STRING_IDS = new Set(['node_id', 'gravatar_id', 'commit_id', 'original_commit_id', 'tree_id', 'client_id', 'key_id', 'external_id']);

/** Objects whose `type` is the account type enum (User, Bot, Organization). */
const ACCOUNT_OBJECTS = new Set([
  'user',
  'sender',
  'owner',
  'assignee',
  'assignees',
  'creator',
  'requested_reviewer',
  'requested_reviewers',
  'merged_by',
  'triggering_actor',
  'actor',
  'organization',
  'answer_chosen_by',
  'enterprise',
]);

function isFixedLeaf(leaf: string, parent: string | undefined, depth: number): boolean {
  if (FIXED_LEAVES.has(leaf)) return true;
  if (leaf.endsWith('_id')) return !STRING_IDS.has(leaf);
  if (leaf.endsWith('_count') || leaf.endsWith('_at')) return true;
  if (leaf.startsWith('is_') || leaf.startsWith('has_') || leaf.startsWith('allow_')) return true;
  // `commits` is a count on pull requests but the commit list on pushes (`github.event.commits`).
  if (leaf === 'commits') return depth > 3;
  if (leaf === 'type') return parent !== undefined && ACCOUNT_OBJECTS.has(parent === '*' ? '' : parent);
  return false;
}

/** The grade of a `github.event.…` access (`parts[0..1]` are `github`, `event`). */
function eventCapability(parts: readonly string[]): Capability | undefined {
  if (parts.length < 3) return undefined;
  const rest = parts.slice(2).join('.');
  if (FIXED_EVENT_PATHS.has(rest)) return 'fixed';
  const leaf = parts[parts.length - 1] ?? '';
  const parent = parts[parts.length - 2];
  // Reactions are counts; permissions are booleans/enums.
  if (parent === 'reactions') return leaf === 'url' ? 'structured' : 'fixed';
  if (parent === 'permissions') return 'fixed';
  if (isFixedLeaf(leaf, parts[parts.length - 2] === '*' ? parts[parts.length - 3] : parent, parts.length)) return 'fixed';
  if (leaf === 'url' || leaf.endsWith('_url')) return 'structured';
  return 'arbitrary';
}

/**
 * The grade of a context pattern (lower-case parts, `*` for stars and numeric indexes), or
 * undefined when no table says (the caller then falls back on per-context heuristics).
 */
export function contextCapability(parts: readonly string[]): Capability | undefined {
  const head = parts[0];
  if (head === 'github') {
    if (parts[1] === 'event') return eventCapability(parts);
    if (parts.length === 2 && FIXED_GITHUB.has(parts[1] ?? '')) return 'fixed';
    return undefined;
  }
  if (head === 'runner' && parts.length === 2 && FIXED_RUNNER.has(parts[1] ?? '')) return 'fixed';
  return undefined;
}

/**
 * Contexts the runner also exports as environment variables (`github.ref_name` is
 * `$GITHUB_REF_NAME`): a fix can use the variable without adding an `env:` entry.
 */
const DEFAULT_ENV_CONTEXTS = new Set([
  'github.action',
  'github.action_path',
  'github.action_repository',
  'github.actor',
  'github.actor_id',
  'github.api_url',
  'github.base_ref',
  'github.env',
  'github.event_name',
  'github.event_path',
  'github.graphql_url',
  'github.head_ref',
  'github.job',
  'github.path',
  'github.ref',
  'github.ref_name',
  'github.ref_protected',
  'github.ref_type',
  'github.repository',
  'github.repository_id',
  'github.repository_owner',
  'github.repository_owner_id',
  'github.run_attempt',
  'github.run_id',
  'github.run_number',
  'github.server_url',
  'github.sha',
  'github.triggering_actor',
  'github.workflow',
  'github.workflow_ref',
  'github.workflow_sha',
  'github.workspace',
  'runner.arch',
  'runner.debug',
  'runner.environment',
  'runner.name',
  'runner.os',
  'runner.temp',
  'runner.tool_cache',
]);

export function isDefaultEnvContext(parts: readonly string[]): boolean {
  return parts.length === 2 && DEFAULT_ENV_CONTEXTS.has(`${parts[0] ?? ''}.${parts[1] ?? ''}`);
}

/** Default variables whose value the runner sets and a workflow cannot override (`CI` can be). */
const STATIC_DEFAULT_ENV = new Set([
  ...[...DEFAULT_ENV_CONTEXTS].map((c) => c.replace('.', '_').toUpperCase()),
  'GITHUB_ACTIONS',
  'GITHUB_OUTPUT',
]);

/** True for `env.GITHUB_SHA`-style names the runner always sets to a value it controls. */
export function isStaticDefaultEnv(name: string): boolean {
  return STATIC_DEFAULT_ENV.has(name.toUpperCase());
}

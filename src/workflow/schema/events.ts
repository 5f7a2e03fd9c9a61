/**
 * The events that can trigger a workflow, their activity types and the filters each accepts.
 * Source: GitHub's own workflow schema (actions/languageservices `workflow-v1.0.json`) and the
 * "Events that trigger workflows" page, checked against actionlint's `all_webhooks.go`. Where
 * the sources disagree the longer list wins: an activity type GitHub has since added must not
 * be reported as unknown.
 */

/** Filters a webhook-style event may carry; which events accept which is in `FILTERS_BY_EVENT`. */
export type EventFilter =
  'branches' | 'branches-ignore' | 'tags' | 'tags-ignore' | 'paths' | 'paths-ignore' | 'workflows' | 'names' | 'versions';

export interface EventSpec {
  /** Activity types for `types:`; empty when the event has none; undefined when any string goes. */
  readonly types: readonly string[] | undefined;
  /** Filters the event accepts besides `types`. */
  readonly filters: readonly EventFilter[];
  /**
   * How the event is configured: `webhook` (types and filters), or one of the events with a
   * structure of their own, which the schema table describes.
   */
  readonly shape: 'webhook' | 'schedule' | 'workflow_dispatch' | 'workflow_call' | 'repository_dispatch' | 'image_version';
}

const NONE: readonly string[] = [];
const CRUD = ['created', 'edited', 'deleted'] as const;
const PULL_REQUEST_TYPES = [
  'assigned',
  'unassigned',
  'labeled',
  'unlabeled',
  'opened',
  'edited',
  'closed',
  'reopened',
  'synchronize',
  'converted_to_draft',
  'locked',
  'unlocked',
  'enqueued',
  'dequeued',
  'milestoned',
  'demilestoned',
  'ready_for_review',
  'review_requested',
  'review_request_removed',
  'auto_merge_enabled',
  'auto_merge_disabled',
] as const;

const PR_FILTERS: readonly EventFilter[] = ['branches', 'branches-ignore', 'paths', 'paths-ignore'];

function webhook(types: readonly string[], filters: readonly EventFilter[] = []): EventSpec {
  return { types, filters, shape: 'webhook' };
}

export const EVENTS: ReadonlyMap<string, EventSpec> = new Map<string, EventSpec>([
  ['branch_protection_rule', webhook(CRUD)],
  ['check_run', webhook(['created', 'rerequested', 'completed', 'requested_action'])],
  // GitHub's schema lists only `completed`; actionlint also accepts `requested` and `rerequested`,
  // which the webhook payload has. Accepting them avoids a false alarm on older workflows.
  ['check_suite', webhook(['completed', 'requested', 'rerequested'])],
  ['create', webhook(NONE)],
  ['delete', webhook(NONE)],
  ['deployment', webhook(NONE)],
  ['deployment_status', webhook(NONE)],
  [
    'discussion',
    webhook([
      'created',
      'edited',
      'deleted',
      'transferred',
      'pinned',
      'unpinned',
      'labeled',
      'unlabeled',
      'locked',
      'unlocked',
      'category_changed',
      'answered',
      'unanswered',
    ]),
  ],
  ['discussion_comment', webhook(CRUD)],
  ['fork', webhook(NONE)],
  ['gollum', webhook(NONE)],
  ['image_version', { types: ['created', 'ready', 'deleted'], filters: ['names', 'versions'], shape: 'image_version' }],
  ['issue_comment', webhook(CRUD)],
  [
    'issues',
    webhook([
      'opened',
      'edited',
      'deleted',
      'transferred',
      'pinned',
      'unpinned',
      'closed',
      'reopened',
      'assigned',
      'unassigned',
      'labeled',
      'unlabeled',
      'locked',
      'unlocked',
      'milestoned',
      'demilestoned',
      'typed',
      'untyped',
    ]),
  ],
  ['label', webhook(CRUD)],
  ['merge_group', webhook(['checks_requested'], ['branches', 'branches-ignore'])],
  ['milestone', webhook(['created', 'closed', 'opened', 'edited', 'deleted'])],
  ['page_build', webhook(NONE)],
  ['project', webhook(['created', 'updated', 'closed', 'reopened', 'edited', 'deleted'])],
  ['project_card', webhook(['created', 'moved', 'converted', 'edited', 'deleted'])],
  ['project_column', webhook(['created', 'updated', 'moved', 'deleted'])],
  ['public', webhook(NONE)],
  ['pull_request', webhook(PULL_REQUEST_TYPES, PR_FILTERS)],
  // An old alias GitHub's parser still accepts (its schema says: use issue_comment instead).
  ['pull_request_comment', webhook(CRUD)],
  ['pull_request_review', webhook(['submitted', 'edited', 'dismissed'])],
  ['pull_request_review_comment', webhook(CRUD)],
  ['pull_request_target', webhook(PULL_REQUEST_TYPES, PR_FILTERS)],
  ['push', webhook(NONE, ['branches', 'branches-ignore', 'tags', 'tags-ignore', 'paths', 'paths-ignore'])],
  ['registry_package', webhook(['published', 'updated'])],
  ['release', webhook(['published', 'unpublished', 'created', 'edited', 'deleted', 'prereleased', 'released'])],
  ['repository_dispatch', { types: undefined, filters: [], shape: 'repository_dispatch' }],
  ['schedule', { types: NONE, filters: [], shape: 'schedule' }],
  ['status', webhook(NONE)],
  ['watch', webhook(['started'])],
  ['workflow_call', { types: NONE, filters: [], shape: 'workflow_call' }],
  ['workflow_dispatch', { types: NONE, filters: [], shape: 'workflow_dispatch' }],
  ['workflow_run', webhook(['completed', 'requested', 'in_progress'], ['workflows', 'branches', 'branches-ignore'])],
]);

export const EVENT_NAMES: readonly string[] = [...EVENTS.keys()];

/** Every filter key a webhook event may carry, for the structural check (`events` refines it per event). */
export const WEBHOOK_KEYS: readonly string[] = [
  'types',
  'branches',
  'branches-ignore',
  'tags',
  'tags-ignore',
  'paths',
  'paths-ignore',
  'workflows',
  // Newer actionlint releases accept an event-level `if`; accepting it avoids a false alarm.
  'if',
];

/** Filter → the events that accept it, for "only for push, pull_request…" messages. */
export const EVENTS_BY_FILTER: ReadonlyMap<EventFilter, readonly string[]> = (() => {
  const out = new Map<EventFilter, string[]>();
  for (const [name, spec] of EVENTS)
    for (const filter of spec.filters) {
      const list = out.get(filter) ?? [];
      list.push(name);
      out.set(filter, list);
    }
  return out;
})();

/** The `x` / `x-ignore` pairs GitHub refuses to see together on one event. */
export const EXCLUSIVE_FILTERS: readonly (readonly [EventFilter, EventFilter])[] = [
  ['branches', 'branches-ignore'],
  ['tags', 'tags-ignore'],
  ['paths', 'paths-ignore'],
];

export const DISPATCH_INPUT_TYPES: readonly string[] = ['string', 'number', 'boolean', 'choice', 'environment'];
export const CALL_INPUT_TYPES: readonly string[] = ['string', 'number', 'boolean'];

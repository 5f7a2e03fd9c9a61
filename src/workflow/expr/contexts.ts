/**
 * The contexts GitHub documents (docs.github.com › Contexts reference) with the properties each is
 * known to have. Built once at module load; the checker swaps in per-job types for `steps`,
 * `needs`, `matrix`, `inputs`, `secrets` and `jobs`.
 */
import { BOOL, looseObject, mapObject, NUMBER, STRING, strictObject, type ExprType, type ObjectType } from './types';

const str = (names: readonly string[]): Array<readonly [string, ExprType]> => names.map((n) => [n, STRING] as const);

/** `github.*`: every documented property, plus a few the runner sets that actionlint also accepts. */
export const GITHUB_CONTEXT: ObjectType = strictObject([
  ...str([
    'action',
    'action_path',
    'action_ref',
    'action_repository',
    'action_status',
    'actor',
    'actor_id',
    'api_url',
    'base_ref',
    'env',
    'event_name',
    'event_path',
    'graphql_url',
    'head_ref',
    'job',
    'job_workflow_sha',
    'output',
    'path',
    'ref',
    'ref_name',
    'ref_type',
    'repository',
    'repository_id',
    'repository_owner',
    'repository_owner_id',
    'repository_visibility',
    'repositoryurl',
    'run_attempt',
    'run_id',
    'run_number',
    'secret_source',
    'server_url',
    'sha',
    'state',
    'step_summary',
    'token',
    'triggering_actor',
    'workflow',
    'workflow_ref',
    'workflow_sha',
    'workspace',
  ]),
  ['artifact_cache_size_limit', NUMBER],
  ['retention_days', NUMBER],
  ['ref_protected', BOOL],
  // The webhook payload: its shape depends on the event, so it is not checked.
  ['event', looseObject()],
]);

export const RUNNER_CONTEXT: ObjectType = strictObject(
  str(['name', 'os', 'arch', 'temp', 'tool_cache', 'debug', 'environment', 'workspace']),
);

export const JOB_CONTEXT: ObjectType = strictObject([
  ['check_run_id', NUMBER],
  ['container', strictObject(str(['id', 'network']))],
  ['services', mapObject(strictObject([...str(['id', 'network']), ['ports', mapObject(STRING)]]))],
  ['status', STRING],
]);

/** Loose: GitHub may add strategy properties, and actionlint does not flag unknown ones either. */
export const STRATEGY_CONTEXT: ObjectType = looseObject([
  ['fail-fast', BOOL],
  ['job-index', NUMBER],
  ['job-total', NUMBER],
  ['max-parallel', NUMBER],
]);

/** Secrets every workflow can read even when `on.workflow_call.secrets` lists others. */
export const IMPLICIT_SECRETS: readonly string[] = ['github_token', 'actions_step_debug', 'actions_runner_debug'];

/** The top-level names an expression may start with, and their types before any job is known. */
export const BUILTIN_CONTEXTS: ReadonlyMap<string, ExprType> = new Map<string, ExprType>([
  ['github', GITHUB_CONTEXT],
  ['env', mapObject(STRING)],
  ['job', JOB_CONTEXT],
  ['steps', strictObject()],
  ['runner', RUNNER_CONTEXT],
  ['secrets', mapObject(STRING)],
  ['strategy', STRATEGY_CONTEXT],
  ['matrix', strictObject()],
  ['needs', strictObject()],
  ['inputs', strictObject()],
  ['vars', mapObject(STRING)],
]);

/** Step results: `steps.<id>.outputs` is filled per step. */
export function stepType(outputs: ExprType): ObjectType {
  return strictObject([
    ['outputs', outputs],
    ['conclusion', STRING],
    ['outcome', STRING],
  ]);
}

/** A needed job: `needs.<id>.outputs` and `needs.<id>.result`. */
export function neededJobType(outputs: ExprType): ObjectType {
  return strictObject([
    ['outputs', outputs],
    ['result', STRING],
  ]);
}

/**
 * `GITHUB_TOKEN` permission scopes and the levels each accepts. Source: GitHub's workflow schema
 * (actions/languageservices `workflow-v1.0.json`, `permissions-mapping`), which is newer than
 * actionlint's table: it adds `artifact-metadata`, `copilot-requests` and `vulnerability-alerts`.
 */

const ANY = ['read', 'write', 'none'] as const;
const WRITE_OR_NONE = ['write', 'none'] as const;
const READ_OR_NONE = ['read', 'none'] as const;

export const PERMISSION_SCOPES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['actions', ANY],
  ['artifact-metadata', ANY],
  ['attestations', ANY],
  ['checks', ANY],
  ['contents', ANY],
  // A token scope that only grants (write) or withholds (none) the right to call Copilot.
  ['copilot-requests', WRITE_OR_NONE],
  ['deployments', ANY],
  ['discussions', ANY],
  // OIDC tokens are minted, never read: `read` is meaningless and GitHub rejects it.
  ['id-token', WRITE_OR_NONE],
  ['issues', ANY],
  // GitHub Models can only be called (read); there is nothing to write.
  ['models', READ_OR_NONE],
  ['packages', ANY],
  ['pages', ANY],
  ['pull-requests', ANY],
  ['repository-projects', ANY],
  ['security-events', ANY],
  ['statuses', ANY],
  ['vulnerability-alerts', READ_OR_NONE],
]);

export const PERMISSION_SCOPE_NAMES: readonly string[] = [...PERMISSION_SCOPES.keys()];

/** The only strings `permissions:` itself may be (an empty mapping `{}` is the third form). */
export const PERMISSION_SHORTHANDS: readonly string[] = ['read-all', 'write-all'];

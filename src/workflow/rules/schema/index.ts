/** The workflow and action.yml schema: keys, values, events, globs, ids, permissions, env names. */
import type { WorkflowRule } from '../../rule';
import { deprecatedCommands } from './deprecated-commands';
import { envVar } from './env-var';
import { events } from './events';
import { glob } from './glob';
import { hardcodedContainerCredentials } from './hardcoded-container-credentials';
import { id } from './id';
import { permissions } from './permissions';
import { shellName } from './shell-name';
import { workflowSchema } from './workflow-schema';

export const SCHEMA_RULES: readonly WorkflowRule[] = [
  workflowSchema,
  events,
  glob,
  id,
  permissions,
  envVar,
  shellName,
  deprecatedCommands,
  hardcodedContainerCredentials,
];

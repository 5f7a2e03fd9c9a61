/** The workflow and action.yml schema: keys, values, events, globs, ids, permissions, env names. */
import type { WorkflowRule } from '../../rule';

export const SCHEMA_RULES: readonly WorkflowRule[] = [];

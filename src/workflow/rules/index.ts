/** Every workflow rule, by group; each group's index lists its rules. */
import type { WorkflowRule } from '../rule';
import { workflowSyntax } from './workflow-syntax';
import { SCHEMA_RULES } from './schema';
import { EXPRESSION_RULES } from './expressions';
import { JOB_RULES } from './jobs';
import { SECURITY_RULES } from './security';
import { AUDIT_RULES } from './audits';
import { DEPENDABOT_RULES } from './dependabot';

export const WORKFLOW_RULES: readonly WorkflowRule[] = [
  workflowSyntax,
  ...SCHEMA_RULES,
  ...EXPRESSION_RULES,
  ...JOB_RULES,
  ...SECURITY_RULES,
  ...AUDIT_RULES,
  ...DEPENDABOT_RULES,
];

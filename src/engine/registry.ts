/**
 * Every rule, listed explicitly: no discovery magic, so bundling stays simple and a reviewer sees
 * the whole set in one place. The registry test checks each entry has docs and tests.
 */
import type { RuleMeta } from './rule';
import type { DockerfileRule } from '../dockerfile/rule';
import type { WorkflowRule } from '../workflow/rule';
import type { SecretDetector } from '../secrets/detector';
import { DOCKERFILE_RULES as ALL_DOCKERFILE_RULES } from '../dockerfile/rules';
import { WORKFLOW_RULES as ALL_WORKFLOW_RULES } from '../workflow/rules';
import { SECRET_DETECTORS } from '../secrets/detectors';

export const DOCKERFILE_RULES: readonly DockerfileRule[] = ALL_DOCKERFILE_RULES;
export const WORKFLOW_RULES: readonly WorkflowRule[] = ALL_WORKFLOW_RULES;
export const SECRET_RULES: readonly SecretDetector[] = SECRET_DETECTORS;

export const ALL_RULES: readonly RuleMeta[] = [...DOCKERFILE_RULES, ...WORKFLOW_RULES, ...SECRET_RULES];

/** Finds a rule by id or alias, case-insensitively. */
export function findRule(idOrAlias: string): RuleMeta | undefined {
  const key = idOrAlias.toLowerCase();
  return ALL_RULES.find((r) => r.id.toLowerCase() === key) ?? ALL_RULES.find((r) => r.aliases.some((a) => a.toLowerCase() === key));
}

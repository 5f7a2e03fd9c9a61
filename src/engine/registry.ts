/**
 * Every rule, listed explicitly: no discovery magic, so bundling stays simple and a reviewer sees
 * the whole set in one place. The registry test checks each entry has docs and tests.
 *
 * The Dockerfile and workflow rule lists are functions: they load their modules on first use
 * (see lazy.ts), so a run that meets neither kind of file never loads them.
 */
import type { RuleMeta } from './rule';
import type { DockerfileRule } from '../dockerfile/rule';
import type { WorkflowRule } from '../workflow/rule';
import type { SecretDetector } from '../secrets/detector';
import { SECRET_DETECTORS } from '../secrets/detectors';
import { dockerfileRules as loadDockerfileRules, workflowRules as loadWorkflowRules } from './lazy';

export const dockerfileRules = (): readonly DockerfileRule[] => loadDockerfileRules().DOCKERFILE_RULES;
export const workflowRules = (): readonly WorkflowRule[] => loadWorkflowRules().WORKFLOW_RULES;
export const SECRET_RULES: readonly SecretDetector[] = SECRET_DETECTORS;

let everyRule: readonly RuleMeta[] | undefined;

export function allRules(): readonly RuleMeta[] {
  return (everyRule ??= [...dockerfileRules(), ...workflowRules(), ...SECRET_RULES]);
}

/** Finds a rule by id or alias, case-insensitively. */
export function findRule(idOrAlias: string): RuleMeta | undefined {
  const key = idOrAlias.toLowerCase();
  const rules = allRules();
  return rules.find((r) => r.id.toLowerCase() === key) ?? rules.find((r) => r.aliases.some((a) => a.toLowerCase() === key));
}

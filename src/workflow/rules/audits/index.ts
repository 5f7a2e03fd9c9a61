/** zizmor's audits about conditions, runners, obfuscation, supply chain and workflow hygiene. */
import type { WorkflowRule } from '../../rule';
import { adhocPackages } from './adhoc-packages';
import { anonymousDefinition } from './anonymous-definition';
import { archivedUses } from './archived-uses';
import { botConditions } from './bot-conditions';
import { concurrencyLimits } from './concurrency-limits';
import { forbiddenUses } from './forbidden-uses';
import { githubApp } from './github-app';
import { misfeature } from './misfeature';
import { obfuscation } from './obfuscation';
import { selfHostedRunner } from './self-hosted-runner';
import { selfRepository } from './self-repository';
import { superfluousActions } from './superfluous-actions';
import { undocumentedPermissions } from './undocumented-permissions';
import { unpinnedTools } from './unpinned-tools';
import { unsoundCondition } from './unsound-condition';
import { unsoundContains } from './unsound-contains';
import { unsoundTernary } from './unsound-ternary';
import { typosquatUses } from './typosquat-uses';

export const AUDIT_RULES: readonly WorkflowRule[] = [
  botConditions,
  unsoundContains,
  unsoundCondition,
  unsoundTernary,
  selfHostedRunner,
  obfuscation,
  misfeature,
  adhocPackages,
  anonymousDefinition,
  concurrencyLimits,
  undocumentedPermissions,
  forbiddenUses,
  archivedUses,
  superfluousActions,
  githubApp,
  selfRepository,
  unpinnedTools,
  typosquatUses,
];

/** zizmor's audits of `.github/dependabot.yml`. */
import type { WorkflowRule } from '../../rule';
import { dependabotCooldown } from './dependabot-cooldown';
import { dependabotExecution } from './dependabot-execution';

export const DEPENDABOT_RULES: readonly WorkflowRule[] = [dependabotCooldown, dependabotExecution];

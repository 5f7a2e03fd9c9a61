/** zizmor's audits about injection, permissions, credentials and pinning. */
import type { WorkflowRule } from '../../rule';
import { unpinnedUses } from './unpinned-uses';

export const SECURITY_RULES: readonly WorkflowRule[] = [unpinnedUses];

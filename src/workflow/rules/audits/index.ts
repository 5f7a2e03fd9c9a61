/** zizmor's audits about conditions, runners, obfuscation, supply chain and workflow hygiene. */
import type { WorkflowRule } from '../../rule';

export const AUDIT_RULES: readonly WorkflowRule[] = [];

/** Checks across jobs and files: needs, matrices, runner labels, reusable workflow calls, action inputs. */
import type { WorkflowRule } from '../../rule';

export const JOB_RULES: readonly WorkflowRule[] = [];

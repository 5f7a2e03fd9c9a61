/** Checks across jobs and files: needs, matrices, runner labels, reusable workflow calls, action inputs. */
import type { WorkflowRule } from '../../rule';
import { action } from './action';
import { jobNeeds } from './job-needs';
import { matrix } from './matrix';
import { runnerLabel } from './runner-label';
import { workflowCall } from './workflow-call';

export const JOB_RULES: readonly WorkflowRule[] = [jobNeeds, matrix, runnerLabel, workflowCall, action];

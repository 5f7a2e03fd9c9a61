/** A workflow rule: metadata plus hooks the engine calls during one walk of the file. */
import type { RuleContext } from '../engine/context';
import type { RuleMeta } from '../engine/rule';
import type { JobModel, StepModel, WorkflowModel } from './model';

export interface WorkflowRuleContext extends RuleContext {
  readonly model: WorkflowModel;
}

export interface WorkflowRule extends RuleMeta {
  readonly category: 'workflow';
  /** Called once per file with the YAML errors; only the syntax rule needs it. */
  onParseProblems?(problems: readonly YamlProblem[], ctx: RuleContext): void;
  onWorkflow?(model: WorkflowModel, ctx: WorkflowRuleContext): void;
  onAction?(model: WorkflowModel, ctx: WorkflowRuleContext): void;
  onJob?(job: JobModel, ctx: WorkflowRuleContext): void;
  /** Workflow steps and composite action steps alike. */
  onStep?(step: StepModel, ctx: WorkflowRuleContext): void;
}

export interface YamlProblem {
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

export function defineWorkflowRule(rule: Omit<WorkflowRule, 'category'>): WorkflowRule {
  return { ...rule, category: 'workflow' };
}

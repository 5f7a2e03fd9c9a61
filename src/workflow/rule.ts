/** A workflow rule: metadata plus hooks the engine calls during one walk of the file. */
import type { RuleContext } from '../engine/context';
import type { Persona, WorkflowOptions } from '../engine/config';
import type { RuleMeta } from '../engine/rule';
import type { JobModel, StepModel, WorkflowModel } from './model';
import type { YNode } from './yaml/node';

export interface WorkflowRuleContext extends RuleContext {
  readonly model: WorkflowModel;
  readonly options: WorkflowOptions;
  /** True when the configured persona includes findings of `persona` (regular < pedantic < auditor). */
  shows(persona: Persona): boolean;
  /** This rule's settings from `workflow.ruleConfig` / `zizmor.yml` (`rules.<id>.config`), if any. */
  readonly ruleConfig: unknown;
  /**
   * Reads a file by its path relative to the repository root (`.github/workflows/x.yml`,
   * `path/to/action/action.yml`); undefined when the front end cannot (or the file is missing).
   */
  readRepoFile(relativePath: string): string | undefined;
  /** A range from document offsets. */
  rangeOf(start: number, end: number): import('../engine/types').Range;
  /** The range of a node (its content for scalars, quotes excluded). */
  nodeRange(node: YNode): import('../engine/types').Range;
}

export interface WorkflowRule extends RuleMeta {
  readonly category: 'workflow';
  /** Called once per file with the YAML errors; only the syntax rule needs it. */
  onParseProblems?(problems: readonly YamlProblem[], ctx: RuleContext): void;
  onWorkflow?(model: WorkflowModel, ctx: WorkflowRuleContext): void;
  onAction?(model: WorkflowModel, ctx: WorkflowRuleContext): void;
  /** `.github/dependabot.yml`: the model has only `root`. */
  onDependabot?(model: WorkflowModel, ctx: WorkflowRuleContext): void;
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

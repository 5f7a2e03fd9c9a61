/** A Dockerfile rule: metadata plus hooks the engine calls during one walk of the file. */
import type { RuleContext } from '../engine/context';
import type { RuleMeta } from '../engine/rule';
import type { Dockerfile, Instruction, Stage } from './model';

export interface DockerfileRuleContext extends RuleContext {
  readonly dockerfile: Dockerfile;
}

export interface DockerfileRule extends RuleMeta {
  readonly category: 'dockerfile';
  onFile?(dockerfile: Dockerfile, ctx: DockerfileRuleContext): void;
  onStage?(stage: Stage, ctx: DockerfileRuleContext): void;
  /** Called for every instruction, and again for the instruction an `ONBUILD` wraps. */
  onInstruction?(instruction: Instruction, ctx: DockerfileRuleContext): void;
}

export function defineDockerfileRule(rule: Omit<DockerfileRule, 'category'>): DockerfileRule {
  return { ...rule, category: 'dockerfile' };
}

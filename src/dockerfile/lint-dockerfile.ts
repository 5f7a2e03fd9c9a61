/** Parses a Dockerfile once and walks it once, calling every enabled rule's hooks. */
import type { RuleContext } from '../engine/context';
import type { RuleMeta } from '../engine/rule';
import { parseDockerfile } from './parse';
import type { DockerfileRule } from './rule';


export function lintDockerfile(text: string, rules: readonly DockerfileRule[], contextFor: (rule: RuleMeta) => RuleContext): void {
  if (rules.length === 0) return;
  const dockerfile = parseDockerfile(text);
  const active = rules.map((rule) => ({ rule, ctx: { ...contextFor(rule), dockerfile } }));
  for (const { rule, ctx } of active) rule.onFile?.(dockerfile, ctx);
  for (const stage of dockerfile.stages) for (const { rule, ctx } of active) rule.onStage?.(stage, ctx);
  const withInstruction = active.filter(({ rule }) => rule.onInstruction !== undefined);
  if (withInstruction.length === 0) return;
  for (const instruction of dockerfile.instructions) {
    for (const { rule, ctx } of withInstruction) {
      rule.onInstruction?.(instruction, ctx);
      if (instruction.onbuild) rule.onInstruction?.(instruction.onbuild, ctx);
    }
  }
}

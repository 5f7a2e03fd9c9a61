/**
 * The shared shape of the typed-label rules (DL3052–DL3058): for every LABEL pair whose key the
 * label schema gives `type`, check the value and report it with the reason it does not conform.
 * Values that are empty (DL3051's finding) or that use a variable (known only at build time) are
 * not checked.
 */
import type { LabelType } from '../../../engine/config';
import type { Confidence } from '../../../engine/types';
import { defineDockerfileRule, type DockerfileRule } from '../../rule';
import { isEmptySchema, labelPairs, schemaType, shown } from './label-pairs';

export interface TypedLabelSpec {
  readonly id: string;
  readonly name: string;
  readonly type: LabelType;
  readonly summary: string;
  readonly confidence?: Confidence;
  /** What the value must be, for the message: `an absolute URL`. */
  readonly expected: string;
  /** What to write instead, for the message: `e.g. https://example.com/project`. */
  readonly hint: string;
  /** Undefined when the value conforms, else why it does not. */
  problem(value: string): string | undefined;
}

export function defineTypedLabelRule(spec: TypedLabelSpec): DockerfileRule {
  return defineDockerfileRule({
    id: spec.id,
    name: spec.name,
    aliases: [],
    severity: 'warning',
    confidence: spec.confidence ?? 'high',
    summary: spec.summary,
    fix: 'none',
    instructions: ['LABEL'],
    onInstruction(instruction, ctx) {
      if (instruction.keyword !== 'LABEL') return;
      const schema = ctx.options.labelSchema;
      if (isEmptySchema(schema)) return;
      for (const pair of labelPairs(instruction, ctx.dockerfile.escape)) {
        if (pair.value === '' || pair.hasVariable || schemaType(schema, pair.key) !== spec.type) continue;
        const problem = spec.problem(pair.value);
        if (problem === undefined) continue;
        ctx.report({
          range: ctx.lines.range(pair.valueStart, pair.valueEnd),
          message: `Label "${pair.key}" must be ${spec.expected} (label schema type ${spec.type}), but "${shown(pair.value)}" is not: ${problem}; ${spec.hint}.`,
        });
      }
    },
  });
}

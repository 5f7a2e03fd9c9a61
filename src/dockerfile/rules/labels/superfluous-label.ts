/**
 * DL3050: with strict labels on (`strictLabels: true`, hadolint's `strict-labels`), a label whose
 * key is not in the label schema. Teams that publish a fixed set of labels use it to keep ad-hoc
 * or misspelled keys (`org.opencontainers.image.sources`) out of their images.
 * Difference from hadolint: hadolint reports the LABEL instruction once; this rule reports each
 * superfluous key, on the key.
 */
import { defineDockerfileRule } from '../../rule';
import { labelPairs, schemaType } from './label-pairs';

export const superfluousLabel = defineDockerfileRule({
  id: 'DL3050',
  name: 'superfluous-label',
  aliases: [],
  severity: 'info',
  confidence: 'high',
  summary: 'With strict labels on, a label is not in the label schema.',
  fix: 'none',
  instructions: ['LABEL'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword !== 'LABEL' || !ctx.options.strictLabels) return;
    const schema = ctx.options.labelSchema;
    for (const pair of labelPairs(instruction, ctx.dockerfile.escape)) {
      if (schemaType(schema, pair.key) !== undefined) continue;
      ctx.report({
        range: ctx.lines.range(pair.keyStart, pair.keyEnd),
        message: `Label "${pair.key}" is not in the label schema, and strict labels are on: remove it, or add it to labelSchema (label-schema in .hadolint.yaml).`,
      });
    }
  },
});

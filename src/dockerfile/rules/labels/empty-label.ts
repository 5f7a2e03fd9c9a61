/**
 * DL3051: a label from the label schema set to the empty string (`LABEL org.opencontainers.image.
 * source=""`). An empty value satisfies "the label is present" (DL3049) while carrying nothing,
 * which usually means a build argument was not passed. As in hadolint, only labels in the schema
 * are checked; a value that is a variable (`$VCS_URL`) is not empty as written.
 */
import { defineDockerfileRule } from '../../rule';
import { isEmptySchema, labelPairs, schemaType } from './label-pairs';

export const emptyLabel = defineDockerfileRule({
  id: 'DL3051',
  name: 'empty-label',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'A label required by the label schema is set to an empty value.',
  fix: 'none',
  instructions: ['LABEL'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword !== 'LABEL') return;
    const schema = ctx.options.labelSchema;
    if (isEmptySchema(schema)) return;
    for (const pair of labelPairs(instruction, ctx.dockerfile.escape)) {
      if (pair.value !== '' || schemaType(schema, pair.key) === undefined) continue;
      ctx.report({
        range: ctx.lines.range(pair.keyStart, Math.max(pair.keyEnd, pair.valueEnd)),
        message: `Label "${pair.key}" is empty: give it a value (the label schema requires it), e.g. from a build argument that is always passed.`,
      });
    }
  },
});

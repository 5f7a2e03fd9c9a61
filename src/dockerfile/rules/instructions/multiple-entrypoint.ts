/**
 * DL4004: more than one ENTRYPOINT in a stage. Each stage's last ENTRYPOINT is the one the image
 * runs; earlier ones are overwritten and only mislead.
 * As hadolint, every ENTRYPOINT after the first in a stage is flagged; ENTRYPOINT inside ONBUILD
 * is compared only with other ONBUILD ENTRYPOINT of the stage.
 */
import { defineDockerfileRule } from '../../rule';
import { repeatedInStage } from './helpers';

export const multipleEntrypoint = defineDockerfileRule({
  id: 'DL4004',
  name: 'multiple-entrypoint',
  aliases: ['DS-0007', 'DS007', 'MultipleInstructionsDisallowed'],
  severity: 'error',
  confidence: 'high',
  summary: 'A stage has more than one ENTRYPOINT instruction.',
  fix: 'none',
  onStage(stage, ctx) {
    for (const { previous, repeated } of repeatedInStage(stage, 'ENTRYPOINT')) {
      const previousRange = ctx.lines.range(previous.keywordStart, previous.keywordEnd);
      ctx.report({
        range: ctx.lines.range(repeated.keywordStart, repeated.keywordEnd),
        message: `This ENTRYPOINT overrides the one on line ${previousRange.start.line + 1}: only the last ENTRYPOINT of a stage takes effect; remove the others.`,
        related: [{ message: 'The earlier ENTRYPOINT, which has no effect', range: previousRange }],
      });
    }
  },
});

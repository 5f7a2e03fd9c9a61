/**
 * DL4003: more than one CMD in a stage. Each stage's last CMD is the image's default command;
 * earlier ones are overwritten and only mislead.
 * As hadolint, every CMD after the first in a stage is flagged; CMD inside ONBUILD is compared
 * only with other ONBUILD CMD of the stage.
 */
import { defineDockerfileRule } from '../../rule';
import { repeatedInStage } from './helpers';

export const multipleCmd = defineDockerfileRule({
  id: 'DL4003',
  name: 'multiple-cmd',
  aliases: ['DS-0016', 'DS016', 'MultipleInstructionsDisallowed'],
  severity: 'warning',
  confidence: 'high',
  summary: 'A stage has more than one CMD instruction.',
  fix: 'none',
  onStage(stage, ctx) {
    for (const { previous, repeated } of repeatedInStage(stage, 'CMD')) {
      const previousRange = ctx.lines.range(previous.keywordStart, previous.keywordEnd);
      ctx.report({
        range: ctx.lines.range(repeated.keywordStart, repeated.keywordEnd),
        message: `This CMD overrides the one on line ${previousRange.start.line + 1}: only the last CMD of a stage takes effect; remove the others.`,
        related: [{ message: 'The earlier CMD, which has no effect', range: previousRange }],
      });
    }
  },
});

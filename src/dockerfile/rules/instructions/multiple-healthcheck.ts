/**
 * DL3012: more than one HEALTHCHECK in a stage. Only the last one takes effect, so the earlier
 * ones are dead code that readers take for the real check.
 */
import { defineDockerfileRule } from '../../rule';
import { repeatedInStage } from './helpers';

export const multipleHealthcheck = defineDockerfileRule({
  id: 'DL3012',
  name: 'multiple-healthcheck',
  aliases: ['DS-0023', 'DS023', 'MultipleInstructionsDisallowed'],
  severity: 'error',
  confidence: 'high',
  summary: 'A stage has more than one HEALTHCHECK instruction.',
  fix: 'none',
  onStage(stage, ctx) {
    for (const { previous, repeated } of repeatedInStage(stage, 'HEALTHCHECK')) {
      const previousRange = ctx.lines.range(previous.keywordStart, previous.keywordEnd);
      ctx.report({
        range: ctx.lines.range(repeated.keywordStart, repeated.keywordEnd),
        message: `This HEALTHCHECK replaces the one on line ${previousRange.start.line + 1}: only the last HEALTHCHECK of a stage takes effect; keep one.`,
        related: [{ message: 'The earlier HEALTHCHECK, which has no effect', range: previousRange }],
      });
    }
  },
});

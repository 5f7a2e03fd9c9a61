/**
 * ReservedStageName (BuildKit build check): a stage named `scratch` or `context`. Those names
 * already mean something to BuildKit (the empty image, the build context), so `FROM scratch` or
 * `COPY --from=context` later in the file would not refer to the stage the author meant.
 */
import { defineDockerfileRule } from '../../rule';

const RESERVED = new Set(['context', 'scratch']);

export const reservedStageName = defineDockerfileRule({
  id: 'ReservedStageName',
  name: 'reserved-stage-name',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'Reserved words should not be used as stage names.',
  fix: 'none',
  onStage(stage, ctx) {
    const nameWord = stage.from.operands[2];
    if (!stage.name || !RESERVED.has(stage.name) || !nameWord) return;
    ctx.report({
      range: ctx.lines.range(nameWord.start, nameWord.end),
      message: `Stage name should not use the same name as reserved stage "${stage.name}": choose another name.`,
    });
  },
});

/**
 * StageNameCasing (BuildKit build check): a stage name written with capitals (`FROM node AS Build`).
 * BuildKit lower-cases stage names, so `Build`, `build` and `BUILD` are one stage; writing it in
 * capitals suggests a difference that does not exist and reads like an image reference.
 * The fix lower-cases the name in place; references (`COPY --from=Build`) keep working because
 * BuildKit compares stage names case-insensitively.
 */
import { defineDockerfileRule } from '../../rule';

export const stageNameCasing = defineDockerfileRule({
  id: 'StageNameCasing',
  name: 'stage-name-casing',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'Stage names should be lowercase.',
  fix: 'safe',
  onStage(stage, ctx) {
    const { operands } = stage.from;
    const nameWord = operands[2];
    if (operands.length !== 3 || operands[1]?.value.toLowerCase() !== 'as' || !nameWord) return;
    const written = nameWord.value;
    const lower = written.toLowerCase();
    if (written === lower) return;
    const range = ctx.lines.range(nameWord.start, nameWord.end);
    ctx.report({
      range,
      message: `Stage name '${written}' should be lowercase: use '${lower}' (stage names are case-insensitive).`,
      fixes: [{ title: `Rename the stage to '${lower}'`, applicability: 'safe', edits: [{ range, newText: lower }] }],
    });
  },
});

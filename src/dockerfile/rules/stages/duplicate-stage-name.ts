/**
 * DL3024: two stages with the same `AS` name. BuildKit refuses to build ("duplicate stage name"),
 * and older builders silently resolve the name to one of them, so `COPY --from` and `FROM <name>`
 * pick a stage the author did not mean.
 * Names compare case-insensitively, as BuildKit lower-cases them; hadolint compares them as
 * written and misses `AS Build` / `AS build`.
 */
import { defineDockerfileRule } from '../../rule';
import type { Stage } from '../../model';
import { aliasWord } from './stage-refs';

export const duplicateStageName = defineDockerfileRule({
  id: 'DL3024',
  name: 'duplicate-stage-name',
  aliases: ['DuplicateStageName', 'DS-0012', 'DS012', 'CKV_DOCKER_11'],
  severity: 'error',
  confidence: 'high',
  summary: '`FROM` aliases (stage names) must be unique.',
  fix: 'none',
  onFile(dockerfile, ctx) {
    const first = new Map<string, Stage>();
    for (const stage of dockerfile.stages) {
      if (!stage.name) continue;
      const earlier = first.get(stage.name);
      if (!earlier) {
        first.set(stage.name, stage);
        continue;
      }
      const word = aliasWord(stage);
      const earlierWord = aliasWord(earlier);
      if (!word) continue;
      const line = ctx.lines.range(earlier.from.keywordStart, earlier.from.keywordStart).start.line + 1;
      ctx.report({
        range: ctx.lines.range(word.start, word.end),
        message: `Stage name "${word.value}" is already used by the stage on line ${line}: give each stage a unique name.`,
        related: earlierWord
          ? [{ message: `"${earlierWord.value}" is first defined here`, range: ctx.lines.range(earlierWord.start, earlierWord.end) }]
          : [],
      });
    }
  },
});

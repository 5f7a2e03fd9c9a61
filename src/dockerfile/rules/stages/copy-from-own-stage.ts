/**
 * DL3023: `COPY --from=<name>` inside the stage called `<name>`. A stage cannot read files from
 * itself (BuildKit rejects the circular dependency), so the flag names the wrong stage: usually a
 * copy-paste from another stage, or a stage renamed without updating its COPY lines.
 * As hadolint, only the stage's own name is checked, and ONBUILD triggers are skipped. Unlike
 * hadolint, the name compares case-insensitively (BuildKit lower-cases stage names) and
 * `--from=$VAR` is resolved through global ARG defaults.
 */
import { defineDockerfileRule } from '../../rule';
import { aliasWord, flagValue, resolveVariables } from './stage-refs';

export const copyFromOwnStage = defineDockerfileRule({
  id: 'DL3023',
  name: 'copy-from-own-stage',
  aliases: ['DS-0006', 'DS006'],
  severity: 'error',
  confidence: 'high',
  summary: '`COPY --from` cannot reference its own `FROM` alias.',
  fix: 'none',
  onStage(stage, ctx) {
    if (!stage.name) return;
    const alias = aliasWord(stage);
    for (const inst of stage.instructions) {
      if (inst.keyword !== 'COPY') continue;
      const from = flagValue(inst, 'from');
      if (!from) continue;
      const resolved = resolveVariables(from.value, ctx.dockerfile.globalArgs);
      if (resolved?.toLowerCase() !== stage.name) continue;
      const via = resolved === from.value ? '' : ` (${from.value} resolves to ${resolved})`;
      ctx.report({
        range: ctx.lines.range(from.start, from.end),
        message: `COPY --from=${resolved}${via} copies from the stage it is in: a stage cannot copy from itself; name an earlier stage.`,
        related: alias ? [{ message: `This stage is named "${alias.value}" here`, range: ctx.lines.range(alias.start, alias.end) }] : [],
      });
    }
  },
});

/**
 * DL3022: `COPY --from=<name>` that names no earlier stage. BuildKit treats an unknown name as an
 * image to pull, so a typo or a stage renamed or moved below the COPY silently turns into a pull
 * of `docker.io/library/<name>:latest` (or a confusing "pull access denied" error).
 * Following hadolint: a value containing `:` is an image reference and is accepted; a number is
 * accepted when it is the index of an earlier stage or the current one; ONBUILD triggers are not
 * checked (they run in a child build whose stages are unknown). Unlike hadolint, names compare
 * case-insensitively (as BuildKit does) and `--from=$VAR` is resolved through global ARG
 * defaults; a variable without a default is not judged.
 */
import { defineDockerfileRule } from '../../rule';
import { aliasWord, flagValue, resolveVariables } from './stage-refs';

export const copyFromUnknownStage = defineDockerfileRule({
  id: 'DL3022',
  name: 'copy-from-unknown-stage',
  aliases: [],
  severity: 'warning',
  confidence: 'medium',
  summary: '`COPY --from` should reference a previously defined `FROM` alias.',
  fix: 'none',
  onFile(dockerfile, ctx) {
    // A linear walk, so a COPY above the first FROM is judged too (with no stage defined).
    const seen = new Set<string>();
    let count = 0;
    for (const inst of dockerfile.instructions) {
      if (inst.keyword === 'FROM') {
        const stage = dockerfile.stages[count];
        if (stage?.name) seen.add(stage.name);
        count++;
        continue;
      }
      if (inst.keyword !== 'COPY') continue;
      const from = flagValue(inst, 'from');
      if (!from || from.value === '') continue;
      const resolved = resolveVariables(from.value, dockerfile.globalArgs);
      if (resolved === undefined || resolved === '' || resolved.includes(':')) continue;
      const name = resolved.toLowerCase();
      if (seen.has(name)) continue;
      const range = ctx.lines.range(from.start, from.end);
      const via = resolved === from.value ? '' : ` (${from.value} resolves to ${resolved})`;
      if (/^\d+$/.test(resolved)) {
        if (Number(resolved) < count) continue;
        const defined = count === 0 ? 'no stage is defined yet' : `only stages 0 to ${count - 1} are defined up to here`;
        ctx.report({
          range,
          message: `COPY --from=${resolved}${via} refers to stage index ${resolved}, but ${defined}: use the index or name of an earlier stage.`,
        });
        continue;
      }
      const later = dockerfile.stages.find((s) => s.index >= count && s.name === name);
      const laterWord = later ? aliasWord(later) : undefined;
      const related = laterWord
        ? [{ message: `Stage "${resolved}" is defined here, after the COPY`, range: ctx.lines.range(laterWord.start, laterWord.end) }]
        : [];
      const hint = later
        ? `stage "${resolved}" is defined only later in the file; move it above this COPY`
        : `define it with "FROM … AS ${resolved}" above, fix the name, or write an image reference with a tag (${resolved}:<tag>)`;
      ctx.report({ range, message: `COPY --from=${resolved}${via} names no earlier stage: ${hint}.`, related });
    }
  },
});

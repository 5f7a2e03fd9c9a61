/**
 * UndefinedArgInFrom (BuildKit build check): a FROM (image or `--platform`) that uses a variable no
 * ARG before the first FROM declares, and that is not one of BuildKit's predefined platform ARGs
 * (`BUILDPLATFORM`, `TARGETARCH`…). Such a variable expands to the empty string, so the build
 * silently uses another image (`node:22${VARIANT}` becomes `node:22`) or fails. Like BuildKit, it
 * suggests a declared name within a small edit distance (`TARGETARHC` → `TARGETARCH`), and counts
 * `${VAR:-default}` as a use of VAR.
 */
import type { Word } from '../../model';
import { defineDockerfileRule } from '../../rule';
import { flagValue, globalScope, PREDEFINED_PLATFORM_ARGS, suggest, variableRefs, wordSpan } from './helpers';

export const undefinedArgInFrom = defineDockerfileRule({
  id: 'UndefinedArgInFrom',
  name: 'undefined-arg-in-from',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'FROM must use declared ARGs.',
  fix: 'none',
  onFile(dockerfile, ctx) {
    if (dockerfile.stages.every((s) => !s.from.argsText.includes('$'))) return;
    const scope = globalScope(dockerfile);
    const known = new Set([...scope.declared, ...PREDEFINED_PLATFORM_ARGS.keys()]);
    for (const stage of dockerfile.stages) {
      const from = stage.from;
      const parts: { word: Word; text: string; offset: number }[] = [];
      if (stage.image) parts.push({ word: stage.image, text: stage.image.value, offset: 0 });
      const platform = flagValue(from, 'platform');
      if (platform) parts.push({ word: platform.word, text: platform.value, offset: platform.valueFrom });
      const reported = new Set<string>();
      for (const { word, text, offset } of parts) {
        for (const ref of variableRefs(text, dockerfile.escape)) {
          if (known.has(ref.name) || reported.has(ref.name)) continue;
          reported.add(ref.name);
          const hint = suggest(ref.name, known);
          const span = wordSpan(from, word, offset + ref.start, offset + ref.end);
          ctx.report({
            range: ctx.lines.range(span.start, span.end),
            message: `FROM argument '${ref.name}' is not declared${hint ? ` (did you mean ${hint}?)` : ''}: declare it with ARG before the first FROM.`,
          });
        }
      }
    }
  },
});

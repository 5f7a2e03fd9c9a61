/**
 * InvalidDefaultArgInFrom (BuildKit build check): a FROM whose image, expanded with the global ARG
 * defaults alone (no `--build-arg`), is empty or not a valid image reference: `ARG TAG` then
 * `FROM busybox:${TAG}` gives `busybox:`. The build then only works when the caller remembers the
 * build argument. Predefined platform ARGs count as set. Difference from BuildKit: a FROM written
 * without any variable is not checked here (an invalid literal name is a plain build error, not an
 * ARG default problem).
 */
import { expandVariables, unquote } from '../../parse';
import { defineDockerfileRule } from '../../rule';
import { baseStage, globalScope, isValidImageReference } from './helpers';

export const invalidDefaultArgInFrom = defineDockerfileRule({
  id: 'InvalidDefaultArgInFrom',
  name: 'invalid-default-arg-in-from',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'The default value of a global ARG results in an empty or invalid base image name.',
  fix: 'none',
  onFile(dockerfile, ctx) {
    if (dockerfile.stages.every((s) => !s.image?.value.includes('$'))) return;
    const scope = globalScope(dockerfile);
    for (const stage of dockerfile.stages) {
      const image = stage.image;
      if (!image?.value.includes('$')) continue;
      const written = unquote(image.value);
      const expanded = expandVariables(written, scope.values);
      // A modifier this expander does not model (`${A#x}`) leaves a `$`: do not guess.
      if (expanded.includes('$') || isValidImageReference(expanded) || baseStage(stage, dockerfile, scope)) continue;
      ctx.report({
        range: ctx.lines.range(image.start, image.end),
        message: `Default value for ARG ${written} results in empty or invalid base image name ("${expanded}"): give the ARG a default, or write \${NAME:-default}.`,
      });
    }
  },
});

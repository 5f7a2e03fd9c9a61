/**
 * DL3043: `ONBUILD ONBUILD`, `ONBUILD FROM` or `ONBUILD MAINTAINER`. Docker does not allow these
 * as triggers: the image builds, but every child image that uses it as a base fails at its FROM
 * line, far from the mistake.
 */
import { defineDockerfileRule } from '../../rule';

const FORBIDDEN = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

export const onbuildForbiddenTrigger = defineDockerfileRule({
  id: 'DL3043',
  name: 'onbuild-forbidden-trigger',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: '`ONBUILD`, `FROM` or `MAINTAINER` triggered from within `ONBUILD` instruction.',
  fix: 'none',
  instructions: ['ONBUILD'],
  onInstruction(instruction, ctx) {
    const inner = instruction.keyword === 'ONBUILD' ? instruction.onbuild : undefined;
    if (!inner || !FORBIDDEN.has(inner.keyword)) return;
    const advice =
      inner.keyword === 'ONBUILD'
        ? 'triggers cannot be chained; keep a single ONBUILD'
        : inner.keyword === 'FROM'
          ? 'a trigger cannot change the base image of the child build'
          : 'use LABEL org.opencontainers.image.authors in this image instead';
    ctx.report({
      range: ctx.lines.range(inner.keywordStart, inner.keywordEnd),
      message: `ONBUILD ${inner.keyword} is not allowed, and every build based on this image will fail: ${advice}.`,
    });
  },
});

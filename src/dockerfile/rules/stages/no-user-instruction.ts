/**
 * DL3063 (off by default, as in hadolint): a Dockerfile with no `USER` instruction at all. Unless
 * the base image switches users, the container then runs as root, which turns any code-execution
 * bug into root inside the container and makes escapes easier.
 * As hadolint, one `USER` anywhere in the file (any stage, outside ONBUILD) satisfies the rule; a
 * USER only in a build stage is not checked against the final stage (DL3002 covers a final
 * `USER root`). The finding is on the last FROM, where the final image starts.
 */
import { defineDockerfileRule } from '../../rule';

export const noUserInstruction = defineDockerfileRule({
  id: 'DL3063',
  name: 'no-user-instruction',
  aliases: ['CKV_DOCKER_3'],
  severity: 'warning',
  confidence: 'medium',
  summary: 'A USER instruction should be specified.',
  fix: 'none',
  enabledByDefault: false,
  onFile(dockerfile, ctx) {
    const last = dockerfile.stages[dockerfile.stages.length - 1];
    if (!last || dockerfile.instructions.some((inst) => inst.keyword === 'USER')) return;
    ctx.report({
      range: ctx.lines.range(last.from.keywordStart, last.from.keywordEnd),
      message:
        'No USER instruction: the container runs as root unless the base image sets a user. Add a non-root USER (e.g. USER 10001) to the final stage.',
    });
  },
});

/**
 * DL4005: `ln … /bin/sh` in a RUN, i.e. replacing the system shell with a link (usually to bash)
 * to change the shell later RUNs use. That rewrites a file the base image's own scripts depend
 * on and hides the change from anyone reading the Dockerfile; `SHELL ["/bin/bash", "-c"]` changes
 * the shell of the following RUN, CMD and ENTRYPOINT instructions explicitly.
 * As in hadolint, any `ln` with an argument that is exactly `/bin/sh` is reported.
 */
import { defineDockerfileRule } from '../../rule';
import { namedCommands, wordRange } from './commands';

export const useShellInstruction = defineDockerfileRule({
  id: 'DL4005',
  name: 'use-shell-instruction',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'A RUN links /bin/sh to another shell instead of using the SHELL instruction.',
  fix: 'none',
  instructions: ['RUN'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword !== 'RUN') return;
    for (const { name, words } of namedCommands(instruction, ctx)) {
      if (name.value !== 'ln' || !words.slice(1).some((w) => w.value === '/bin/sh')) continue;
      ctx.report({
        range: wordRange(ctx, name),
        message:
          'Do not replace /bin/sh with ln: use the SHELL instruction, e.g. SHELL ["/bin/bash", "-c"], to change the shell for later instructions.',
      });
    }
  },
});

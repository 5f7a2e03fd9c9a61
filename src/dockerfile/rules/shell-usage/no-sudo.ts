/**
 * DL3004: `sudo` in a RUN. Build steps already run as the current USER (root unless a USER line
 * changed it); sudo adds a setuid binary and its configuration to the image, asks for a password
 * or a TTY in some setups, and hides which user a step really runs as. Switch with `USER`, or use
 * a tool such as gosu/su-exec in an entrypoint that must drop privileges at run time.
 * `sudo` is found behind other wrappers too (`env X=1 sudo …`) and inside `sh -c '…'`.
 */
import { defineDockerfileRule } from '../../rule';
import { namedCommands, wordRange } from './commands';

export const noSudo = defineDockerfileRule({
  id: 'DL3004',
  name: 'no-sudo',
  aliases: ['DS-0010', 'DS010', 'CKV2_DOCKER_1'],
  severity: 'error',
  confidence: 'high',
  summary: 'A RUN uses sudo.',
  fix: 'none',
  instructions: ['RUN'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword !== 'RUN') return;
    for (const { prefix, name } of namedCommands(instruction, ctx)) {
      // sudo is a wrapper, so it is among the prefix words (or the name itself when used alone).
      const sudo = [...prefix, name].find((w) => w.value === 'sudo');
      if (!sudo) continue;
      ctx.report({
        range: wordRange(ctx, sudo),
        message: `Do not use sudo in a RUN${sudo === name ? '' : ` (here to run \`${name.value}\`)`}: switch users with USER, or use gosu/su-exec at run time.`,
      });
    }
  },
});

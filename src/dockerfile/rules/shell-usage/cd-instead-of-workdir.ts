/**
 * DL3003: `cd` in a RUN. A directory change lasts only until the end of the step, so the next RUN,
 * COPY or CMD starts back in the WORKDIR; scripts that rely on `cd` are harder to read and easy to
 * break when steps are split or reordered. WORKDIR makes the directory explicit and keeps it.
 * Like hadolint, every `cd` is flagged, including one inside a subshell (`(cd dir && make)`);
 * this reader also sees the script of `sh -c '…'`, which hadolint does not.
 */
import { defineDockerfileRule } from '../../rule';
import { argsNoFlags, namedCommands, wordRange } from './commands';

export const cdInsteadOfWorkdir = defineDockerfileRule({
  id: 'DL3003',
  name: 'cd-instead-of-workdir',
  aliases: ['DS-0013', 'DS013'],
  severity: 'warning',
  confidence: 'medium',
  summary: 'A RUN uses `cd` to change directory instead of WORKDIR.',
  fix: 'none',
  instructions: ['RUN'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword !== 'RUN') return;
    for (const { name, words } of namedCommands(instruction, ctx)) {
      if (name.value !== 'cd') continue;
      const target = argsNoFlags(words)[0]?.value;
      const hint = target ? `WORKDIR ${target}` : 'WORKDIR <dir>';
      ctx.report({ range: wordRange(ctx, name), message: `Use ${hint} to switch to a directory instead of \`cd\` in a RUN.` });
    }
  },
});

/**
 * DL3059: two RUN instructions in a row that could be one. Each RUN adds a layer and a cache
 * step; files deleted in a later RUN still ship in the earlier layer.
 * hadolint's conditions are kept: only adjacent RUNs count (comments between them do not break
 * the run, any other instruction does, ONBUILD RUN included); RUNs with different flags
 * (`--mount`, `--network`, `--security`) are left alone, since they cannot be merged; and a RUN
 * that already chains several commands (`a && b`, `a; b`, a command substitution) is taken as a
 * deliberate split, so neither it nor its neighbour is reported.
 */
import type { Instruction } from '../../model';
import { defineDockerfileRule, type DockerfileRuleContext } from '../../rule';

/**
 * Whether the RUN runs more than one command, as hadolint counts them: commands in subshells and
 * command substitutions count, the script of `sh -c '…'` (a string to hadolint) does not. A
 * substitution in an argument means a second command even where the shell reader keeps it inside
 * the word (in double quotes).
 */
function runsSeveralCommands(run: Instruction, ctx: DockerfileRuleContext): boolean {
  const named = (ctx.scripts(run)?.commands ?? []).filter((c) => !c.fromShC && c.words.length > 0);
  return named.length > 1 || named.some((c) => c.words.slice(1).some((w) => w.raw.includes('`') || /\$\((?!\()/.test(w.raw)));
}

function flagKey(run: Instruction): string {
  return run.flags
    .map((f) => f.value)
    .sort()
    .join(' ');
}

export const consecutiveRun = defineDockerfileRule({
  id: 'DL3059',
  name: 'consecutive-run',
  aliases: [],
  severity: 'info',
  confidence: 'medium',
  summary: 'Multiple consecutive RUN instructions that could be consolidated.',
  fix: 'none',
  onFile(dockerfile, ctx) {
    let previous: { run: Instruction; flags: string; several: boolean } | undefined;
    for (const inst of dockerfile.instructions) {
      if (inst.keyword !== 'RUN') {
        previous = undefined;
        continue;
      }
      const current = { run: inst, flags: flagKey(inst), several: runsSeveralCommands(inst, ctx) };
      if (previous && previous.flags === current.flags && !previous.several && !current.several) {
        const line = ctx.lines.range(previous.run.keywordStart, previous.run.keywordEnd).start.line + 1;
        ctx.report({
          range: ctx.lines.range(inst.keywordStart, inst.keywordEnd),
          message: `This RUN directly follows the RUN on line ${line}: consider joining them with && into one RUN (one layer).`,
        });
      }
      previous = current;
    }
  },
});

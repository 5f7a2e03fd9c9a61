/**
 * DL3047: `wget` without `--progress`. In a build log wget's default progress output is a new
 * line every few kilobytes, so one large download can bury the rest of the log under megabytes
 * of dots. `--progress=dot:giga` keeps it short; `-q`/`--quiet`, `-nv`/`--no-verbose` and
 * `-o`/`-a` (log to a file) are accepted too, as in hadolint.
 * No automatic fix: BusyBox wget (Alpine) does not know `--progress` and would fail the build.
 */
import { defineDockerfileRule } from '../../rule';
import { findFlag, namedCommands, wordRange } from './commands';

const QUIETING = ['progress', 'q', 'quiet', 'o', 'output-file', 'a', 'append-output', 'no-verbose'];

export const wgetProgress = defineDockerfileRule({
  id: 'DL3047',
  name: 'wget-progress',
  aliases: [],
  severity: 'info',
  confidence: 'high',
  summary: '`wget` without `--progress` floods the build log.',
  fix: 'none',
  instructions: ['RUN'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword !== 'RUN') return;
    for (const { name, words } of namedCommands(instruction, ctx)) {
      if (name.value !== 'wget') continue;
      if (findFlag(words, QUIETING) || words.some((w) => w.value === '-nv')) continue;
      ctx.report({
        range: wordRange(ctx, name),
        message: 'wget without --progress fills the build log with progress dots: use `wget --progress=dot:giga <url>`, or -q / -nv.',
      });
    }
  },
});

/**
 * DL3034: a `zypper` install, remove, source-install or patch without a non-interactive switch
 * (`-n` / `--non-interactive` before the subcommand, or `-y` / `--no-confirm` after it). Without
 * one zypper stops at its "Continue? [y/n/...]" prompt, which a build cannot answer.
 * The finding points at the subcommand. The fix inserts the global `-n` right after `zypper`; it
 * is unsafe because non-interactive mode answers every prompt with its default (a license or an
 * untrusted key is refused rather than asked), which can change the outcome.
 */
import { defineDockerfileRule } from '../../rule';
import { findArg, hasShortOrLong, insertArgFix, toolCommands } from './rpm-tools';

const ZYPPER: ReadonlySet<string> = new Set(['zypper']);
const PROMPTING: ReadonlySet<string> = new Set(['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch']);

export const zypperNonInteractive = defineDockerfileRule({
  id: 'DL3034',
  name: 'zypper-non-interactive',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: '`zypper install`/`remove`/`patch` without `-n`, `--non-interactive`, `-y` or `--no-confirm`.',
  fix: 'unsafe',
  instructions: ['RUN'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword !== 'RUN') return;
    const scripts = ctx.scripts(instruction);
    if (!scripts) return;
    for (const { command, words } of toolCommands(scripts, ZYPPER)) {
      const sub = findArg(words, PROMPTING);
      const name = words[0];
      if (!sub || !name || hasShortOrLong(words, 'n', ['non-interactive', 'no-confirm']) || hasShortOrLong(words, 'y', [])) continue;
      const fix = insertArgFix(ctx, scripts, command, name, '-n', 'Run zypper non-interactively (-n)', 'unsafe');
      ctx.report({
        range: ctx.lines.range(sub.start, sub.end),
        message: `\`zypper ${sub.value}\` without a non-interactive switch stops at a prompt in a build: use \`zypper -n ${sub.value}\` (or \`zypper ${sub.value} -y\`).`,
        ...(fix ? { fixes: [fix] } : {}),
      });
    }
  },
});

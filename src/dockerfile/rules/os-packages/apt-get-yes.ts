/**
 * DL3014: `apt-get install` without `-y`. A build has no terminal to answer apt-get's
 * "Do you want to continue? [Y/n]", so as soon as the install pulls in a dependency the prompt
 * reads end-of-input and apt-get aborts, failing the build.
 *
 * As hadolint does, `-y`, `--yes`, `--assume-yes` and any `-q` (hadolint accepts a single `-q`,
 * although only `-qq` implies `-y`) count. Beyond hadolint, `-o APT::Get::Assume-Yes=true` counts
 * too, since it is the same setting.
 */
import { defineDockerfileRule } from '../../rule';
import { APT_GET_OPTIONS, commandRange, hasOption, insertAfterFix, subcommand } from './package-managers';

const ASSUME_YES = /^APT::Get::Assume-Yes=(?:true|yes|1|on)$/i;

export const aptGetYes = defineDockerfileRule({
  id: 'DL3014',
  name: 'apt-get-yes',
  aliases: ['DS-0021', 'DS021'],
  severity: 'warning',
  confidence: 'high',
  summary: 'apt-get install without -y waits for an answer no build can give.',
  fix: 'safe',
  onInstruction(instruction, ctx) {
    const scripts = ctx.scripts(instruction);
    if (!scripts) return;
    for (const command of scripts.commands) {
      const install = subcommand(command, 'apt-get', 'install', APT_GET_OPTIONS);
      if (!install) continue;
      const { args, word } = install;
      if (hasOption(args, 'y', 'yes', 'q', 'assume-yes')) continue;
      if (args.options.some((o) => (o.name === 'o' || o.name === 'option') && ASSUME_YES.test(o.value ?? ''))) continue;
      ctx.report({
        range: commandRange(ctx, args, word),
        message: "Use `apt-get install -y`: a build cannot answer apt-get's confirmation prompt, so the install aborts when it needs one.",
        fixes: [insertAfterFix(ctx, word, '-y', 'Add -y to apt-get install', 'safe')],
      });
    }
  },
});

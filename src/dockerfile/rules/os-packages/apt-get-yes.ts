/**
 * DL3014: `apt-get install` without `-y`. A build has no terminal to answer apt-get's
 * "Do you want to continue? [Y/n]", so as soon as the install pulls in a dependency the prompt
 * reads end-of-input and apt-get aborts, failing the build.
 *
 * As hadolint does, `-y`, `--yes`, `--assume-yes` and quiet level 2 (`-qq`, `-q -q`, `-q=2`,
 * `--quiet --quiet`), which implies `-y`, count; a single `-q` does not. Beyond hadolint,
 * `-o APT::Get::Assume-Yes=true` counts too, since it is the same setting.
 */
import { defineDockerfileRule } from '../../rule';
import { APT_GET_OPTIONS, commandRange, hasOption, insertAfterFix, subcommand, type ParsedArgs } from './package-managers';

const ASSUME_YES = /^APT::Get::Assume-Yes=(?:true|yes|1|on)$/i;
const QUIET_LEVEL = /^-q=(\d+)$/;

/** apt-get's quiet level: each `-q`/`--quiet` adds one, `-q=N`/`--quiet=N` sets it. */
function quietLevel(args: ParsedArgs): number {
  let level = 0;
  for (const o of args.options) {
    if (o.name === 'quiet') level = o.value !== undefined ? Number(o.value) || 0 : level + 1;
    else if (o.name === 'q') {
      const set = QUIET_LEVEL.exec(o.word.value);
      level = set ? Number(set[1]) : level + 1;
    }
  }
  return level;
}

export const aptGetYes = defineDockerfileRule({
  id: 'DL3014',
  name: 'apt-get-yes',
  aliases: ['DS-0021', 'DS021'],
  severity: 'warning',
  confidence: 'high',
  summary: 'apt-get install without -y waits for an answer no build can give.',
  fix: 'safe',
  instructions: ['RUN'],
  onInstruction(instruction, ctx) {
    const scripts = ctx.scripts(instruction);
    if (!scripts) return;
    for (const command of scripts.commands) {
      const install = subcommand(command, 'apt-get', 'install', APT_GET_OPTIONS);
      if (!install) continue;
      const { args, word } = install;
      if (hasOption(args, 'y', 'yes', 'assume-yes') || quietLevel(args) >= 2) continue;
      if (args.options.some((o) => (o.name === 'o' || o.name === 'option') && ASSUME_YES.test(o.value ?? ''))) continue;
      ctx.report({
        range: commandRange(ctx, args, word),
        message: "Use `apt-get install -y`: a build cannot answer apt-get's confirmation prompt, so the install aborts when it needs one.",
        fixes: [insertAfterFix(ctx, word, '-y', 'Add -y to apt-get install', 'safe')],
      });
    }
  },
});

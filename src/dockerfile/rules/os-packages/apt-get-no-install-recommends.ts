/**
 * DL3015: `apt-get install` without `--no-install-recommends`. By default apt also installs every
 * package the requested ones merely recommend (documentation, optional tools, sometimes whole
 * toolchains), which grows the image and its attack surface with software nobody asked for.
 *
 * As hadolint does, `--no-install-recommends` and `-o APT::Install-Recommends=false` count; beyond
 * hadolint, apt's other spellings of false (`0`, `no`, `off`, any case, the value glued to `-o`)
 * count too.
 */
import { defineDockerfileRule } from '../../rule';
import { APT_GET_OPTIONS, commandRange, hasOption, insertAfterFix, subcommand } from './package-managers';

const NO_RECOMMENDS = /^APT::Install-Recommends=(?:false|no|0|off)$/i;

export const aptGetNoInstallRecommends = defineDockerfileRule({
  id: 'DL3015',
  name: 'apt-get-no-install-recommends',
  aliases: ['DS-0029', 'DS029'],
  severity: 'info',
  confidence: 'medium',
  summary: 'apt-get install also installs recommended packages; add --no-install-recommends.',
  fix: 'unsafe',
  instructions: ['RUN'],
  onInstruction(instruction, ctx) {
    const scripts = ctx.scripts(instruction);
    if (!scripts) return;
    for (const command of scripts.commands) {
      const install = subcommand(command, 'apt-get', 'install', APT_GET_OPTIONS);
      if (!install) continue;
      const { args, word } = install;
      if (hasOption(args, 'no-install-recommends')) continue;
      if (args.options.some((o) => (o.name === 'o' || o.name === 'option') && NO_RECOMMENDS.test(o.value ?? ''))) continue;
      if (args.operands.some((w) => NO_RECOMMENDS.test(w.value))) continue;
      ctx.report({
        range: commandRange(ctx, args, word),
        message: 'Add `--no-install-recommends` to apt-get install to avoid installing packages you did not ask for.',
        fixes: [insertAfterFix(ctx, word, '--no-install-recommends', 'Add --no-install-recommends to apt-get install', 'unsafe')],
      });
    }
  },
});

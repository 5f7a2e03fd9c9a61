/**
 * DL3035: `zypper dist-upgrade` / `zypper dup` in a RUN. A distribution upgrade inside an image
 * build moves the whole base to whatever the repositories hold today: the result differs from
 * build to build and from the base image the tag promises. Use a newer base image instead, or
 * `zypper patch` / `zypper update` of the packages you need.
 */
import { defineDockerfileRule } from '../../rule';
import { findArg, toolCommands } from './rpm-tools';

const ZYPPER: ReadonlySet<string> = new Set(['zypper']);
const DIST_UPGRADE: ReadonlySet<string> = new Set(['dist-upgrade', 'dup']);

export const zypperDistUpgrade = defineDockerfileRule({
  id: 'DL3035',
  name: 'zypper-dist-upgrade',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: '`zypper dist-upgrade` (`dup`) upgrades the whole base image during the build.',
  fix: 'none',
  instructions: ['RUN'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword !== 'RUN') return;
    const scripts = ctx.scripts(instruction);
    if (!scripts) return;
    for (const { words } of toolCommands(scripts, ZYPPER)) {
      const sub = findArg(words, DIST_UPGRADE);
      if (!sub) continue;
      ctx.report({
        range: ctx.lines.range(sub.start, sub.end),
        message: `Do not use \`zypper ${sub.value}\` in a build: use a newer base image, or update only the packages you need.`,
      });
    }
  },
});

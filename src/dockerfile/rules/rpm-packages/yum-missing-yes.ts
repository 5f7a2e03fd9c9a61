/**
 * DL3030: `yum install` (also `groupinstall`, `localinstall`, `module install`) without `-y` /
 * `--assumeyes`. A build has no terminal: yum asks "Is this ok [y/d/N]", reads end-of-input and
 * aborts, so the build fails, or the command only works while nothing new needs installing.
 * The finding points at the subcommand; the fix inserts `-y` after it. It is marked safe: the
 * flag only answers the prompt the build cannot answer, so a build that worked is unchanged.
 */
import { defineDockerfileRule } from '../../rule';
import { reportMissingAssumeYes } from './rpm-tools';

const YUM: ReadonlySet<string> = new Set(['yum']);

export const yumMissingYes = defineDockerfileRule({
  id: 'DL3030',
  name: 'yum-missing-yes',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: '`yum install` without `-y` stops at a confirmation prompt.',
  fix: 'safe',
  instructions: ['RUN'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword === 'RUN') reportMissingAssumeYes(instruction, ctx, YUM);
  },
});

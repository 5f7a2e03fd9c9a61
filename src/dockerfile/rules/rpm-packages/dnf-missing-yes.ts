/**
 * DL3038: `dnf install` / `microdnf install` (also `groupinstall`, `localinstall`,
 * `module install`) without `-y` / `--assumeyes`. dnf prompts "Is this ok [y/N]", reads
 * end-of-input in a build and answers "Operation aborted", failing the build.
 * The finding points at the subcommand; the fix inserts `-y` after it. It is marked safe: the flag
 * only answers the prompt the build cannot answer (microdnf accepts `-y` and always assumes yes).
 */
import { defineDockerfileRule } from '../../rule';
import { reportMissingAssumeYes } from './rpm-tools';

const DNF: ReadonlySet<string> = new Set(['dnf', 'microdnf']);

export const dnfMissingYes = defineDockerfileRule({
  id: 'DL3038',
  name: 'dnf-missing-yes',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: '`dnf install` / `microdnf install` without `-y` stops at a confirmation prompt.',
  fix: 'safe',
  instructions: ['RUN'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword === 'RUN') reportMissingAssumeYes(instruction, ctx, DNF);
  },
});

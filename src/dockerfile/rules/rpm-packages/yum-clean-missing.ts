/**
 * DL3032: a RUN that runs `yum install` and does not clean yum's cache afterwards. The
 * downloaded packages and repository metadata stay in the layer, often tens or hundreds of MB.
 * A later `yum clean all` (as in hadolint, `yum clean packages` alone leaves the metadata, so it
 * does not count), an `rm` of /var/cache/yum (or /var/cache/dnf, where yum is dnf), or a BuildKit
 * cache/tmpfs mount over those folders counts. The finding points at the last install no clean
 * follows; the unsafe fix appends `&& yum clean all` when the script ends plainly.
 */
import { defineDockerfileRule } from '../../rule';
import { reportMissingClean, type CleanSpec } from './rpm-tools';

const SPEC: CleanSpec = {
  tool: 'yum',
  install: new Set(['install']),
  clean: new Set(['clean']),
  cleanArg: 'all',
  cacheDirs: ['/var/cache/yum', '/var/cache/dnf'],
  cleanCommand: 'yum clean all',
  cleanLabel: 'yum clean all',
};

export const yumCleanMissing = defineDockerfileRule({
  id: 'DL3032',
  name: 'yum-clean-missing',
  aliases: ['DS-0015', 'DS015'],
  severity: 'warning',
  confidence: 'high',
  summary: '`yum clean all` missing after `yum install` in the same RUN.',
  fix: 'unsafe',
  instructions: ['RUN'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword === 'RUN') reportMissingClean(instruction, ctx, SPEC);
  },
});

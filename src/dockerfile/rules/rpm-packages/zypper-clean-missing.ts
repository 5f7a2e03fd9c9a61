/**
 * DL3036: a RUN that runs `zypper install` (`in`) and does not run `zypper clean` (`cc`)
 * afterwards, so the downloaded packages and metadata stay in the layer. An `rm` of
 * /var/cache/zypp or a BuildKit cache/tmpfs mount over it also counts. The finding points at the
 * last install no clean follows; the unsafe fix appends `&& zypper clean --all`.
 */
import { defineDockerfileRule } from '../../rule';
import { reportMissingClean, type CleanSpec } from './rpm-tools';

const SPEC: CleanSpec = {
  tool: 'zypper',
  install: new Set(['install', 'in']),
  clean: new Set(['clean', 'cc']),
  cacheDirs: ['/var/cache/zypp'],
  cleanCommand: 'zypper clean --all',
  cleanLabel: 'zypper clean',
};

export const zypperCleanMissing = defineDockerfileRule({
  id: 'DL3036',
  name: 'zypper-clean-missing',
  aliases: ['DS-0020', 'DS020'],
  severity: 'warning',
  confidence: 'high',
  summary: '`zypper clean` missing after `zypper install` in the same RUN.',
  fix: 'unsafe',
  instructions: ['RUN'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword === 'RUN') reportMissingClean(instruction, ctx, SPEC);
  },
});

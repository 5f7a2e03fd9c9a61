/**
 * DL3040: a RUN that runs `dnf install` or `microdnf install` (or another subcommand that
 * downloads packages: `in`, `upgrade`/`up`/`update`, `upgrade-minimal`/`up-min`,
 * `reinstall`/`rei`) and does not clean that tool's cache afterwards, so packages and repository
 * metadata stay in the layer. Each tool needs its own clean (`dnf clean …` after dnf,
 * `microdnf clean …` after microdnf); an `rm` of /var/cache/dnf, /var/cache/yum or dnf5's
 * /var/cache/libdnf5, or a BuildKit cache/tmpfs mount over them, counts for both. The finding
 * points at the last install no clean follows; the unsafe fix appends `&& dnf clean all`.
 */
import { defineDockerfileRule } from '../../rule';
import { reportMissingClean, type CleanSpec } from './rpm-tools';

const CACHE_DIRS = ['/var/cache/dnf', '/var/cache/yum', '/var/cache/libdnf5'];
const INSTALLS: ReadonlySet<string> = new Set([
  'install',
  'in',
  'upgrade',
  'up',
  'update',
  'upgrade-minimal',
  'up-min',
  'reinstall',
  'rei',
]);
const SPECS: readonly CleanSpec[] = ['dnf', 'microdnf'].map((tool) => ({
  tool,
  install: INSTALLS,
  clean: new Set(['clean']),
  cacheDirs: CACHE_DIRS,
  cleanCommand: `${tool} clean all`,
  cleanLabel: `${tool} clean all`,
}));

export const dnfCleanMissing = defineDockerfileRule({
  id: 'DL3040',
  name: 'dnf-clean-missing',
  aliases: ['DS-0019', 'DS019', 'DS-0027', 'DS027'],
  severity: 'warning',
  confidence: 'high',
  summary: '`dnf clean all` / `microdnf clean all` missing after an install in the same RUN.',
  fix: 'unsafe',
  instructions: ['RUN'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword !== 'RUN') return;
    for (const spec of SPECS) reportMissingClean(instruction, ctx, spec);
  },
});

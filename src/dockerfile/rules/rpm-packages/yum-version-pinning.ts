/**
 * DL3033: a package in `yum install` without a version (`tomcat` rather than `tomcat-9.2`), or a
 * module in `yum module install` without a stream (`nodejs` rather than `nodejs:18`). Unpinned
 * installs take whatever the repository holds on the day of the build, so rebuilds differ.
 * As in hadolint, a package counts as pinned when it contains a `-` (`tomcat-9.2`,
 * `openssl-1:1.1.1k`, `gcc-c++-1.1.1`, `tomcat-$VERSION`) or is an `.rpm` file; note that this
 * also accepts a hyphenated name with no version (`rpm-sign`), which DL3041 is stricter about.
 * Each unpinned package is reported at its own word.
 */
import { defineDockerfileRule } from '../../rule';
import { DNF_VALUE_OPTIONS, findArg, hasArg, packageWords, toolCommands } from './rpm-tools';

const YUM: ReadonlySet<string> = new Set(['yum']);
const INSTALL: ReadonlySet<string> = new Set(['install']);
const MODULE: ReadonlySet<string> = new Set(['module']);
const GROUP: ReadonlySet<string> = new Set(['group']);
const SKIP: ReadonlySet<string> = new Set(['install', 'module']);

export const yumVersionPinning = defineDockerfileRule({
  id: 'DL3033',
  name: 'yum-version-pinning',
  aliases: [],
  severity: 'warning',
  confidence: 'medium',
  summary: 'A package in `yum install` has no version (`<package>-<version>`).',
  fix: 'none',
  instructions: ['RUN'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword !== 'RUN') return;
    const scripts = ctx.scripts(instruction);
    if (!scripts) return;
    for (const { words } of toolCommands(scripts, YUM)) {
      const sub = findArg(words, INSTALL);
      if (!sub || hasArg(words, GROUP)) continue;
      const isModule = hasArg(words, MODULE);
      for (const pkg of packageWords(words, sub, DNF_VALUE_OPTIONS, SKIP)) {
        const v = pkg.value;
        if (v.startsWith('@')) continue;
        const pinned = isModule ? v.includes(':') : v.includes('-') || v.endsWith('.rpm');
        if (pinned) continue;
        ctx.report({
          range: ctx.lines.range(pkg.start, pkg.end),
          message: isModule
            ? `Pin the stream of module "${v}" in yum module install: use ${v}:<stream>.`
            : `Pin the version of "${v}" in yum install: use ${v}-<version>.`,
        });
      }
    }
  },
});

/**
 * DL3037: a package in `zypper install` (`in`) without a version constraint. Unpinned installs
 * take whatever the repository holds on the day of the build, so rebuilds differ.
 * As in hadolint, a package is pinned when it has `=`, `>`, `<`, `>=` or `<=` in it
 * (`tomcat=9.0.39`, `'tomcat>=9.0'`, `tomcat\>9.0`) or is an `.rpm` file. Installs of another
 * resolvable type (`-t pattern`, `--type patch`) are not checked, and the value of an option
 * written as a separate word (`--from repo`) is not taken for a package.
 */
import { defineDockerfileRule } from '../../rule';
import { findArg, optionValue, packageWords, toolCommands, ZYPPER_VALUE_OPTIONS } from './rpm-tools';

const ZYPPER: ReadonlySet<string> = new Set(['zypper']);
const INSTALL: ReadonlySet<string> = new Set(['install', 'in']);

export const zypperVersionPinning = defineDockerfileRule({
  id: 'DL3037',
  name: 'zypper-version-pinning',
  aliases: [],
  severity: 'warning',
  confidence: 'medium',
  summary: 'A package in `zypper install` has no version (`<package>=<version>`).',
  fix: 'none',
  instructions: ['RUN'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword !== 'RUN') return;
    const scripts = ctx.scripts(instruction);
    if (!scripts) return;
    for (const { words } of toolCommands(scripts, ZYPPER)) {
      const sub = findArg(words, INSTALL);
      if (!sub) continue;
      const type = optionValue(words, ['-t', '--type']);
      if (type !== undefined && type !== 'package') continue;
      for (const pkg of packageWords(words, sub, ZYPPER_VALUE_OPTIONS, INSTALL)) {
        const v = pkg.value;
        if (/[=<>]/.test(v) || v.endsWith('.rpm')) continue;
        ctx.report({
          range: ctx.lines.range(pkg.start, pkg.end),
          message: `Pin the version of "${v}" in zypper install: use ${v}=<version>.`,
        });
      }
    }
  },
});

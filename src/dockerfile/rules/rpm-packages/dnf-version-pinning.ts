/**
 * DL3041: a package in `dnf install` / `microdnf install` without a version, or a module in
 * `dnf module install` without a stream. Unpinned installs take whatever the repository holds on
 * the day of the build, so rebuilds differ.
 * As in hadolint, a package is pinned when the parts after its first `-` look like a version:
 * only letters, digits and `. ~ ^ _ : +`, at least one starting with a digit (`tomcat-9.0.1`,
 * `rpm-sign-4.16.1.3`, `openssl-1:1.1.1k`, `pkg-1.2.3-1.el8`); a part holding a shell variable
 * (`git-core-${GIT_VER}`) counts as a version. So `rpm-sign` alone is not pinned. `.rpm` files
 * are pinned; `dnf group install` and `@group` specs are not checked.
 */
import { defineDockerfileRule } from '../../rule';
import { DNF_VALUE_OPTIONS, findArg, hasArg, packageWords, toolCommands } from './rpm-tools';

const DNF: ReadonlySet<string> = new Set(['dnf', 'microdnf']);
const INSTALL: ReadonlySet<string> = new Set(['install']);
const MODULE: ReadonlySet<string> = new Set(['module']);
const GROUP: ReadonlySet<string> = new Set(['group']);
const SKIP: ReadonlySet<string> = new Set(['install', 'module']);
const VERSION_PART = /^[A-Za-z0-9.~^_:+]+$/;

/** Whether a dnf package spec carries a version (hadolint's test, plus shell variables). */
export function dnfVersionFixed(spec: string): boolean {
  if (spec.endsWith('.rpm')) return true;
  const parts = spec.split('-').slice(1);
  if (parts.length === 0) return false;
  const isVariable = (part: string) => part.includes('$');
  return parts.every((p) => isVariable(p) || VERSION_PART.test(p)) && parts.some((p) => isVariable(p) || /^[0-9]/.test(p));
}

export const dnfVersionPinning = defineDockerfileRule({
  id: 'DL3041',
  name: 'dnf-version-pinning',
  aliases: [],
  severity: 'warning',
  confidence: 'medium',
  summary: 'A package in `dnf install` / `microdnf install` has no version (`<package>-<version>`).',
  fix: 'none',
  instructions: ['RUN'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword !== 'RUN') return;
    const scripts = ctx.scripts(instruction);
    if (!scripts) return;
    for (const { words, tool } of toolCommands(scripts, DNF)) {
      const sub = findArg(words, INSTALL);
      if (!sub || hasArg(words, GROUP)) continue;
      const isModule = hasArg(words, MODULE);
      for (const pkg of packageWords(words, sub, DNF_VALUE_OPTIONS, SKIP)) {
        const v = pkg.value;
        if (v.startsWith('@')) continue;
        const pinned = isModule ? v.includes(':') : dnfVersionFixed(v);
        if (pinned) continue;
        ctx.report({
          range: ctx.lines.range(pkg.start, pkg.end),
          message: isModule
            ? `Pin the stream of module "${v}" in ${tool} module install: use ${v}:<stream>.`
            : `Pin the version of "${v}" in ${tool} install: use ${v}-<version>.`,
        });
      }
    }
  },
});

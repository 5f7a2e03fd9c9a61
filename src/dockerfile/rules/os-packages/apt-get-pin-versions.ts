/**
 * DL3008: `apt-get install` of a package without a version (`curl` instead of `curl=7.88.1-10`).
 * An unpinned install takes whatever the mirror serves on the day of the build, so two builds of
 * the same commit can differ and a rebuild can pull in a breaking or vulnerable release.
 *
 * As hadolint does, a package counts as pinned when it contains `=` (`curl=7.*`), contains `/`
 * (a release, `curl/bookworm-backports`, or a path) or ends in `.deb`; `-t`/`--target-release`
 * take a value, which is not a package. Unlike hadolint, the other options that take a value
 * (`-o`, `-c`, `-a`, `--host-architecture`…) are read the same way, so `-a arm64` is not taken for
 * an unpinned package `arm64`, and `--target-release=x` does not hide the package after it.
 */
import { defineDockerfileRule } from '../../rule';
import { APT_GET_OPTIONS, subcommand } from './package-managers';

function pinned(pkg: string): boolean {
  return pkg.includes('=') || pkg.includes('/') || pkg.endsWith('.deb');
}

export const aptGetPinVersions = defineDockerfileRule({
  id: 'DL3008',
  name: 'apt-get-pin-versions',
  aliases: [],
  severity: 'warning',
  confidence: 'medium',
  summary: 'apt-get install installs a package without pinning its version.',
  fix: 'none',
  instructions: ['RUN'],
  onInstruction(instruction, ctx) {
    const scripts = ctx.scripts(instruction);
    if (!scripts) return;
    for (const command of scripts.commands) {
      const install = subcommand(command, 'apt-get', 'install', APT_GET_OPTIONS);
      if (!install) continue;
      for (const pkg of install.args.operands) {
        if (pkg.value === 'install' || pinned(pkg.value)) continue;
        ctx.report({
          range: ctx.lines.range(pkg.start, pkg.end),
          message: `Pin versions in apt-get install: use ${pkg.value}=<version> instead of ${pkg.value}, so rebuilds install the same package.`,
        });
      }
    }
  },
});

/**
 * DL3018: `apk add` of a package without a version (`curl` instead of `curl=8.5.0-r0`). An
 * unpinned install takes whatever the repository serves on the day of the build, so rebuilds of
 * the same commit can differ.
 *
 * As hadolint does, a package counts as pinned when it contains `=` or `~` (`git~2.45`, `a>=1` has
 * `=`), or when it is an `.apk` file; the values of `-t`/`--virtual` (a virtual package's name) and
 * `-X`/`--repository` are not packages. Unlike hadolint, apk's other options that take a value
 * (`-p`/`--root`, `--arch`, `--keys-dir`, `--repositories-file`, `--cache-dir`…) are read the same
 * way, and `--repository=url` does not hide the package after it.
 */
import { defineDockerfileRule } from '../../rule';
import { APK_OPTIONS, subcommand } from './package-managers';

function pinned(pkg: string): boolean {
  return pkg.includes('=') || pkg.includes('~') || pkg.endsWith('.apk');
}

export const apkPinVersions = defineDockerfileRule({
  id: 'DL3018',
  name: 'apk-pin-versions',
  aliases: [],
  severity: 'warning',
  confidence: 'medium',
  summary: 'apk add installs a package without pinning its version.',
  fix: 'none',
  instructions: ['RUN'],
  onInstruction(instruction, ctx) {
    const scripts = ctx.scripts(instruction);
    if (!scripts) return;
    for (const command of scripts.commands) {
      const add = subcommand(command, 'apk', 'add', APK_OPTIONS);
      if (!add) continue;
      for (const pkg of add.args.operands) {
        if (pkg.value === 'add' || pinned(pkg.value)) continue;
        ctx.report({
          range: ctx.lines.range(pkg.start, pkg.end),
          message: `Pin versions in apk add: use ${pkg.value}=<version> instead of ${pkg.value}, so rebuilds install the same package.`,
        });
      }
    }
  },
});

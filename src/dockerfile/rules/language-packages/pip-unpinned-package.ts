/**
 * DL3013: `pip install <package>` without a version. The build then installs whatever PyPI serves
 * that day, so two builds of one commit can differ, and a bad release (or a hijacked package)
 * reaches the image with no change to review.
 *
 * As in hadolint, a requirement counts as pinned when it carries a version operator (`==`, `>=`,
 * `~=`, `<`, `!=`, `===`…), is a VCS URL with an `@ref`, a local archive (`.whl`, `.tar.gz`) or any
 * other path/URL (it contains `/`); and the whole command is left alone when it installs from a
 * requirements file (`-r`), a constraints file (`-c`) or the current project (`.`). pipx commands
 * are checked too; pipenv is not (its versions live in Pipfile and Pipfile.lock), as in the newest
 * hadolint.
 *
 * Deliberate differences: every pip option that takes a value has its value skipped (hadolint skips
 * a fixed list, so `--timeout 60` made `60` an "unpinned package"), an option written `--opt=value`
 * never swallows the next word, `.[extras]` counts as the local project like `.`, a VCS URL is pinned only by an `@ref` after the repository path
 * (not by the `git@` user part), `.zip`/`.tgz`/`.tar.bz2` archives count as local packages, and
 * `/venv/bin/pip` is recognised like `pip`.
 */
import { defineDockerfileRule } from '../../rule';
import type { ShellWord } from '../../shell';
import { baseName, hasOption, pipInstall, runCommands } from './commands';

const VCS = /^(?:git|hg|svn|bzr)(?:\+[a-z-]+)?:\/\//i;
const LOCAL_ARCHIVE = /\.(?:whl|tar\.gz|tgz|tar\.bz2|zip)$/i;

/** `git+https://host/org/repo.git@v1.2#egg=x` → true; `git+ssh://git@host/org/repo.git` → false. */
function vcsHasRef(url: string): boolean {
  const withoutFragment = url.split('#', 1)[0] ?? '';
  const afterScheme = withoutFragment.slice(withoutFragment.indexOf('://') + 3);
  const slash = afterScheme.indexOf('/');
  return slash >= 0 && afterScheme.slice(slash).includes('@');
}

export function pipRequirementPinned(requirement: string): boolean {
  if (/[<>]|==|!=|~=/.test(requirement)) return true;
  if (VCS.test(requirement)) return vcsHasRef(requirement);
  // A path (`./pkg`, `.[dev]`, `/src/app`), a URL or a local archive names one exact artifact.
  return requirement.startsWith('.') || LOCAL_ARCHIVE.test(requirement) || requirement.includes('/');
}

export const pipUnpinnedPackage = defineDockerfileRule({
  id: 'DL3013',
  name: 'pip-unpinned-package',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: '`pip install` names a package without pinning its version.',
  fix: 'none',
  instructions: ['RUN'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword !== 'RUN') return;
    for (const command of runCommands(instruction, ctx)) {
      const pip = pipInstall(command);
      if (!pip || baseName(pip.program.value).startsWith('pipenv')) continue;
      // Installing from a requirements/constraints file or the project itself: versions live there.
      if (hasOption(pip.parsed, 'r', 'requirement', 'c', 'constraint')) continue;
      if (command.words.some((w) => w.value === '.')) continue;
      const unpinned: ShellWord[] = pip.requirements.filter((w) => !pipRequirementPinned(w.value));
      for (const word of unpinned) {
        ctx.report({
          range: ctx.lines.range(word.start, word.end),
          message: VCS.test(word.value)
            ? `Pin the VCS requirement "${word.value}" to a tag or commit: add @<ref> after the repository path.`
            : `Pin versions in pip install: use ${word.value}==<version> instead of "${word.value}", or install from a requirements or constraints file.`,
        });
      }
    }
  },
});

/**
 * DL3016: `npm install <package>` without a version. npm then resolves the newest release at build
 * time, so rebuilds drift and a compromised release is installed without any change to review.
 *
 * As in hadolint: `npm install` with no package (installs from package.json / the lock file) is
 * fine; a package is pinned by `name@version` (also a tag or range: `@myorg/pkg@^1`), a git URL by
 * `#<commit|tag|semver:…>`; tarballs (`.tgz`, `.tar`, `.tar.gz`) and folders (`/`, `./`, `../`, `~/`)
 * name one artifact. `npm ci` and `npm run install` are not installs of named packages.
 *
 * Deliberate differences: the aliases `npm i` and `npm add` are checked like `npm install`; the
 * values of npm options that take one (`--prefix dir`, `--omit dev`, `-w pkg`…) are skipped
 * (hadolint skips only `--loglevel` and `--registry`); GitHub shorthands (`user/repo`,
 * `github:user/repo`) are pinned by `#ref` like git URLs; `.`, `..`, `file:` and `link:` are local.
 */
import { defineDockerfileRule } from '../../rule';
import { baseName, parseArgs, runCommands, type OptionSpec } from './commands';

const NPM_OPTIONS: OptionSpec = {
  longValue: new Set([
    'loglevel',
    'registry',
    'prefix',
    'cache',
    'userconfig',
    'globalconfig',
    'omit',
    'include',
    'workspace',
    'tag',
    'install-strategy',
    'fetch-retries',
    'fetch-timeout',
    'proxy',
    'https-proxy',
    'before',
    'only',
    'also',
    'script-shell',
    'location',
  ]),
  shortValue: new Set(['w', 'C']),
  doubleDash: 'positional',
};

const INSTALL = new Set(['install', 'i', 'add']);
const GIT_URL = /^git(?:\+(?:ssh|https?|file))?:\/\//;
const HOSTED_SHORTHAND = /^(?:github|gitlab|bitbucket|gist):/;
const TARBALL = /\.(?:tgz|tar|tar\.gz)$/;
const FOLDER = /^(?:\/|\.\/|\.\.\/|~\/)/;

type Verdict = 'pinned' | 'unpinned' | 'git-unpinned';

export function npmPackageVerdict(spec: string): Verdict {
  if (GIT_URL.test(spec) || HOSTED_SHORTHAND.test(spec)) return spec.includes('#') ? 'pinned' : 'git-unpinned';
  if (TARBALL.test(spec) || FOLDER.test(spec) || spec === '.' || spec === '..' || /^(?:file|link):/.test(spec)) return 'pinned';
  if (spec.startsWith('@')) {
    // @scope/name[@version]: the version comes after the slash.
    const slash = spec.indexOf('/');
    return slash >= 0 && spec.slice(slash).includes('@') ? 'pinned' : 'unpinned';
  }
  if (spec.includes('@')) return 'pinned';
  // user/repo is npm's GitHub shorthand; a URL to a repository is no more pinned.
  if (spec.includes('/')) return spec.includes('#') ? 'pinned' : 'git-unpinned';
  return 'unpinned';
}

export const npmUnpinnedPackage = defineDockerfileRule({
  id: 'DL3016',
  name: 'npm-unpinned-package',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: '`npm install` names a package without pinning its version.',
  fix: 'none',
  instructions: ['RUN'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword !== 'RUN') return;
    for (const command of runCommands(instruction, ctx)) {
      if (baseName(command.words[0]?.value) !== 'npm') continue;
      const { positionals } = parseArgs(command.words.slice(1), NPM_OPTIONS);
      if (!INSTALL.has(positionals[0]?.value ?? '')) continue;
      for (const word of positionals.slice(1)) {
        const verdict = npmPackageVerdict(word.value);
        if (verdict === 'pinned') continue;
        ctx.report({
          range: ctx.lines.range(word.start, word.end),
          message:
            verdict === 'git-unpinned'
              ? `Pin the git dependency "${word.value}" to a commit or tag: append #<commit>.`
              : `Pin versions in npm install: use ${word.value}@<version> instead of "${word.value}".`,
        });
      }
    }
  },
});

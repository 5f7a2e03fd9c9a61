/**
 * DL3028: `gem install <gem>` without a version. RubyGems then installs the newest release at
 * build time, so rebuilds drift and a bad or hijacked release lands without a change to review.
 *
 * As in hadolint: a gem is pinned as `name:version`; a command with `-v`/`--version` is pinned as
 * a whole; `gem i` is the same command; everything after `--` is build options, not gems; and an
 * option that is not a known switch takes the next word as its value (`--use-system-libraries
 * true`).
 *
 * Deliberate differences: known switches (`--no-document`, `-N`, `--user-install`, `--conservative`…)
 * do not swallow the next word, so `gem install --no-document rails` is flagged (hadolint skips
 * the word after every option and misses it); a local `.gem` file counts as pinned.
 */
import { defineDockerfileRule } from '../../rule';
import { baseName, parseArgs, runCommands, type OptionSpec } from './commands';

/** gem install switches that take no value (long names and short letters). */
const SWITCHES = new Set([
  'N',
  'no-document',
  'no-ri',
  'no-rdoc',
  'ri',
  'rdoc',
  'user-install',
  'no-user-install',
  'conservative',
  'minimal-deps',
  'f',
  'force',
  'no-force',
  'prerelease',
  'no-prerelease',
  'pre',
  'q',
  'quiet',
  'silent',
  'V',
  'verbose',
  'no-verbose',
  'ignore-dependencies',
  'development',
  'development-all',
  'l',
  'local',
  'r',
  'remote',
  'b',
  'both',
  'clear-sources',
  'E',
  'env-shebang',
  'no-env-shebang',
  'w',
  'wrappers',
  'no-wrappers',
  'default',
  'explain',
  'lock',
  'no-lock',
  'suggestions',
  'no-suggestions',
  'post-install-message',
  'no-post-install-message',
  'update-sources',
  'no-update-sources',
  'format-executable',
  'no-format-executable',
  'vendor',
  'backtrace',
  'debug',
  'norc',
  'h',
  'help',
  'no-http-proxy',
  'u',
  'install-as-default',
  'no-install-as-default',
]);

const GEM_OPTIONS: OptionSpec = { longValue: new Set(), switches: SWITCHES, doubleDash: 'stop' };

function pinsVersion(value: string): boolean {
  return value === '-v' || value === '--version' || value.startsWith('--version=') || /^-v\S/.test(value);
}

export const gemUnpinnedPackage = defineDockerfileRule({
  id: 'DL3028',
  name: 'gem-unpinned-package',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: '`gem install` names a gem without pinning its version.',
  fix: 'none',
  instructions: ['RUN'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword !== 'RUN') return;
    for (const command of runCommands(instruction, ctx)) {
      if (baseName(command.words[0]?.value) !== 'gem') continue;
      const { positionals } = parseArgs(command.words.slice(1), GEM_OPTIONS);
      const sub = positionals[0]?.value;
      if (sub !== 'install' && sub !== 'i') continue;
      if (command.words.some((w) => pinsVersion(w.value))) continue;
      for (const word of positionals.slice(1)) {
        if (word.value.includes(':') || word.value.endsWith('.gem')) continue;
        ctx.report({
          range: ctx.lines.range(word.start, word.end),
          message: `Pin versions in gem install: use ${word.value}:<version> (or -v <version>) instead of "${word.value}".`,
        });
      }
    }
  },
});

/**
 * DL3062: `go install`, `go get` or `go run` of a remote package without a fixed version. Without
 * `@version` (or with `@latest`) the go command resolves the newest release at build time, so
 * rebuilds drift and a bad release is picked up with no change to review.
 *
 * As in hadolint: a package is pinned by `@<version>` unless the version is `latest` or `none`;
 * local packages (`.`, `./…`, `../…`, `/abs/path`) are fine; `go install tool …` skips the `tool`
 * word; for `go run` only the package is checked, the words after it are the program's arguments.
 *
 * Deliberate differences: the values of go build flags (`-tags netgo`, `-ldflags "…"`, `-o out`)
 * are skipped instead of being read as packages; the moving queries `@upgrade` and `@patch` are
 * flagged like `@latest`; `go run main.go` (a local file) is fine; and every go command of a RUN is
 * checked (hadolint checks only the `go run` commands when a RUN has one).
 */
import { defineDockerfileRule } from '../../rule';
import type { ShellWord } from '../../shell';
import { baseName, parseArgs, runCommands, type OptionSpec } from './commands';

const GO_OPTIONS: OptionSpec = {
  longValue: new Set([
    'C',
    'o',
    'p',
    'covermode',
    'coverpkg',
    'asmflags',
    'buildmode',
    'compiler',
    'gccgoflags',
    'gcflags',
    'installsuffix',
    'ldflags',
    'mod',
    'modfile',
    'overlay',
    'pgo',
    'pkgdir',
    'tags',
    'toolexec',
    'exec',
    'reqid',
  ]),
  singleDashLong: true,
  doubleDash: 'positional',
};

const MOVING = new Set(['latest', 'none', 'upgrade', 'patch']);

function isLocal(pkg: string): boolean {
  return pkg.startsWith('.') || pkg.startsWith('/') || pkg.endsWith('.go');
}

/** The reason a package is not pinned, or undefined when it is. */
export function goPackageProblem(pkg: string): 'no-version' | 'moving' | undefined {
  if (isLocal(pkg)) return undefined;
  const at = pkg.lastIndexOf('@');
  if (at < 0) return 'no-version';
  return MOVING.has(pkg.slice(at + 1)) ? 'moving' : undefined;
}

export const goUnpinnedModule = defineDockerfileRule({
  id: 'DL3062',
  name: 'go-unpinned-module',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: '`go install`/`go get`/`go run` of a remote package without a pinned version.',
  fix: 'none',
  instructions: ['RUN'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword !== 'RUN') return;
    for (const command of runCommands(instruction, ctx)) {
      if (baseName(command.words[0]?.value) !== 'go') continue;
      const sub = command.words[1]?.value;
      let packages: ShellWord[];
      if (sub === 'install' || sub === 'get') {
        packages = parseArgs(command.words.slice(2), GO_OPTIONS).positionals.filter((w) => w.value !== 'tool');
      } else if (sub === 'run') {
        packages = parseArgs(command.words.slice(2), GO_OPTIONS, true).positionals;
      } else continue;
      for (const word of packages) {
        const problem = goPackageProblem(word.value);
        if (!problem) continue;
        const at = word.value.lastIndexOf('@');
        const name = at < 0 ? word.value : word.value.slice(0, at);
        ctx.report({
          range: ctx.lines.range(word.start, word.end),
          message:
            problem === 'moving'
              ? `"${word.value}" is not a fixed version: pin a release, e.g. ${name}@v1.2.3, so rebuilds are reproducible.`
              : `Pin versions in go ${sub}: use ${name}@<version> instead of "${word.value}".`,
        });
      }
    }
  },
});

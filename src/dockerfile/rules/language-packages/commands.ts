/**
 * Helpers the language-package rules share: reading a command's arguments the way its own option
 * parser would (so a flag's value is never mistaken for a package), recognising `pip install`
 * however it is spelled, BuildKit mounts on a RUN, and `ENV` pairs. Everything works on the shell
 * words `ctx.scripts` already parsed; nothing here re-parses a script.
 */
import type { Instruction } from '../../model';
import { unquote } from '../../parse';
import type { DockerfileRuleContext } from '../../rule';
import { unwrap, type ShellCommand, type ShellWord } from '../../shell';
import { WalkCache } from '../../../engine/lint-cache';

/** `/usr/local/bin/pip3` → `pip3`. */
export function baseName(value: string | undefined): string {
  if (!value) return '';
  const slash = value.lastIndexOf('/');
  return slash < 0 ? value : value.slice(slash + 1);
}

/** Unwrapped commands by RUN, once per walk: the package rules each ask for them on every RUN. */
const unwrappedByRun = new WalkCache<Instruction, readonly ShellCommand[]>();

/** The RUN's commands with wrappers (`sudo`, `env`, …) removed; empty for other instructions. */
export function runCommands(instruction: Instruction, ctx: DockerfileRuleContext): readonly ShellCommand[] {
  const scripts = ctx.scripts(instruction);
  if (!scripts) return [];
  let commands = unwrappedByRun.get(instruction);
  if (!commands) {
    commands = scripts.commands.map(unwrap);
    unwrappedByRun.set(instruction, commands);
  }
  return commands;
}

/** How a program reads its options. */
export interface OptionSpec {
  /** Long options (without dashes) that take a value. */
  readonly longValue: ReadonlySet<string>;
  /** Short option letters that take a value. */
  readonly shortValue?: ReadonlySet<string>;
  /** Go style: `-name` is one long option, never a bundle of letters. */
  readonly singleDashLong?: boolean;
  /**
   * gem style: an option that is not known to be a switch takes the next word as its value.
   * The switches that take no value are then listed here (long names and short letters).
   */
  readonly switches?: ReadonlySet<string>;
  /** What `--` means: the rest are positionals (most tools), or the end of the program's own arguments. */
  readonly doubleDash: 'positional' | 'stop';
}

export interface ParsedOption {
  readonly word: ShellWord;
  /** Option names in the word: one for a long option, one per letter of a short bundle. */
  readonly names: readonly string[];
}

export interface ParsedArgs {
  readonly positionals: ShellWord[];
  readonly options: ParsedOption[];
}

function takesValue(name: string, long: boolean, spec: OptionSpec): boolean {
  if (spec.switches) return !spec.switches.has(name);
  return long ? spec.longValue.has(name) : (spec.shortValue?.has(name) ?? false);
}

/**
 * Splits words into options and positionals. A value-taking option written without `=` takes the
 * next word as its value; that word is neither an option nor a positional. `stopAfter` ends the
 * scan after the first positional it accepts (go run: the rest belongs to the program).
 */
export function parseArgs(words: readonly ShellWord[], spec: OptionSpec, stopAfterFirstPositional = false): ParsedArgs {
  const positionals: ShellWord[] = [];
  const options: ParsedOption[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word) break;
    const v = word.value;
    if (v === '--') {
      if (spec.doubleDash === 'stop') break;
      for (const rest of words.slice(i + 1)) positionals.push(rest);
      break;
    }
    if (v.length < 2 || !v.startsWith('-')) {
      positionals.push(word);
      if (stopAfterFirstPositional) break;
      continue;
    }
    const long = v.startsWith('--') || spec.singleDashLong === true;
    if (long) {
      const body = v.slice(v.startsWith('--') ? 2 : 1);
      const eq = body.indexOf('=');
      const name = eq < 0 ? body : body.slice(0, eq);
      options.push({ word, names: [name] });
      if (eq < 0 && takesValue(name, true, spec)) i++;
      continue;
    }
    // A bundle of short options: a value-taking letter takes the rest of the bundle, or the next word.
    const letters = v.slice(1);
    const names: string[] = [];
    let consumesNext = false;
    for (let k = 0; k < letters.length; k++) {
      const letter = letters[k] ?? '';
      names.push(letter);
      if (takesValue(letter, false, spec)) {
        consumesNext = k === letters.length - 1;
        break;
      }
    }
    options.push({ word, names });
    if (consumesNext) i++;
  }
  return { positionals, options };
}

export function hasOption(parsed: ParsedArgs, ...names: string[]): boolean {
  return parsed.options.some((o) => o.names.some((n) => names.includes(n)));
}

/** The range to underline for a command: from its name through `last` when both are on one line. */
export function commandSpan(ctx: DockerfileRuleContext, first: ShellWord, last: ShellWord): { start: number; end: number } {
  const between = ctx.text.slice(first.start, last.end);
  return between.includes('\n') || last.end < first.start ? { start: first.start, end: first.end } : { start: first.start, end: last.end };
}

// ---------------------------------------------------------------------------------------------
// pip

const PIP_LONG_VALUE = new Set([
  'requirement',
  'constraint',
  'editable',
  'target',
  'platform',
  'python-version',
  'implementation',
  'abi',
  'root',
  'prefix',
  'src',
  'upgrade-strategy',
  'index-url',
  'extra-index-url',
  'find-links',
  'no-binary',
  'only-binary',
  'progress-bar',
  'config-settings',
  'global-option',
  'install-option',
  'build',
  'report',
  'trusted-host',
  'proxy',
  'retries',
  'timeout',
  'exists-action',
  'cert',
  'client-cert',
  'cache-dir',
  'log',
  'log-file',
  'python',
  'keyring-provider',
  'use-feature',
  'use-deprecated',
  'root-user-action',
  'group',
]);

export const PIP_OPTIONS: OptionSpec = {
  longValue: PIP_LONG_VALUE,
  shortValue: new Set(['r', 'c', 'e', 't', 'i', 'f', 'b', 'C']),
  doubleDash: 'positional',
};

export interface PipInstall {
  /** The program word (`pip3`, `python3`). */
  readonly program: ShellWord;
  /** The `install` word. */
  readonly install: ShellWord;
  /** Options and positionals of the whole pip command line (before and after `install`). */
  readonly parsed: ParsedArgs;
  /** Positionals after `install`: the requirements. */
  readonly requirements: ShellWord[];
  /** pipx / pipenv: tools with pip-like commands but their own options. */
  readonly wrapper: boolean;
}

/**
 * `pip install …`, `pip3.12 install …`, `/venv/bin/pip install …`, `python3 -m pip install …`
 * (hadolint: a command whose name starts with `pip` and has an `install` argument, or a `python*`
 * command with `-m pip install`). pipx and pipenv match too, flagged as wrappers.
 */
export function pipInstall(command: ShellCommand): PipInstall | undefined {
  const words = command.words;
  const program = words[0];
  if (!program) return undefined;
  const name = baseName(program.value);
  let rest: readonly ShellWord[];
  if (name.startsWith('pip')) rest = words.slice(1);
  else if (name.startsWith('python')) {
    const m = words.findIndex((w, i) => w.value === '-m' && words[i + 1]?.value === 'pip' && words[i + 2]?.value === 'install');
    if (m < 0) return undefined;
    rest = words.slice(m + 2);
  } else return undefined;
  const parsed = parseArgs(rest, PIP_OPTIONS);
  const install = parsed.positionals[0];
  if (install?.value !== 'install') return undefined;
  return { program, install, parsed, requirements: parsed.positionals.slice(1), wrapper: name.includes('pipx') || name.includes('pipenv') };
}

// ---------------------------------------------------------------------------------------------
// RUN --mount and ENV

export interface RunMount {
  readonly type: string;
  readonly target: string;
}

/** The `--mount=…` flags of a RUN (type defaults to bind, as in BuildKit). */
export function runMounts(instruction: Instruction): RunMount[] {
  const mounts: RunMount[] = [];
  for (const flag of instruction.flags) {
    const m = /^--mount=(.*)$/s.exec(flag.value);
    if (!m) continue;
    let type = 'bind';
    let target = '';
    for (const part of unquote(m[1] ?? '').split(',')) {
      const eq = part.indexOf('=');
      const key = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
      const value = unquote(eq < 0 ? '' : part.slice(eq + 1).trim());
      if (key === 'type') type = value.toLowerCase();
      else if (key === 'target' || key === 'dst' || key === 'destination') target = value;
    }
    mounts.push({ type, target });
  }
  return mounts;
}

/** A cache or tmpfs mount whose target path passes `matches`: the cache then never reaches the image. */
export function hasCacheMount(instruction: Instruction, matches: (target: string) => boolean): boolean {
  return runMounts(instruction).some((m) => (m.type === 'cache' || m.type === 'tmpfs') && matches(m.target));
}

/** `ENV A=1 B="x y"` and the legacy `ENV A value with spaces`, quotes removed. */
export function envPairs(instruction: Instruction): Map<string, string> {
  const pairs = new Map<string, string>();
  const words = instruction.words;
  const first = words[0];
  if (!first) return pairs;
  const eq = first.value.indexOf('=');
  if (eq < 0) {
    const rest = instruction.argsText.trim().slice(first.value.length).trim();
    pairs.set(first.value, unquote(rest));
    return pairs;
  }
  for (const word of words) {
    const i = word.value.indexOf('=');
    if (i > 0) pairs.set(word.value.slice(0, i), unquote(word.value.slice(i + 1)));
  }
  return pairs;
}

/** The RUN an instruction runs: itself, or the one `ONBUILD` wraps (run later, in child images). */
export function runOf(instruction: Instruction): { run: Instruction; onbuild: boolean } | undefined {
  if (instruction.keyword === 'RUN') return { run: instruction, onbuild: false };
  if (instruction.onbuild?.keyword === 'RUN') return { run: instruction.onbuild, onbuild: true };
  return undefined;
}

/**
 * Helpers shared by the os-packages rules: reading an `apt-get` / `apk` command line the way the
 * tool's option parser does (so an option's value, such as `-t bookworm-backports` or
 * `--virtual .build-deps`, is never mistaken for a package), finding `RUN --mount=type=cache`
 * targets, and building fixes that insert a flag after the sub-command word.
 */
import type { Fix, Range } from '../../../engine/types';
import type { Instruction } from '../../model';
import type { DockerfileRuleContext } from '../../rule';
import { unwrap, type ShellCommand, type ShellWord } from '../../shell';
import { WalkCache } from '../../../engine/lint-cache';

/** Which options of a tool take a value (as the next word, or glued: `-tbookworm`, `--virtual=x`). */
export interface OptionSpec {
  /** Short option letters that take a value. */
  readonly shortWithValue: string;
  /** Long option names (without `--`) that take a value. */
  readonly longWithValue: ReadonlySet<string>;
}

export interface ParsedOption {
  /** The option's name: one letter for a short option, the long name without `--`. */
  readonly name: string;
  readonly word: ShellWord;
  /** The option's value, for options that take one. */
  readonly value?: string;
}

export interface ParsedArgs {
  /** The unwrapped command (`sudo`/`env` prefixes removed); `words[0]` is the tool. */
  readonly command: ShellCommand;
  readonly options: readonly ParsedOption[];
  /** Words that are neither options nor option values (sub-commands and packages). */
  readonly operands: readonly ShellWord[];
}

/** Splits a command's arguments into options and operands, getopt style. */
/** Parsed arguments by command and spec: several rules read the same command with the same spec. */
/** One cache per spec (there are two), so a command costs one entry, not a Map of its own. */
const parsedArgs = new Map<OptionSpec, WalkCache<ShellCommand, ParsedArgs>>();

export function parseArgs(command: ShellCommand, spec: OptionSpec): ParsedArgs {
  let cache = parsedArgs.get(spec);
  if (!cache) {
    cache = new WalkCache();
    parsedArgs.set(spec, cache);
  }
  let args = cache.get(command);
  if (!args) {
    args = parseArgsOnce(command, spec);
    cache.set(command, args);
  }
  return args;
}

function parseArgsOnce(command: ShellCommand, spec: OptionSpec): ParsedArgs {
  const unwrapped = unwrap(command);
  const words = unwrapped.words;
  const options: ParsedOption[] = [];
  const operands: ShellWord[] = [];
  let endOfOptions = false;
  for (let i = 1; i < words.length; i++) {
    const word = words[i];
    if (!word) break;
    const v = word.value;
    if (endOfOptions || v === '-' || !v.startsWith('-')) {
      operands.push(word);
      continue;
    }
    if (v === '--') {
      endOfOptions = true;
      continue;
    }
    if (v.startsWith('--')) {
      const eq = v.indexOf('=');
      const name = eq < 0 ? v.slice(2) : v.slice(2, eq);
      if (eq >= 0) options.push({ name, word, value: v.slice(eq + 1) });
      else if (spec.longWithValue.has(name)) {
        options.push({ name, word, value: words[i + 1]?.value ?? '' });
        i++;
      } else options.push({ name, word });
      continue;
    }
    // A bundle of short options: `-yq`, `-tbookworm`, `-t bookworm`, `-q=2`.
    for (let k = 1; k < v.length; k++) {
      const letter = v[k] ?? '';
      if (letter === '=') break;
      if (spec.shortWithValue.includes(letter)) {
        const rest = v.slice(k + 1);
        if (rest) options.push({ name: letter, word, value: rest.startsWith('=') ? rest.slice(1) : rest });
        else {
          options.push({ name: letter, word, value: words[i + 1]?.value ?? '' });
          i++;
        }
        break;
      }
      options.push({ name: letter, word });
    }
  }
  return { command: unwrapped, options, operands };
}

export function hasOption(args: ParsedArgs, ...names: string[]): boolean {
  return args.options.some((o) => names.includes(o.name));
}

/** `apt-get`'s options that take a value (see apt-get(8)). */
export const APT_GET_OPTIONS: OptionSpec = {
  shortWithValue: 'octa',
  longWithValue: new Set(['option', 'config-file', 'target-release', 'default-release', 'host-architecture', 'host-profile']),
};

/** `apk`'s options that take a value (see apk(8), apk-add(8)). */
export const APK_OPTIONS: OptionSpec = {
  shortWithValue: 'tXp',
  longWithValue: new Set([
    'virtual',
    'repository',
    'root',
    'arch',
    'keys-dir',
    'repositories-file',
    'cache-dir',
    'cache-max-age',
    'timeout',
  ]),
};

/** The `apt-get install` (or `apk add`) sub-command word, when `command` is that command. */
export function subcommand(
  command: ShellCommand,
  tool: 'apt-get' | 'apk',
  sub: string,
  spec: OptionSpec,
): { args: ParsedArgs; word: ShellWord } | undefined {
  const unwrapped = unwrap(command);
  if (unwrapped.words[0]?.value !== tool) return undefined;
  const args = parseArgs(unwrapped, spec);
  const word = args.operands.find((w) => w.value === sub);
  return word ? { args, word } : undefined;
}

/** The range a command-level finding points at: `apt-get … install` when on one line, else the tool. */
export function commandRange(ctx: DockerfileRuleContext, args: ParsedArgs, sub: ShellWord): Range {
  const tool = args.command.words[0] ?? sub;
  const sameLine = ctx.lines.positionAt(tool.start).line === ctx.lines.positionAt(sub.end).line;
  return ctx.lines.range(tool.start, sameLine ? sub.end : tool.end);
}

/**
 * An edit inserting `flag` right after `word`. In exec form without a shell
 * (`RUN ["apt-get", "install", "x"]`) the word is a JSON string, so the flag becomes a new element.
 */
export function insertAfterFix(
  ctx: DockerfileRuleContext,
  word: ShellWord,
  flag: string,
  title: string,
  applicability: Fix['applicability'],
): Fix {
  const jsonElement =
    word.raw === word.value &&
    ctx.text[word.start] === '"' &&
    ctx.text[word.end - 1] === '"' &&
    word.end - word.start === JSON.stringify(word.value).length;
  const at = ctx.lines.positionAt(word.end);
  return { title, applicability, edits: [{ range: { start: at, end: at }, newText: jsonElement ? `, "${flag}"` : ` ${flag}` }] };
}

/** Targets of the instruction's `--mount=type=cache,…` flags, trailing slashes removed. */
export function cacheMountTargets(instruction: Instruction): string[] {
  const targets: string[] = [];
  for (const flag of instruction.flags) {
    if (!flag.value.startsWith('--mount=')) continue;
    let type = '';
    let target: string | undefined;
    for (const field of flag.value.slice('--mount='.length).split(',')) {
      const eq = field.indexOf('=');
      const key = (eq < 0 ? field : field.slice(0, eq)).trim().toLowerCase();
      const value =
        eq < 0
          ? ''
          : field
              .slice(eq + 1)
              .trim()
              .replace(/^(["'])(.*)\1$/, '$2');
      if (key === 'type') type = value.toLowerCase();
      else if (key === 'target' || key === 'dst' || key === 'destination') target = value;
    }
    if (type === 'cache' && target !== undefined) targets.push(target.length > 1 ? target.replace(/\/+$/, '') : target);
  }
  return targets;
}

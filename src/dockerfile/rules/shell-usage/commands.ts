/**
 * Helpers the shell-usage rules share: the named commands of a RUN, flags read the way hadolint
 * reads them (`-abc` is the three flags a, b, c; `--name=value` is the flag `name`), and the value
 * that follows a flag.
 */
import type { Instruction } from '../../model';
import type { DockerfileRuleContext } from '../../rule';
import { unwrap, type ShellCommand, type ShellWord } from '../../shell';
import { WalkCache } from '../../../engine/lint-cache';

/** A command of a RUN with the wrappers (`sudo`, `env`, …) stripped, and the words they hid. */
export interface NamedCommand {
  /** The command as parsed, wrappers included. */
  readonly command: ShellCommand;
  /** The command name after the wrappers, e.g. `apt-get` in `sudo -E apt-get install x`. */
  readonly name: ShellWord;
  /** Every word from the name on. */
  readonly words: readonly ShellWord[];
  /** The wrapper words before the name (`sudo`, `-E`). */
  readonly prefix: readonly ShellWord[];
}

const NO_WORDS: readonly ShellWord[] = [];

/** Named commands by RUN, once per walk: six rules ask for them on every RUN. */
const namedByRun = new WalkCache<Instruction, readonly NamedCommand[]>();

/**
 * The commands of a RUN that have a name, with wrappers stripped. `command -v x` and `type x`
 * only look a program up, so `command -v` yields no command named `x`.
 */
export function namedCommands(instruction: Instruction, ctx: DockerfileRuleContext): readonly NamedCommand[] {
  const scripts = ctx.scripts(instruction);
  if (!scripts) return [];
  let out = namedByRun.get(instruction);
  if (out) return out;
  const found: NamedCommand[] = [];
  for (const command of scripts.commands) {
    const unwrapped = unwrap(command).words;
    // A wrapper alone (`sudo -i`, `env`) is its own command.
    const words = unwrapped.length > 0 ? unwrapped : command.words;
    const name = words[0];
    if (!name) continue;
    const prefix = words === command.words ? NO_WORDS : command.words.slice(0, command.words.length - words.length);
    if (prefix.some((w, i) => w.value === 'command' && /^-[vV]$/.test(prefix[i + 1]?.value ?? ''))) continue;
    found.push({ command, name, words, prefix });
  }
  out = found;
  namedByRun.set(instruction, out);
  return out;
}

/** One flag letter or long name, and the word it was written in. */
export interface FlagPart {
  readonly flag: string;
  readonly word: ShellWord;
  /** Index of the word in the command's words (the name is index 0). */
  readonly index: number;
}

/** hadolint's reading of flags: `-xzf` → x, z, f; `--file=a` → file; `-` and `--` are not flags. */
export function flagParts(words: readonly ShellWord[]): FlagPart[] {
  const out: FlagPart[] = [];
  words.forEach((word, index) => {
    if (index === 0) return;
    const v = word.value;
    if (v === '-' || v === '--' || !v.startsWith('-')) return;
    if (v.startsWith('--')) {
      const eq = v.indexOf('=');
      out.push({ flag: eq < 0 ? v.slice(2) : v.slice(2, eq), word, index });
      return;
    }
    for (const letter of v.slice(1)) out.push({ flag: letter, word, index });
  });
  return out;
}

export function findFlag(words: readonly ShellWord[], names: readonly string[]): FlagPart | undefined {
  return flagParts(words).find((p) => names.includes(p.flag));
}

/** Arguments that are not flags (hadolint's `getArgsNoFlags`): every word not starting with `-`. */
export function argsNoFlags(words: readonly ShellWord[]): ShellWord[] {
  return words.slice(1).filter((w) => !w.value.startsWith('-') || w.value === '-' || w.value === '--');
}

/** The last path component, for `/` and `\` separated paths, quotes removed. */
export function basename(path: string): string {
  const unquoted = path.replace(/^["']+|["']+$/g, '');
  const cut = Math.max(unquoted.lastIndexOf('/'), unquoted.lastIndexOf('\\'));
  return unquoted.slice(cut + 1);
}

/** `ctx.lines.range` for a shell word; an exec-form element (`"ps"`) without its quotes. */
export function wordRange(ctx: DockerfileRuleContext, word: { readonly start: number; readonly end: number }) {
  const quoted = word.end - word.start >= 2 && ctx.text[word.start] === '"' && ctx.text[word.end - 1] === '"';
  return quoted ? ctx.lines.range(word.start + 1, word.end - 1) : ctx.lines.range(word.start, word.end);
}

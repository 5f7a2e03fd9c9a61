/**
 * Helpers the stages rules share: a `--name=value` flag with the offsets of its value, the
 * source and destination arguments of COPY (shell and JSON form), and `$VAR` resolution against
 * the global ARG defaults that BuildKit applies to FROM lines and `COPY --from`.
 */
import type { Instruction, Stage, Word } from '../../model';
import { expandVariables, unquote } from '../../parse';

export interface FlagValue {
  /** The flag word itself (`--from=build`). */
  readonly word: Word;
  /** The value with surrounding quotes removed. */
  readonly value: string;
  /** Offsets of the value as written (quotes included). */
  readonly start: number;
  readonly end: number;
}

/** The last `--name=value` flag of an instruction (BuildKit keeps the last one), if any. */
export function flagValue(instruction: Instruction, name: string): FlagValue | undefined {
  const prefix = `--${name}=`;
  let found: FlagValue | undefined;
  for (const word of instruction.flags) {
    if (!word.value.startsWith(prefix)) continue;
    const raw = word.value.slice(prefix.length);
    found = { word, value: unquote(raw), start: Math.min(word.start + prefix.length, word.end), end: word.end };
  }
  return found;
}

/** One COPY argument: its value with quotes removed, and where it is written. */
export interface CopyArg {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

export interface CopyArgs {
  readonly sources: readonly CopyArg[];
  readonly dest?: CopyArg;
}

/** Index in `argsText` of the character at document offset `offset` (offsets only grow). */
function argsIndexOf(instruction: Instruction, offset: number): number {
  const offsets = instruction.argsOffsets;
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((offsets.at(mid) ?? 0) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The string literals of a JSON array (`["a", "b"]`), with their offsets; undefined if not one. */
function jsonArgs(instruction: Instruction, from: number): CopyArg[] | undefined {
  const text = instruction.argsText;
  const body = text.slice(from).trim();
  if (!body.startsWith('[') || !body.endsWith(']')) return undefined;
  try {
    const parsed: unknown = JSON.parse(body);
    if (!Array.isArray(parsed) || !parsed.every((v) => typeof v === 'string')) return undefined;
  } catch {
    return undefined;
  }
  const args: CopyArg[] = [];
  const offsets = instruction.argsOffsets;
  for (let i = from; i < text.length; i++) {
    if (text[i] !== '"') continue;
    const begin = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    const literal = text.slice(begin, i + 1);
    let value = literal.slice(1, -1);
    try {
      value = JSON.parse(literal) as string;
    } catch {
      // Keep the raw text between the quotes.
    }
    const start = offsets.at(begin) ?? 0;
    args.push({ value, start, end: (offsets.at(Math.min(i, offsets.length - 1)) ?? start) + 1 });
  }
  return args;
}

/** The sources and destination of a COPY or ADD, in shell form or JSON form. */
export function copyArgs(instruction: Instruction): CopyArgs {
  const first = instruction.operands[0];
  if (!first) return { sources: [] };
  const list = first.value.startsWith('[') ? jsonArgs(instruction, argsIndexOf(instruction, first.start)) : undefined;
  const args: CopyArg[] = list ?? instruction.operands.map((w) => ({ value: unquote(w.value), start: w.start, end: w.end }));
  const dest = args[args.length - 1];
  return dest && args.length > 1 ? { sources: args.slice(0, -1), dest } : { sources: args };
}

const VARIABLE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(:?[-+])?|([A-Za-z_][A-Za-z0-9_]*))/g;

/**
 * Expands `$VAR` / `${VAR…}` with the given values, or returns undefined when a variable has no
 * known value (and no `:-` default), so that rules stay silent about what they cannot know.
 */
export function resolveVariables(value: string, vars: ReadonlyMap<string, string | undefined>): string | undefined {
  if (!value.includes('$')) return value;
  for (const m of value.matchAll(VARIABLE)) {
    const name = m[1] ?? m[3] ?? '';
    const op = m[2];
    if (op === '-' || op === ':-' || op === '+' || op === ':+') continue;
    if (vars.get(name) === undefined) return undefined;
  }
  return expandVariables(value, vars);
}

/** The earlier stage a FROM builds on (`FROM base`), resolved through global ARG defaults. */
export function parentStage(stage: Stage, stages: readonly Stage[], image: string | undefined): Stage | undefined {
  if (!image) return undefined;
  const name = image.toLowerCase();
  let parent: Stage | undefined;
  for (const s of stages) {
    if (s.index >= stage.index) break;
    if (s.name === name) parent = s;
  }
  return parent;
}

/** The `AS name` word of a FROM, if written. */
export function aliasWord(stage: Stage): Word | undefined {
  const as = stage.from.operands[1];
  return as?.value.toUpperCase() === 'AS' ? stage.from.operands[2] : undefined;
}

/**
 * Helpers the security rules share: the stages the final image is built from, where to insert an
 * instruction in the final stage, ENV/ARG assignments with the document offset of every character
 * of their (unquoted) values, the sources of COPY/ADD, and the environment assignments of a RUN
 * (`VAR=x cmd`, `export VAR=x`, `env VAR=x cmd`).
 */
import type { LineIndex } from '../../../engine/text';
import type { Dockerfile, Instruction, OffsetMap, Stage, Word } from '../../model';
import { expandVariables, unquote } from '../../parse';
import { execForm } from '../../scripts';
import { unwrap, type ShellCommand, type ShellWord } from '../../shell';
import { WalkCache } from '../../../engine/lint-cache';

/**
 * The final stage, then the stage it is built `FROM`, and so on: the stages whose instructions
 * end up in the image a plain `docker build` produces. Stage names resolve through global ARGs.
 */
export function finalStageChain(dockerfile: Dockerfile): Stage[] {
  const chain: Stage[] = [];
  let stage = dockerfile.stages[dockerfile.stages.length - 1];
  while (stage && chain.length <= dockerfile.stages.length) {
    chain.push(stage);
    const current: Stage = stage;
    const written = current.image ? unquote(current.image.value) : '';
    const image = (written.includes('$') ? expandVariables(written, dockerfile.globalArgs) : written).toLowerCase();
    let parent: Stage | undefined;
    for (const s of dockerfile.stages) {
      if (s.index >= current.index) break;
      if (s.name === image) parent = s;
    }
    stage = parent;
  }
  return chain;
}

/**
 * Where a new instruction should go in a stage: at the start of the line of its first CMD or
 * ENTRYPOINT (so it applies before the container starts), else after its last instruction.
 * Returns the offset and whether the text must start on a new line.
 */
export function insertionPoint(stage: Stage, lines: LineIndex): { offset: number; before: boolean } {
  const start = stage.instructions.find((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT');
  if (start) return { offset: lines.lineStart(lines.positionAt(start.start).line), before: true };
  const last = stage.instructions[stage.instructions.length - 1] ?? stage.from;
  return { offset: lines.lineEnd(lines.positionAt(Math.max(last.start, last.end - 1)).line), before: false };
}

/** `word` in the casing the stage's FROM is written in (`from scratch` → `user`), for inserted lines. */
export function keywordLike(stage: Stage, text: string, word: string): string {
  const from = text.slice(stage.from.keywordStart, stage.from.keywordEnd);
  return from === from.toLowerCase() ? word.toLowerCase() : word;
}

/** Index in `argsText` of the character at document offset `offset` (offsets only grow). */
export function argsIndexOf(instruction: Instruction, offset: number): number {
  const offsets = instruction.argsOffsets;
  // An offset in the map (a word's start, the usual question): one pass over the line segments.
  const exact = offsets.indexOf(offset);
  if (exact >= 0) return exact;
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((offsets.at(mid) ?? 0) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A string with the document offset of each of its characters. */
export interface MappedText {
  readonly text: string;
  readonly offsets: readonly number[];
}

/** A value written without quotes or escapes: character `i` sits at `argsOffsets.at(from + i)`. */
class PlainSpan implements MappedText {
  private mapped: number[] | undefined;
  constructor(
    readonly text: string,
    private readonly map: OffsetMap,
    private readonly from: number,
  ) {}
  get offsets(): readonly number[] {
    if (!this.mapped) {
      this.mapped = [];
      for (let i = 0; i < this.text.length; i++) this.mapped.push(this.map.at(this.from + i) ?? 0);
    }
    return this.mapped;
  }
}

/**
 * Removes shell-style quotes and backslash escapes from `argsText[from, to)` as BuildKit does for
 * ENV and ARG values, keeping the document offset of every remaining character.
 */
function unquoteSpan(instruction: Instruction, from: number, to: number): MappedText {
  const src = instruction.argsText;
  const map = instruction.argsOffsets;
  // Most values have no quote or escape: one slice, and the offsets built only if a rule asks.
  let plain = true;
  for (let i = from; i < to && plain; i++) {
    const c = src.charCodeAt(i);
    plain = c !== 34 && c !== 39 && c !== 92;
  }
  if (plain) return new PlainSpan(src.slice(from, Math.max(from, to)), map, from);
  let text = '';
  const offsets: number[] = [];
  let quote: '"' | "'" | undefined;
  const push = (i: number) => {
    text += src[i] ?? '';
    offsets.push(map.at(i) ?? 0);
  };
  for (let i = from; i < to; i++) {
    const c = src[i] ?? '';
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else push(i);
    } else if (quote === '"') {
      if (c === '"') quote = undefined;
      else if (c === '\\' && i + 1 < to && '"\\$`'.includes(src[i + 1] ?? 'x')) push(++i);
      else push(i);
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '\\' && i + 1 < to) push(++i);
    else push(i);
  }
  return { text, offsets };
}

/** One `NAME=value` of an ENV or ARG. */
export interface Assignment {
  readonly name: string;
  readonly nameStart: number;
  readonly nameEnd: number;
  /** The value with quotes removed; undefined for `ARG NAME` without a default. */
  readonly value?: MappedText;
  /** The whole `NAME=value` (or legacy `NAME value`) as written. */
  readonly start: number;
  readonly end: number;
}

/** The assignments of an ENV or ARG (`ENV A=1 B=2`, legacy `ENV A 1`, `ARG A`, `ARG A=1`). */
export function assignments(instruction: Instruction): readonly Assignment[] {
  if (instruction.keyword !== 'ENV' && instruction.keyword !== 'ARG') return [];
  let known = assignmentCache.get(instruction);
  if (!known) {
    known = parseAssignments(instruction);
    assignmentCache.set(instruction, known);
  }
  return known;
}

/** Parsed once per instruction: the security rules all read the same ENV/ARG assignments. */
const assignmentCache = new WalkCache<Instruction, readonly Assignment[]>();

function parseAssignments(instruction: Instruction): Assignment[] {
  const words: readonly Word[] = instruction.operands;
  const first = words[0];
  if (!first) return [];
  if (instruction.keyword === 'ENV' && !first.value.includes('=')) {
    // Legacy `ENV NAME value with spaces`: the value is the rest of the line.
    const last = words[words.length - 1] ?? first;
    const from = argsIndexOf(instruction, first.start) + first.value.length;
    const to = argsIndexOf(instruction, last.start) + last.value.length;
    let begin = from;
    while (begin < to && /\s/.test(instruction.argsText[begin] ?? '')) begin++;
    return [
      {
        name: first.value,
        nameStart: first.start,
        nameEnd: first.end,
        value: unquoteSpan(instruction, begin, to),
        start: first.start,
        end: last.end,
      },
    ];
  }
  return words.map((word) => {
    const eq = word.value.indexOf('=');
    const name = eq < 0 ? word.value : word.value.slice(0, eq);
    const nameEnd = word.start + name.length;
    if (eq < 0) return { name, nameStart: word.start, nameEnd, start: word.start, end: word.end };
    const at = argsIndexOf(instruction, word.start);
    return {
      name,
      nameStart: word.start,
      nameEnd,
      value: unquoteSpan(instruction, at + eq + 1, at + word.value.length),
      start: word.start,
      end: word.end,
    };
  });
}

/** A source of COPY or ADD with quotes removed, and where it is written. */
export interface SourceArg {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** The source arguments of a COPY or ADD (shell form or JSON form); the destination is left out. */
export function copySources(instruction: Instruction): SourceArg[] {
  return copyOperands(instruction).slice(0, -1);
}

/** Every argument of a COPY or ADD after its flags: the sources, then the destination. */
export function copyOperands(instruction: Instruction): SourceArg[] {
  const first = instruction.operands[0];
  if (!first) return [];
  let args: SourceArg[] | undefined;
  if (first.value.startsWith('[')) {
    const at = argsIndexOf(instruction, first.start);
    args = execForm({ ...instruction, argsText: instruction.argsText.slice(at), argsOffsets: instruction.argsOffsets.slice(at) });
  }
  args ??= instruction.operands.map((w) => ({ value: unquote(w.value), start: w.start, end: w.end }));
  return args;
}

/** A shell environment assignment found in a RUN script. */
export interface ShellAssignment {
  readonly name: string;
  readonly value: string;
  readonly word: ShellWord;
}

/**
 * The environment variables a command sets: its `VAR=x` prefix (also after `env`/`sudo`), and the
 * `NAME=value` arguments of `export`/`declare -x`/`typeset -x`.
 */
export function shellAssignments(command: ShellCommand): readonly ShellAssignment[] {
  const inner = unwrap(command);
  const name = inner.words[0]?.value;
  const declares = name === 'export' || name === 'declare' || name === 'typeset' || name === 'readonly';
  // Most commands set nothing: no array for them (this runs on every command of every RUN).
  if (inner.assignments.length === 0 && !declares) return NO_ASSIGNMENTS;
  const out: ShellAssignment[] = [];
  for (const word of inner.assignments) addAssignment(out, word);
  if (declares) {
    const words = inner.words;
    for (let i = 1; i < words.length; i++) {
      const word = words[i] as ShellWord;
      if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(word.value)) addAssignment(out, word);
    }
  }
  return out;
}

const NO_ASSIGNMENTS: readonly ShellAssignment[] = [];

function addAssignment(out: ShellAssignment[], word: ShellWord): void {
  const eq = word.value.indexOf('=');
  if (eq > 0) out.push({ name: word.value.slice(0, eq), value: word.value.slice(eq + 1), word });
}

/** The basename of a path (`/a/b/` → `b`). */
export function basename(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** The program a command runs, without its directory: `/usr/bin/curl` → `curl`. */
export function programName(word: { readonly value: string } | undefined): string {
  const value = word?.value ?? '';
  return value.slice(value.lastIndexOf('/') + 1);
}

/** A finding a checker produced: the word to underline and what to say. */
export interface Hit {
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

/** Runs `check` on every command of a RUN (unwrapped) and on every ENV/ARG assignment. */
export interface VerificationChecks {
  command(command: ShellCommand, name: string, hits: Hit[]): void;
  /** An environment variable set by ENV, ARG (with a default) or in a RUN script. */
  variable(name: string, value: string, start: number, end: number, hits: Hit[]): void;
}

export function runVerificationChecks(
  instruction: Instruction,
  commands: readonly ShellCommand[] | undefined,
  checks: VerificationChecks,
): Hit[] {
  const hits: Hit[] = [];
  if (instruction.keyword === 'ENV' || instruction.keyword === 'ARG') {
    for (const a of assignments(instruction)) if (a.value) checks.variable(a.name, a.value.text, a.start, a.end, hits);
  }
  for (const command of commands ?? []) {
    for (const a of shellAssignments(command)) checks.variable(a.name, a.value, a.word.start, a.word.end, hits);
    const inner = unwrap(command);
    if (inner.words.length > 0) checks.command(inner, programName(inner.words[0]), hits);
  }
  return hits;
}

/** The word after `flag` (`-o value`), or the part after `=` (`--opt=value`), for each occurrence. */
export function optionValues(command: ShellCommand, short: string | undefined, long: string | undefined): ShellWord[] {
  const out: ShellWord[] = [];
  const words = command.words;
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (!w) continue;
    const v = w.value;
    if ((short && v === `-${short}`) || (long && v === `--${long}`)) {
      const next = words[i + 1];
      if (next) out.push(next);
      i++;
    } else if (short && v.startsWith(`-${short}`) && !v.startsWith('--')) {
      out.push({ ...w, value: v.slice(short.length + 1) });
    } else if (long && v.startsWith(`--${long}=`)) {
      out.push({ ...w, value: v.slice(long.length + 3) });
    }
  }
  return out;
}

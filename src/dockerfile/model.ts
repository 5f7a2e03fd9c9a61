/** The Dockerfile model the rules walk. Offsets index into the original text. */

export interface Word {
  /** The word as Docker sees it: continuations removed, quotes kept. */
  readonly value: string;
  /** Offsets of the word's first and past-last character in the original text. */
  readonly start: number;
  readonly end: number;
}

/**
 * Where each character of an instruction's `argsText` sits in the document. Stored as one segment
 * per physical line (not one number per character: that array was most of the parser's garbage).
 * `at` behaves like indexing an array: undefined outside `[0, length)`.
 */
export class OffsetMap {
  /** `argStarts[s]` is the argsText index where segment `s` starts; `docStarts[s]` its offset. */
  private readonly argStarts: number[];
  private readonly docStarts: number[];
  readonly length: number;

  constructor(argStarts: number[], docStarts: number[], length: number) {
    this.argStarts = argStarts;
    this.docStarts = docStarts;
    this.length = length;
  }

  /** The document offset of `argsText[index]`. */
  at(index: number): number | undefined {
    if (!(index >= 0 && index < this.length) || !Number.isInteger(index)) return undefined;
    const starts = this.argStarts;
    let s = starts.length - 1;
    while (s > 0 && (starts[s] ?? 0) > index) s--;
    return (this.docStarts[s] ?? 0) + index - (starts[s] ?? 0);
  }

  /** The argsText index of the character at document offset `offset`, or -1. */
  indexOf(offset: number): number {
    const starts = this.argStarts;
    for (let s = 0; s < starts.length; s++) {
      const argStart = starts[s] ?? 0;
      const docStart = this.docStarts[s] ?? 0;
      const segEnd = s + 1 < starts.length ? (starts[s + 1] ?? 0) : this.length;
      if (offset >= docStart && offset < docStart + segEnd - argStart) return argStart + offset - docStart;
    }
    return -1;
  }

  /** The map of `argsText.slice(from)`. */
  slice(from: number): OffsetMap {
    const start = Math.max(0, Math.min(from, this.length));
    const argStarts: number[] = [];
    const docStarts: number[] = [];
    const starts = this.argStarts;
    for (let s = 0; s < starts.length; s++) {
      const argStart = starts[s] ?? 0;
      const segEnd = s + 1 < starts.length ? (starts[s + 1] ?? 0) : this.length;
      if (segEnd <= start) continue;
      const skip = Math.max(0, start - argStart);
      argStarts.push(argStart + skip - start);
      docStarts.push((this.docStarts[s] ?? 0) + skip);
    }
    return new OffsetMap(argStarts, docStarts, this.length - start);
  }

  /** Every offset as an array (for callers that edit the mapping character by character). */
  toArray(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.length; i++) out.push(this.at(i) ?? 0);
    return out;
  }
}

export interface Heredoc {
  /** The delimiter word, e.g. `EOF`. */
  readonly name: string;
  /** `<<-` strips leading tabs. */
  readonly stripTabs: boolean;
  /** Whether the delimiter was quoted (no variable expansion in the body). */
  readonly quoted: boolean;
  /** Offsets of the body (between the instruction line and the terminator line). */
  readonly bodyStart: number;
  readonly bodyEnd: number;
  readonly body: string;
  readonly terminated: boolean;
}

export interface Instruction {
  /** Upper-cased keyword (`FROM`, `RUN`…). */
  readonly keyword: string;
  readonly keywordStart: number;
  readonly keywordEnd: number;
  /** Offset range of the whole instruction, heredoc bodies included. */
  readonly start: number;
  readonly end: number;
  readonly startLine: number;
  readonly endLine: number;
  /** Arguments after the keyword with continuations removed. */
  readonly argsText: string;
  /** Offset in the original text of each character of argsText. */
  readonly argsOffsets: OffsetMap;
  /** argsText split on unquoted whitespace. */
  readonly words: readonly Word[];
  /** Leading `--name=value` words (FROM --platform, COPY --from, RUN --mount…). */
  readonly flags: readonly Word[];
  /** Words after the flags. */
  readonly operands: readonly Word[];
  readonly heredocs: readonly Heredoc[];
  /** For `ONBUILD RUN …`, the wrapped instruction. */
  readonly onbuild?: Instruction;
}

export interface Stage {
  readonly index: number;
  readonly from: Instruction;
  /** The image reference word of FROM, as written. */
  readonly image?: Word;
  /** The `AS name` of the stage, lower-cased as Docker compares it. */
  readonly name?: string;
  readonly instructions: Instruction[];
}

export interface SyntaxProblem {
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

export interface Dockerfile {
  readonly escape: '\\' | '`';
  readonly directives: ReadonlyMap<string, string>;
  readonly instructions: readonly Instruction[];
  readonly stages: readonly Stage[];
  /** ARGs declared before the first FROM, with their defaults (usable in FROM lines). */
  readonly globalArgs: ReadonlyMap<string, string | undefined>;
  readonly problems: readonly SyntaxProblem[];
}

export const KEYWORDS = new Set([
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
]);

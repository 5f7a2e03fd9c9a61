/** The Dockerfile model the rules walk. Offsets index into the original text. */

export interface Word {
  /** The word as Docker sees it: continuations removed, quotes kept. */
  readonly value: string;
  /** Offsets of the word's first and past-last character in the original text. */
  readonly start: number;
  readonly end: number;
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
  readonly argsOffsets: readonly number[];
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

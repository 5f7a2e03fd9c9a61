/**
 * A small shell tokenizer: splits a `run:` script into simple commands and their words, with
 * document offsets. It knows quotes, backslash line continuations, comments and the command
 * separators (`;`, `&&`, `||`, `|`, `&`, parentheses, newlines) — enough to find `npm install x`
 * without a full shell grammar.
 */

export interface ShellWord {
  /** The word with quotes removed. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface ShellCommand {
  readonly words: readonly ShellWord[];
  readonly start: number;
  readonly end: number;
}

const SEPARATORS = new Set([';', '&', '|', '(', ')', '\n']);

/** Commands in `text[start, end)`; offsets are document offsets. */
export function shellCommands(text: string, start: number, end: number): ShellCommand[] {
  const commands: ShellCommand[] = [];
  let words: ShellWord[] = [];
  let word = '';
  let wordStart = -1;
  const endWord = (at: number): void => {
    if (wordStart >= 0) words.push({ text: word, start: wordStart, end: at });
    word = '';
    wordStart = -1;
  };
  const endCommand = (): void => {
    const first = words[0];
    const last = words[words.length - 1];
    if (first && last) commands.push({ words, start: first.start, end: last.end });
    words = [];
  };
  let i = start;
  while (i < end) {
    const c = text[i] ?? '';
    if (c === '\\' && text[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      endWord(i);
      i++;
      continue;
    }
    if (SEPARATORS.has(c)) {
      endWord(i);
      endCommand();
      i++;
      continue;
    }
    if (c === '#' && wordStart < 0) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 || nl > end ? end : nl;
      continue;
    }
    if (wordStart < 0) wordStart = i;
    if (c === "'" || c === '"') {
      const close = text.indexOf(c, i + 1);
      const stop = close < 0 || close >= end ? end : close;
      word += text.slice(i + 1, stop);
      i = stop + 1;
      continue;
    }
    if (c === '\\' && i + 1 < end) {
      word += text[i + 1];
      i += 2;
      continue;
    }
    word += c;
    i++;
  }
  endWord(Math.min(i, end));
  endCommand();
  return commands;
}

/**
 * A Dockerfile parser written for linting: it never throws, keeps every offset so ranges point at
 * the offending word, and records syntax problems while parsing the rest of the file. It handles
 * the `# escape=` directive, line continuations (with comment and blank lines inside them, as
 * BuildKit does), JSON (exec) form, `ONBUILD`, and heredocs (`RUN <<EOF`, `COPY <<-"EOF" /x`).
 * Why not dockerfile-ast: see docs/architecture.md (it has no offsets for logical words after
 * continuations and is several times slower on the 300-line benchmark).
 */
import { KEYWORDS, OffsetMap, type Dockerfile, type Heredoc, type Instruction, type Stage, type SyntaxProblem, type Word } from './model';

const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.*?)\s*$/;
const HEREDOC = /<<(-?)(["']?)([A-Za-z_][\w.-]*)\2/g;
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
/** Shared by every instruction without flags or heredocs (most of them): no empty array each. */
const NO_WORDS: readonly Word[] = [];
const NO_HEREDOCS: readonly Heredoc[] = [];

interface PhysicalLine {
  readonly start: number;
  /** End of content, before the line break. */
  readonly end: number;
  /** Offset of the next line's start. */
  readonly next: number;
}

function splitLines(text: string): PhysicalLine[] {
  const lines: PhysicalLine[] = [];
  let start = 0;
  if (!text.includes('\r')) {
    // LF only (the usual case): let indexOf find the breaks instead of a loop over every character.
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      lines.push({ start, end: nl, next: nl + 1 });
      start = nl + 1;
    }
    if (start < text.length || lines.length === 0) lines.push({ start, end: text.length, next: text.length });
    return lines;
  }
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (i === text.length || c === 10 || c === 13) {
      const next = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      if (i === text.length && start === text.length && lines.length > 0) break;
      lines.push({ start, end: i, next: Math.min(next, text.length) });
      start = next;
      if (c === 13 && next === i + 2) i++;
    }
  }
  return lines;
}

/** Space, tab, CR, LF, vertical tab, form feed: the whitespace that separates words. */
function isWhitespaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** Splits on unquoted whitespace, keeping quotes in the word (rules decide what quotes mean). */
export function splitWords(argsText: string, offsets: OffsetMap, escape: string): Word[] {
  // Created with the first word (see argStarts in parseDockerfile: no 16-slot array per instruction).
  let words: Word[] | undefined;
  let i = 0;
  const n = argsText.length;
  const escapeCode = escape.charCodeAt(0);
  while (i < n) {
    while (i < n && isWhitespaceCode(argsText.charCodeAt(i))) i++;
    if (i >= n) break;
    const begin = i;
    let quote = 0;
    while (i < n) {
      const c = argsText.charCodeAt(i);
      if (quote !== 0) {
        if (c === escapeCode && quote === 34 && i + 1 < n) i++;
        else if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c;
      else if (c === escapeCode && i + 1 < n) i++;
      else if (isWhitespaceCode(c)) break;
      i++;
    }
    const start = offsets.at(begin) ?? 0;
    const end = (offsets.at(i - 1) ?? start) + 1;
    const word = { value: argsText.slice(begin, i), start, end };
    if (words) words.push(word);
    else words = [word];
  }
  return words ?? [];
}

/** ASCII letter. */
function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Offset of the first character of `text[start, end)` that `String.prototype.trim` keeps (`end`
 * if none), without slicing the line: ASCII is checked inline, anything else falls back to trim.
 */
function firstNonBlank(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 128) return i;
    const rest = text.slice(i, end);
    return end - rest.trimStart().length;
  }
  return end;
}

export function parseDockerfile(text: string): Dockerfile {
  const lines = splitLines(text);
  const lineOf = (offset: number): number => {
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lines[mid]?.start ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  const problems: SyntaxProblem[] = [];
  const directives = new Map<string, string>();
  let escape: '\\' | '`' = '\\';

  // Parser directives: only at the very top, before any other comment, blank line or instruction.
  let index = 0;
  for (; index < lines.length; index++) {
    const line = lines[index];
    if (!line) break;
    const m = DIRECTIVE.exec(text.slice(line.start, line.end));
    if (!m?.[1]) break;
    const key = m[1].toLowerCase();
    if (directives.has(key)) break;
    directives.set(key, m[2] ?? '');
    if (key === 'escape') {
      if (m[2] === '`' || m[2] === '\\') escape = m[2];
      else problems.push({ start: line.start, end: line.end, message: `Invalid escape character "${m[2] ?? ''}": use \\ or \`` });
    }
  }

  const instructions: Instruction[] = [];
  const escapeCode = escape.charCodeAt(0);
  /** End of `text[start, end)` without trailing spaces and tabs. */
  const trimmedEnd = (start: number, end: number): number => {
    let e = end;
    while (e > start) {
      const c = text.charCodeAt(e - 1);
      if (c !== 32 && c !== 9) break;
      e--;
    }
    return e;
  };

  /** Parses the instruction starting at `keywordStart`; the next one starts on line `endLine + 1`. */
  const parseInstruction = (keywordStart: number, startLine: number, first: PhysicalLine, allowHeredoc: boolean): Instruction => {
    let p = keywordStart;
    while (p < first.end && isLetterCode(text.charCodeAt(p))) p++;
    const keywordEnd = p;
    const written = text.slice(keywordStart, keywordEnd);
    const keyword = KEYWORDS.has(written) ? written : written.toUpperCase();
    // Gather the logical line: continuation markers dropped; comment and blank lines inside a
    // continued instruction are skipped, as BuildKit does.
    let argsText = '';
    // Created with their first segment: most instructions have one, and an empty array grows to 16
    // slots on its first push.
    let argStarts: number[] | undefined;
    let docStarts: number[] | undefined;
    let lineIdx = startLine;
    let segStart = keywordEnd;
    for (;;) {
      const line = lines[lineIdx];
      if (!line) break;
      // A line continues when it ends (trailing blanks aside) with one escape character, not two.
      const e = trimmedEnd(segStart, line.end);
      const isCont = e > segStart && text.charCodeAt(e - 1) === escapeCode && !(e - 2 >= segStart && text.charCodeAt(e - 2) === escapeCode);
      const upto = isCont ? e - 1 : line.end;
      // One slice per physical line (not a string concatenation per character: that is most of
      // the parser's time and garbage on a big file).
      if (upto > segStart) {
        if (argStarts && docStarts) {
          argStarts.push(argsText.length);
          docStarts.push(segStart);
        } else {
          argStarts = [argsText.length];
          docStarts = [segStart];
        }
        argsText += text.slice(segStart, upto);
      }
      if (!isCont) break;
      lineIdx++;
      while (lineIdx < lines.length) {
        const l = lines[lineIdx];
        if (!l) break;
        const f = firstNonBlank(text, l.start, l.end);
        if (f === l.end || text.charCodeAt(f) === 35) lineIdx++;
        else break;
      }
      const nextLine = lines[lineIdx];
      if (!nextLine) {
        lineIdx = lines.length - 1;
        break;
      }
      segStart = nextLine.start;
    }
    const argsOffsets = new OffsetMap(argStarts ?? [], docStarts ?? [], argsText.length);
    let endLine = Math.min(lineIdx, lines.length - 1);
    let end = lines[endLine]?.end ?? text.length;

    // Heredocs: bodies follow the instruction's last line, one after the other.
    let heredocs: Heredoc[] | undefined;
    if (allowHeredoc && HEREDOC_KEYWORDS.has(keyword) && argsText.includes('<<')) {
      HEREDOC.lastIndex = 0;
      let m: RegExpExecArray | null;
      let bodyLine = endLine + 1;
      while ((m = HEREDOC.exec(argsText))) {
        if (argsText[m.index - 1] === '<') continue; // `<<<word` is a shell here-string
        const name = m[3] ?? '';
        const stripTabs = m[1] === '-';
        const bodyStart = lines[bodyLine]?.start ?? text.length;
        let terminated = false;
        let l = bodyLine;
        for (; l < lines.length; l++) {
          const line = lines[l];
          if (!line) break;
          let t = text.slice(line.start, line.end);
          if (stripTabs) t = t.replace(/^\t+/, '');
          if (t === name) {
            terminated = true;
            break;
          }
        }
        const bodyEndLine = lines[l];
        const bodyEnd = bodyEndLine ? bodyEndLine.start : text.length;
        (heredocs ??= []).push({
          name,
          stripTabs,
          quoted: m[2] !== '',
          bodyStart,
          bodyEnd,
          body: text.slice(bodyStart, bodyEnd),
          terminated,
        });
        const delimStart = argsOffsets.at(m.index) ?? keywordStart;
        if (!terminated) {
          problems.push({
            start: delimStart,
            end: (argsOffsets.at(m.index + m[0].length - 1) ?? delimStart) + 1,
            message: `Heredoc "${name}" is never terminated: add a line containing only ${name}`,
          });
          endLine = lines.length - 1;
          end = text.length;
          bodyLine = lines.length;
          break;
        }
        endLine = l;
        end = bodyEndLine?.end ?? text.length;
        bodyLine = l + 1;
      }
    }

    const words = splitWords(argsText, argsOffsets, escape);
    let flagCount = 0;
    while (flagCount < words.length && words[flagCount]?.value.startsWith('--')) flagCount++;
    let onbuild: Instruction | undefined;
    if (keyword === 'ONBUILD' && words[0]) {
      // The wrapped instruction lives on the same logical line; parse it from its own offset.
      const innerStart = words[0].start;
      onbuild = parseInstruction(innerStart, lineOf(innerStart), lines[lineOf(innerStart)] ?? first, false);
    }
    // Built as one literal (no `...(onbuild ? { onbuild } : {})` spread, a copy per instruction).
    const inst: { -readonly [K in keyof Instruction]: Instruction[K] } = {
      keyword,
      keywordStart,
      keywordEnd,
      start: keywordStart,
      end,
      startLine,
      endLine,
      argsText,
      argsOffsets,
      words,
      // Without flags (most instructions) the operands are the words: one array, not two copies.
      flags: flagCount === 0 ? NO_WORDS : words.slice(0, flagCount),
      operands: flagCount === 0 ? words : words.slice(flagCount),
      heredocs: heredocs ?? NO_HEREDOCS,
    };
    if (onbuild) inst.onbuild = onbuild;
    return inst;
  };

  while (index < lines.length) {
    const line = lines[index];
    if (!line) break;
    const keywordStart = firstNonBlank(text, line.start, line.end);
    if (keywordStart === line.end || text.charCodeAt(keywordStart) === 35) {
      index++;
      continue;
    }
    const inst = parseInstruction(keywordStart, index, line, true);
    if (!KEYWORDS.has(inst.keyword)) {
      const wordEnd = keywordStart + (/^\S*/.exec(text.slice(keywordStart, line.end))?.[0].length ?? 1);
      const message = inst.keyword
        ? `Unknown instruction "${text.slice(keywordStart, inst.keywordEnd)}"`
        : `Expected an instruction such as FROM or RUN, found "${text.slice(keywordStart, wordEnd)}"`;
      problems.push({ start: keywordStart, end: inst.keyword ? inst.keywordEnd : wordEnd, message });
    } else if (firstNonBlank(inst.argsText, 0, inst.argsText.length) === inst.argsText.length && inst.heredocs.length === 0) {
      problems.push({ start: inst.keywordStart, end: inst.keywordEnd, message: `${inst.keyword} requires at least one argument` });
    } else if (inst.keyword === 'ONBUILD' && inst.onbuild && !KEYWORDS.has(inst.onbuild.keyword)) {
      problems.push({
        start: inst.onbuild.keywordStart,
        end: inst.onbuild.keywordEnd,
        message: `Unknown instruction "${inst.onbuild.keyword}" after ONBUILD`,
      });
    }
    instructions.push(inst);
    index = inst.endLine + 1;
  }

  // Stages and global ARGs.
  const stages: Stage[] = [];
  const globalArgs = new Map<string, string | undefined>();
  for (const inst of instructions) {
    if (inst.keyword === 'FROM') {
      const image = inst.operands[0];
      const as = inst.operands[1]?.value.toUpperCase() === 'AS' ? inst.operands[2]?.value.toLowerCase() : undefined;
      stages.push({ index: stages.length, from: inst, ...(image ? { image } : {}), ...(as ? { name: as } : {}), instructions: [] });
    } else if (stages.length === 0) {
      if (inst.keyword === 'ARG') {
        for (const w of inst.operands) {
          const eq = w.value.indexOf('=');
          if (eq < 0) globalArgs.set(w.value, undefined);
          else globalArgs.set(w.value.slice(0, eq), unquote(w.value.slice(eq + 1)));
        }
      }
    } else {
      stages[stages.length - 1]?.instructions.push(inst);
    }
  }
  return { escape, directives, instructions, stages, globalArgs, problems };
}

export function unquote(value: string): string {
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0])) return value.slice(1, -1);
  return value;
}

/**
 * Expands `$VAR`, `${VAR}`, `${VAR:-default}` and `${VAR:+alt}` with the given values, as BuildKit
 * does for FROM lines. Unknown variables expand to their `:-` default or to the empty string.
 */
export function expandVariables(value: string, vars: ReadonlyMap<string, string | undefined>): string {
  return value.replace(
    /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (_m, braced: string | undefined, op: string | undefined, word: string | undefined, bare: string | undefined) => {
      const name = braced ?? bare ?? '';
      const current = vars.get(name);
      if (op === ':-' || op === '-') return current === undefined || (op === ':-' && current === '') ? (word ?? '') : current;
      if (op === ':+' || op === '+') return current === undefined || (op === ':+' && current === '') ? '' : (word ?? '');
      return current ?? '';
    },
  );
}

/**
 * A hand-written parser for the YAML that workflows are written in, about ten times as fast as the
 * `yaml` package (which builds a token stream, a CST and a Document before we convert it).
 *
 * It returns exactly the tree `from-yaml.ts` builds (values, core-schema types and every offset,
 * including where a collection ends after trailing comments), or `undefined` when the text has
 * anything it does not fully handle or anything that might be an error: tabs outside block
 * scalars, duplicate or merge (`<<`) keys, bad indentation, unterminated quotes, `?` keys, tags,
 * directives, a second document, CRLF line ends, a byte-order mark. The caller then takes the
 * `yaml` path, which also produces the error messages. Valid input never costs more than one more
 * parse; invalid input is never reported from here.
 *
 * Every loop advances through the text, so the time is linear; recursion is bounded by
 * MAX_DEPTH; nothing here throws to the caller.
 *
 * The offsets follow the `yaml` package's choices, which are not obvious; the differential tests
 * (test/unit/workflow/yaml-fast.test.ts) hold the two together:
 * - a collection ends where its last item's trailing tokens end (a comment on the last value's
 *   line, or more-indented comment lines right after it), trimmed of white space;
 * - comment lines after a collection's last item stay in that collection (and so extend its
 *   parent's end) when one of them is at least as indented as the collection, unless it is at
 *   column 0;
 * - an empty value (`key:` with nothing after it) that closes its collection owns every comment
 *   line that follows it.
 */
import type { ScalarStyle, YAlias, YMap, YNode, YPair, YScalar, YSeq } from './node';

/** Nesting deeper than this is not a workflow; the `yaml` path reports it. */
const MAX_DEPTH = 64;
/** The `yaml` package's strict mode rejects implicit keys longer than 1024 characters. */
const MAX_KEY = 1000;

const NL = 10;
const SPACE = 32;
const TAB = 9;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const DOT = 46;
const QUOTE = 34;
const APOS = 39;

/**
 * Thrown inside the parser only, caught by `fastParse`. One instance, made once: bailing is
 * common on half-typed text, and capturing a stack trace each time would cost more than parsing.
 */
class Bail extends Error {}
const BAIL = new Bail('not handled by the fast YAML parser');
function bail(): never {
  throw BAIL;
}

/** Characters that cannot start a plain scalar (or need more care than we give them). */
const NOT_PLAIN_START = new Uint8Array(128);
for (const ch of '#&*!|>[]{},%@`"\'') NOT_PLAIN_START[ch.charCodeAt(0)] = 1;
/** Flow indicators end a plain scalar inside `[..]` / `{..}`. */
const FLOW_INDICATOR = new Uint8Array(128);
for (const ch of ',[]{}') FLOW_INDICATOR[ch.charCodeAt(0)] = 1;
/** Anchor and alias names we accept; anything else (legal but unusual) bails. */
const NAME_CHAR = new Uint8Array(128);
for (const ch of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.') NAME_CHAR[ch.charCodeAt(0)] = 1;

/** What JavaScript's `\s` matches: `from-yaml.ts` trims collection ends with it. */
function isJsSpace(c: number): boolean {
  if (c <= SPACE) return c === SPACE || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const RE_NULL = /^(?:~|[Nn]ull|NULL)?$/;
const RE_BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const RE_OCT = /^0o[0-7]+$/;
const RE_INT = /^[-+]?[0-9]+$/;
const RE_HEX = /^0x[0-9a-fA-F]+$/;
const RE_NAN_INF = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const RE_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const RE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** First characters a non-string core-schema scalar can have; everything else is a string. */
const TYPED_START = new Uint8Array(128);
for (const ch of '0123456789+-.~nNtTfF') TYPED_START[ch.charCodeAt(0)] = 1;

/** YAML 1.2 core schema, in the order the `yaml` package tries its tags. */
export function coreSchemaValue(s: string): string | number | boolean | null {
  if (s.length === 0) return null;
  const c = s.charCodeAt(0);
  if (c >= 128 || TYPED_START[c] === 0) return s;
  if (RE_NULL.test(s)) return null;
  if (RE_BOOL.test(s)) return c === 116 || c === 84; // t / T
  if (RE_OCT.test(s)) return parseInt(s.substring(2), 8);
  if (RE_INT.test(s)) return parseInt(s, 10);
  if (RE_HEX.test(s)) return parseInt(s.substring(2), 16);
  if (RE_NAN_INF.test(s)) {
    if (s.slice(-3).toLowerCase() === 'nan') return NaN;
    return c === DASH ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (RE_EXP.test(s) || RE_FLOAT.test(s)) return parseFloat(s);
  return s;
}

function plainScalar(raw: string, start: number, end: number): YScalar {
  const typed = coreSchemaValue(raw);
  const value = typed === null ? raw : typeof typed === 'string' ? typed : String(typed);
  return { kind: 'scalar', value, typed, style: 'plain', start, end, valueStart: start, valueEnd: end };
}

function stringScalar(value: string, style: ScalarStyle, start: number, end: number, valueStart: number, valueEnd: number): YScalar {
  return { kind: 'scalar', value, typed: value, style, start, end, valueStart, valueEnd };
}

/** Folds the lines of a plain or single-quoted scalar (YAML's line folding). */
function unfoldLines(source: string): string {
  let nl = source.indexOf('\n');
  if (nl < 0) return source;
  let res = trimTrailingBlanks(source.slice(0, nl));
  let sep = ' ';
  let from = nl + 1;
  while ((nl = source.indexOf('\n', from)) >= 0) {
    const line = trimBlanks(source.slice(from, nl));
    if (line === '') {
      if (sep === '\n') res += sep;
      else sep = '\n';
    } else {
      res += sep + line;
      sep = ' ';
    }
    from = nl + 1;
  }
  let i = from;
  while (i < source.length && (source.charCodeAt(i) === SPACE || source.charCodeAt(i) === TAB)) i++;
  return res + sep + source.slice(i);
}

function trimTrailingBlanks(s: string): string {
  let e = s.length;
  while (e > 0 && (s.charCodeAt(e - 1) === SPACE || s.charCodeAt(e - 1) === TAB)) e--;
  return e === s.length ? s : s.slice(0, e);
}

function trimBlanks(s: string): string {
  let b = 0;
  while (b < s.length && (s.charCodeAt(b) === SPACE || s.charCodeAt(b) === TAB)) b++;
  let e = s.length;
  while (e > b && (s.charCodeAt(e - 1) === SPACE || s.charCodeAt(e - 1) === TAB)) e--;
  return s.slice(b, e);
}

const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  '\t': '\t',
};

/** The value of a double-quoted scalar whose quotes are at `open` and `close`. */
function doubleQuotedValue(text: string, open: number, close: number): string {
  // The common case: nothing to unescape or fold.
  let plain = true;
  for (let i = open + 1; i < close; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 || c === NL) {
      plain = false;
      break;
    }
  }
  if (plain) return text.slice(open + 1, close);
  let res = '';
  for (let i = open + 1; i < close; i++) {
    const ch = text[i] as string;
    if (ch === '\n') {
      // A line break folds to a space, or to n-1 newlines after n breaks; leading blanks go.
      let fold = '';
      let j = i + 1;
      for (; j < close; j++) {
        const c = text.charCodeAt(j);
        if (c === NL) fold += '\n';
        else if (c !== SPACE && c !== TAB) break;
      }
      res += fold || ' ';
      i = j - 1;
    } else if (ch === '\\') {
      const next = text[++i] as string;
      const esc = ESCAPES[next];
      if (esc !== undefined) res += esc;
      else if (next === '\n') {
        // An escaped line break joins the lines; the next line's leading blanks still go.
        while (i + 1 < close && (text.charCodeAt(i + 1) === SPACE || text.charCodeAt(i + 1) === TAB)) i++;
      } else if (next === 'x' || next === 'u' || next === 'U') {
        const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
        const hex = text.substr(i + 1, length);
        if (hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex) || i + length >= close) bail();
        const code = parseInt(hex, 16);
        if (code > 0x10ffff) bail();
        res += String.fromCodePoint(code);
        i += length;
      } else bail(); // an invalid escape is an error
    } else if (ch === ' ' || ch === '\t') {
      // Blanks before a line break are dropped.
      let j = i + 1;
      while (j < close && (text.charCodeAt(j) === SPACE || text.charCodeAt(j) === TAB)) j++;
      if (text.charCodeAt(j) !== NL || j >= close) res += text.slice(i, j);
      i = j - 1;
    } else res += ch;
  }
  return res;
}

/** A block scalar's value from its body lines (YAML 8.1), as the `yaml` package computes it. */
function blockScalarValue(source: string, folded: boolean, chomp: '' | '-' | '+', explicitIndent: number, parentIndent: number): string {
  // Lines as [indent, content], split where the `yaml` package splits them.
  const indents: number[] = [];
  const contents: string[] = [];
  if (source) {
    let from = 0;
    for (;;) {
      let i = from;
      while (source.charCodeAt(i) === SPACE) i++;
      const nl = source.indexOf('\n', i);
      indents.push(i - from);
      contents.push(source.slice(i, nl < 0 ? source.length : nl));
      if (nl < 0) break;
      from = nl + 1;
    }
  }
  const count = contents.length;
  let chompStart = count;
  for (let i = count - 1; i >= 0; --i) {
    if (contents[i] === '') chompStart = i;
    else break;
  }
  if (chompStart === 0) return chomp === '+' && count > 0 ? '\n'.repeat(Math.max(1, count - 1)) : '';
  let trimIndent = parentIndent + explicitIndent;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const indent = indents[i] as number;
    if (contents[i] === '') {
      if (explicitIndent === 0 && indent > trimIndent) trimIndent = indent;
    } else {
      if (indent < trimIndent) bail(); // more-indented leading empty lines need an indicator
      if (explicitIndent === 0) trimIndent = indent;
      contentStart = i;
      if (trimIndent === 0) bail();
      break;
    }
  }
  for (let i = count - 1; i >= chompStart; --i) if ((indents[i] as number) > trimIndent) chompStart = i + 1;
  let value = '';
  let sep = '';
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i) value += ' '.repeat(Math.max(0, (indents[i] as number) - trimIndent)) + '\n';
  for (let i = contentStart; i < chompStart; ++i) {
    const indent = indents[i] as number;
    const content = contents[i] as string;
    if (content && indent < trimIndent) bail();
    const extra = indent > trimIndent ? ' '.repeat(indent - trimIndent) : '';
    if (!folded) {
      value += sep + extra + content;
      sep = '\n';
    } else if (indent > trimIndent || content.charCodeAt(0) === TAB) {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      value += sep + extra + content;
      sep = '\n';
      prevMoreIndented = true;
    } else if (content === '') {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + content;
      sep = ' ';
      prevMoreIndented = false;
    }
  }
  if (chomp === '+') {
    for (let i = chompStart; i < count; ++i) value += '\n' + ' '.repeat(Math.max(0, (indents[i] as number) - trimIndent));
    if (!value.endsWith('\n')) value += '\n';
  } else if (chomp === '') value += '\n';
  return value;
}

class FastParser {
  private readonly len: number;
  private pos = 0;
  /** Indentation of the content line at `pos`, or -1 at the end of the text. */
  private ind = -1;
  /** Where the node just parsed ends with its trailing tokens (untrimmed); see the file comment. */
  private r2 = 0;
  /** Comment lines after the last item not yet claimed: the deepest indentation and the last end. */
  private pendingIndent = -1;
  private pendingEnd = 0;
  private depth = 0;
  private readonly anchors = new Map<string, YNode>();

  constructor(private readonly text: string) {
    this.len = text.length;
  }

  private code(i: number): number {
    return i < this.len ? this.text.charCodeAt(i) : -1;
  }

  /** Space, line break or end of text: what must follow `-`, `:` and `---`. */
  private emptyAt(i: number): boolean {
    const c = this.code(i);
    if (c === TAB) bail();
    return c === SPACE || c === NL || c === -1;
  }

  document(): YNode | undefined {
    this.advanceToContent(0, Infinity, true, true);
    if (this.ind < 0) return undefined;
    const text = this.text;
    if (this.ind === 0 && text.startsWith('---', this.pos) && this.emptyAt(this.pos + 3)) {
      this.pos += 3;
      this.endOfLine();
      this.advanceToContent(this.pos, Infinity, false);
      if (this.ind < 0) return undefined;
    }
    if (this.ind !== 0) return undefined;
    const c = this.code(this.pos);
    let root: YNode;
    if (c === DASH && this.emptyAt(this.pos + 1)) root = this.seq(0);
    else if (this.isKeyAhead()) root = this.map(0);
    else return undefined;
    if (this.ind >= 0) return undefined; // content after the root collection is an error
    return root;
  }

  /**
   * From `from` (a line start, or the line break ending a line), skips blank and comment lines
   * to the next content line; sets `pos` and `ind`. Comment lines more indented than `absorbAbove`
   * right after the last value belong to that value; returns where the last of them ends (or -1)
   * and records the rest as pending.
   */
  private advanceToContent(from: number, absorbAbove: number, atStart = false, allowMarker = false): number {
    const text = this.text;
    const len = this.len;
    let p = from;
    if (!atStart && p < len) {
      if (text.charCodeAt(p) !== NL) bail();
      p++;
    }
    let absorbing = true;
    let absorbed = -1;
    this.pendingIndent = -1;
    for (;;) {
      const lineStart = p;
      while (p < len && text.charCodeAt(p) === SPACE) p++;
      if (p >= len) {
        this.pos = len;
        this.ind = -1;
        return absorbed;
      }
      const c = text.charCodeAt(p);
      if (c === NL) {
        p++;
        continue;
      }
      if (c === TAB) bail();
      const indent = p - lineStart;
      if (c === HASH) {
        let e = text.indexOf('\n', p);
        if (e < 0) e = len;
        if (absorbing && indent > absorbAbove) absorbed = e;
        else {
          absorbing = false;
          if (indent > this.pendingIndent) this.pendingIndent = indent;
          this.pendingEnd = e;
        }
        p = e < len ? e + 1 : len;
        continue;
      }
      if (
        indent === 0 &&
        (c === DASH || c === DOT) &&
        (text.startsWith('---', p) || text.startsWith('...', p)) &&
        this.emptyAt(p + 3) &&
        !(allowMarker && c === DASH)
      )
        bail(); // a document marker (only a first `---` is ours)
      if (c === 37 && indent === 0) bail(); // % directive
      this.pos = p;
      this.ind = indent;
      return absorbed;
    }
  }

  /** After a token: blanks, an optional comment, then the line break (or end). Returns the line's end. */
  private endOfLine(): number {
    const text = this.text;
    let p = this.pos;
    const before = p;
    while (p < this.len && text.charCodeAt(p) === SPACE) p++;
    const c = this.code(p);
    if (c === HASH) {
      if (p === before && text.charCodeAt(p - 1) !== SPACE) bail(); // a comment needs white space before it
      const e = text.indexOf('\n', p);
      p = e < 0 ? this.len : e;
    } else if (c !== NL && c !== -1) bail();
    this.pos = p;
    return p;
  }

  /** Ends a value on the current line: its trailing comment, then the lines up to the next content. */
  private finishLeaf(end: number, owner: number): void {
    const lineEnd = this.endOfLine();
    let r2 = lineEnd > end && this.code(this.lastNonSpace(end, lineEnd)) === HASH ? lineEnd : end;
    const absorbed = this.advanceToContent(lineEnd, owner);
    if (absorbed > r2) r2 = absorbed;
    this.r2 = r2;
  }

  /** Position of the `#` when [from, to) is blanks then a comment, else `from`. */
  private lastNonSpace(from: number, to: number): number {
    let p = from;
    while (p < to && this.text.charCodeAt(p) === SPACE) p++;
    return p;
  }

  private trimBack(start: number, end: number): number {
    let e = end;
    while (e > start && isJsSpace(this.text.charCodeAt(e - 1))) e--;
    return e;
  }

  private column(p: number): number {
    return p - (this.text.lastIndexOf('\n', p - 1) + 1);
  }

  /** Closes a block collection: pending comment lines stay in it when one is indented as deep as it. */
  private closeCollection(indent: number, lastR2: number): void {
    if (this.pendingIndent >= 0 && indent !== 0 && this.pendingIndent >= indent) {
      this.r2 = this.pendingEnd;
      this.pendingIndent = -1;
    } else this.r2 = lastR2;
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) bail();
  }

  private map(indent: number): YMap {
    this.enter();
    const pairs: YPair[] = [];
    const start = this.pos;
    let keys: Set<string> | undefined;
    let nullKeys = 0;
    let lastR2 = start;
    for (;;) {
      const key = this.key();
      // Duplicate keys are errors; bail on any two equal strings (or two null keys).
      if (key.typed === null && ++nullKeys > 1) bail();
      if (keys) {
        if (keys.has(key.value)) bail();
        keys.add(key.value);
      } else if (pairs.length >= 8) {
        keys = new Set(pairs.map((p) => p.key.value));
        if (keys.has(key.value)) bail();
        keys.add(key.value);
      } else for (const p of pairs) if (p.key.value === key.value) bail();
      const value = this.mapValue(indent);
      pairs.push({ key, value, start: key.start, end: value.end });
      lastR2 = this.r2;
      if (this.ind === indent) {
        const c = this.code(this.pos);
        if (c === DASH && this.emptyAt(this.pos + 1)) bail(); // a sequence item where a key should be
        this.pendingIndent = -1;
        continue;
      }
      if (this.ind > indent) bail();
      break;
    }
    this.depth--;
    const end = this.trimBack(start, lastR2);
    this.closeCollection(indent, lastR2);
    return { kind: 'map', pairs, flow: false, start, end };
  }

  private seq(indent: number): YSeq {
    this.enter();
    const items: YNode[] = [];
    const start = this.pos;
    let lastR2 = start;
    for (;;) {
      const dash = this.pos;
      this.pos = dash + 1;
      items.push(this.seqItem(indent));
      lastR2 = this.r2;
      if (this.ind === indent && this.code(this.pos) === DASH && this.emptyAt(this.pos + 1)) {
        this.pendingIndent = -1;
        continue;
      }
      if (this.ind > indent) bail();
      break;
    }
    this.depth--;
    const end = this.trimBack(start, lastR2);
    this.closeCollection(indent, lastR2);
    return { kind: 'seq', items, flow: false, start, end };
  }

  /** Parses an implicit key through its `:` and the blanks after it. */
  private key(): YScalar {
    const text = this.text;
    const start = this.pos;
    const c = this.code(start);
    let key: YScalar;
    let p: number;
    if (c === QUOTE || c === APOS) {
      const close = this.closingQuote(start, true);
      const value = c === QUOTE ? doubleQuotedValue(text, start, close) : text.slice(start + 1, close).replace(/''/g, "'");
      key = stringScalar(value, c === QUOTE ? 'double' : 'single', start, close + 1, start + 1, close);
      p = close + 1;
      while (this.code(p) === SPACE) p++;
      if (this.code(p) !== COLON || !this.emptyAt(p + 1)) bail();
    } else {
      if (c < 0 || (c < 128 && NOT_PLAIN_START[c] === 1)) bail();
      if ((c === DASH || c === 63 || c === COLON) && this.emptyAt(start + 1)) bail(); // `- `, `? `, `: `
      let end = start;
      p = start;
      for (;;) {
        const ch = this.code(p);
        if (ch === COLON) {
          if (this.emptyAt(p + 1)) break;
          end = ++p;
        } else if (ch === SPACE) {
          p++;
          if (this.code(p) === HASH) bail();
        } else if (ch === NL || ch === -1 || ch === TAB) bail();
        else end = ++p;
      }
      const raw = text.slice(start, end);
      if (raw === '<<') bail(); // a merge key: GitHub rejects it, the `yaml` path reports it
      key = plainScalar(raw, start, end);
    }
    if (p - start > MAX_KEY) bail();
    this.pos = p + 1;
    while (this.code(this.pos) === SPACE) this.pos++;
    return key;
  }

  /** Finds the closing quote of the quoted scalar at `open`; a single-line key may not span lines. */
  private closingQuote(open: number, singleLine: boolean, owner = 0): number {
    const text = this.text;
    const quote = text.charCodeAt(open);
    let p = open + 1;
    for (;;) {
      const c = this.code(p);
      if (c === -1) bail();
      if (c === quote) {
        if (quote === APOS && this.code(p + 1) === APOS) {
          p += 2;
          continue;
        }
        return p;
      }
      if (c === 92 && quote === QUOTE) {
        if (this.code(p + 1) === NL) {
          if (singleLine) bail();
        }
        p += 2;
        if (this.code(p - 1) === NL) p = this.continuation(p, owner);
        continue;
      }
      if (c === NL) {
        if (singleLine) bail();
        p = this.continuation(p + 1, owner);
        continue;
      }
      p++;
    }
  }

  /** At a line start inside a multi-line scalar: the line must be blank or indented past `owner`. */
  private continuation(lineStart: number, owner: number): number {
    let p = lineStart;
    while (this.code(p) === SPACE) p++;
    const c = this.code(p);
    if (c === TAB) bail();
    if (c !== NL && p - lineStart <= owner) bail();
    return p;
  }

  /** The value after `key:` (blanks already skipped). */
  private mapValue(owner: number): YNode {
    const c = this.code(this.pos);
    if (c === NL || c === -1 || c === HASH) return this.valueOnNextLines(owner, true, this.pos);
    return this.inlineValue(owner, false);
  }

  private seqItem(owner: number): YNode {
    while (this.code(this.pos) === SPACE) this.pos++;
    const c = this.code(this.pos);
    if (c === TAB) bail();
    if (c === NL || c === -1 || c === HASH) {
      return this.valueOnNextLines(owner, false, this.pos);
    }
    if (c === DASH && this.emptyAt(this.pos + 1)) return this.seq(this.column(this.pos));
    if (this.isKeyAhead()) return this.map(this.column(this.pos));
    return this.inlineValue(owner, true);
  }

  /**
   * `key:` or `-` with nothing else on the line but a comment: the value is on the next lines, or
   * a compact sequence at the key's indentation, or empty (null at `emptyPos`).
   */
  private valueOnNextLines(owner: number, inMap: boolean, emptyPos: number, anchor?: string): YNode {
    const lineEnd = this.endOfLine();
    const sameLineComment = lineEnd > emptyPos && this.code(emptyPos) === HASH ? lineEnd : -1;
    const absorbed = this.advanceToContent(lineEnd, -1);
    let node: YNode;
    if (this.ind > owner) node = this.blockValueAtLine(owner);
    else if (inMap && this.ind === owner && this.code(this.pos) === DASH && this.emptyAt(this.pos + 1)) node = this.seq(owner);
    else {
      if (anchor !== undefined) bail();
      this.r2 = Math.max(emptyPos, sameLineComment, absorbed);
      return plainScalar('', emptyPos, emptyPos);
    }
    if (anchor !== undefined) return this.anchored(node, anchor);
    return node;
  }

  /** A value that starts its own line, more indented than its owner. */
  private blockValueAtLine(owner: number): YNode {
    const c = this.code(this.pos);
    if (c === DASH && this.emptyAt(this.pos + 1)) return this.seq(this.ind);
    if (this.isKeyAhead()) return this.map(this.ind);
    if (c === 124 || c === 62 || c === 38 || c === 33) bail(); // | > & ! on a line of their own
    return this.inlineValue(owner, false);
  }

  private anchored(node: YNode, anchor: string): YNode {
    const out = { ...node, anchor } as YNode;
    this.anchors.set(anchor, out);
    return out;
  }

  /** A value that starts on the line of its key or `-`. */
  private inlineValue(owner: number, inSeq: boolean): YNode {
    const text = this.text;
    const start = this.pos;
    const c = this.code(start);
    switch (c) {
      case 38: {
        // &anchor
        const name = this.name(start + 1);
        this.pos = start + 1 + name.length;
        const after = this.code(this.pos);
        if (after !== SPACE && after !== NL && after !== -1) bail();
        while (this.code(this.pos) === SPACE) this.pos++;
        const n = this.code(this.pos);
        if (n === NL || n === -1 || n === HASH) return this.valueOnNextLines(owner, !inSeq, this.pos, name);
        if (n === 38 || n === 42 || (n === DASH && this.emptyAt(this.pos + 1))) bail();
        if (inSeq && this.isKeyAhead()) bail(); // the anchor would belong to the key
        return this.anchored(this.inlineValue(owner, false), name);
      }
      case 42: {
        // *alias
        const name = this.name(start + 1);
        const end = start + 1 + name.length;
        this.pos = end;
        const target = this.anchors.get(name);
        const alias: YAlias = target ? { kind: 'alias', name, start, end, target } : { kind: 'alias', name, start, end };
        this.finishLeaf(end, owner);
        return alias;
      }
      case QUOTE:
      case APOS: {
        const close = this.closingQuote(start, false, owner);
        const inner = text.slice(start + 1, close);
        const value = c === QUOTE ? doubleQuotedValue(text, start, close) : unfoldLines(inner).replace(/''/g, "'");
        this.pos = close + 1;
        this.finishLeaf(close + 1, owner);
        return stringScalar(value, c === QUOTE ? 'double' : 'single', start, close + 1, start + 1, close);
      }
      case 124:
      case 62:
        return this.blockScalar(owner);
      case 91:
      case 123: {
        this.depth++;
        const node = this.flow(owner, 1);
        this.depth--;
        this.finishLeaf(node.end, owner);
        return node;
      }
    }
    if (c < 0 || (c < 128 && NOT_PLAIN_START[c] === 1)) bail();
    if ((c === DASH || c === 63 || c === COLON) && this.emptyAt(start + 1)) bail();
    return this.plain(owner);
  }

  private name(from: number): string {
    let p = from;
    for (;;) {
      const c = this.code(p);
      if (c >= 0 && c < 128 && NAME_CHAR[c] === 1) p++;
      else break;
    }
    if (p === from) bail();
    return this.text.slice(from, p);
  }

  /** A plain scalar in block context, possibly continued on more-indented lines. */
  private plain(owner: number): YScalar {
    const text = this.text;
    const start = this.pos;
    let end = start;
    let p = start;
    let multiLine = false;
    for (;;) {
      const c = this.code(p);
      if (c === COLON) {
        if (this.emptyAt(p + 1)) bail(); // a key here is a nested mapping or a multi-line key
        end = ++p;
      } else if (c === SPACE) {
        p++;
        if (this.code(p) === HASH) break;
      } else if (c === NL) {
        // Continued when the next non-blank line is indented past the owner and is no comment.
        let q = p + 1;
        let lineStart = q;
        for (;;) {
          while (this.code(q) === SPACE) q++;
          if (this.code(q) === NL) {
            lineStart = ++q;
            continue;
          }
          break;
        }
        const n = this.code(q);
        if (n === TAB) bail();
        if (n === -1 || n === HASH || q - lineStart <= owner) break;
        multiLine = true;
        p = q;
      } else if (c === -1) break;
      else if (c === TAB) bail();
      else end = ++p;
    }
    this.pos = end;
    const raw = text.slice(start, end);
    const node = plainScalar(multiLine ? unfoldLines(raw) : raw, start, end);
    this.finishLeaf(end, owner);
    return node;
  }

  /** `|` or `>` with its header, then the body lines (as the `yaml` lexer delimits them). */
  private blockScalar(owner: number): YScalar {
    const text = this.text;
    const start = this.pos;
    const folded = this.code(start) === 62;
    let chomp: '' | '-' | '+' = '';
    let explicit = 0;
    let p = start + 1;
    for (;;) {
      const c = this.code(p);
      if ((c === DASH || c === 43) && chomp === '') chomp = c === DASH ? '-' : '+';
      else if (c > 48 && c <= 57 && explicit === 0) explicit = c - 48;
      else break;
      p++;
    }
    this.pos = p;
    const c = this.code(p);
    if (c !== SPACE && c !== NL && c !== -1) bail();
    const lineEnd = this.endOfLine();
    const bodyStart = lineEnd < this.len ? lineEnd + 1 : this.len;
    // The lexer: the first non-blank line's indentation decides the body's (unless explicit).
    const indentNext = owner + 1;
    let nl = bodyStart - 1;
    let indent = 0;
    let i = bodyStart;
    for (; i < this.len; i++) {
      const ch = text.charCodeAt(i);
      if (ch === SPACE) indent++;
      else if (ch === NL) {
        nl = i;
        indent = 0;
      } else break;
    }
    if (indent >= indentNext) {
      const bodyIndent = explicit === 0 ? indent : explicit - 1 + indentNext;
      for (;;) {
        // continueScalar: blank lines and lines indented at least bodyIndent continue.
        let q = nl + 1;
        let k = 0;
        while (this.code(q) === SPACE) {
          q++;
          k++;
        }
        const ch = this.code(q);
        if (!(ch === NL || k >= bodyIndent)) break;
        const next = text.indexOf('\n', q);
        if (next < 0) {
          nl = this.len;
          break;
        }
        nl = next;
      }
    }
    // Trailing lines: a tab there is an error; without `+`, blank lines are not the body's.
    let j = nl + 1;
    while (this.code(j) === SPACE) j++;
    if (this.code(j) === TAB) bail();
    if (chomp !== '+' && nl < this.len + 1) {
      for (;;) {
        let k = nl - 1;
        const lastChar = k;
        while (this.code(k) === SPACE) k--;
        if (k >= bodyStart && this.code(k) === NL && k + 1 + indent > lastChar) nl = k;
        else break;
      }
    }
    const end = Math.min(nl + 1, this.len);
    const source = bodyStart < end ? text.slice(bodyStart, end) : '';
    const value = blockScalarValue(source, folded, chomp, explicit, owner);
    const headerNl = text.indexOf('\n', start);
    const valueStart = headerNl < 0 || headerNl >= end ? end : headerNl + 1;
    // Body lines may hold tabs, but a tab may not start a line of the body's indentation.
    this.pos = end;
    const absorbedEnd = end;
    if (end < this.len && text.charCodeAt(end - 1) !== NL) bail();
    this.advanceToContent(end, Infinity, true);
    this.r2 = absorbedEnd;
    return stringScalar(value, folded ? 'folded' : 'literal', start, end, valueStart, end);
  }

  /** Looks ahead on the current line: is the token at `pos` an implicit key (`key:` then blank)? */
  private isKeyAhead(): boolean {
    const start = this.pos;
    const c = this.code(start);
    if (c === QUOTE || c === APOS) {
      let p = start + 1;
      for (;;) {
        const ch = this.code(p);
        if (ch === -1 || ch === NL) return false;
        if (ch === c) {
          if (c === APOS && this.code(p + 1) === APOS) {
            p += 2;
            continue;
          }
          break;
        }
        p += ch === 92 && c === QUOTE ? 2 : 1;
      }
      p++;
      while (this.code(p) === SPACE) p++;
      return this.code(p) === COLON && this.emptyAt(p + 1);
    }
    if (c < 0 || (c < 128 && NOT_PLAIN_START[c] === 1)) return false;
    let p = start;
    for (;;) {
      const ch = this.code(p);
      if (ch === COLON) {
        if (this.emptyAt(p + 1)) return p > start;
        p++;
      } else if (ch === NL || ch === -1) return false;
      else if (ch === SPACE) {
        p++;
        if (this.code(p) === HASH) return false;
      } else if (ch === TAB) bail();
      else p++;
    }
  }

  /** `[..]` or `{..}` at `pos`; `level` is the flow nesting (1 for the outermost). */
  private flow(owner: number, level: number): YMap | YSeq {
    if (level > MAX_DEPTH) bail();
    const text = this.text;
    const start = this.pos;
    const isMap = text.charCodeAt(start) === 123;
    const close = isMap ? 125 : 93;
    this.pos++;
    const items: YNode[] = [];
    const pairs: YPair[] = [];
    let keys: Set<string> | undefined;
    this.flowSpace(owner, level);
    while (this.code(this.pos) !== close) {
      if (isMap) {
        const key = this.flowScalar(owner, true);
        if (key.kind !== 'scalar') bail();
        let p = this.pos;
        while (this.code(p) === SPACE) p++;
        if (this.code(p) !== COLON) bail();
        const after = this.code(p + 1);
        if (key.style === 'plain' && !(after === SPACE || after === NL || (after >= 0 && after < 128 && FLOW_INDICATOR[after] === 1)))
          bail();
        this.pos = p + 1;
        this.flowSpace(owner, level);
        const vc = this.code(this.pos);
        if (vc === 44 || vc === close) bail(); // an empty value
        const value = vc === 91 || vc === 123 ? this.flow(owner, level + 1) : this.flowScalar(owner, false);
        if (key.typed === null) bail();
        keys ??= new Set();
        if (keys.has(key.value)) bail();
        keys.add(key.value);
        pairs.push({ key, value, start: key.start, end: value.end });
      } else {
        const vc = this.code(this.pos);
        const item = vc === 91 || vc === 123 ? this.flow(owner, level + 1) : this.flowScalar(owner, false);
        items.push(item);
      }
      this.flowSpace(owner, level);
      const c = this.code(this.pos);
      if (c === 44) {
        this.pos++;
        this.flowSpace(owner, level);
        if (this.code(this.pos) === 44) bail();
      } else if (c !== close) bail();
    }
    this.pos++;
    const end = this.pos;
    return isMap ? { kind: 'map', pairs, flow: true, start, end } : { kind: 'seq', items, flow: true, start, end };
  }

  /** Blanks, comments and line breaks inside a flow collection. */
  private flowSpace(owner: number, level: number): void {
    const text = this.text;
    let p = this.pos;
    for (;;) {
      const c = this.code(p);
      if (c === SPACE) p++;
      else if (c === NL) {
        p++;
        const lineStart = p;
        while (this.code(p) === SPACE) p++;
        const n = this.code(p);
        if (n === TAB) bail();
        if (n === NL || n === HASH) continue;
        const indent = p - lineStart;
        if (n === -1) bail();
        if (indent <= owner) {
          const closing = n === 93 || n === 125;
          if (!(closing && indent === owner && level === 1)) bail();
        }
      } else if (c === HASH) {
        const prev = text.charCodeAt(p - 1);
        if (prev !== SPACE && prev !== NL) bail();
        const e = text.indexOf('\n', p);
        if (e < 0) bail();
        p = e;
      } else if (c === TAB || c === -1) bail();
      else break;
    }
    this.pos = p;
  }

  /** A scalar inside a flow collection: quoted (one line) or plain (one line). */
  private flowScalar(owner: number, asKey: boolean): YScalar {
    const text = this.text;
    const start = this.pos;
    const c = this.code(start);
    if (c === QUOTE || c === APOS) {
      const closeAt = this.closingQuote(start, true);
      this.pos = closeAt + 1;
      const value = c === QUOTE ? doubleQuotedValue(text, start, closeAt) : text.slice(start + 1, closeAt).replace(/''/g, "'");
      if (!asKey) this.notKey();
      return stringScalar(value, c === QUOTE ? 'double' : 'single', start, closeAt + 1, start + 1, closeAt);
    }
    if (c < 0 || (c < 128 && NOT_PLAIN_START[c] === 1)) bail();
    if ((c === DASH || c === 63 || c === COLON) && (this.emptyAt(start + 1) || FLOW_INDICATOR[this.code(start + 1)] === 1)) bail();
    let end = start;
    let p = start;
    for (;;) {
      const ch = this.code(p);
      if (ch === COLON) {
        const n = this.code(p + 1);
        if (n === SPACE || n === NL || n === -1 || (n >= 0 && n < 128 && FLOW_INDICATOR[n] === 1)) break;
        end = ++p;
      } else if (ch === SPACE) {
        p++;
        if (this.code(p) === HASH) break;
      } else if (ch === NL) {
        // A plain scalar may go on on the next line; we do not follow it.
        let q = p + 1;
        for (;;) {
          while (this.code(q) === SPACE) q++;
          if (this.code(q) === NL) {
            q++;
            continue;
          }
          break;
        }
        const n = this.code(q);
        if (!(n === 44 || n === 93 || n === 125 || n === HASH)) bail();
        break;
      } else if (ch === -1 || ch === TAB) bail();
      else if (ch < 128 && FLOW_INDICATOR[ch] === 1) break;
      else end = ++p;
    }
    if (end === start) bail();
    this.pos = end;
    if (!asKey) this.notKey();
    void owner;
    return plainScalar(text.slice(start, end), start, end);
  }

  /** A flow sequence item followed by `:` would be a single-pair mapping: not handled. */
  private notKey(): void {
    let p = this.pos;
    while (this.code(p) === SPACE) p++;
    if (this.code(p) === COLON) bail();
  }
}

/**
 * Parses a workflow's YAML into Drydock's tree, or returns undefined when the text needs the
 * `yaml` package (anything unusual, and anything that may be an error). Never throws.
 */
export function fastParse(text: string): YNode | undefined {
  if (text.length === 0 || text.charCodeAt(0) === 0xfeff) return undefined;
  try {
    if (text.indexOf('\r') < 0) return new FastParser(text).document();
    // CRLF files (Windows checkouts) parse as their LF form, then offsets move back: the `yaml`
    // package gives CRLF text the same values, and a lone CR is left to it.
    const breaks: number[] = [];
    let lf = '';
    let from = 0;
    for (let cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', cr + 1)) {
      if (text.charCodeAt(cr + 1) !== NL) return undefined;
      lf += text.slice(from, cr);
      breaks.push(lf.length);
      from = cr + 1;
    }
    lf += text.slice(from);
    const root = new FastParser(lf).document();
    if (root) remapOffsets(root, breaks, new Set());
    return root;
  } catch {
    // Bail (or a stack overflow on absurd input): the `yaml` path decides.
    return undefined;
  }
}

/** Offset in the CRLF text of offset `n` in its LF form (`breaks`: the LF form's line breaks). */
function crlfOffset(n: number, breaks: readonly number[]): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((breaks[mid] as number) < n) lo = mid + 1;
    else hi = mid;
  }
  return n + lo;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function remapOffsets(node: YNode, breaks: readonly number[], seen: Set<YNode>): void {
  // Anchored nodes are reachable twice (as themselves and as alias targets): move them once.
  if (seen.has(node)) return;
  seen.add(node);
  const n = node as Mutable<YNode>;
  n.start = crlfOffset(n.start, breaks);
  n.end = crlfOffset(n.end, breaks);
  switch (n.kind) {
    case 'scalar':
      n.valueStart = crlfOffset(n.valueStart, breaks);
      n.valueEnd = crlfOffset(n.valueEnd, breaks);
      return;
    case 'map':
      for (const pair of n.pairs) {
        const p = pair as Mutable<YPair>;
        p.start = crlfOffset(p.start, breaks);
        p.end = crlfOffset(p.end, breaks);
        remapOffsets(p.key, breaks, seen);
        if (p.value) remapOffsets(p.value, breaks, seen);
      }
      return;
    case 'seq':
      for (const item of n.items) remapOffsets(item, breaks, seen);
      return;
    case 'alias':
      return;
  }
}

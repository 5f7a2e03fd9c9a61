/**
 * Finds the `${{ … }}` placeholders in a YAML value. It reads the document's own text (not the
 * parsed value), so offsets are exact even in block scalars; `}}` inside a quoted string does not
 * end an expression.
 */
import { parseExpression, type ParseResult } from './parse';
import type { YScalar } from '../yaml/node';

export interface ExprSpan {
  /** Offset of `$` in `${{`. */
  readonly start: number;
  /** Offset just past `}}` (or the end of the scanned text when unterminated). */
  readonly end: number;
  /** The source between the braces, and where it starts. */
  readonly inner: string;
  readonly innerStart: number;
  readonly terminated: boolean;
  /**
   * Set when `inner` was unescaped from a quoted YAML scalar (`''` in `'…'`, `\"` in `"…"`): the
   * document offset of each character of `inner`, and one past its end. Offsets are
   * `innerStart + i` otherwise.
   */
  readonly positions?: readonly number[];
}

/**
 * `${{` between `from` and `end`, or -1. Bounded: an unbounded indexOf from every scalar would
 * scan the rest of the document each time, quadratic in the file's size.
 */
function indexWithin(text: string, from: number, end: number): number {
  for (let i = from; i + 2 < end; i++) {
    if (text.charCodeAt(i) === 36 && text.charCodeAt(i + 1) === 123 && text.charCodeAt(i + 2) === 123) return i;
  }
  return -1;
}

export function findExpressions(text: string, start: number, end: number): ExprSpan[] {
  const spans: ExprSpan[] = [];
  let i = indexWithin(text, start, end);
  while (i >= 0 && i < end) {
    const innerStart = i + 3;
    let j = innerStart;
    let inString = false;
    let close = -1;
    while (j < end) {
      const c = text[j];
      if (inString) {
        if (c === "'") {
          if (text[j + 1] === "'") j++;
          else inString = false;
        }
      } else if (c === "'") inString = true;
      else if (c === '}' && text[j + 1] === '}') {
        close = j;
        break;
      }
      j++;
    }
    if (close < 0) {
      spans.push({ start: i, end, inner: text.slice(innerStart, end), innerStart, terminated: false });
      break;
    }
    spans.push({ start: i, end: close + 2, inner: text.slice(innerStart, close), innerStart, terminated: true });
    i = indexWithin(text, close + 2, end);
  }
  return spans;
}

/**
 * The expressions written in a scalar. Plain and block scalars are read from the document text
 * as they are; quoted scalars are unescaped first (so `'${{ x == ''a'' }}'` reads as
 * `x == 'a'`), with `positions` mapping the unescaped source back to the document.
 */
export function expressionsIn(text: string, scalar: YScalar): ExprSpan[] {
  if (scalar.end - scalar.start < 5) return [];
  if (scalar.style !== 'single' && scalar.style !== 'double') return findExpressions(text, scalar.start, scalar.end);
  const { text: source, positions } = quotedSource(text, scalar);
  if (!positions) return findExpressions(text, scalar.valueStart, scalar.valueEnd);
  return findExpressions(source, 0, source.length).map((span) => remap(span, positions));
}

/** A quoted scalar's content with its escapes undone; `positions` only when something was undone. */
function quotedSource(text: string, scalar: YScalar): { text: string; positions?: number[] } {
  const from = scalar.valueStart;
  const to = scalar.valueEnd;
  const escape = text.indexOf(scalar.style === 'single' ? "'" : '\\', from);
  if (escape < 0 || escape >= to) return { text: text.slice(from, to) };
  let out = '';
  const positions: number[] = [];
  let i = from;
  while (i < to) {
    const c = text[i] ?? '';
    if (scalar.style === 'single' && c === "'" && text[i + 1] === "'") {
      positions.push(i);
      out += "'";
      i += 2;
      continue;
    }
    if (scalar.style === 'double' && c === '\\') {
      const { value, length } = unescapeDouble(text, i);
      for (let k = 0; k < value.length; k++) positions.push(i);
      out += value;
      i += length;
      continue;
    }
    positions.push(i);
    out += c;
    i++;
  }
  positions.push(to);
  return { text: out, positions };
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};

/** One YAML double-quoted escape at `i` (a backslash): its value and how many characters it spans. */
function unescapeDouble(text: string, i: number): { value: string; length: number } {
  const c = text[i + 1] ?? '';
  const simple = SIMPLE_ESCAPES[c];
  if (simple !== undefined) return { value: simple, length: 2 };
  const hex = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
  if (hex > 0) {
    const digits = text.slice(i + 2, i + 2 + hex);
    const code = /^[0-9a-fA-F]+$/.test(digits) && digits.length === hex ? parseInt(digits, 16) : NaN;
    return Number.isNaN(code) ? { value: c, length: 2 } : { value: String.fromCodePoint(code), length: 2 + hex };
  }
  if (c === '\n' || c === '\r') {
    // An escaped line break joins the lines, dropping the next line's indentation.
    let j = i + 2;
    if (c === '\r' && text[j] === '\n') j++;
    while (text[j] === ' ' || text[j] === '\t') j++;
    return { value: '', length: j - i };
  }
  return { value: c, length: 2 };
}

function remap(span: ExprSpan, positions: readonly number[]): ExprSpan {
  const at = (k: number): number => positions[k] ?? positions[positions.length - 1] ?? 0;
  const innerFrom = span.innerStart;
  const inner = positions.slice(innerFrom, innerFrom + span.inner.length + 1);
  return {
    start: at(span.start),
    end: at(span.end),
    inner: span.inner,
    innerStart: at(innerFrom),
    terminated: span.terminated,
    positions: inner,
  };
}

/**
 * Parsed expressions are cached per offset and source text: many rules read the same ones, and a
 * keystroke changes few of them. Keyed by offset, with the text compared on a hit, so a lookup
 * builds no key string.
 */
interface CacheEntry {
  readonly inner: string;
  /** Set for unescaped sources: the same text at the same offset maps differently. */
  readonly end: number | undefined;
  readonly result: ParseResult;
}
const cache = new Map<number, CacheEntry>();

export function parseSpan(span: ExprSpan): ParseResult {
  const end = span.positions ? span.end : undefined;
  const hit = cache.get(span.innerStart);
  if (hit && hit.inner === span.inner && hit.end === end) return hit.result;
  const result = parseExpression(span.inner, span.innerStart, span.positions);
  if (cache.size > 4096) cache.clear();
  cache.set(span.innerStart, { inner: span.inner, end, result });
  return result;
}

/**
 * An `if:` value is an expression even without `${{ }}`; this gives its source and offset either way.
 * Returns undefined for non-string conditions (`if: true`).
 */
export function conditionSource(
  text: string,
  scalar: YScalar,
): { inner: string; innerStart: number; wrapped: boolean; positions?: readonly number[] } | undefined {
  const quoted = scalar.style === 'single' || scalar.style === 'double' ? quotedSource(text, scalar) : undefined;
  const raw = quoted ? quoted.text : text.slice(scalar.valueStart, scalar.valueEnd);
  const trimmedStart = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  const spans = findExpressions(raw, 0, raw.length);
  const only = spans[0];
  const positions = quoted?.positions;
  if (spans.length === 1 && only && only.terminated && only.start === trimmedStart && only.end === trimmedStart + trimmed.length) {
    if (!positions) return { inner: only.inner, innerStart: scalar.valueStart + only.innerStart, wrapped: true };
    const inner = positions.slice(only.innerStart, only.innerStart + only.inner.length + 1);
    return { inner: only.inner, innerStart: inner[0] ?? scalar.valueStart, wrapped: true, positions: inner };
  }
  if (spans.length > 0) return undefined;
  return positions
    ? { inner: raw, innerStart: scalar.valueStart, wrapped: false, positions }
    : { inner: raw, innerStart: scalar.valueStart, wrapped: false };
}

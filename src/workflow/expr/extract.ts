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
}

export function findExpressions(text: string, start: number, end: number): ExprSpan[] {
  const spans: ExprSpan[] = [];
  let i = text.indexOf('${{', start);
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
    i = text.indexOf('${{', close + 2);
  }
  return spans;
}

/** The expressions written in a scalar's source text. */
export function expressionsIn(text: string, scalar: YScalar): ExprSpan[] {
  if (scalar.end - scalar.start < 5) return [];
  return findExpressions(text, scalar.start, scalar.end);
}

/** Parsed expressions are cached per span text and offset: many rules read the same ones. */
const cache = new Map<string, ParseResult>();

export function parseSpan(span: ExprSpan): ParseResult {
  const key = `${span.innerStart}\u0000${span.inner}`;
  let result = cache.get(key);
  if (!result) {
    result = parseExpression(span.inner, span.innerStart);
    if (cache.size > 4096) cache.clear();
    cache.set(key, result);
  }
  return result;
}

/**
 * An `if:` value is an expression even without `${{ }}`; this gives its source and offset either way.
 * Returns undefined for non-string conditions (`if: true`).
 */
export function conditionSource(text: string, scalar: YScalar): { inner: string; innerStart: number; wrapped: boolean } | undefined {
  const raw = text.slice(scalar.valueStart, scalar.valueEnd);
  const trimmedStart = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  const spans = findExpressions(text, scalar.valueStart, scalar.valueEnd);
  const only = spans[0];
  if (
    spans.length === 1 &&
    only &&
    only.terminated &&
    only.start === scalar.valueStart + trimmedStart &&
    only.end === scalar.valueStart + trimmedStart + trimmed.length
  )
    return { inner: only.inner, innerStart: only.innerStart, wrapped: true };
  if (spans.length > 0) return undefined;
  return { inner: raw, innerStart: scalar.valueStart, wrapped: false };
}

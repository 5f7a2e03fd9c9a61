/**
 * The key/value pairs of a LABEL instruction, as BuildKit reads them, with document offsets so
 * the label rules can underline the offending key or value. Handles `LABEL a=b c="d e"`, quoted
 * keys, continuations (already joined in `argsText`), and the legacy `LABEL key the value` form.
 * Quotes and escapes are removed from keys and values; variables are left unexpanded and flagged,
 * since their value is only known at build time. Parsed once per instruction and shared by the
 * rules of this group.
 */
import type { LabelType } from '../../../engine/config';
import type { Instruction, OffsetMap } from '../../model';
import { WalkCache } from '../../../engine/lint-cache';

export interface LabelPair {
  /** The key with quotes and escapes removed. */
  readonly key: string;
  /** Offsets of the key as written (quotes included). */
  readonly keyStart: number;
  readonly keyEnd: number;
  /** The value with quotes and escapes removed (variables not expanded). */
  readonly value: string;
  /** Offsets of the value as written; equal (just after `=`) when the value is empty. */
  readonly valueStart: number;
  readonly valueEnd: number;
  /** The value refers to a variable (`$VAR`, `${VAR}`), so its final text is unknown. */
  readonly hasVariable: boolean;
}

const cache = new WalkCache<Instruction, readonly LabelPair[]>();

/** The pairs of a LABEL instruction (empty for any other instruction). */
export function labelPairs(instruction: Instruction, escape: string): readonly LabelPair[] {
  if (instruction.keyword !== 'LABEL') return [];
  let pairs = cache.get(instruction);
  if (!pairs) {
    pairs = parsePairs(instruction, escape);
    cache.set(instruction, pairs);
  }
  return pairs;
}

function parsePairs(instruction: Instruction, escape: string): LabelPair[] {
  const { words, argsText, argsOffsets } = instruction;
  const first = words[0];
  if (!first) return [];
  const pairs: LabelPair[] = [];
  if (!first.value.includes('=')) {
    // Legacy form: `LABEL key value…`, the value being the rest of the line.
    const firstIndex = argsIndexOf(argsOffsets, first.start);
    let a = firstIndex + first.value.length;
    while (a < argsText.length && /\s/.test(argsText[a] ?? '')) a++;
    let b = argsText.length;
    while (b > a && /\s/.test(argsText[b - 1] ?? '')) b--;
    if (a >= b) return [];
    const key = shellWord(first.value, escape).text;
    const value = shellWord(argsText.slice(a, b), escape);
    const valueStart = argsOffsets.at(a) ?? first.end;
    const valueEnd = (argsOffsets.at(b - 1) ?? valueStart) + 1;
    pairs.push({ key, keyStart: first.start, keyEnd: first.end, value: value.text, valueStart, valueEnd, hasVariable: value.variable });
    return pairs;
  }
  for (const word of words) {
    // BuildKit splits at the first `=`, quotes or not.
    const eq = word.value.indexOf('=');
    if (eq < 0) continue; // BuildKit rejects the line; the syntax is not ours to report.
    const index = argsIndexOf(argsOffsets, word.start);
    const keyEnd = eq > 0 ? (argsOffsets.at(index + eq - 1) ?? word.start) + 1 : word.start;
    const rawValue = word.value.slice(eq + 1);
    const valueStart = rawValue ? (argsOffsets.at(index + eq + 1) ?? word.end) : word.end;
    const value = shellWord(rawValue, escape);
    pairs.push({
      key: shellWord(word.value.slice(0, eq), escape).text,
      keyStart: word.start,
      keyEnd,
      value: value.text,
      valueStart,
      valueEnd: word.end,
      hasVariable: value.variable,
    });
  }
  return pairs;
}

/** Index into argsText of the character at document offset `offset` (argsOffsets is increasing). */
function argsIndexOf(argsOffsets: OffsetMap, offset: number): number {
  // A word's start is always in the map: one pass over the line segments, not a binary search
  // that maps an index to an offset at every step.
  const exact = argsOffsets.indexOf(offset);
  if (exact >= 0) return exact;
  let low = 0;
  let high = argsOffsets.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((argsOffsets.at(mid) ?? 0) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function startsVariable(c: string | undefined): boolean {
  return c !== undefined && (c === '{' || c === '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
}

/**
 * Removes quotes and escapes as BuildKit's shell lexer does for LABEL words: single quotes are
 * literal, inside double quotes the escape character only escapes `"`, `$` and itself, and outside
 * quotes it escapes any character.
 */
export function shellWord(raw: string, escape: string): { text: string; variable: boolean } {
  // Most keys and values have nothing to remove: no quote, escape or `$` means the word as is.
  if (!raw.includes('"') && !raw.includes("'") && !raw.includes('$') && !raw.includes(escape)) return { text: raw, variable: false };
  let text = '';
  let variable = false;
  let i = 0;
  const n = raw.length;
  while (i < n) {
    const c = raw[i] ?? '';
    if (c === "'") {
      const close = raw.indexOf("'", i + 1);
      const end = close < 0 ? n : close;
      text += raw.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      i++;
      while (i < n && raw[i] !== '"') {
        const d = raw[i] ?? '';
        const next = raw[i + 1];
        if (d === escape && (next === '"' || next === '$' || next === escape)) {
          text += next;
          i += 2;
          continue;
        }
        if (d === '$' && startsVariable(next)) variable = true;
        text += d;
        i++;
      }
      i++;
    } else if (c === escape && i + 1 < n) {
      text += raw[i + 1] ?? '';
      i += 2;
    } else {
      if (c === '$' && startsVariable(raw[i + 1])) variable = true;
      text += c;
      i++;
    }
  }
  return { text, variable };
}

/**
 * Whether the label schema lists no label: then the schema rules have nothing to check, and they
 * return before reading every label of every LABEL (the default config has no schema).
 */
export function isEmptySchema(schema: Readonly<Record<string, LabelType>>): boolean {
  for (const key in schema) if (Object.prototype.hasOwnProperty.call(schema, key)) return false;
  return true;
}

/** Own-property lookup, so a label named `constructor` is not mistaken for a schema entry. */
export function schemaType(schema: Readonly<Record<string, LabelType>>, key: string): LabelType | undefined {
  return Object.prototype.hasOwnProperty.call(schema, key) ? schema[key] : undefined;
}

/** Shortens a value for a message. */
export function shown(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}

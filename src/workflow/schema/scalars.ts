/** Small readers over YAML nodes that several schema rules share. */
import { WalkCache } from '../../engine/lint-cache';
import { deref, type YNode, type YPair, type YScalar } from '../yaml/node';

/** True for a missing value (`key:`) or a plain `null` / `~`. */
export function isNull(node: YNode | null | undefined): boolean {
  const n = deref(node);
  return n === undefined || (n.kind === 'scalar' && n.typed === null && n.style === 'plain');
}

/**
 * True when the whole value is one `${{ … }}` placeholder: GitHub then evaluates it to whatever
 * type the key expects (a mapping for `env:`, a number for `timeout-minutes:`…).
 */
export function isExpression(value: string): boolean {
  const v = value.trim();
  return v.startsWith('${{') && v.endsWith('}}');
}

/** True when `${{` appears before a `}}`: the value is (partly) computed at run time. */
export function hasExpression(value: string): boolean {
  const open = value.indexOf('${{');
  return open >= 0 && value.indexOf('}}', open + 3) >= 0;
}

/** The scalars of a "string or list of strings" value (`branches: main` / `branches: [a, b]`). */
export function scalarItems(node: YNode | null | undefined): YScalar[] {
  const n = deref(node);
  if (!n) return [];
  if (n.kind === 'scalar') return n.typed === null && n.style === 'plain' ? [] : [n];
  if (n.kind !== 'seq') return [];
  const out: YScalar[] = [];
  for (const item of n.items) {
    const s = deref(item);
    if (s?.kind === 'scalar' && !(s.typed === null && s.style === 'plain')) out.push(s);
  }
  return out;
}

/** Offsets of a scalar's content, or of the whole node when the content is empty (`''`). */
export function spanOf(node: YNode): readonly [number, number] {
  if (node.kind === 'scalar' && node.valueEnd > node.valueStart) return [node.valueStart, node.valueEnd];
  return [node.start, Math.max(node.end, node.start + (node.kind === 'scalar' ? 0 : 1))];
}

/** Where to report about a pair: its value, or its key when the value is missing. */
export function pairValueSpan(pair: YPair): readonly [number, number] {
  const value = deref(pair.value);
  return value ? spanOf(value) : spanOf(pair.key);
}

/**
 * The document offset of character `index` of a scalar's value, when the source spells the value
 * verbatim (plain scalars, quoted ones without escapes); undefined otherwise (the caller then
 * reports the whole value).
 */
export function offsetInScalar(text: string, scalar: YScalar, index: number): number | undefined {
  if (scalar.style === 'literal' || scalar.style === 'folded') return undefined;
  const raw = text.slice(scalar.valueStart, scalar.valueEnd);
  if (raw !== scalar.value) return undefined;
  return scalar.valueStart + Math.max(0, Math.min(index, raw.length));
}

/** Per rule context, the nodes it reported; for one lint (a plain Map per walk, see lint-cache.ts). */
const reported = new WalkCache<object, Set<object>>();

/**
 * True the first time a rule reports `node` in one lint run (`run` is the rule's context, which
 * is new per run). YAML aliases make the model visit an anchored node once per alias; without
 * this, one mistake under `&anchor` would be reported at the same place several times.
 */
export function firstReport(run: object, node: object): boolean {
  let seen = reported.get(run);
  if (!seen) {
    seen = new Set();
    reported.set(run, seen);
  }
  if (seen.has(node)) return false;
  seen.add(node);
  return true;
}

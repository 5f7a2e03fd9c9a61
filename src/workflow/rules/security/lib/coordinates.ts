/**
 * "Action coordinates", after zizmor: an action plus the inputs that switch one of its behaviours
 * on or off (caching, token auth), evaluated against a step's `with:` in four-valued logic:
 * on by default, on explicitly, off, or decided by an expression at run time.
 */
import type { StepModel } from '../../../model';
import { deref, pairOf } from '../../../yaml/node';
import { refVersion, usesOf } from './steps';
import { patternOf, usesPatternMatches, type UsesPattern } from './uses-pattern';

export type Evaluation = 'default' | 'on' | 'off' | 'maybe';

export type FieldType =
  { readonly kind: 'boolean' } | { readonly kind: 'free' } | { readonly kind: 'exact'; readonly values: readonly string[] };

export type Control =
  | {
      readonly kind: 'field';
      /** `in`: the behaviour is on when the field matches; `out`: it is off when the field matches. */
      readonly toggle: 'in' | 'out';
      readonly name: string;
      readonly type: FieldType;
      /** Whether the behaviour is on when the field is absent. */
      readonly onByDefault: boolean;
    }
  | { readonly kind: 'all' | 'any'; readonly of: readonly Control[] }
  | { readonly kind: 'not'; readonly of: Control }
  /** On for action versions below `major` (unknown for SHAs and branches). */
  | { readonly kind: 'version-below'; readonly major: number };

export interface Coordinate {
  readonly pattern: UsesPattern;
  /** Undefined: the action always has the behaviour. */
  readonly control?: Control;
}

export const BOOLEAN: FieldType = { kind: 'boolean' };
export const FREE: FieldType = { kind: 'free' };
export const exact = (...values: string[]): FieldType => ({ kind: 'exact', values });

export function field(toggle: 'in' | 'out', name: string, type: FieldType, onByDefault: boolean): Control {
  return { kind: 'field', toggle, name, type, onByDefault };
}

export function coordinate(uses: string, control?: Control): Coordinate {
  return control ? { pattern: patternOf(uses), control } : { pattern: patternOf(uses) };
}

// zizmor's truth tables for its four-valued "and" and "or" (row = left, column = right), kept as
// they are, asymmetries included, so both tools agree on the same `with:` blocks.
const ORDER: readonly Evaluation[] = ['default', 'on', 'off', 'maybe'];
const AND: readonly (readonly Evaluation[])[] = [
  ['default', 'on', 'off', 'maybe'],
  ['on', 'on', 'off', 'maybe'],
  ['off', 'off', 'off', 'off'],
  ['on', 'maybe', 'off', 'maybe'],
];
const OR: readonly (readonly Evaluation[])[] = [
  ['default', 'on', 'default', 'default'],
  ['on', 'on', 'on', 'on'],
  ['default', 'on', 'off', 'maybe'],
  ['default', 'on', 'maybe', 'maybe'],
];

function combine(table: readonly (readonly Evaluation[])[], a: Evaluation, b: Evaluation): Evaluation {
  return table[ORDER.indexOf(a)]?.[ORDER.indexOf(b)] ?? 'maybe';
}

type FieldValue = { readonly kind: 'absent' } | { readonly kind: 'expr' } | { readonly kind: 'value'; readonly value: string };

function fieldValue(step: StepModel, name: string): FieldValue {
  if (!step.with) {
    // `with: ${{ fromJSON(…) }}` may set anything.
    const withValue = deref(pairOf(step.node, 'with')?.value);
    return withValue?.kind === 'scalar' && withValue.value.includes('${{') ? { kind: 'expr' } : { kind: 'absent' };
  }
  const pair = pairOf(step.with, name);
  if (!pair) return { kind: 'absent' };
  const v = deref(pair.value);
  // A mapping or list where a string is expected is not empty, which is all the checks ask.
  return { kind: 'value', value: v?.kind === 'scalar' ? v.value : v ? '[object]' : '' };
}

function isFenced(value: string): boolean {
  const t = value.trim();
  return t.startsWith('${{') && t.endsWith('}}');
}

export function evaluate(control: Control, step: StepModel): Evaluation {
  switch (control.kind) {
    case 'field': {
      const found = fieldValue(step, control.name);
      if (found.kind === 'expr') return 'maybe';
      if (found.kind === 'absent') return control.onByDefault ? 'default' : 'off';
      const value = found.value;
      const matched = (on: boolean): Evaluation => ((control.toggle === 'in') === on ? 'on' : 'off');
      const type = control.type;
      if (type.kind === 'free') return matched(value !== '');
      if (type.kind === 'exact') return matched(type.values.includes(value));
      if (value === 'true') return matched(true);
      if (value === 'false') return matched(false);
      // A boolean input holding anything else: an expression decides, or the action coerces it to true.
      return isFenced(value) ? 'maybe' : matched(true);
    }
    case 'all':
      return control.of.map((c) => evaluate(c, step)).reduce((a, b) => combine(AND, a, b));
    case 'any':
      return control.of.map((c) => evaluate(c, step)).reduce((a, b) => combine(OR, a, b));
    case 'not': {
      const inner = evaluate(control.of, step);
      return inner === 'maybe' ? 'maybe' : inner === 'off' ? 'on' : 'off';
    }
    case 'version-below': {
      const uses = usesOf(step.uses);
      const version = uses?.kind === 'repository' ? refVersion(uses.ref) : undefined;
      if (!version) return 'maybe';
      return (version[0] ?? 0) < control.major ? 'on' : 'off';
    }
  }
}

/** The coordinates of a table indexed by owner (lower case), so a step is matched against its owner's few. */
export function byOwner(coords: readonly Coordinate[]): ReadonlyMap<string, readonly Coordinate[]> {
  const map = new Map<string, Coordinate[]>();
  for (const c of coords) {
    const owner = c.pattern.owner ?? '*';
    map.set(owner, [...(map.get(owner) ?? []), c]);
  }
  return map;
}

/** The first coordinate of an owner-indexed table that the step uses, with its evaluation. */
export function firstUsage(
  table: ReadonlyMap<string, readonly Coordinate[]>,
  step: StepModel,
): { coord: Coordinate; how: Evaluation } | undefined {
  const uses = usesOf(step.uses);
  if (uses?.kind !== 'repository') return undefined;
  for (const coord of table.get(uses.owner.toLowerCase()) ?? []) {
    const how = usage(coord, step);
    if (how) return { coord, how };
  }
  return undefined;
}

/** Whether the step uses the coordinate's action, and then how the behaviour evaluates. */
export function usage(coord: Coordinate, step: StepModel): Evaluation | undefined {
  const uses = usesOf(step.uses);
  if (uses?.kind !== 'repository' || !usesPatternMatches(coord.pattern, uses.owner, uses.repo, uses.path)) return undefined;
  if (!coord.control) return 'on';
  const result = evaluate(coord.control, step);
  return result === 'off' ? undefined : result;
}

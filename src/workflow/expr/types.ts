/**
 * Static types of `${{ }}` values, as actionlint models them: enough to tell a typo in
 * `steps.biuld.outputs.x` or a `format()` call given an object from a correct expression, and no
 * more. Objects are either strict (only the listed properties exist), loose (anything goes, values
 * untyped) or maps (any key, every value of one type, like `env` or `secrets`).
 */

export interface AnyType {
  readonly kind: 'any';
}
export interface NullType {
  readonly kind: 'null';
}
export interface NumberType {
  readonly kind: 'number';
}
export interface BoolType {
  readonly kind: 'bool';
}
export interface StringType {
  readonly kind: 'string';
}

export interface ObjectType {
  readonly kind: 'object';
  /** Known properties, keyed by lower-case name (property access is case-insensitive). */
  readonly props: ReadonlyMap<string, ExprType>;
  /**
   * The type of any property not in `props`: `any` for a loose object, another type for a map
   * (`env`: string), undefined for a strict object where unknown properties are errors.
   */
  readonly mapped: ExprType | undefined;
}

export interface ArrayType {
  readonly kind: 'array';
  readonly elem: ExprType;
  /** True when the array came from an object filter (`x.*`), so `.name` maps over its elements. */
  readonly deref: boolean;
}

export type ExprType = AnyType | NullType | NumberType | BoolType | StringType | ObjectType | ArrayType;

export const ANY: AnyType = { kind: 'any' };
export const NULL: NullType = { kind: 'null' };
export const NUMBER: NumberType = { kind: 'number' };
export const BOOL: BoolType = { kind: 'bool' };
export const STRING: StringType = { kind: 'string' };

const NO_PROPS: ReadonlyMap<string, ExprType> = new Map();

/** Only the given properties exist (keys are lower-cased here). */
export function strictObject(props: Iterable<readonly [string, ExprType]> = []): ObjectType {
  return { kind: 'object', props: lowerKeys(props), mapped: undefined };
}

/** The given properties are typed; any other property is allowed and untyped. */
export function looseObject(props: Iterable<readonly [string, ExprType]> = []): ObjectType {
  return { kind: 'object', props: lowerKeys(props), mapped: ANY };
}

/** Any property, each of type `elem` (`env`, `secrets`, `vars`). */
export function mapObject(elem: ExprType): ObjectType {
  return { kind: 'object', props: NO_PROPS, mapped: elem };
}

export function arrayOf(elem: ExprType, deref = false): ArrayType {
  return { kind: 'array', elem, deref };
}

function lowerKeys(props: Iterable<readonly [string, ExprType]>): ReadonlyMap<string, ExprType> {
  const map = new Map<string, ExprType>();
  for (const [k, v] of props) map.set(k.toLowerCase(), v);
  return map.size === 0 ? NO_PROPS : map;
}

export function isStrict(t: ObjectType): boolean {
  return t.mapped === undefined;
}

export function isLoose(t: ObjectType): boolean {
  return t.mapped?.kind === 'any';
}

/**
 * Whether a value of type `from` may be used where `to` is expected. Deliberately lenient in the
 * directions GitHub coerces: numbers pass as strings, anything passes as a boolean.
 */
export function assignable(to: ExprType, from: ExprType): boolean {
  if (from.kind === 'any') return true;
  switch (to.kind) {
    case 'any':
    case 'bool':
      return true;
    case 'null':
    case 'number':
      return from.kind === to.kind;
    case 'string':
      return from.kind === 'string' || from.kind === 'number';
    case 'array':
      return from.kind === 'array' && assignable(to.elem, from.elem);
    case 'object': {
      if (from.kind !== 'object') return false;
      if (to.mapped !== undefined) {
        const mapped = to.mapped;
        if (from.mapped !== undefined) return assignable(mapped, from.mapped);
        for (const t of from.props.values()) if (!assignable(mapped, t)) return false;
        return true;
      }
      if (from.mapped !== undefined) {
        for (const t of to.props.values()) if (!assignable(t, from.mapped)) return false;
        return true;
      }
      for (const [name, t] of from.props) {
        const l = to.props.get(name);
        if (!l || !assignable(l, t)) return false;
      }
      return true;
    }
  }
}

/** The type of a value that is either `a` or `b` (branches of `||`, rows of a matrix). */
export function merge(a: ExprType, b: ExprType): ExprType {
  switch (a.kind) {
    case 'any':
      return a;
    case 'null':
      return b.kind === 'null' ? a : ANY;
    case 'number':
      return b.kind === 'number' ? a : b.kind === 'string' ? b : ANY;
    case 'bool':
      return b.kind === 'bool' ? a : b.kind === 'string' ? b : ANY;
    case 'string':
      return b.kind === 'string' || b.kind === 'number' || b.kind === 'bool' ? a : ANY;
    case 'array':
      if (b.kind !== 'array') return ANY;
      if (a.elem.kind === 'any') return a;
      if (b.elem.kind === 'any') return b;
      return arrayOf(merge(a.elem, b.elem));
    case 'object': {
      if (b.kind !== 'object') return ANY;
      if (a.props.size === 0 && isLoose(b)) return b;
      if (b.props.size === 0 && isLoose(a)) return a;
      let mapped = a.mapped === undefined ? b.mapped : b.mapped === undefined ? a.mapped : merge(a.mapped, b.mapped);
      const props = new Map(a.props);
      for (const [name, r] of b.props) {
        const l = props.get(name);
        if (l) props.set(name, merge(l, r));
        else {
          props.set(name, r);
          if (mapped) mapped = merge(mapped, r);
        }
      }
      return { kind: 'object', props, mapped };
    }
  }
}

/**
 * actionlint's spelling of a type, used in messages: `string`, `array<number>`, `{a: string}`.
 * Kept short: nested objects past two levels and properties past the tenth are elided.
 */
export function typeName(t: ExprType, depth = 0): string {
  switch (t.kind) {
    case 'array':
      return `array<${typeName(t.elem, depth + 1)}>`;
    case 'object': {
      if (t.mapped !== undefined) return t.mapped.kind === 'any' ? 'object' : `{string => ${typeName(t.mapped, depth + 1)}}`;
      if (depth > 2) return '{…}';
      const names = [...t.props.keys()].sort();
      const shown = names.slice(0, 10).map((n) => `${n}: ${typeName(t.props.get(n) ?? ANY, depth + 1)}`);
      if (names.length > 10) shown.push('…');
      return `{${shown.join('; ')}}`;
    }
    default:
      return t.kind;
  }
}

/** The type of a JSON value (for `fromJSON('…')` with a literal argument). */
export function typeOfJson(value: unknown): ExprType {
  if (value === null) return NULL;
  switch (typeof value) {
    case 'string':
      return STRING;
    case 'number':
      return NUMBER;
    case 'boolean':
      return BOOL;
    case 'object': {
      if (Array.isArray(value)) {
        let elem: ExprType | undefined;
        for (const v of value as unknown[]) elem = elem ? merge(elem, typeOfJson(v)) : typeOfJson(v);
        return arrayOf(elem ?? ANY);
      }
      return strictObject(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, typeOfJson(v)] as const));
    }
    default:
      return ANY;
  }
}

/**
 * The type of a YAML scalar written without `${{ }}` (a matrix value, a `with:` input): keywords
 * are case-sensitive, as GitHub reads them.
 */
export function typeOfLiteral(s: string): ExprType {
  if (s === 'true' || s === 'false') return BOOL;
  if (s === 'null') return NULL;
  if (s.trim() !== '' && Number.isFinite(Number(s))) return NUMBER;
  return STRING;
}

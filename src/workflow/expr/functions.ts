/**
 * GitHub's built-in expression functions (docs.github.com › Evaluate expressions › Functions):
 * their signatures for arity and argument checks, and the `format()` placeholder reader.
 * Function names are case-insensitive, so the table is keyed in lower case.
 */
import { ANY, arrayOf, BOOL, STRING, type ExprType } from './types';

export interface FuncSignature {
  /** The documented spelling, for messages. */
  readonly name: string;
  readonly ret: ExprType;
  readonly params: readonly ExprType[];
  /** The last parameter repeats (at least once: `hashFiles()` with no pattern is an error too). */
  readonly variadic?: boolean;
  /** Returns a constant when every argument is one (used to spot constant `if:` conditions). */
  readonly pure?: boolean;
}

const sig = (name: string, ret: ExprType, params: readonly ExprType[], extra: Partial<FuncSignature> = {}): FuncSignature => ({
  name,
  ret,
  params,
  ...extra,
});

/** Overloads per lower-case name, tried in order. */
export const FUNCTIONS: ReadonlyMap<string, readonly FuncSignature[]> = new Map([
  ['contains', [sig('contains', BOOL, [STRING, STRING], { pure: true }), sig('contains', BOOL, [arrayOf(ANY), ANY], { pure: true })]],
  ['startswith', [sig('startsWith', BOOL, [STRING, STRING], { pure: true })]],
  ['endswith', [sig('endsWith', BOOL, [STRING, STRING], { pure: true })]],
  ['format', [sig('format', STRING, [STRING, ANY], { variadic: true, pure: true })]],
  ['join', [sig('join', STRING, [arrayOf(STRING), STRING], { pure: true }), sig('join', STRING, [arrayOf(STRING)], { pure: true })]],
  ['tojson', [sig('toJSON', STRING, [ANY], { pure: true })]],
  ['fromjson', [sig('fromJSON', ANY, [STRING])]],
  ['hashfiles', [sig('hashFiles', STRING, [STRING], { variadic: true })]],
  ['success', [sig('success', BOOL, [])]],
  ['always', [sig('always', BOOL, [])]],
  ['cancelled', [sig('cancelled', BOOL, [])]],
  ['failure', [sig('failure', BOOL, [])]],
  // case(pred1, value1, …, default): GitHub's conditional function (2025).
  ['case', [sig('case', ANY, [BOOL, ANY, ANY], { variadic: true, pure: true })]],
]);

/** Sorted list for "available functions are …" messages. */
export const FUNCTION_NAMES: readonly string[] = [...FUNCTIONS.values()].map((s) => s[0]?.name ?? '').sort();

export function signatureText(s: FuncSignature): string {
  const params = s.params.map((p) => typeText(p));
  return `${s.name}(${params.join(', ')}${s.variadic ? '...' : ''})`;
}

function typeText(t: ExprType): string {
  return t.kind === 'array' ? `array<${typeText(t.elem)}>` : t.kind;
}

/**
 * The placeholder indexes a `format()` string uses. `{{` and `}}` are escaped braces; `{0}` is a
 * placeholder; anything else in braces is literal text (GitHub then fails at run time, but that
 * is the argument count's business here).
 */
export function formatPlaceholders(format: string): Set<number> {
  const found = new Set<number>();
  let i = 0;
  while (i < format.length) {
    const c = format[i];
    if (c === '{') {
      if (format[i + 1] === '{') {
        i += 2;
        continue;
      }
      let j = i + 1;
      while (j < format.length && format.charCodeAt(j) >= 48 && format.charCodeAt(j) <= 57) j++;
      if (j > i + 1 && format[j] === '}') {
        found.add(Number(format.slice(i + 1, j)));
        i = j + 1;
        continue;
      }
      i++;
      continue;
    }
    if (c === '}' && format[i + 1] === '}') {
      i += 2;
      continue;
    }
    i++;
  }
  return found;
}

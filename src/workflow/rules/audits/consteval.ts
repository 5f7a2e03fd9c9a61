/**
 * Constant folding for `${{ }}` expressions, with GitHub's semantics (loose equality, case-blind
 * string comparison, `&&`/`||` returning operands). obfuscation uses it to spot expressions that
 * are constants in disguise and to offer their value; unsound-ternary uses it to spot a falsy
 * "true branch". Only pure functions are folded; contexts never are.
 */
import type { Expr } from '../../expr/ast';

export type Value = string | number | boolean | null | readonly Value[] | { readonly [key: string]: Value };

/**
 * Functions whose result is a constant when their arguments are (zizmor's list). `fromJSON` is
 * left out on purpose, as zizmor does: `contains(fromJSON('[…]'), x)` is the idiomatic way to
 * write a list and must not be reported.
 */
const REDUCIBLE_CALLS = new Set(['format', 'contains', 'startswith', 'endswith', 'tojson', 'join']);

/** True when the whole expression folds to a constant (a bare literal included). */
export function isReducible(expr: Expr): boolean {
  switch (expr.type) {
    case 'literal':
      return true;
    case 'binary':
      return isReducible(expr.left) && isReducible(expr.right);
    case 'not':
      return isReducible(expr.operand);
    case 'call':
      return REDUCIBLE_CALLS.has(expr.name.toLowerCase()) && expr.args.every(isReducible);
    default:
      return false;
  }
}

/** The largest foldable parts of an expression that is not itself foldable, literals excepted. */
export function reducibleSubexpressions(expr: Expr, out: Expr[] = []): Expr[] {
  if (expr.type !== 'literal' && isReducible(expr)) {
    out.push(expr);
    return out;
  }
  switch (expr.type) {
    case 'call':
      for (const a of expr.args) reducibleSubexpressions(a, out);
      break;
    case 'binary':
      reducibleSubexpressions(expr.left, out);
      reducibleSubexpressions(expr.right, out);
      break;
    case 'not':
      reducibleSubexpressions(expr.operand, out);
      break;
    case 'property':
    case 'star':
      reducibleSubexpressions(expr.object, out);
      break;
    case 'index':
      reducibleSubexpressions(expr.object, out);
      reducibleSubexpressions(expr.index, out);
      break;
    default:
      break;
  }
  return out;
}

/** Index expressions that are computed (`x[y.z]`), not a literal or `*`. */
export function computedIndices(expr: Expr, out: Expr[] = []): Expr[] {
  switch (expr.type) {
    case 'index':
      if (expr.index.type !== 'literal') out.push(expr.index);
      computedIndices(expr.object, out);
      computedIndices(expr.index, out);
      break;
    case 'property':
    case 'star':
      computedIndices(expr.object, out);
      break;
    case 'call':
      for (const a of expr.args) computedIndices(a, out);
      break;
    case 'binary':
      computedIndices(expr.left, out);
      computedIndices(expr.right, out);
      break;
    case 'not':
      computedIndices(expr.operand, out);
      break;
    default:
      break;
  }
  return out;
}

export function truthy(v: Value): boolean {
  if (v === null || v === false || v === '') return false;
  if (typeof v === 'number') return v !== 0 && !Number.isNaN(v);
  return true;
}

function toNumber(v: Value): number {
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const t = v.trim();
    if (t === '') return 0;
    if (/^0x[0-9a-f]+$/i.test(t)) return parseInt(t, 16);
    if (/^0o[0-7]+$/i.test(t)) return parseInt(t.slice(2), 8);
    const n = Number(t);
    return /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i.test(t) ? n : NaN;
  }
  return NaN;
}

/** How GitHub prints a value into a string (`format`, `${{ }}` in text). */
export function render(v: Value): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(v);
  return Array.isArray(v) ? 'Array' : 'Object';
}

function looseEquals(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (a === null && b === null) return true;
  if (typeof a === typeof b && typeof a !== 'object') return a === b;
  if ((a !== null && typeof a === 'object') || (b !== null && typeof b === 'object')) return a === b;
  const x = toNumber(a);
  const y = toNumber(b);
  return !Number.isNaN(x) && x === y;
}

function compare(a: Value, b: Value): number | undefined {
  if (typeof a === 'string' && typeof b === 'string') {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = toNumber(a);
  const y = toNumber(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return undefined;
  return x < y ? -1 : x > y ? 1 : 0;
}

function format(args: readonly Value[]): string | undefined {
  const template = render(args[0] ?? '');
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c === '{') {
      if (template[i + 1] === '{') {
        out += '{';
        i++;
        continue;
      }
      const close = template.indexOf('}', i);
      const index = close < 0 ? NaN : Number(template.slice(i + 1, close));
      if (!Number.isInteger(index) || index < 0 || index + 1 >= args.length) return undefined;
      out += render(args[index + 1] ?? null);
      i = close;
    } else if (c === '}') {
      if (template[i + 1] !== '}') return undefined;
      out += '}';
      i++;
    } else out += c;
  }
  return out;
}

function fromJSON(text: string): Value | undefined {
  try {
    return JSON.parse(text) as Value;
  } catch {
    return undefined;
  }
}

function call(name: string, args: readonly Value[]): Value | undefined {
  switch (name) {
    case 'format':
      return format(args);
    case 'contains': {
      const [hay, needle] = [args[0] ?? null, args[1] ?? null];
      if (Array.isArray(hay)) return hay.some((item: Value) => looseEquals(item, needle));
      return render(hay).toLowerCase().includes(render(needle).toLowerCase());
    }
    case 'startswith':
      return render(args[0] ?? null)
        .toLowerCase()
        .startsWith(render(args[1] ?? null).toLowerCase());
    case 'endswith':
      return render(args[0] ?? null)
        .toLowerCase()
        .endsWith(render(args[1] ?? null).toLowerCase());
    case 'tojson':
      return JSON.stringify(args[0] ?? null, null, 2);
    case 'fromjson':
      return fromJSON(render(args[0] ?? null));
    case 'join': {
      const list = args[0] ?? null;
      const sep = args.length > 1 ? render(args[1] ?? null) : ',';
      return Array.isArray(list) ? list.map((v: Value) => render(v)).join(sep) : render(list);
    }
    default:
      return undefined;
  }
}

/** The expression's value when it is a constant GitHub can compute; undefined otherwise. */
export function evaluate(expr: Expr): { value: Value } | undefined {
  switch (expr.type) {
    case 'literal':
      return { value: expr.value };
    case 'not': {
      const v = evaluate(expr.operand);
      return v && { value: !truthy(v.value) };
    }
    case 'binary': {
      const l = evaluate(expr.left);
      if (!l) return undefined;
      if (expr.op === '&&') return truthy(l.value) ? evaluate(expr.right) : l;
      if (expr.op === '||') return truthy(l.value) ? l : evaluate(expr.right);
      const r = evaluate(expr.right);
      if (!r) return undefined;
      if (expr.op === '==') return { value: looseEquals(l.value, r.value) };
      if (expr.op === '!=') return { value: !looseEquals(l.value, r.value) };
      const c = compare(l.value, r.value);
      if (c === undefined) return { value: false };
      return { value: expr.op === '<' ? c < 0 : expr.op === '<=' ? c <= 0 : expr.op === '>' ? c > 0 : c >= 0 };
    }
    case 'call': {
      const args: Value[] = [];
      for (const a of expr.args) {
        const v = evaluate(a);
        if (!v) return undefined;
        args.push(v.value);
      }
      const value = call(expr.name.toLowerCase(), args);
      return value === undefined ? undefined : { value };
    }
    default:
      return undefined;
  }
}

/** A value written back as expression syntax (`'it''s'`, `true`, `3`), or undefined for lists/objects. */
export function literalSyntax(v: Value): string | undefined {
  if (v === null) return 'null';
  if (typeof v === 'string') return `'${v.replace(/'/g, "''")}'`;
  if (typeof v === 'boolean' || typeof v === 'number') return Number.isNaN(v) ? undefined : String(v);
  return undefined;
}

/**
 * The semantic checker for one parsed expression: types every node, and reports unknown contexts,
 * properties a strict object does not have, contexts or status functions used where GitHub does
 * not provide them, wrong arity and argument types, `format()` placeholders that do not match the
 * arguments, and comparisons between values that can never be equal. It follows actionlint's
 * checks so the two tools agree; messages are Drydock's.
 */
import { accessPath, type BinaryExpr, type CallExpr, type Expr, type IndexExpr, type PropertyExpr, type StarExpr } from './ast';
import { closest } from '../actions/closest';
import { SPECIAL_FUNCTION_KEYS, type Availability } from './availability';
import { FUNCTION_NAMES, FUNCTIONS, formatPlaceholders, signatureText, type FuncSignature } from './functions';
import { ANY, arrayOf, assignable, BOOL, merge, NULL, NUMBER, STRING, typeName, typeOfJson, type ExprType, type ObjectType } from './types';

export interface ExprProblem {
  readonly message: string;
  readonly start: number;
  readonly end: number;
  /**
   * For unknown properties: the lower-case access path that failed (`['steps', 'build']`), so a
   * rule can point at the definition it was checked against.
   */
  readonly path?: readonly string[];
}

export interface CheckEnv {
  /** Every context name (lower case) the expression may start with, and its type. */
  readonly contexts: ReadonlyMap<string, ExprType>;
  readonly availability: Availability;
  /** Known `vars.*` names; undefined when they are not checked. */
  readonly configVariables?: readonly string[] | undefined;
}

export interface CheckResult {
  readonly type: ExprType;
  readonly problems: readonly ExprProblem[];
}

/** Availability keys of action.yml, and the contexts only workflows have. */
const ACTION_KEY = /^(?:runs|inputs|outputs)\./;
const WORKFLOW_ONLY: ReadonlySet<string> = new Set(['vars', 'secrets', 'needs']);

/** An empty string, or one starting the way a JSON value starts. */
const LOOKS_LIKE_JSON = /^\s*(?:$|[[{"\-0-9]|true|false|null)/;

/** An access chain as written (`steps.Build.outputs`), for messages; undefined past a call. */
function spelled(node: Expr): string | undefined {
  switch (node.type) {
    case 'context':
      return node.name;
    case 'property': {
      const head = spelled(node.object);
      return head === undefined ? undefined : `${head}.${node.name}`;
    }
    case 'star': {
      const head = spelled(node.object);
      return head === undefined ? undefined : `${head}.*`;
    }
    case 'index': {
      const head = spelled(node.object);
      if (head === undefined) return undefined;
      return node.index.type === 'literal' ? `${head}[${node.index.raw}]` : `${head}[…]`;
    }
    default:
      return undefined;
  }
}

/** `jobs.<job_id>.steps.if` and `jobs.<job_id>.steps.run` as `jobs.<job_id>.steps.{if,run}`. */
function groupKeys(keys: readonly string[]): string[] {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const dot = key.lastIndexOf('.');
    const head = key.slice(0, dot);
    const list = groups.get(head) ?? [];
    list.push(key.slice(dot + 1));
    groups.set(head, list);
  }
  return [...groups].map(([head, tails]) => (tails.length === 1 ? `${head}.${tails[0] ?? ''}` : `${head}.{${tails.join(',')}}`));
}

/** `a`, `a or b`, `a, b or c`. */
function orList(items: readonly string[]): string {
  return items.length === 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;
}

class Checker {
  readonly problems: ExprProblem[] = [];
  constructor(private readonly env: CheckEnv) {}

  private report(node: { start: number; end: number }, message: string, path?: readonly string[]): void {
    this.problems.push(path ? { message, start: node.start, end: node.end, path } : { message, start: node.start, end: node.end });
  }

  check(node: Expr): ExprType {
    switch (node.type) {
      case 'literal':
        return node.value === null ? NULL : typeof node.value === 'boolean' ? BOOL : typeof node.value === 'number' ? NUMBER : STRING;
      case 'context':
        return this.context(node.name, node);
      case 'property':
        return this.property(node);
      case 'star':
        return this.star(node);
      case 'index':
        return this.index(node);
      case 'call':
        return this.call(node);
      case 'not':
        this.check(node.operand);
        return BOOL;
      case 'binary':
        return node.op === '&&' || node.op === '||' ? this.logical(node) : this.compare(node);
    }
  }

  private context(name: string, node: Expr): ExprType {
    const lower = name.toLowerCase();
    const type = this.env.contexts.get(lower);
    if (!type) {
      const guess = closest(name, this.env.contexts.keys());
      const names = [...this.env.contexts.keys()].sort().join(', ');
      this.report(node, `Undefined context "${name}": ${guess ? `did you mean "${guess}"?` : `expressions can use ${names}.`}`);
      return ANY;
    }
    const allowed = this.env.availability.contexts;
    if (allowed && !allowed.has(lower)) {
      const where = this.env.availability.key;
      this.report(
        node,
        allowed.size === 0
          ? `No context is available in ${where}: write the value without \${{ }} there.`
          : ACTION_KEY.test(where) && WORKFLOW_ONLY.has(lower)
            ? `The ${lower} context does not exist in an action (GitHub refuses to load the action): pass the value in through an input.`
            : `The ${lower} context is not available in ${where}: use ${orList([...allowed].sort())} there.`,
      );
    }
    return type;
  }

  private property(node: PropertyExpr): ExprType {
    const recv = this.check(node.object);
    const name = node.name.toLowerCase();
    switch (recv.kind) {
      case 'any':
        return ANY;
      case 'object': {
        const t = recv.props.get(name);
        if (t) return t;
        if (recv.mapped !== undefined) {
          if (node.object.type === 'context' && node.object.name.toLowerCase() === 'vars') this.configVariable(node, name);
          return recv.mapped;
        }
        this.undefinedProperty(node, name, recv);
        return ANY;
      }
      case 'array': {
        if (!recv.deref) {
          this.report(node, `".${node.name}" cannot be read from a value of type ${typeName(recv)}: it is not an object.`);
          return ANY;
        }
        const elem = recv.elem;
        if (elem.kind === 'any') return recv;
        if (elem.kind === 'object') {
          let t: ExprType = ANY;
          const p = elem.props.get(name);
          if (p) t = p;
          else if (elem.mapped !== undefined) t = elem.mapped;
          else this.undefinedProperty(node, name, elem, ' in the elements of the filtered array');
          return arrayOf(t, true);
        }
        this.report(node, `".${node.name}" cannot filter elements of type ${typeName(elem)}: only objects have properties.`);
        return ANY;
      }
      default:
        this.report(node, `".${node.name}" cannot be read from a value of type ${typeName(recv)}: it is not an object.`);
        return ANY;
    }
  }

  private undefinedProperty(node: PropertyExpr | IndexExpr, name: string, recv: ObjectType, where = ''): void {
    const parent = accessPath(node.object);
    const path = parent ? [...parent, name] : undefined;
    const shown = spelled(node);
    const known = [...recv.props.keys()].sort();
    const hint = hintFor(path, known, name);
    this.report(node, `${shown === undefined ? `Property "${name}"` : `"${shown}"`} is not defined${where}: ${hint}`, path);
  }

  private configVariable(node: PropertyExpr, name: string): void {
    if (name.startsWith('github_')) {
      this.report(node, `Configuration variable "${node.name}" cannot start with GITHUB_: GitHub reserves that prefix.`);
      return;
    }
    if (!/^[a-z0-9_]+$/.test(name)) {
      this.report(node, `Configuration variable "${node.name}" can contain only letters, digits and "_": rename it.`);
      return;
    }
    const known = this.env.configVariables;
    if (!known) return;
    if (known.some((v) => v.toLowerCase() === name)) return;
    const list = known.length === 0 ? 'none are configured' : `configured: ${[...known].sort().join(', ')}`;
    this.report(node, `Undefined configuration variable "${node.name}" (${list}): add it to workflow.configVariables or fix the name.`, [
      'vars',
      name,
    ]);
  }

  private star(node: StarExpr): ExprType {
    const recv = this.check(node.object);
    switch (recv.kind) {
      case 'any':
        return arrayOf(ANY, true);
      case 'array':
        return recv.deref ? recv : arrayOf(recv.elem, true);
      case 'object': {
        if (recv.mapped !== undefined) {
          const m = recv.mapped;
          if (m.kind === 'any') return arrayOf(ANY, true);
          if (m.kind === 'object') return arrayOf(m, true);
          this.report(node, `The object filter ".*" needs objects to filter, but the values here are of type ${typeName(m)}.`);
          return ANY;
        }
        for (const t of recv.props.values()) if (t.kind === 'object') return arrayOf(ANY, true);
        this.report(node, `The object filter ".*" cannot filter ${typeName(recv)}: none of its values is an object.`);
        return ANY;
      }
      default:
        this.report(node, `The object filter ".*" needs an array or an object, not a value of type ${typeName(recv)}.`);
        return ANY;
    }
  }

  private index(node: IndexExpr): ExprType {
    const idx = this.check(node.index);
    const recv = this.check(node.object);
    switch (recv.kind) {
      case 'any':
        return ANY;
      case 'array':
        if (idx.kind === 'any' || idx.kind === 'number') return recv.elem;
        this.report(node.index, `An array index must be a number, not a value of type ${typeName(idx)}.`);
        return ANY;
      case 'object':
        if (idx.kind === 'any') return ANY;
        if (idx.kind === 'string') {
          if (node.index.type === 'literal' && typeof node.index.value === 'string') {
            const name = node.index.value.toLowerCase();
            const t = recv.props.get(name);
            if (t) return t;
            if (recv.mapped === undefined) {
              this.undefinedProperty(node, name, recv);
              return ANY;
            }
          }
          return recv.mapped ?? ANY;
        }
        this.report(node.index, `A property name in [ ] must be a string, not a value of type ${typeName(idx)}.`);
        return ANY;
      default:
        this.report(node, `Only objects and arrays can be indexed, not a value of type ${typeName(recv)}.`);
        return ANY;
    }
  }

  private call(node: CallExpr): ExprType {
    const lower = node.name.toLowerCase();
    const sigs = FUNCTIONS.get(lower);
    const head = { start: node.start, end: node.nameEnd };
    if (!sigs) {
      for (const a of node.args) this.check(a);
      const guess = closest(node.name, FUNCTION_NAMES);
      this.report(
        head,
        `Undefined function "${node.name}": ${guess ? `did you mean ${guess}()?` : `the functions are ${FUNCTION_NAMES.join(', ')}.`}`,
      );
      return ANY;
    }
    const args = node.args.map((a) => this.check(a));
    let firstError: ExprProblem | undefined;
    for (const sig of sigs) {
      const error = signatureError(node, sig, args);
      if (!error) return this.builtin(node, lower, sig);
      firstError ??= error;
    }
    if (firstError && sigs.length > 1) {
      // Overloads (contains, join): one finding that names every accepted form.
      const forms = sigs.map(signatureText).join(' or ');
      const got = args.map((a) => typeName(a)).join(', ');
      this.problems.push({ ...firstError, message: `${sigs[0]?.name ?? node.name}() does not accept (${got}): it takes ${forms}.` });
    } else if (firstError) this.problems.push(firstError);
    return ANY;
  }

  private builtin(node: CallExpr, lower: string, sig: FuncSignature): ExprType {
    const specials = SPECIAL_FUNCTION_KEYS.get(lower);
    if (specials && !this.env.availability.functions.has(lower)) {
      const where = this.env.availability.key === '' ? 'here' : `in ${this.env.availability.key}`;
      this.report(
        { start: node.start, end: node.nameEnd },
        `${sig.name}() is not available ${where}: GitHub provides it only in ${orList(groupKeys(specials))}.`,
      );
    }
    const first = node.args[0];
    switch (lower) {
      case 'format': {
        if (first?.type !== 'literal' || typeof first.value !== 'string') return sig.ret;
        const given = node.args.length - 1;
        const used = formatPlaceholders(first.value);
        for (let i = 0; i < given; i++) {
          if (!used.has(i)) this.report(node, `The format string has no placeholder {${i}}: remove the unused argument or add {${i}}.`);
        }
        for (const i of [...used].sort((a, b) => a - b)) {
          if (i >= given)
            this.report(
              node,
              `The format string uses {${i}} but only ${given} argument${given === 1 ? ' is' : 's are'} given: add the argument.`,
            );
        }
        return sig.ret;
      }
      case 'fromjson': {
        if (first?.type !== 'literal' || typeof first.value !== 'string') return sig.ret;
        // Text that does not even start like JSON (`fromJSON('...')`) is a placeholder, not a typo.
        if (!LOOKS_LIKE_JSON.test(first.value)) return sig.ret;
        try {
          return typeOfJson(JSON.parse(first.value));
        } catch (e) {
          this.report(first, `fromJSON() is given broken JSON (${e instanceof Error ? e.message : String(e)}): fix the literal.`);
          return sig.ret;
        }
      }
      case 'case':
        if (node.args.length % 2 === 0)
          this.report(
            node,
            `case() takes condition/value pairs and then a default, an odd number of arguments, but got ${node.args.length}.`,
          );
        return sig.ret;
      default:
        return sig.ret;
    }
  }

  private compare(node: BinaryExpr): ExprType {
    const l = this.check(node.left);
    const r = this.check(node.right);
    if (!comparable(node.op, l, r)) {
      const equality = node.op === '==' || node.op === '!=';
      this.report(
        node,
        equality
          ? `Comparing ${typeName(l)} with ${typeName(r)} using "${node.op}" always gives ${node.op === '==' ? 'false' : 'true'}: compare values of the same kind.`
          : `"${node.op}" orders only numbers and strings, not ${typeName(l)} and ${typeName(r)}: the result is always false.`,
      );
    }
    return BOOL;
  }

  /**
   * `a && b` is `a` when `a` is falsy and `b` otherwise, so its type is the merge of both; when the
   * whole is assumed truthy (the left of `||`), it narrows to `b`. This keeps the common
   * `cond && 'x' || 'y'` typed as a string.
   */
  private narrowed(node: Expr, truthy: boolean): ExprType {
    if (node.type === 'binary') {
      if (node.op === '&&' && truthy) {
        this.check(node.left);
        return this.check(node.right);
      }
      if (node.op === '||' && !truthy) {
        this.check(node.left);
        return this.check(node.right);
      }
      if (node.op === '&&' || node.op === '||') return this.logical(node);
    }
    if (node.type === 'not') return this.narrowed(node.operand, !truthy);
    return this.check(node);
  }

  private logical(node: BinaryExpr): ExprType {
    const left = this.narrowed(node.left, node.op === '||');
    return merge(left, this.check(node.right));
  }
}

function signatureError(node: CallExpr, sig: FuncSignature, args: readonly ExprType[]): ExprProblem | undefined {
  const np = sig.params.length;
  const na = args.length;
  if (sig.variadic ? na < np : na !== np) {
    const count = `${sig.variadic ? 'at least ' : ''}${np} argument${np === 1 ? '' : 's'}`;
    return {
      message: `${sig.name}() takes ${count} but ${na} ${na === 1 ? 'is' : 'are'} given: ${signatureText(sig)}.`,
      start: node.start,
      end: node.end,
    };
  }
  for (let i = 0; i < na; i++) {
    const p = sig.params[Math.min(i, np - 1)] ?? ANY;
    const a = args[i] ?? ANY;
    if (!assignable(p, a)) {
      const arg = node.args[i] ?? node;
      return {
        message: `Argument ${i + 1} of ${sig.name}() must be ${typeName(p)}, not ${typeName(a)}: ${signatureText(sig)}.`,
        start: arg.start,
        end: arg.end,
      };
    }
  }
  return undefined;
}

/** Comparisons GitHub evaluates to a fixed result because of its coercion rules (objects to NaN…). */
function comparable(op: string, l: ExprType, r: ExprType): boolean {
  if (op === '==' || op === '!=') {
    switch (l.kind) {
      case 'any':
      case 'null':
        return true;
      case 'number':
      case 'bool':
      case 'string':
        return r.kind !== 'object' && r.kind !== 'array';
      case 'object':
        return r.kind === 'object' || r.kind === 'null' || r.kind === 'any';
      case 'array':
        return r.kind === 'array' ? comparable(op, l.elem, r.elem) : r.kind === 'null' || r.kind === 'any';
    }
  }
  // < <= > >=: only numbers and strings order.
  const orderable = (t: ExprType): boolean => t.kind === 'any' || t.kind === 'number' || t.kind === 'string';
  return orderable(l) && orderable(r);
}

/** What to say about `a.b.c` not existing, by the context it starts from. */
function hintFor(path: readonly string[] | undefined, known: readonly string[], name: string): string {
  const root = path?.[0];
  const depth = path?.length ?? 0;
  let reason: string;
  switch (root) {
    case 'steps':
      reason =
        depth === 2
          ? 'no earlier step has that id'
          : depth === 3
            ? 'a step has only outputs, outcome and conclusion'
            : "the step's action does not declare that output";
      break;
    case 'needs':
      reason =
        depth === 2
          ? 'the job does not list it in needs:'
          : depth === 3
            ? 'a needed job has only outputs and result'
            : 'that job does not define it under outputs:';
      break;
    case 'jobs':
      reason =
        depth === 2 ? 'there is no such job' : depth === 3 ? 'a job here has only outputs' : 'that job does not define it under outputs:';
      break;
    case 'matrix':
      reason =
        depth === 2
          ? known.length === 0
            ? 'the job has no matrix'
            : "the job's matrix has no such key"
          : 'the matrix value has no such property';
      break;
    case 'inputs':
      reason = 'no input of that name is declared';
      break;
    case 'secrets':
      reason = 'on.workflow_call.secrets does not declare it, and a called workflow gets only the secrets it declares';
      break;
    case 'github':
    case 'runner':
    case 'job':
    case 'strategy':
      reason = `the ${path?.slice(0, -1).join('.') ?? root} context has no such property`;
      break;
    default:
      reason = 'the object has no such property';
  }
  const guess = closest(name, known);
  if (guess !== undefined) return `${reason}; did you mean "${guess}"?`;
  if (known.length > 0 && known.length <= 10) return `${reason} (${known.join(', ')}).`;
  return `${reason}.`;
}

/** Types `expr` and collects every problem in it (none when the expression is fine). */
export function checkExpr(expr: Expr, env: CheckEnv): CheckResult {
  const checker = new Checker(env);
  const type = checker.check(expr);
  return { type, problems: checker.problems };
}

/**
 * True when `expr` evaluates to the same value whatever the run: literals, and operators and
 * pure functions over constants (`true && false`, `startsWith('a', 'b')`).
 */
export function isConstantExpr(expr: Expr): boolean {
  switch (expr.type) {
    case 'literal':
      return true;
    case 'context':
    case 'property':
    case 'index':
    case 'star':
      return false;
    case 'not':
      return isConstantExpr(expr.operand);
    case 'binary':
      return isConstantExpr(expr.left) && isConstantExpr(expr.right);
    case 'call': {
      if (!expr.args.every(isConstantExpr)) return false;
      const sigs = FUNCTIONS.get(expr.name.toLowerCase());
      return sigs !== undefined && sigs.every((s) => s.pure === true);
    }
  }
}

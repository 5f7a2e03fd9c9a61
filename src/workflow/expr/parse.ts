/**
 * A parser for GitHub Actions expressions: literals, contexts, `.name` / `[index]` / `.*`
 * access, function calls, `!`, comparisons, `&&`, `||` and parentheses, with GitHub's precedence.
 * It never throws: a syntax error comes back with the offsets where it was found.
 */
import type { BinaryOperator, Expr } from './ast';

export interface ExprSyntaxError {
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

export type ParseResult = { readonly ok: true; readonly expr: Expr } | { readonly ok: false; readonly error: ExprSyntaxError };

type TokenKind = 'num' | 'str' | 'ident' | 'punct' | 'eof';
interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly value?: string | number;
}

/** Thrown inside the parser and caught in parseExpression: never escapes this module. */
class SyntaxFailure extends Error {
  constructor(readonly error: ExprSyntaxError) {
    super(error.message);
  }
}

const PUNCT2 = new Set(['==', '!=', '<=', '>=', '&&', '||']);
const PUNCT1 = new Set(['(', ')', '[', ']', '.', ',', '!', '<', '>', '*']);
/** A number literal, matched in place (sticky) so no substring is allocated. */
const NUMBER = /-?(?:0x[0-9a-fA-F]+|(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)/y;

function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57) || c === 45;
}

/**
 * Splits `source` (the text between `${{` and `}}`) into tokens. `base` is its document offset;
 * `positions`, when given, is the document offset of each source character instead (a quoted YAML
 * scalar whose escapes make the source shorter than the text it was read from).
 */
function tokenize(source: string, base: number, positions?: readonly number[]): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const at = positions ? (k: number): number => positions[k] ?? base + k : (k: number): number => base + k;
  const fail = (message: string, start: number, end: number): never => {
    throw new SyntaxFailure({ message, start: at(start), end: Math.max(at(end), at(start) + 1) });
  };
  while (i < source.length) {
    const c = source.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
      continue;
    }
    const start = i;
    if (c === 39 /* ' */) {
      let value = '';
      i++;
      for (;;) {
        if (i >= source.length) fail('unterminated string literal', start, source.length);
        const ch = source[i];
        if (ch === "'") {
          if (source[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += ch;
        i++;
      }
      tokens.push({ kind: 'str', text: source.slice(start, i), start: at(start), end: at(i), value });
      continue;
    }
    if (c === 34 /* " */) fail('strings in expressions use single quotes, not double quotes', start, start + 1);
    const isDigit = c >= 48 && c <= 57;
    if (isDigit || c === 45 /* - */) {
      // GitHub's number literals: an optional minus, then a decimal (no leading zeros, a fraction
      // needs digits after the dot, an exponent may be signed) or a 0x hexadecimal integer.
      NUMBER.lastIndex = i;
      const text = NUMBER.exec(source)?.[0];
      if (text === undefined) fail('"-" must start a number: expressions have no subtraction', start, start + 1);
      i += text?.length ?? 1;
      if (i < source.length && (isIdentPart(source.charCodeAt(i)) || source[i] === '.')) {
        let j = i + 1;
        while (j < source.length && (isIdentPart(source.charCodeAt(j)) || source[j] === '.')) j++;
        fail(`invalid number "${source.slice(start, j)}"`, start, j);
      }
      const raw = text ?? '';
      const hex = /^-?0x/i.test(raw);
      const value = hex ? (raw.startsWith('-') ? -1 : 1) * parseInt(raw.replace(/^-?0x/i, ''), 16) : Number(raw);
      tokens.push({ kind: 'num', text: raw, start: at(start), end: at(i), value });
      continue;
    }
    if (isIdentStart(c)) {
      i++;
      while (i < source.length && isIdentPart(source.charCodeAt(i))) i++;
      const text = source.slice(start, i);
      tokens.push({ kind: 'ident', text, start: at(start), end: at(i) });
      continue;
    }
    const two = source.slice(i, i + 2);
    if (PUNCT2.has(two)) {
      tokens.push({ kind: 'punct', text: two, start: at(i), end: at(i + 2) });
      i += 2;
      continue;
    }
    const one = source[i] ?? '';
    if (PUNCT1.has(one)) {
      tokens.push({ kind: 'punct', text: one, start: at(i), end: at(i + 1) });
      i++;
      continue;
    }
    if (one === '=') fail('"=" is not an operator: use "==" to compare', start, start + 1);
    if (one === '&' || one === '|') fail(`"${one}" is not an operator: use "${one}${one}"`, start, start + 1);
    fail(`unexpected character "${one}"`, start, start + 1);
  }
  tokens.push({ kind: 'eof', text: '', start: at(source.length), end: at(source.length) });
  return tokens;
}

const EOF_TOKEN: Token = { kind: 'eof', text: '', start: 0, end: 0 };

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    // The tokenizer always ends the list with an eof token, so the fallback is never undefined.
    return this.tokens[this.pos] ?? this.tokens[this.tokens.length - 1] ?? EOF_TOKEN;
  }
  private next(): Token {
    const t = this.peek();
    if (this.pos < this.tokens.length - 1) this.pos++;
    return t;
  }
  private isPunct(text: string): boolean {
    const t = this.peek();
    return t.kind === 'punct' && t.text === text;
  }
  private fail(message: string, token: Token = this.peek()): never {
    throw new SyntaxFailure({ message, start: token.start, end: Math.max(token.end, token.start + 1) });
  }
  private expect(text: string, what: string): Token {
    if (!this.isPunct(text)) {
      const t = this.peek();
      this.fail(`expected ${what} but found ${t.kind === 'eof' ? 'the end of the expression' : `"${t.text}"`}`);
    }
    return this.next();
  }

  parseAll(): Expr {
    if (this.peek().kind === 'eof') this.fail('empty expression');
    const expr = this.or();
    const t = this.peek();
    if (t.kind !== 'eof') this.fail(`unexpected "${t.text}" after a complete expression`);
    return expr;
  }

  private binary(operators: readonly BinaryOperator[], operand: () => Expr): Expr {
    let left = operand();
    for (;;) {
      const t = this.peek();
      if (t.kind !== 'punct' || !(operators as readonly string[]).includes(t.text)) return left;
      this.next();
      const right = operand();
      left = { type: 'binary', op: t.text as BinaryOperator, left, right, start: left.start, end: right.end };
    }
  }
  private or(): Expr {
    return this.binary(['||'], () => this.and());
  }
  private and(): Expr {
    return this.binary(['&&'], () => this.equality());
  }
  private equality(): Expr {
    return this.binary(['==', '!='], () => this.comparison());
  }
  private comparison(): Expr {
    return this.binary(['<', '<=', '>', '>='], () => this.unary());
  }
  private unary(): Expr {
    if (this.isPunct('!')) {
      const bang = this.next();
      const operand = this.unary();
      return { type: 'not', operand, start: bang.start, end: operand.end };
    }
    return this.postfix(this.primary());
  }

  private primary(): Expr {
    const t = this.next();
    switch (t.kind) {
      case 'num':
        return { type: 'literal', value: t.value as number, raw: t.text, start: t.start, end: t.end };
      case 'str':
        return { type: 'literal', value: t.value as string, raw: t.text, start: t.start, end: t.end };
      case 'ident': {
        if (t.text === 'true' || t.text === 'false')
          return { type: 'literal', value: t.text === 'true', raw: t.text, start: t.start, end: t.end };
        if (t.text === 'null') return { type: 'literal', value: null, raw: t.text, start: t.start, end: t.end };
        if (this.isPunct('(')) {
          this.next();
          const args: Expr[] = [];
          if (!this.isPunct(')')) {
            for (;;) {
              args.push(this.or());
              if (this.isPunct(',')) {
                this.next();
                continue;
              }
              break;
            }
          }
          const close = this.expect(')', '")" to close the call');
          return { type: 'call', name: t.text, nameEnd: t.end, args, start: t.start, end: close.end };
        }
        return { type: 'context', name: t.text, start: t.start, end: t.end };
      }
      case 'punct':
        if (t.text === '(') {
          const inner = this.or();
          this.expect(')', '")"');
          return inner;
        }
        return this.fail(`unexpected "${t.text}"`, t);
      case 'eof':
        return this.fail('the expression ends too early', t);
    }
  }

  private postfix(expr: Expr): Expr {
    let node = expr;
    for (;;) {
      if (this.isPunct('.')) {
        this.next();
        const t = this.next();
        if (t.kind === 'punct' && t.text === '*') {
          node = { type: 'star', object: node, start: node.start, end: t.end };
          continue;
        }
        // Property names may be keywords or start with digits/dashes in practice (`steps.1st.outputs`).
        if (t.kind !== 'ident' && t.kind !== 'num') this.fail('expected a property name after "."', t);
        node = { type: 'property', object: node, name: t.text, nameStart: t.start, start: node.start, end: t.end };
        continue;
      }
      if (this.isPunct('[')) {
        this.next();
        if (this.isPunct('*')) {
          this.next();
          const close = this.expect(']', '"]"');
          node = { type: 'star', object: node, start: node.start, end: close.end };
          continue;
        }
        const index = this.or();
        const close = this.expect(']', '"]" to close the index');
        node = { type: 'index', object: node, index, start: node.start, end: close.end };
        continue;
      }
      return node;
    }
  }
}

/**
 * Parses expression source; `base` is the document offset of `source[0]`, or `positions` gives the
 * offset of every character (and one past the end) when the source was unescaped from YAML.
 */
export function parseExpression(source: string, base = 0, positions?: readonly number[]): ParseResult {
  try {
    const expr = new Parser(tokenize(source, base, positions)).parseAll();
    return { ok: true, expr };
  } catch (e) {
    if (e instanceof SyntaxFailure) return { ok: false, error: e.error };
    throw e;
  }
}

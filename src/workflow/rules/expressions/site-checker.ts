/**
 * Checks the `${{ }}` expressions of one YAML value against the contexts in scope and the
 * availability of the key the value sits at, and reports what is wrong through the rule context.
 * The walk over the workflow (walk.ts) decides which key each value belongs to and keeps the scope
 * (matrix, needs, steps so far) up to date; this file only checks values.
 */
import type { RelatedLocation } from '../../../engine/types';
import { availabilityAt } from '../../expr/availability';
import { checkExpr, type ExprProblem } from '../../expr/check';
import { conditionSource, expressionsIn, parseSpan, type ExprSpan } from '../../expr/extract';
import { typeName, type ExprType } from '../../expr/types';
import type { WorkflowRuleContext } from '../../rule';
import type { YScalar } from '../../yaml/node';

/** What a value written as one whole `${{ }}` must evaluate to. */
export type Expect = 'bool' | 'number' | 'object' | 'array' | 'runs-on' | 'objects';

const EXPECT_TEXT: Readonly<Record<Expect, string>> = {
  bool: 'a boolean',
  number: 'a number',
  object: 'an object',
  array: 'an array',
  'runs-on': 'a string or an array of labels',
  objects: 'an array of objects',
};

function fits(expect: Expect, t: ExprType): boolean {
  if (t.kind === 'any') return true;
  switch (expect) {
    case 'bool':
      return t.kind === 'bool';
    case 'number':
      return t.kind === 'number';
    case 'object':
      return t.kind === 'object';
    case 'array':
      return t.kind === 'array';
    case 'runs-on':
      return t.kind === 'array' || t.kind === 'string';
    case 'objects':
      return t.kind === 'array' && (t.elem.kind === 'object' || t.elem.kind === 'any');
  }
}

/** Finds where a failed property lookup was declared, for a related location (or nothing). */
export type RelatedFor = (path: readonly string[]) => RelatedLocation[] | undefined;

export class SiteChecker {
  /** The contexts in scope; the walk replaces `matrix`, `needs`, `steps`… as it moves. */
  readonly contexts: Map<string, ExprType>;
  relatedFor: RelatedFor | undefined;

  constructor(
    private readonly ctx: WorkflowRuleContext,
    contexts: ReadonlyMap<string, ExprType>,
  ) {
    this.contexts = new Map(contexts);
  }

  /** A string value: every `${{ }}` in it is interpolated as text. */
  text(node: YScalar | undefined, key: string): void {
    if (node && node.value.includes('${{')) this.check(node, key, true);
  }

  /**
   * A value whose expressions are not turned into text (matrix values, which keep their type):
   * returns the expression's type when the value is one whole `${{ }}`.
   */
  raw(node: YScalar | undefined, key: string): ExprType | undefined {
    if (!node) return undefined;
    const types = this.check(node, key, false);
    const only = types?.length === 1 ? types[0] : undefined;
    if (!only) return undefined;
    const trimmed = node.value.trim();
    return trimmed.startsWith('${{') && trimmed.endsWith('}}') ? only.type : undefined;
  }

  /**
   * A value that is normally one whole `${{ }}` producing `expect` (`continue-on-error`,
   * `timeout-minutes`, `env: ${{ fromJSON(…) }}`); returns the expression's type when it is one.
   */
  single(node: YScalar | undefined, key: string, expect: Expect): ExprType | undefined {
    if (!node || !node.value.includes('${{')) return undefined;
    const trimmed = node.value.trim();
    const whole = trimmed.startsWith('${{') && trimmed.endsWith('}}') && trimmed.indexOf('${{', 3) < 0;
    if (!whole) {
      this.check(node, key, true);
      return undefined;
    }
    const types = this.check(node, key, false);
    const t = types?.[0];
    if (t && !fits(expect, t.type))
      this.report(t.span.start, t.span.end, `This expression gives ${typeName(t.type)}, but ${EXPECT_TEXT[expect]} is needed here.`);
    return t?.type;
  }

  /** An `if:` condition: an expression with or without `${{ }}`. */
  condition(node: YScalar | undefined, key: string): void {
    if (!node || node.value.trim() === '') return;
    if (node.value.includes('${{') && node.value.includes('}}')) {
      this.check(node, key, true);
      return;
    }
    const source = conditionSource(this.ctx.text, node);
    if (!source) return;
    const span: ExprSpan = {
      start: source.innerStart,
      end: source.innerStart + source.inner.length,
      inner: source.inner,
      innerStart: source.innerStart,
      terminated: true,
      ...(source.positions ? { positions: source.positions } : {}),
    };
    this.checkSpans([span], key, false);
  }

  private check(node: YScalar, key: string, template: boolean): Array<{ type: ExprType; span: ExprSpan }> | undefined {
    // Most values have no expression; the parsed value is short, the document after it is not.
    if (!node.value.includes('${{')) return [];
    const spans = expressionsIn(this.ctx.text, node);
    return spans.length === 0 ? [] : this.checkSpans(spans, key, template);
  }

  /**
   * Like actionlint, the first `${{ }}` with a problem ends the check of its value: later ones
   * are often the same mistake, and fixing the first shows the rest.
   */
  private checkSpans(spans: readonly ExprSpan[], key: string, template: boolean): Array<{ type: ExprType; span: ExprSpan }> | undefined {
    const env = { contexts: this.contexts, availability: availabilityAt(key), configVariables: this.ctx.options.configVariables };
    const typed: Array<{ type: ExprType; span: ExprSpan }> = [];
    for (const span of spans) {
      if (!span.terminated) {
        this.report(span.start, span.start + 3, '"${{" is never closed: add "}}" at the end of the expression.');
        return undefined;
      }
      const parsed = parseSpan(span);
      if (!parsed.ok) {
        const { error } = parsed;
        this.report(error.start, error.end, `Syntax error in expression: ${error.message}.`);
        return undefined;
      }
      const result = checkExpr(parsed.expr, env);
      if (result.problems.length > 0) {
        for (const p of result.problems) this.problem(p);
        return undefined;
      }
      typed.push({ type: result.type, span });
    }
    if (template) {
      for (const { type, span } of typed) {
        const shown =
          type.kind === 'object' ? '"Object"' : type.kind === 'array' ? '"Array"' : type.kind === 'null' ? 'an empty string' : undefined;
        if (shown)
          this.report(
            span.start,
            span.end,
            `This \${{ }} gives ${typeName(type)}, which becomes ${shown} in text: use toJSON() or one of its properties.`,
          );
      }
    }
    return typed;
  }

  private problem(p: ExprProblem): void {
    const related = p.path ? this.relatedFor?.(p.path) : undefined;
    this.report(p.start, p.end, p.message, related);
  }

  private report(start: number, end: number, message: string, related?: RelatedLocation[]): void {
    this.ctx.report({ range: this.ctx.rangeOf(start, Math.max(end, start + 1)), message, ...(related ? { related } : {}) });
  }
}

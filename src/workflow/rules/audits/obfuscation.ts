/**
 * obfuscation: GitHub Actions features used in ways that hide what a workflow does. `uses:` paths
 * with `.`, `..` or empty components (`actions/checkout/./@v4`, `github/codeql-action/init/../init`)
 * slip past pinning policies and reviewers; `${{ }}` expressions that are constants in disguise
 * (`${{ 'ls' }}`, `${{ format('{0}', 'x') }}`, `${{ true || false }}`) hide literal text from
 * readers and other checks. Computed indexes (`inputs[inputs.name]`) are reported under pedantic.
 */
import type { Expr } from '../../expr/ast';
import { expressionsIn, parseSpan } from '../../expr/extract';
import type { StepModel, WorkflowModel } from '../../model';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import type { Fix, RelatedLocation, TextEdit } from '../../../engine/types';
import type { YNode, YScalar } from '../../yaml/node';
import { computedIndices, evaluate, isReducible, literalSyntax, reducibleSubexpressions, render } from './consteval';
import { repoUsesOf } from './util';

/** Text that can replace `${{ … }}` inside any scalar without changing how YAML reads it. */
const PLAIN_SAFE = /^[\w./@+=,-]*$/;

function scanScalar(scalar: YScalar, isCondition: boolean, ctx: WorkflowRuleContext): void {
  for (const span of expressionsIn(ctx.text, scalar)) {
    if (!span.terminated) continue;
    const parsed = parseSpan(span);
    if (!parsed.ok) continue;
    const expr = parsed.expr;
    const notes: Array<{ node: Expr; message: string }> = [];
    const edits: TextEdit[] = [];
    let safe = true;
    if (isReducible(expr)) {
      notes.push({ node: expr, message: 'can be replaced by its value' });
      const v = evaluate(expr);
      if (v) {
        const whole = span.start === scalar.valueStart && span.end === scalar.valueEnd;
        // In an `if:` the replacement is itself read as an expression, so it stays a literal.
        const text = isCondition && whole ? literalSyntax(v.value) : render(v.value);
        if (text !== undefined) {
          edits.push({ range: ctx.rangeOf(span.start, span.end), newText: text });
          const block = scalar.style === 'literal' || scalar.style === 'folded';
          safe = !text.includes('\n') && (PLAIN_SAFE.test(text) || block) && !(text === '' && whole);
        }
      }
    } else {
      for (const sub of reducibleSubexpressions(expr)) {
        notes.push({ node: sub, message: 'can be reduced to a constant' });
        const v = evaluate(sub);
        const text = v && literalSyntax(v.value);
        if (text !== undefined) edits.push({ range: ctx.rangeOf(sub.start, sub.end), newText: text });
      }
    }
    const indices = computedIndices(expr);
    for (const index of indices) notes.push({ node: index, message: 'index expression is computed' });
    const first = notes[0];
    if (!first) continue;
    // As in zizmor, an expression with a computed index is a pedantic finding as a whole.
    if (indices.length > 0 && !ctx.shows('pedantic')) continue;
    const related: RelatedLocation[] = notes.slice(1).map((n) => ({ message: n.message, range: ctx.rangeOf(n.node.start, n.node.end) }));
    const fixes: Fix[] = edits.length ? [{ title: 'Replace with the constant value', applicability: safe ? 'safe' : 'unsafe', edits }] : [];
    const shown = ctx.text.slice(first.node.start, first.node.end);
    const message =
      first.message === 'index expression is computed'
        ? `The index \`${shown}\` is computed, which hides which value is read: index with a literal name.`
        : first.node === expr
          ? `\`\${{ ${shown} }}\` is a constant in disguise: write its value instead.`
          : `\`${shown}\` is a constant in disguise: write its value instead.`;
    ctx.report({ range: ctx.rangeOf(first.node.start, first.node.end), message, related, fixes });
  }
}

function walk(node: YNode | null | undefined, key: string | undefined, ctx: WorkflowRuleContext): void {
  if (!node) return;
  switch (node.kind) {
    case 'scalar':
      // The value check is cheap and spares a scan of the document text for most scalars.
      if (node.value.includes('${{')) scanScalar(node, key === 'if', ctx);
      return;
    case 'map':
      for (const p of node.pairs) {
        walk(p.key, undefined, ctx);
        walk(p.value, p.key.value, ctx);
      }
      return;
    case 'seq':
      for (const item of node.items) walk(item, undefined, ctx);
      return;
    case 'alias':
      return;
  }
}

/** zizmor's normalisation: drop `.` and empty components, resolve `..`; undefined when `..` escapes. */
function normalizeSubpath(subpath: string): string | undefined {
  const parts: string[] = [];
  for (const c of subpath.split('/')) {
    if (c === '' || c === '.') continue;
    if (c === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(c);
  }
  return parts.join('/');
}

function checkUses(step: StepModel, ctx: WorkflowRuleContext): void {
  const uses = step.uses;
  if (!uses) return;
  const parsed = repoUsesOf(uses.value);
  if (parsed?.subpath === undefined) return;
  const problems: string[] = [];
  for (const c of parsed.subpath.split('/')) {
    if (c === '.') problems.push("'.'");
    else if (c === '..') problems.push("'..'");
    else if (c === '') problems.push('an empty component');
  }
  if (problems.length === 0) return;
  const normalized = normalizeSubpath(parsed.subpath);
  const fixes: Fix[] = [];
  if (normalized !== undefined) {
    const slug = `${parsed.owner}/${parsed.repo}${normalized ? `/${normalized}` : ''}`;
    const value = `${slug}${parsed.ref !== undefined ? `@${parsed.ref}` : ''}`;
    fixes.push({ title: `Write \`${value}\``, applicability: 'safe', edits: [{ range: ctx.nodeRange(uses), newText: value }] });
  }
  const unique = [...new Set(problems)];
  ctx.report({
    range: ctx.nodeRange(uses),
    message: `This action path contains ${unique.join(' and ')}, which hides what runs from reviewers and pinning policies: write the plain path.`,
    fixes,
  });
}

function scan(model: WorkflowModel, ctx: WorkflowRuleContext): void {
  walk(model.root, undefined, ctx);
}

export const obfuscation = defineWorkflowRule({
  id: 'obfuscation',
  name: 'obfuscation',
  aliases: [],
  severity: 'info',
  confidence: 'high',
  summary: 'A `uses:` path or a `${{ }}` expression is written in a way that hides what it does.',
  fix: 'safe',
  onWorkflow: scan,
  onAction: scan,
  onStep: checkUses,
});

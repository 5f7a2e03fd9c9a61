/** Parses a workflow or action.yml once and walks it once, calling every enabled rule's hooks. */
import { parseAllDocuments, type Document } from 'yaml';
import type { Persona, WorkflowOptions } from '../engine/config';
import type { RuleContext } from '../engine/context';
import type { RuleMeta } from '../engine/rule';
import { buildModel, type WorkflowModel } from './model';
import type { WorkflowRule, WorkflowRuleContext, YamlProblem } from './rule';
import { convertDocument } from './yaml/from-yaml';
import type { YNode } from './yaml/node';

/** Parses YAML without ever throwing; aliases are never expanded, so a billion-laughs file cannot hang us. */
export function parseWorkflowYaml(text: string): { document?: Document; problems: YamlProblem[] } {
  const problems: YamlProblem[] = [];
  let docs: Document[];
  try {
    const parsed = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true, strict: true });
    docs = Array.isArray(parsed) ? parsed : [];
  } catch (error) {
    problems.push({ start: 0, end: 0, message: error instanceof Error ? error.message : String(error), severity: 'error' });
    return { problems };
  }
  docs.forEach((doc, i) => {
    for (const e of doc.errors)
      problems.push({ start: e.pos[0], end: Math.max(e.pos[1], e.pos[0] + 1), message: firstLine(e.message), severity: 'error' });
    for (const w of doc.warnings)
      problems.push({ start: w.pos[0], end: Math.max(w.pos[1], w.pos[0] + 1), message: firstLine(w.message), severity: 'warning' });
    if (i === 1) {
      const [start, end] = doc.range ?? [0, 0];
      problems.push({
        start,
        end: Math.max(end, start + 1),
        message: 'GitHub reads only the first YAML document of a workflow file; this document is ignored',
        severity: 'error',
      });
    }
  });
  return docs[0] ? { document: docs[0], problems } : { problems };
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/** The parsed tree and model of a workflow text; exported for tools (benchmarks, cross-file rules). */
export function parseWorkflow(text: string, kind: 'workflow' | 'action'): { model?: WorkflowModel; problems: YamlProblem[] } {
  const { document, problems } = parseWorkflowYaml(text);
  if (!document) return { problems };
  const root: YNode | null = convertDocument(document, text);
  return { model: buildModel(root, text, kind), problems };
}

const PERSONA_RANK: Readonly<Record<Persona, number>> = { regular: 0, pedantic: 1, auditor: 2 };

export function lintWorkflow(
  text: string,
  kind: 'workflow' | 'action',
  rules: readonly WorkflowRule[],
  contextFor: (rule: RuleMeta) => RuleContext,
  options: WorkflowOptions,
  readRepoFile?: (relativePath: string) => string | undefined,
): void {
  if (rules.length === 0) return;
  const { model, problems } = parseWorkflow(text, kind);
  for (const rule of rules) if (rule.onParseProblems) rule.onParseProblems(problems, contextFor(rule));
  if (!model) return;
  const rank = PERSONA_RANK[options.persona];
  const read = (path: string): string | undefined => {
    if (!readRepoFile) return undefined;
    try {
      return readRepoFile(path.replace(/^\.\//, ''));
    } catch {
      return undefined;
    }
  };
  const active = rules.map((rule) => {
    // Extend, don't spread: spreading would evaluate the base context's lazy `lines` getter.
    const base = contextFor(rule);
    const ctx = Object.assign(Object.create(base) as RuleContext, {
      model,
      options,
      ruleConfig: options.ruleConfig[rule.id],
      shows: (persona: Persona) => PERSONA_RANK[persona] <= rank,
      readRepoFile: read,
      rangeOf: (start: number, end: number) => base.lines.range(start, Math.min(end, text.length)),
      nodeRange: (node: YNode) =>
        node.kind === 'scalar'
          ? base.lines.range(node.valueStart, Math.max(node.valueStart, node.valueEnd))
          : base.lines.range(node.start, node.end),
    }) as WorkflowRuleContext;
    return { rule, ctx };
  });
  for (const { rule, ctx } of active) {
    if (kind === 'workflow') rule.onWorkflow?.(model, ctx);
    else rule.onAction?.(model, ctx);
  }
  for (const job of model.jobs) {
    for (const { rule, ctx } of active) rule.onJob?.(job, ctx);
    for (const step of job.steps) for (const { rule, ctx } of active) rule.onStep?.(step, ctx);
  }
  for (const step of model.actionSteps) for (const { rule, ctx } of active) rule.onStep?.(step, ctx);
}

/** Parses a workflow or action.yml once and walks it once, calling every enabled rule's hooks. */
import { parseAllDocuments, type Document } from 'yaml';
import type { RuleContext } from '../engine/context';
import type { RuleMeta } from '../engine/rule';
import { buildModel } from './model';
import type { WorkflowRule, YamlProblem } from './rule';

/** Parses YAML without ever throwing; aliases are capped so a billion-laughs file cannot hang us. */
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

export function lintWorkflow(
  text: string,
  kind: 'workflow' | 'action',
  rules: readonly WorkflowRule[],
  contextFor: (rule: RuleMeta) => RuleContext,
): void {
  if (rules.length === 0) return;
  const { document, problems } = parseWorkflowYaml(text);
  for (const rule of rules) if (rule.onParseProblems) rule.onParseProblems(problems, contextFor(rule));
  if (!document) return;
  // Resolving aliases can blow up (billion laughs): the model reads nodes as written and never
  // calls toJS(), so an alias bomb costs what its text costs.
  const model = buildModel(document, text, kind);
  // Extend, don't spread: spreading would evaluate the base context's lazy `lines` getter.
  const active = rules.map((rule) => ({ rule, ctx: Object.assign(Object.create(contextFor(rule)) as RuleContext, { model }) }));
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

/**
 * workflow-schema: a workflow or action.yml that does not have the shape GitHub expects: unknown
 * keys (with "did you mean"), missing required keys (`on`, `jobs`, `runs-on`, `steps`, an
 * action's `name` / `description` / `runs`…), values of the wrong kind (a mapping where a list
 * belongs, `continue-on-error: yes`), invalid enum values, `run` and `uses` in one step, keys
 * that do not fit a reusable-workflow job or an action's `runs.using`. GitHub rejects such a file
 * only when the run starts ("Invalid workflow file"); here it shows while typing.
 */
import type { WorkflowModel } from '../../model';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import { validateDocument, type SchemaFinding } from '../../schema/walk';

/** True when the text holds nothing but comments, blank lines and document markers. */
function isBlank(text: string): boolean {
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t !== '' && !t.startsWith('#') && t !== '---' && t !== '...') return false;
  }
  return true;
}

function run(model: WorkflowModel, ctx: WorkflowRuleContext): void {
  // Only the workflow and action hooks call this; Dependabot's file has its own rules.
  if (model.kind === 'dependabot') return;
  // Aliases revisit anchored nodes: report each place and message once.
  let seen: Set<string> | undefined;
  const sink = (f: SchemaFinding): void => {
    const key = `${f.start}:${f.end}:${f.message}`;
    seen ??= new Set();
    if (seen.has(key)) return;
    seen.add(key);
    ctx.report({
      range: ctx.rangeOf(f.start, f.end),
      message: f.message,
      severity: f.severity,
      ...(f.related ? { related: [{ message: f.related.message, range: ctx.rangeOf(f.related.start, f.related.end) }] } : {}),
      ...(f.tags ? { tags: f.tags } : {}),
    });
  };
  if (model.root) {
    validateDocument(model.root, model.kind, model.text, sink);
    return;
  }
  // The model keeps only mapping roots: anything else is an empty file or a non-mapping document.
  if (isBlank(model.text)) validateDocument(null, model.kind, model.text, sink);
  else
    sink({
      start: 0,
      end: Math.min(model.text.length, Math.max(1, model.text.indexOf('\n'))),
      message: `The ${model.kind === 'workflow' ? 'workflow' : 'action metadata'} must be a mapping of keys (like "on:" and "jobs:").`,
      severity: 'error',
    });
}

export const workflowSchema = defineWorkflowRule({
  id: 'workflow-schema',
  name: 'workflow-schema',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A key, value or section does not match the workflow or action.yml syntax.',
  fix: 'none',
  onWorkflow: run,
  onAction: run,
});

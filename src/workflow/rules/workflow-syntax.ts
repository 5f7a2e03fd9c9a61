/**
 * Flags YAML that GitHub cannot load: syntax errors, duplicate keys, tabs used for indentation,
 * merge keys (`<<`), a second document in one file, alias bombs. Found while typing, before a push
 * shows "Invalid workflow file". The problems come from lint-workflow.ts (the `yaml` package path,
 * plus our checks on its tree); anchors and aliases themselves are fine on GitHub.
 */
import { defineWorkflowRule } from '../rule';

export const workflowSyntax = defineWorkflowRule({
  id: 'workflow-syntax',
  name: 'workflow-syntax',
  aliases: ['syntax-check'],
  severity: 'error',
  confidence: 'high',
  summary: 'The workflow or action file is not valid YAML.',
  fix: 'none',
  onParseProblems(problems, ctx) {
    for (const p of problems) {
      ctx.report({ range: ctx.lines.range(p.start, Math.min(p.end, ctx.text.length)), message: p.message, severity: p.severity });
    }
  },
});

/**
 * Flags YAML that GitHub cannot load: syntax errors, duplicate keys, tabs used for indentation,
 * a second document in one file. Found while typing, before a push shows "Invalid workflow file".
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

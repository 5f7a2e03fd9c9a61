/**
 * dependabot-execution: `insecure-external-code-execution: allow` lets Dependabot run code from
 * the manifest's dependencies (setup.py, gemspecs, Gradle scripts) while it resolves an update,
 * with access to the registries and credentials configured for that update. A compromised or
 * typo-squatted dependency then runs inside Dependabot's job before anyone reviews the pull request.
 */
import { defineWorkflowRule } from '../../rule';
import { pairOf, scalarOf } from '../../yaml/node';
import { dependabotUpdates } from './updates';

export const dependabotExecution = defineWorkflowRule({
  id: 'dependabot-execution',
  name: 'dependabot-execution',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Dependabot update allows insecure external code execution.',
  fix: 'unsafe',
  onDependabot(model, ctx) {
    for (const entry of dependabotUpdates(model)) {
      const value = scalarOf(entry, 'insecure-external-code-execution');
      if (!value || value.value.toLowerCase() !== 'allow') continue;
      const pair = pairOf(entry, 'insecure-external-code-execution');
      const ecosystem = scalarOf(entry, 'package-ecosystem')?.value;
      // The whole line goes, so the default (deny) applies again.
      const lineStart = ctx.text.lastIndexOf('\n', (pair?.start ?? value.start) - 1) + 1;
      const newline = ctx.text.indexOf('\n', value.end);
      const lineEnd = newline < 0 ? ctx.text.length : newline + 1;
      ctx.report({
        range: ctx.nodeRange(value),
        message: `Dependabot may run code from ${ecosystem ? `${ecosystem} ` : ''}dependencies while updating them ("insecure-external-code-execution: allow"): remove the setting so the default, deny, applies.`,
        fixes: [
          {
            title: 'Remove insecure-external-code-execution: allow',
            applicability: 'unsafe',
            edits: [{ range: ctx.rangeOf(lineStart, lineEnd), newText: '' }],
          },
        ],
      });
    }
  },
});

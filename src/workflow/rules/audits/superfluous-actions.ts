/**
 * superfluous-actions: a third-party action that only wraps a tool GitHub's runner images already
 * have (`gh release`, `gh pr comment`, `docker run`, `rustup`). Each such action is one more
 * dependency, with its own maintainers and tags, that can be compromised; a `run:` step is not.
 */
import type { StepModel } from '../../model';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import type { Persona } from '../../../engine/config';
import { parseUsesPattern, repoUsesOf, usesMatches, type UsesPattern } from './util';

const TABLE: ReadonlyArray<{ pattern: UsesPattern; advice: string; persona: Persona }> = (
  [
    ['ncipollo/release-action', 'use `gh release` in a `run:` step', 'regular'],
    ['softprops/action-gh-release', 'use `gh release` in a `run:` step', 'regular'],
    ['elgohr/Github-Release-Action', 'use `gh release` in a `run:` step', 'regular'],
    // Pedantic: opening a pull request with `git` and `gh` alone takes a good deal of script.
    ['peter-evans/create-pull-request', 'use `gh pr create` in a `run:` step', 'pedantic'],
    ['peter-evans/create-or-update-comment', 'use `gh pr comment` or `gh issue comment` in a `run:` step', 'regular'],
    ['addnab/docker-run-action', 'use `docker run` in a `run:` step, or a container step', 'regular'],
    ['dtolnay/rust-toolchain', 'use `rustup` and/or `cargo` in a `run:` step', 'regular'],
  ] as const
).flatMap(([text, advice, persona]) => {
  const pattern = parseUsesPattern(text);
  return pattern ? [{ pattern, advice, persona }] : [];
});

function check(step: StepModel, ctx: WorkflowRuleContext): void {
  if (!step.uses) return;
  const uses = repoUsesOf(step.uses.value);
  if (!uses) return;
  for (const entry of TABLE) {
    if (!usesMatches(entry.pattern, uses) || !ctx.shows(entry.persona)) continue;
    ctx.report({
      range: ctx.nodeRange(step.uses),
      message: `${uses.owner}/${uses.repo} only wraps a tool the runner already has: ${entry.advice}.`,
    });
  }
}

export const superfluousActions = defineWorkflowRule({
  id: 'superfluous-actions',
  name: 'superfluous-actions',
  aliases: [],
  severity: 'info',
  confidence: 'high',
  summary: "An action duplicates a tool that GitHub's runner images already provide.",
  fix: 'none',
  onStep: check,
});

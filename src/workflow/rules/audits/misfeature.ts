/**
 * misfeature: GitHub Actions features that work but are best avoided. `shell: cmd` has no
 * grammar to speak of, so neither reviewers nor tools can tell what a script does; a shell that
 * is not one of GitHub's well-known ones is reported under the auditor persona; and
 * actions/setup-python's `pip-install:` installs into the runner's global Python, which behaves
 * differently across runners and versions (use a virtual environment).
 */
import { WalkCache } from '../../../engine/lint-cache';
import type { StepModel } from '../../model';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import type { YPair } from '../../yaml/node';
import { normalizeShell, pairRange, parseUsesPattern, repoUsesOf, shellOf, usesMatches, withInput } from './util';

const SETUP_PYTHON = parseUsesPattern('actions/setup-python');
const WELL_KNOWN = new Set(['bash', 'pwsh', 'python', 'sh', 'powershell']);

/** Shell pairs already reported in this file: a job default is reported once, not per step. */
const reported = new WalkCache<object, Set<YPair>>();

function check(step: StepModel, ctx: WorkflowRuleContext): void {
  if (step.uses) {
    const uses = repoUsesOf(step.uses.value);
    const pip = withInput(step, 'pip-install');
    if (uses && SETUP_PYTHON && usesMatches(SETUP_PYTHON, uses) && pip)
      ctx.report({
        range: pairRange(ctx, pip.pair),
        message:
          '`pip-install:` installs into the global Python environment, which differs across runners: create a virtual environment and install there.',
        related: [{ message: 'this action', range: ctx.nodeRange(step.uses) }],
      });
    return;
  }
  if (!step.run) return;
  const shell = shellOf(step, ctx.model);
  if (!shell) return;
  const name = normalizeShell(shell.value);
  if (WELL_KNOWN.has(name)) return;
  const cmd = name === 'cmd' || name === 'cmd.exe';
  if (!cmd && !ctx.shows('auditor')) return;
  let seen = reported.get(ctx.model);
  if (!seen) {
    seen = new Set();
    reported.set(ctx.model, seen);
  }
  if (seen.has(shell.pair)) return;
  seen.add(shell.pair);
  const where = shell.level === 'step' ? '' : ` (the ${shell.level} default)`;
  ctx.report({
    range: pairRange(ctx, shell.pair),
    message: cmd
      ? `\`shell: ${shell.value.trim()}\`${where} has no real grammar, so neither reviewers nor tools can analyse these scripts: use \`shell: pwsh\` or \`shell: bash\`.`
      : `\`shell: ${shell.value.trim()}\`${where} is not a shell GitHub knows well: prefer \`bash\` or \`pwsh\` so the script can be analysed.`,
  });
}

export const misfeature = defineWorkflowRule({
  id: 'misfeature',
  name: 'misfeature',
  aliases: [],
  severity: 'info',
  confidence: 'high',
  summary: 'A GitHub Actions misfeature: `shell: cmd`, an unusual shell (auditor), setup-python `pip-install:`.',
  fix: 'none',
  onStep: check,
});

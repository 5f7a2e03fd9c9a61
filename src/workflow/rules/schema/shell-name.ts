/**
 * shell-name: `shell:` (in steps or `defaults.run`) naming a shell GitHub does not know (`dash`,
 * `zsh` without a `{0}` template) or one the job's runner does not have (`powershell` and `cmd`
 * on Linux or macOS, `sh` on Windows). The step fails at run time; a custom shell must be a
 * command template containing `{0}`, such as `zsh {0}`.
 */
import type { JobModel } from '../../model';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import { firstReport, hasExpression, scalarItems, spanOf } from '../../schema/scalars';
import { platformOfLabels, shellsFor, SHELLS_ANY, type Platform } from '../../schema/shells';
import { quoteList } from '../../schema/suggest';
import { deref, scalarOf, valueOf, type YNode, type YScalar } from '../../yaml/node';

const OS_NAME: Readonly<Record<Platform, string>> = { any: 'any', windows: 'Windows', unix: 'Linux or macOS' };

function check(shell: YScalar | undefined, platform: Platform, ctx: WorkflowRuleContext): void {
  if (!shell) return;
  const name = shell.value.trim();
  if (name === '' || name.includes('{0}') || hasExpression(name)) return;
  const available = shellsFor(platform);
  // The runner compares shell names case-insensitively (`PowerShell` works).
  const lower = name.toLowerCase();
  if (available.includes(lower) || !firstReport(ctx, shell)) return;
  const [start, end] = spanOf(shell);
  const message =
    platform !== 'any' && SHELLS_ANY.includes(lower)
      ? `Shell "${name}" is not available on ${OS_NAME[platform]} runners: use ${quoteList(available)}.`
      : `Unknown shell "${name}": use ${quoteList(available)}, or a command template such as "${name} {0}".`;
  ctx.report({ range: ctx.rangeOf(start, end), message });
}

function defaultShell(defaults: YNode | null | undefined): YScalar | undefined {
  return scalarOf(valueOf(defaults, 'run'), 'shell');
}

/** The OS `runs-on` selects, from its labels (expressions and custom labels say nothing). */
function platformOf(job: JobModel): Platform {
  const runsOn = deref(job.runsOn);
  const labels = runsOn?.kind === 'map' ? deref(valueOf(runsOn, 'labels')) : runsOn;
  if (labels?.kind === 'scalar') return platformOfLabels([labels.value]);
  if (labels?.kind !== 'seq') return 'any';
  const values: string[] = [];
  for (const item of scalarItems(labels)) if (!hasExpression(item.value)) values.push(item.value);
  return platformOfLabels(values);
}

export const shellName = defineWorkflowRule({
  id: 'shell-name',
  name: 'shell-name',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A "shell:" names an unknown shell, or one the runner does not have.',
  fix: 'none',
  onWorkflow(model, ctx) {
    check(defaultShell(model.defaults), 'any', ctx);
  },
  onJob(job, ctx) {
    const platform = platformOf(job);
    check(defaultShell(valueOf(job.node, 'defaults')), platform, ctx);
    for (const step of job.steps) check(step.shell, platform, ctx);
  },
  onAction(model, ctx) {
    for (const step of model.actionSteps) check(step.shell, 'any', ctx);
  },
});

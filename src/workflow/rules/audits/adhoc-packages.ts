/**
 * adhoc-packages: a `run:` step that installs a named package outside any lockfile:
 * `gem install rake`, `npm install lodash`, `npm exec pkg`, `npx -y pkg`. The version installed is
 * whatever the registry serves that minute, with no integrity hash, so a hijacked or typosquatted
 * release runs in the job. Install from a lockfile (`npm ci`, `bundle install`) instead.
 */
import type { StepModel } from '../../model';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import { normalizeShell, shellOf } from './util';
import { shellCommands } from './shell-words';

const NPM_INSTALL = new Set(['install', 'i', 'in', 'ins', 'inst', 'insta', 'instal', 'isnt', 'isnta', 'isntal', 'isntall', 'add']);
/** Shells whose scripts read like a POSIX command line; pwsh commands split the same way. */
const SKIPPED_SHELLS = new Set(['python', 'cmd', 'cmd.exe']);

/** A cheap pre-check: an install-like word after gem/npm, or npx with -y. Most scripts fail it. */
const CANDIDATE =
  /\b(?:gem|npm)\b[^\n;&|]*?\s(?:install|i|in|ins|inst|insta|instal|isnt|isnta|isntal|isntall|add|exec|x)\b|\bnpx\b[^\n;&|]*?\s(?:-y|--yes)\b/;

const isFlag = (w: string): boolean => w.startsWith('-');

/** zizmor's test for an install of a named package (same aliases and flag handling). */
export function isAdhocInstall(command: string, args: readonly string[]): boolean {
  switch (command) {
    case 'gem': {
      const sub = args.findIndex((a) => !isFlag(a));
      const name = args[sub];
      return (name === 'install' || name === 'i') && args.slice(sub + 1).some((a) => !isFlag(a));
    }
    case 'npm': {
      const sub = args.findIndex((a) => !isFlag(a));
      const name = args[sub] ?? '';
      const rest = args.slice(sub + 1);
      if (NPM_INSTALL.has(name)) return rest.some((a) => !isFlag(a));
      if (name === 'exec' || name === 'x')
        return rest.some((a) => !isFlag(a) || a === '-p' || a === '--package' || a.startsWith('-p=') || a.startsWith('--package='));
      return false;
    }
    case 'npx': {
      const yes = args.findIndex((a) => a === '-y' || a === '--yes');
      return yes >= 0 && args.slice(yes + 1).some((a) => !isFlag(a));
    }
    default:
      return false;
  }
}

function check(step: StepModel, ctx: WorkflowRuleContext): void {
  const run = step.run;
  if (!run || !CANDIDATE.test(run.value)) return;
  const shell = shellOf(step, ctx.model);
  if (shell && SKIPPED_SHELLS.has(normalizeShell(shell.value))) return;
  for (const command of shellCommands(ctx.text, run.valueStart, run.valueEnd)) {
    // Leading `VAR=value` words are environment assignments, not the command.
    let k = 0;
    while (k < command.words.length && /^[A-Za-z_]\w*=/.test(command.words[k]?.text ?? '')) k++;
    const name = command.words[k]?.text;
    if (!name) continue;
    const args = command.words.slice(k + 1).map((w) => w.text);
    if (!isAdhocInstall(name, args)) continue;
    const start = command.words[k]?.start ?? command.start;
    ctx.report({
      range: ctx.rangeOf(start, command.end),
      message: `\`${ctx.text.slice(start, command.end)}\` installs a package outside a lockfile, so it gets whatever version the registry serves: install from a lockfile instead.`,
    });
  }
}

export const adhocPackages = defineWorkflowRule({
  id: 'adhoc-packages',
  name: 'adhoc-packages',
  aliases: [],
  severity: 'info',
  confidence: 'high',
  summary: 'A `run:` step installs a named package outside any lockfile (`gem install x`, `npm install x`).',
  fix: 'none',
  onStep: check,
});

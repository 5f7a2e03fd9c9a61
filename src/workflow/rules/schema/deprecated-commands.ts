/**
 * deprecated-commands: `run:` scripts that print the retired workflow commands `::set-output`,
 * `::save-state`, `::set-env` or `::add-path`. GitHub disabled `set-env` and `add-path` in 2020
 * (they let any logged text rewrite the environment) and deprecated `set-output` / `save-state`
 * in 2022; the files `$GITHUB_OUTPUT`, `$GITHUB_STATE`, `$GITHUB_ENV` and `$GITHUB_PATH` replace
 * them. (Re-enabling them with ACTIONS_ALLOW_UNSECURE_COMMANDS is zizmor's insecure-commands.)
 */
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import { firstReport, spanOf } from '../../schema/scalars';
import type { YScalar } from '../../yaml/node';

/** The same commands actionlint matches: a `name=` argument for the first three, a path for add-path. */
const COMMAND = /::(set-output|save-state|set-env)\s+name=[a-zA-Z][a-zA-Z_-]*::\S+|::(add-path)::\S+/g;

const REPLACEMENT: Readonly<Record<string, { readonly file: string; readonly line: string; readonly disabled: boolean }>> = {
  'set-output': { file: '$GITHUB_OUTPUT', line: 'echo "{name}={value}" >> "$GITHUB_OUTPUT"', disabled: false },
  'save-state': { file: '$GITHUB_STATE', line: 'echo "{name}={value}" >> "$GITHUB_STATE"', disabled: false },
  'set-env': { file: '$GITHUB_ENV', line: 'echo "{name}={value}" >> "$GITHUB_ENV"', disabled: true },
  'add-path': { file: '$GITHUB_PATH', line: 'echo "{path}" >> "$GITHUB_PATH"', disabled: true },
};

function report(ctx: WorkflowRuleContext, command: string, start: number, end: number): void {
  const r = REPLACEMENT[command];
  if (!r) return;
  ctx.report({
    range: ctx.rangeOf(start, end),
    message: `The "::${command}" workflow command is ${r.disabled ? 'disabled' : 'deprecated'}: write to ${r.file} instead (${r.line}).`,
    severity: r.disabled ? 'error' : 'warning',
    tags: ['deprecated'],
  });
}

function check(run: YScalar, ctx: WorkflowRuleContext): void {
  if (!run.value.includes('::') || !firstReport(ctx, run)) return;
  // Search the document text so the finding lands on the command itself, even inside a block
  // scalar; fall back to the whole script when quoting hides it (escapes, folded lines).
  const raw = ctx.text.slice(run.valueStart, run.valueEnd);
  let found = false;
  for (const m of raw.matchAll(COMMAND)) {
    const command = m[1] ?? m[2] ?? '';
    const start = run.valueStart + (m.index ?? 0);
    report(ctx, command, start, start + 2 + command.length);
    found = true;
  }
  if (found) return;
  for (const m of run.value.matchAll(COMMAND)) {
    const [start, end] = spanOf(run);
    report(ctx, m[1] ?? m[2] ?? '', start, end);
  }
}

export const deprecatedCommands = defineWorkflowRule({
  id: 'deprecated-commands',
  name: 'deprecated-commands',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'A "run:" script uses a retired workflow command (::set-output, ::save-state, ::set-env, ::add-path).',
  fix: 'none',
  onStep(step, ctx) {
    if (step.run) check(step.run, ctx);
  },
});

/**
 * DL3066: `USER <name>` rather than a numeric UID. The name is resolved from the image's
 * /etc/passwd, which the host and orchestrators cannot see: Kubernetes' `runAsNonRoot` cannot
 * prove a named user is not root and refuses the pod, and file ownership on volumes is decided by
 * numbers anyway.
 * As hadolint, only the user part (before `:`) must be numeric. Unlike hadolint, `$VAR` is
 * resolved through the stage's ARG/ENV defaults (and global ARGs it redeclares), and left alone
 * when it has no known value; USER inside ONBUILD is checked as well, with its variables unresolved.
 * Like hadolint, a USER before the first FROM is judged too.
 */
import type { Instruction } from '../../model';
import { defineDockerfileRule } from '../../rule';
import type { DockerfileRuleContext } from '../../rule';
import { unquote } from '../../parse';
import { preamble } from '../preamble';
import { resolveVariables } from './stage-refs';

/** ARG and ENV values known in a stage (its `instructions`) before `before`, as BuildKit scopes them. */
function stageVariables(
  instructions: readonly Instruction[],
  before: Instruction,
  globals: ReadonlyMap<string, string | undefined>,
): Map<string, string | undefined> {
  const vars = new Map<string, string | undefined>();
  for (const inst of instructions) {
    if (inst === before) break;
    if (inst.keyword !== 'ARG' && inst.keyword !== 'ENV') continue;
    const first = inst.operands[0];
    if (inst.keyword === 'ENV' && first && !first.value.includes('=')) {
      vars.set(first.value, resolveVariables(unquote(inst.argsText.trim().slice(first.value.length).trim()), vars));
      continue;
    }
    for (const w of inst.operands) {
      const eq = w.value.indexOf('=');
      if (eq < 0) {
        if (inst.keyword === 'ARG' && !vars.has(w.value)) vars.set(w.value, globals.get(w.value));
        continue;
      }
      vars.set(w.value.slice(0, eq), resolveVariables(unquote(w.value.slice(eq + 1)), vars));
    }
  }
  return vars;
}

function check(inst: Instruction, vars: ReadonlyMap<string, string | undefined>, ctx: DockerfileRuleContext): void {
  const word = inst.operands[0];
  if (!word) return;
  const written = unquote(word.value);
  const colon = written.indexOf(':');
  const userPart = colon < 0 ? written : written.slice(0, colon);
  const resolved = resolveVariables(userPart, vars);
  if (resolved === undefined || /^\d*$/.test(resolved)) return;
  const shift = written === word.value ? 0 : 1;
  const via = resolved === userPart ? '' : ` (${userPart} resolves to ${resolved})`;
  ctx.report({
    range: ctx.lines.range(word.start + shift, word.start + shift + userPart.length),
    message: `USER ${resolved}${via} is a name, not a numeric UID: the host and orchestrators (Kubernetes runAsNonRoot) cannot resolve it. Use the numeric id, e.g. USER 10001 or USER 10001:10001.`,
  });
}

function checkAll(instructions: readonly Instruction[], ctx: DockerfileRuleContext): void {
  for (const inst of instructions) {
    if (inst.keyword === 'USER')
      check(inst, inst.argsText.includes('$') ? stageVariables(instructions, inst, ctx.dockerfile.globalArgs) : new Map(), ctx);
    else if (inst.onbuild?.keyword === 'USER') check(inst.onbuild, new Map(), ctx);
  }
}

export const nonNumericUser = defineDockerfileRule({
  id: 'DL3066',
  name: 'non-numeric-user',
  aliases: [],
  severity: 'info',
  confidence: 'medium',
  summary: 'Non-numeric user-id may not be resolvable by host system.',
  fix: 'none',
  onFile(dockerfile, ctx) {
    checkAll(preamble(dockerfile), ctx);
  },
  onStage(stage, ctx) {
    checkAll(stage.instructions, ctx);
  },
});

/**
 * DL3025: CMD or ENTRYPOINT in shell form (`CMD node server.js`). Docker then runs it as
 * `/bin/sh -c "…"`: the shell becomes PID 1 and does not forward SIGTERM, so `docker stop` waits
 * for its timeout and kills the process; with ENTRYPOINT the CMD arguments are ignored as well.
 * Anything that is not a valid JSON array of strings counts as shell form (`CMD ['a']` too).
 *
 * The fix rewrites the arguments as a JSON array only when every word is plain (no quotes,
 * variables, globs, redirections or operators). It is `unsafe`: the process no longer runs under
 * a shell, so its PID, signals and the arguments passed to an ENTRYPOINT change.
 */
import { defineDockerfileRule } from '../../rule';
import { isJsonArray, operandSpan } from './helpers';

const PLAIN_WORD = /^[A-Za-z0-9_./:=@%+,-]+$/;

export const jsonArgs = defineDockerfileRule({
  id: 'DL3025',
  name: 'json-args',
  aliases: ['JSONArgsRecommended'],
  severity: 'warning',
  confidence: 'high',
  summary: 'CMD or ENTRYPOINT uses shell form instead of JSON (exec) form.',
  fix: 'unsafe',
  instructions: ['CMD', 'ENTRYPOINT'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword !== 'CMD' && instruction.keyword !== 'ENTRYPOINT') return;
    if (instruction.operands.length === 0 || isJsonArray(instruction)) return;
    const span = operandSpan(instruction);
    const range = ctx.lines.range(span.start, span.end);
    const words = instruction.operands.map((w) => w.value);
    const plain = instruction.flags.length === 0 && instruction.heredocs.length === 0 && words.every((w) => PLAIN_WORD.test(w));
    const json = `[${words.map((w) => JSON.stringify(w)).join(', ')}]`;
    ctx.report({
      range,
      message: `${instruction.keyword} in shell form runs under /bin/sh -c, which does not forward signals: use JSON form, e.g. ${instruction.keyword} ${plain ? json : '["executable", "arg"]'}.`,
      fixes: plain
        ? [{ title: `Rewrite as ${instruction.keyword} ${json}`, applicability: 'unsafe', edits: [{ range, newText: json }] }]
        : [],
    });
  },
});

/**
 * DL3021: COPY with several sources whose destination does not end with `/`. Docker then refuses
 * to build ("When using COPY with more than one source file, the destination must be a directory
 * and end with a /"). Sources are counted as written, as in hadolint (a wildcard counts as one).
 *
 * The fix appends `/` to the destination. It is safe: with several sources the build fails
 * without it, and a destination that already expands to a path ending in `/` just gets `//`.
 */
import { defineDockerfileRule } from '../../rule';
import { dropQuotes, execOperands } from './helpers';

export const copyDestSlash = defineDockerfileRule({
  id: 'DL3021',
  name: 'copy-dest-slash',
  aliases: ['DS-0011', 'DS011'],
  severity: 'error',
  confidence: 'high',
  summary: 'COPY with more than one source needs a destination ending with /.',
  fix: 'safe',
  instructions: ['COPY'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword !== 'COPY') return;
    const exec = execOperands(instruction);
    let target: { value: string; start: number; end: number; insertAt: number } | undefined;
    let count: number;
    if (exec) {
      const last = exec[exec.length - 1];
      count = exec.length - 1;
      if (last) target = { value: last.value, start: last.start, end: last.end, insertAt: last.end - 1 };
    } else {
      const last = instruction.operands[instruction.operands.length - 1];
      count = instruction.operands.length - 1;
      if (last) {
        const quoted = last.value.length > 1 && (last.value.endsWith('"') || last.value.endsWith("'"));
        target = { value: dropQuotes(last.value), start: last.start, end: last.end, insertAt: quoted ? last.end - 1 : last.end };
      }
    }
    if (!target || count < 2 || target.value.endsWith('/')) return;
    const at = ctx.lines.range(target.insertAt, target.insertAt);
    ctx.report({
      range: ctx.lines.range(target.start, target.end),
      message: `COPY has ${count} sources, so the destination "${target.value}" must be a directory ending with /: write "${target.value}/".`,
      fixes: [{ title: `Append / to ${target.value}`, applicability: 'safe', edits: [{ range: at, newText: '/' }] }],
    });
  },
});

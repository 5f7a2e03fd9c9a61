/**
 * LegacyKeyValueFormat (BuildKit build check): `ENV key value` / `LABEL key value`, the legacy
 * whitespace-separated form. It sets a single variable whose value is the whole rest of the line,
 * which surprises readers (`ENV A 1 B 2` sets A to `1 B 2`) and is deprecated. BuildKit checks ENV
 * and LABEL (an `ARG a b` declares two ARGs, it is not the legacy form). The fix rewrites it as
 * `key=value`, quoting the value in double quotes when it has spaces; it is offered only when the
 * value holds no quotes or escapes, so the rewritten value is byte-for-byte the same.
 */
import type { Instruction } from '../../model';
import { defineDockerfileRule } from '../../rule';
import { argIndex } from './helpers';

function legacy(inst: Instruction): boolean {
  const first = inst.operands[0];
  return (
    (inst.keyword === 'ENV' || inst.keyword === 'LABEL') && first !== undefined && !first.value.includes('=') && inst.operands.length >= 2
  );
}

export const legacyKeyValueFormat = defineDockerfileRule({
  id: 'LegacyKeyValueFormat',
  name: 'legacy-key-value-format',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'The legacy key/value format with a whitespace separator should not be used.',
  fix: 'safe',
  onFile(dockerfile, ctx) {
    for (const stage of dockerfile.stages) {
      for (const inst of stage.instructions) {
        if (!legacy(inst)) continue;
        const key = inst.operands[0];
        const second = inst.operands[1];
        const last = inst.operands[inst.operands.length - 1];
        if (!key || !second || !last) continue;
        const keyword = inst.keyword;
        const valueFrom = Math.max(0, argIndex(inst, second.start));
        const value = inst.argsText.slice(valueFrom).trim();
        const plain = !/["'`\\]/.test(value) && !value.includes(dockerfile.escape);
        const formatted = /\s/.test(value) ? `"${value}"` : value;
        const range = ctx.lines.range(key.start, key.end);
        ctx.report({
          range,
          message: `"${keyword} key=value" should be used instead of legacy "${keyword} key value" format: write ${keyword} ${key.value}=${formatted}.`,
          fixes: plain
            ? [
                {
                  title: `Rewrite as ${keyword} ${key.value}=…`,
                  applicability: 'safe',
                  edits: [{ range: ctx.lines.range(key.start, last.end), newText: `${key.value}=${formatted}` }],
                },
              ]
            : [],
        });
      }
    }
  },
});

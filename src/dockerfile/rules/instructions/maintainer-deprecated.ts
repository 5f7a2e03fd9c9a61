/**
 * DL4000: `MAINTAINER` is deprecated since Docker 1.13; the OCI label
 * `org.opencontainers.image.authors` carries the same information where registries and scanners
 * look for it. The fix rewrites the instruction in place and keeps the value exactly.
 */
import { defineDockerfileRule } from '../../rule';

/** Quotes a value for a LABEL: double quotes, with `\` and `"` escaped (BuildKit's rules). */
function labelValue(value: string): string {
  const trimmed = value.trim();
  if (/^"(?:[^"\\]|\\.)*"$/.test(trimmed)) return trimmed;
  return `"${trimmed.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export const maintainerDeprecated = defineDockerfileRule({
  id: 'DL4000',
  name: 'maintainer-deprecated',
  aliases: ['MaintainerDeprecated', 'DS-0022', 'DS022'],
  severity: 'error',
  confidence: 'high',
  summary: 'MAINTAINER is deprecated; use the org.opencontainers.image.authors label.',
  fix: 'safe',
  instructions: ['MAINTAINER'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword !== 'MAINTAINER') return;
    const range = ctx.lines.range(instruction.keywordStart, instruction.keywordEnd);
    const value = instruction.argsText.trim();
    const fixes = value
      ? [
          {
            title: 'Replace MAINTAINER with LABEL org.opencontainers.image.authors',
            applicability: 'safe' as const,
            edits: [
              {
                range: ctx.lines.range(instruction.start, instruction.end),
                newText: `LABEL org.opencontainers.image.authors=${labelValue(value)}`,
              },
            ],
          },
        ]
      : [];
    ctx.report({
      range,
      message: 'MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors="…" instead.',
      fixes,
      tags: ['deprecated'],
    });
  },
});

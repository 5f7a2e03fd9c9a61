/**
 * DL3061: an instruction before the first FROM other than ARG (comments and parser directives are
 * fine). Docker refuses to build such a file, so it is usually a misplaced line or a pasted
 * fragment. Unknown instructions are left to the syntax check.
 */
import { KEYWORDS } from '../../model';
import { defineDockerfileRule } from '../../rule';

export const instructionOrder = defineDockerfileRule({
  id: 'DL3061',
  name: 'instruction-order',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'An instruction other than ARG comes before the first FROM.',
  fix: 'none',
  onFile(dockerfile, ctx) {
    for (const inst of dockerfile.instructions) {
      if (inst.keyword === 'FROM') return;
      if (inst.keyword === 'ARG' || !KEYWORDS.has(inst.keyword)) continue;
      ctx.report({
        range: ctx.lines.range(inst.keywordStart, inst.keywordEnd),
        message: `${inst.keyword} comes before the first FROM: a Dockerfile must begin with FROM (only ARG and comments may precede it).`,
      });
    }
  },
});

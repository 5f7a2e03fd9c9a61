/**
 * ConsistentInstructionCasing (BuildKit build check): an instruction keyword whose casing differs
 * from the majority of the file (`copy` among `COPY`s), or that is mixed-case itself (`From`).
 * As in BuildKit, the keywords counted are those of the stages (FROM and what follows it; ARGs
 * before the first FROM and the instruction inside ONBUILD are not counted), a mixed-case keyword
 * counts for neither side, and a tie goes to uppercase. The fix re-cases the keyword.
 */
import { KEYWORDS, type Instruction } from '../../model';
import { defineDockerfileRule } from '../../rule';

export const consistentInstructionCasing = defineDockerfileRule({
  id: 'ConsistentInstructionCasing',
  name: 'consistent-instruction-casing',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'All instructions in the Dockerfile should use the same casing (either upper or lower).',
  fix: 'safe',
  onFile(dockerfile, ctx) {
    const keywords: { inst: Instruction; text: string }[] = [];
    for (const stage of dockerfile.stages) {
      for (const inst of [stage.from, ...stage.instructions]) {
        if (KEYWORDS.has(inst.keyword)) keywords.push({ inst, text: ctx.text.slice(inst.keywordStart, inst.keywordEnd) });
      }
    }
    let lowerCount = 0;
    let upperCount = 0;
    for (const { text } of keywords) {
      if (text === text.toLowerCase()) lowerCount++;
      else if (text === text.toUpperCase()) upperCount++;
    }
    const majorityLower = lowerCount > upperCount;
    for (const { inst, text } of keywords) {
      const wanted = majorityLower ? text.toLowerCase() : text.toUpperCase();
      if (text === wanted) continue;
      const range = ctx.lines.range(inst.keywordStart, inst.keywordEnd);
      ctx.report({
        range,
        message: `Command '${text}' should match the case of the command majority (${majorityLower ? 'lowercase' : 'uppercase'}): write '${wanted}'.`,
        fixes: [{ title: `Write '${wanted}'`, applicability: 'safe', edits: [{ range, newText: wanted }] }],
      });
    }
  },
});

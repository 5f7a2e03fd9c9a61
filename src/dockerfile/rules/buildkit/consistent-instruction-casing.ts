/**
 * ConsistentInstructionCasing (BuildKit build check): an instruction keyword whose casing differs
 * from the majority of the file (`copy` among `COPY`s), or that is mixed-case itself (`From`).
 * As in BuildKit, the keywords counted are those of the stages (FROM and what follows it; ARGs
 * before the first FROM and the instruction inside ONBUILD are not counted), a mixed-case keyword
 * counts for neither side, and a tie goes to uppercase. The fix re-cases the keyword.
 */
import { KEYWORDS, type Instruction } from '../../model';
import { defineDockerfileRule } from '../../rule';

/** `casingOf` bits: the text equals its lower-case (LOWER) or upper-case (UPPER) form. */
const LOWER = 1;
const UPPER = 2;

/**
 * Whether `text[start, end)` equals its `toLowerCase()` and/or `toUpperCase()` form. A keyword as
 * written is ASCII letters (the parser stops at anything else), so only A–Z and a–z matter.
 */
function casingOf(text: string, start: number, end: number): number {
  let casing = LOWER | UPPER;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) casing &= ~LOWER;
    else if (c >= 97 && c <= 122) casing &= ~UPPER;
  }
  return casing;
}

export const consistentInstructionCasing = defineDockerfileRule({
  id: 'ConsistentInstructionCasing',
  name: 'consistent-instruction-casing',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'All instructions in the Dockerfile should use the same casing (either upper or lower).',
  fix: 'safe',
  onFile(dockerfile, ctx) {
    // Two passes over the keywords as written, reading character codes: no slice or case-converted
    // copy per instruction unless one is reported.
    let lowerCount = 0;
    let upperCount = 0;
    for (const stage of dockerfile.stages) {
      for (let i = -1; i < stage.instructions.length; i++) {
        const inst = i < 0 ? stage.from : (stage.instructions[i] as Instruction);
        if (!KEYWORDS.has(inst.keyword)) continue;
        const casing = casingOf(ctx.text, inst.keywordStart, inst.keywordEnd);
        if (casing & LOWER) lowerCount++;
        else if (casing & UPPER) upperCount++;
      }
    }
    const majorityLower = lowerCount > upperCount;
    for (const stage of dockerfile.stages) {
      for (let i = -1; i < stage.instructions.length; i++) {
        const inst = i < 0 ? stage.from : (stage.instructions[i] as Instruction);
        if (!KEYWORDS.has(inst.keyword)) continue;
        if (casingOf(ctx.text, inst.keywordStart, inst.keywordEnd) & (majorityLower ? LOWER : UPPER)) continue;
        const text = ctx.text.slice(inst.keywordStart, inst.keywordEnd);
        const wanted = majorityLower ? text.toLowerCase() : text.toUpperCase();
        const range = ctx.lines.range(inst.keywordStart, inst.keywordEnd);
        ctx.report({
          range,
          message: `Command '${text}' should match the case of the command majority (${majorityLower ? 'lowercase' : 'uppercase'}): write '${wanted}'.`,
          fixes: [{ title: `Write '${wanted}'`, applicability: 'safe', edits: [{ range, newText: wanted }] }],
        });
      }
    }
  },
});

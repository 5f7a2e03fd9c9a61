/**
 * FromAsCasing (BuildKit build check): the `AS` keyword of a FROM cased differently from the FROM
 * keyword (`FROM node as build`, `from node AS build`). Purely stylistic, but BuildKit warns on it
 * and mixed casing makes the stage name harder to spot. As in BuildKit, a FROM keyword that is itself
 * mixed-case (`From`) is left to ConsistentInstructionCasing. The fix re-cases `AS` to match `FROM`.
 */
import { defineDockerfileRule } from '../../rule';

export const fromAsCasing = defineDockerfileRule({
  id: 'FromAsCasing',
  name: 'from-as-casing',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: "The 'as' keyword should match the case of the 'from' keyword.",
  fix: 'safe',
  onStage(stage, ctx) {
    const from = stage.from;
    const asWord = from.operands[1];
    if (from.operands.length < 3 || asWord?.value.toLowerCase() !== 'as') return;
    const fromText = ctx.text.slice(from.keywordStart, from.keywordEnd);
    const lower = fromText === fromText.toLowerCase();
    const upper = fromText === fromText.toUpperCase();
    if (!lower && !upper) return;
    const wanted = lower ? asWord.value.toLowerCase() : asWord.value.toUpperCase();
    if (asWord.value === wanted) return;
    const range = ctx.lines.range(asWord.start, asWord.end);
    ctx.report({
      range,
      message: `'${asWord.value}' and '${fromText}' keywords' casing do not match: write '${wanted}'.`,
      fixes: [{ title: `Write '${wanted}'`, applicability: 'safe', edits: [{ range, newText: wanted }] }],
    });
  },
});

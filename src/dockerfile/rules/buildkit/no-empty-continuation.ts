/**
 * NoEmptyContinuation (BuildKit build check): a blank line inside an instruction continued with
 * `\`. BuildKit (like Docker before it) silently skips the blank line, so the instruction goes on
 * past what looks like its end; a later release will make it an error. Comment lines inside a
 * continuation are fine and not flagged. One finding per instruction, on the continuation
 * character before the first blank line; the safe fix deletes the blank lines, which BuildKit
 * ignores anyway.
 */
import type { TextEdit } from '../../../engine/types';
import { defineDockerfileRule } from '../../rule';

export const noEmptyContinuation = defineDockerfileRule({
  id: 'NoEmptyContinuation',
  name: 'no-empty-continuation',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'Empty continuation lines will become errors in a future release.',
  fix: 'safe',
  onFile(dockerfile, ctx) {
    const { lines } = ctx;
    for (const inst of dockerfile.instructions) {
      if (inst.endLine === inst.startLine) continue;
      // Heredoc bodies follow the logical line; only the lines up to its last character count.
      const lastArg = inst.argsOffsets.at(inst.argsOffsets.length - 1);
      const lastLine = inst.heredocs.length > 0 && lastArg !== undefined ? lines.positionAt(lastArg).line : inst.endLine;
      // Most continued instructions have no blank line: find that out without slicing each line.
      let blankLine = false;
      for (let line = inst.startLine + 1; line <= lastLine && !blankLine; line++)
        blankLine = isBlank(ctx.text, lines.lineStart(line), lines.lineEnd(line));
      if (!blankLine) continue;
      let continuedFrom: number | undefined;
      let anchor: number | undefined;
      const edits: TextEdit[] = [];
      for (let line = inst.startLine; line <= lastLine; line++) {
        const text = lines.lineText(line);
        const trimmed = text.trim();
        if (trimmed === '') {
          if (line === inst.startLine) continue;
          anchor ??= continuedFrom;
          edits.push({ range: ctx.lines.range(lines.lineStart(line), lines.lineStart(line + 1)), newText: '' });
        } else if (!trimmed.startsWith('#') || line === inst.startLine) {
          const end = text.trimEnd();
          if (end.endsWith(dockerfile.escape)) continuedFrom = lines.lineStart(line) + end.length - 1;
        }
      }
      if (edits.length === 0) continue;
      const at = anchor ?? inst.keywordStart;
      const blank = edits[0]?.range.start.line ?? 0;
      ctx.report({
        range: ctx.lines.range(at, at === inst.keywordStart ? inst.keywordEnd : at + 1),
        message: `Empty continuation line (line ${blank + 1}) in this ${inst.keyword}: remove the blank line; a future BuildKit release will reject it.`,
        fixes: [{ title: 'Remove the empty continuation lines', applicability: 'safe', edits }],
      });
    }
  },
});

/** Whether `text[start, end)` is empty once trimmed (ASCII checked inline, anything else by trim). */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    return c >= 128 && text.slice(i, end).trim() === '';
  }
  return true;
}

/**
 * InvalidDefinitionDescription (BuildKit build check, experimental, so off by default here too): a
 * comment directly above a named FROM or an ARG that does not start with the stage or ARG name.
 * `docker build --call=outline` / `--call=targets` show such a comment as the description of the
 * stage or ARG, so a stray comment ("# install deps") becomes a misleading description. The
 * comment read is the last line of the comment block touching the instruction; a blank line or a
 * bare `#` in between means the comment is not a description. Difference from BuildKit: parser
 * directives at the top of the file (`# syntax=…`) are not taken for descriptions.
 */
import type { Instruction } from '../../model';
import { defineDockerfileRule } from '../../rule';

/** The names a FROM or ARG defines (`FROM x AS name`; `ARG A=1 B`). */
function definedNames(inst: Instruction): string[] {
  if (inst.keyword === 'FROM') {
    const name = inst.operands[2];
    return inst.operands.length === 3 && inst.operands[1]?.value.toLowerCase() === 'as' && name ? [name.value.toLowerCase()] : [];
  }
  return inst.operands.map((w) => {
    const eq = w.value.indexOf('=');
    return eq < 0 ? w.value : w.value.slice(0, eq);
  });
}

export const invalidDefinitionDescription = defineDockerfileRule({
  id: 'InvalidDefinitionDescription',
  name: 'invalid-definition-description',
  aliases: [],
  severity: 'warning',
  confidence: 'medium',
  summary: 'A comment right above a stage or ARG should start with its name: `# <name> <description>`.',
  fix: 'none',
  enabledByDefault: false,
  onFile(dockerfile, ctx) {
    const { lines } = ctx;
    // Parser directives are the leading lines of the file that BuildKit read as `# key=value`.
    let directiveLines = 0;
    while (directiveLines < lines.lineCount && /^#\s*[a-zA-Z][a-zA-Z0-9]*\s*=/.test(lines.lineText(directiveLines))) directiveLines++;
    if (dockerfile.directives.size === 0) directiveLines = 0;
    for (const inst of dockerfile.instructions) {
      if (inst.keyword !== 'FROM' && inst.keyword !== 'ARG') continue;
      const names = definedNames(inst);
      if (names.length === 0) continue;
      const above = inst.startLine - 1;
      if (above < directiveLines) continue;
      const comment = lines.lineText(above).trim();
      if (!comment.startsWith('#')) continue;
      const text = comment.slice(1).trim();
      if (text === '') continue;
      const first = text.split(' ')[0] ?? '';
      if (names.includes(first)) continue;
      const example = names.length > 1 ? '<arg_key>' : (names[0] ?? '');
      const what = inst.keyword === 'FROM' ? 'build stage' : 'ARG';
      ctx.report({
        // From the comment to the keyword, so an ignore comment above the instruction also covers it.
        range: ctx.lines.range(lines.lineStart(above) + lines.lineText(above).indexOf('#'), inst.keywordEnd),
        message: `Comment for ${inst.keyword} should follow the format: \`# ${example} <description>\`: start it with the ${what} name, or put a blank line between the comment and the ${inst.keyword} if it is not a description.`,
      });
    }
  },
});

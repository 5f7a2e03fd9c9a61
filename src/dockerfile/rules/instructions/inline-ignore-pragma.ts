/**
 * DL1001: inline ignore pragmas (`# hadolint ignore=DL3008`, `# drydock-ignore-next-line …`).
 * Each one hides a finding where nobody reviews it; teams that want exceptions recorded in one
 * place (the config file) turn this rule on. Off by default, as in hadolint.
 * Difference from hadolint: Drydock's own inline ignores (`drydock-ignore`,
 * `drydock-ignore-next-line`) are flagged too; file-wide ignores (`# hadolint global ignore=`,
 * `drydock-ignore-file`) are not, as hadolint does not flag its global form.
 */
import type { Dockerfile } from '../../model';
import { defineDockerfileRule } from '../../rule';

const HADOLINT_IGNORE = /^\s*#\s*(hadolint[ \t]+ignore[ \t]*=[^#\n]*)/;
const DRYDOCK_IGNORE = /#\s*(drydock-ignore(?:-next-line)?)(?![\w-])[^\n]*/;

/** Offsets covered by heredoc bodies: their lines are data, not Dockerfile comments. */
function inHeredoc(dockerfile: Dockerfile, offset: number): boolean {
  return dockerfile.instructions.some((inst) => inst.heredocs.some((h) => offset >= h.bodyStart && offset < h.bodyEnd));
}

export const inlineIgnorePragma = defineDockerfileRule({
  id: 'DL1001',
  name: 'inline-ignore-pragma',
  aliases: [],
  severity: 'info',
  confidence: 'high',
  summary: 'An inline ignore pragma silences a finding in the Dockerfile.',
  fix: 'none',
  enabledByDefault: false,
  onFile(dockerfile, ctx) {
    const { text, lines } = ctx;
    if (!text.includes('hadolint') && !text.includes('drydock-ignore')) return;
    let lastLine = -1;
    for (const marker of ['hadolint', 'drydock-ignore']) {
      let from = 0;
      lastLine = -1;
      for (;;) {
        const at = text.indexOf(marker, from);
        if (at < 0) break;
        from = at + marker.length;
        const line = lines.positionAt(at).line;
        if (line === lastLine) continue;
        lastLine = line;
        const lineText = lines.lineText(line);
        const lineStart = at - lines.positionAt(at).character;
        const m = marker === 'hadolint' ? HADOLINT_IGNORE.exec(lineText) : DRYDOCK_IGNORE.exec(lineText);
        const pragma = m?.[1];
        if (!m || !pragma) continue;
        const start = lineStart + m.index + m[0].indexOf(pragma);
        if (inHeredoc(dockerfile, start)) continue;
        const end = marker === 'hadolint' ? start + pragma.trimEnd().length : lineStart + m.index + m[0].trimEnd().length;
        const shown = text.slice(start, end);
        ctx.report({
          range: lines.range(start, end),
          message: `Inline ignore pragma "${shown}": fix the finding, or record the exception in .drydock.yaml (rules: { ID: off }) where it is reviewed once.`,
        });
      }
    }
  },
});

/**
 * The code-action menu of every finding (as vscode-eslint does it): the rule's fixes (the only
 * safe one preferred), "Ignore <id> on this line", "Show documentation", and the
 * `source.fixAll.drydock` action made of safe fixes only, which is what may run on save.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { lineCommentFor } from '../engine/classify';
import type { LineIndex } from '../engine/text';
import { rangesOverlap } from '../engine/text';
import { isWorkflowFileKind, type FileKind, type Finding } from '../engine/types';
import { yamlComment, yamlLayout } from '../engine/yaml-comments';
import { FIX_ALL_KIND, SHOW_DOCUMENTATION_COMMAND } from '../shared/protocol';
import type { EditorSettings } from '../shared/settings';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

export interface LintedDocument {
  readonly uri: string;
  readonly path: string;
  readonly languageId: string;
  readonly kind: FileKind;
  readonly text: string;
  readonly lines: LineIndex;
  readonly findings: readonly Finding[];
}

function sameRange(d: Diagnostic, f: Finding): boolean {
  const a = d.range;
  const b = f.range;
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

/**
 * The YAML ignore edit: a comment line cannot go inside a block scalar (`run: |`), where it would
 * become part of the script, so a finding there is ignored by a comment on the block's indicator
 * line, which covers the whole block. A file that already uses zizmor's comments gets one more,
 * at the end of the line (zizmor has no next-line form); otherwise Drydock's comment goes above.
 */
function yamlIgnoreEdit(doc: LintedDocument, finding: Finding): TextEdit | undefined {
  const line = finding.range.start.line;
  const block = yamlLayout(doc.lines).blockOf[line] ?? -1;
  const target = block >= 0 ? block : line;
  const comment = yamlComment(doc.lines, target);
  const end = { line: target, character: doc.lines.lineText(target).length };
  const append = (text: string): TextEdit => ({ range: { start: end, end }, newText: text });
  if (comment === undefined && doc.text.includes('# zizmor: ignore[')) return append(` # zizmor: ignore[${finding.ruleId}]`);
  if (block < 0) return undefined; // the comment line above, as for every other language
  if (comment === undefined) return append(` # drydock-ignore ${finding.ruleId}`);
  const existing = /drydock-ignore[ \t]+(?=\S)(?!--)/.exec(comment);
  if (existing) {
    const lineText = doc.lines.lineText(target);
    const at = { line: target, character: lineText.length - comment.length + existing.index + existing[0].length };
    return { range: { start: at, end: at }, newText: `${finding.ruleId}, ` };
  }
  // A bare `drydock-ignore` (every rule) already covers the finding; another comment gets ours added.
  return /drydock-ignore(?![\w-])/.test(comment) ? undefined : append(`; drydock-ignore ${finding.ruleId}`);
}

/**
 * The edit that silences `finding` on its line: a comment on the line above, in the syntax the
 * file already uses (hadolint's when the Dockerfile has hadolint pragmas, zizmor's in a workflow
 * that has zizmor comments), else Drydock's own; inside a YAML block scalar, on its indicator line.
 */
export function ignoreEdit(doc: LintedDocument, finding: Finding): TextEdit | undefined {
  const marker = lineCommentFor(doc.path, doc.kind, doc.languageId);
  if (!marker) return undefined;
  if (isWorkflowFileKind(doc.kind)) {
    const edit = yamlIgnoreEdit(doc, finding);
    if (edit) return edit;
  }
  const line = finding.range.start.line;
  const lineText = doc.lines.lineText(line);
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
  const hadolintId = finding.aliases.find((a) => /^DL\d{4}$/.test(a)) ?? (/^DL\d{4}$/.test(finding.ruleId) ? finding.ruleId : undefined);
  const comment =
    doc.kind === 'dockerfile' && hadolintId && /#\s*hadolint\s+ignore=/.test(doc.text)
      ? `# hadolint ignore=${hadolintId}`
      : `${marker} drydock-ignore-next-line ${finding.ruleId}`;
  const bodyIndent = isWorkflowFileKind(doc.kind) ? indent.replace(/-\s*$/, '') : indent;
  const start = { line, character: 0 };
  return { range: { start, end: start }, newText: `${bodyIndent}${comment}\n` };
}

export function codeActionsFor(doc: LintedDocument, params: CodeActionParams, settings: EditorSettings): CodeAction[] {
  const only = params.context.only;
  const wantsFixAll = only?.some((k) => k === FIX_ALL_KIND || k === CodeActionKind.SourceFixAll || k === CodeActionKind.Source) ?? false;
  const wantsQuickFix =
    !only || only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${k}.`) || k === CodeActionKind.Empty);
  const actions: CodeAction[] = [];

  if (wantsQuickFix) {
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const finding = doc.findings.find((f) => f.ruleId === diagnostic.code && sameRange(diagnostic, f));
      if (!finding) continue;
      const safeCount = finding.fixes.filter((f) => f.applicability === 'safe').length;
      for (const fix of finding.fixes) {
        actions.push({
          title: fix.applicability === 'safe' ? fix.title : `${fix.title} (review the change)`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: safeCount === 1 && fix.applicability === 'safe',
          edit: { changes: { [doc.uri]: [...fix.edits] } },
        });
      }
      if (settings.ignoreComment) {
        const edit = ignoreEdit(doc, finding);
        if (edit) {
          actions.push({
            title: `Ignore ${finding.ruleId} on this line`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: { changes: { [doc.uri]: [edit] } },
          });
        }
      }
      if (settings.showDocumentation) {
        actions.push({
          title: `Show documentation for ${finding.ruleId}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title: `Show documentation for ${finding.ruleId}`, command: SHOW_DOCUMENTATION_COMMAND, arguments: [finding.docsUrl] },
        });
      }
    }
  }

  if (wantsFixAll) {
    const edits = safeFixEdits(doc.findings);
    if (edits.length > 0)
      actions.push({
        title: 'Fix all safe Drydock problems',
        kind: FIX_ALL_KIND,
        diagnostics: [],
        edit: { changes: { [doc.uri]: edits } },
      });
  }
  return actions;
}

/** The edits of every safe fix, keeping only fixes that do not overlap one applied earlier. */
export function safeFixEdits(findings: readonly Finding[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  for (const finding of findings) {
    for (const fix of finding.fixes) {
      if (fix.applicability !== 'safe') continue;
      if (fix.edits.some((e) => chosen.some((c) => rangesOverlap(c.range, e.range)))) continue;
      chosen.push(...fix.edits);
      break;
    }
  }
  return chosen;
}

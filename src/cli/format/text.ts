/**
 * The human format: one `path:line:col: severity ruleId message` line per finding (1-based, the
 * form editors and terminals turn into links), the docs URL of each rule that appeared, and a
 * summary. Source lines are never echoed: for a secret finding that would print the secret.
 */
import type { Severity } from '../../engine/types';
import type { FileReport, RunSummary } from '../report';
import { compareStrings } from '../report';

export interface TextStyle {
  readonly color: boolean;
}

const SGR: Readonly<Record<Severity | 'dim' | 'bold', string>> = { error: '31', warning: '33', info: '36', dim: '2', bold: '1' };

function paint(style: TextStyle, code: keyof typeof SGR, text: string): string {
  return style.color ? `\u001b[${SGR[code]}m${text}\u001b[0m` : text;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 || word === 'info' ? '' : 's'}`;
}

export function summaryLine(reports: readonly FileReport[], summary: RunSummary): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let total = 0;
  let files = 0;
  for (const report of reports) {
    if (report.findings.length > 0) files++;
    for (const { finding } of report.findings) {
      counts[finding.severity]++;
      total++;
    }
  }
  if (total === 0) return `No problems found in ${plural(summary.filesChecked, 'file')}.`;
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
  if (counts.info > 0) parts.push(plural(counts.info, 'info'));
  return `${plural(total, 'problem')} (${parts.join(', ')}) in ${plural(files, 'file')}`;
}

export function formatText(reports: readonly FileReport[], summary: RunSummary, style: TextStyle): string {
  const lines: string[] = [];
  const docs = new Map<string, string>();
  for (const report of reports) {
    for (const { finding } of report.findings) {
      const where = `${report.path}:${finding.range.start.line + 1}:${finding.range.start.character + 1}:`;
      const message = finding.message.replace(/\s*[\r\n]+\s*/g, ' ');
      lines.push(
        `${paint(style, 'bold', where)} ${paint(style, finding.severity, finding.severity)} ${paint(style, 'dim', finding.ruleId)} ${message}`,
      );
      docs.set(finding.ruleId, finding.docsUrl);
    }
  }
  if (docs.size > 0) {
    lines.push('', 'Rule documentation:');
    for (const [ruleId, url] of [...docs].sort(([a], [b]) => compareStrings(a, b))) lines.push(`  ${ruleId}: ${url}`);
    lines.push('');
  }
  if (summary.fixesApplied > 0) lines.push(`Fixed ${plural(summary.fixesApplied, 'problem')} in ${plural(summary.filesFixed, 'file')}.`);
  lines.push(paint(style, 'bold', summaryLine(reports, summary)));
  return `${lines.join('\n')}\n`;
}

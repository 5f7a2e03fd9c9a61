/** Engine findings → LSP diagnostics: stable code, clickable docs link, tags, related locations. */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from '../engine/types';

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export const DIAGNOSTIC_SOURCE = 'drydock';

export function toDiagnostic(finding: Finding, uri: string): Diagnostic {
  const tags: DiagnosticTag[] = [];
  if (finding.tags.includes('deprecated')) tags.push(DiagnosticTag.Deprecated);
  if (finding.tags.includes('unnecessary')) tags.push(DiagnosticTag.Unnecessary);
  return {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.ruleId,
    codeDescription: { href: finding.docsUrl },
    message: finding.message,
    ...(tags.length ? { tags } : {}),
    ...(finding.related.length
      ? { relatedInformation: finding.related.map((r) => ({ location: { uri, range: r.range }, message: r.message })) }
      : {}),
  };
}

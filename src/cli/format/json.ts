/**
 * The machine format other tools parse; its shape is a contract, versioned by `version`.
 * Lines and columns are 1-based; `endColumn` is exclusive, as in ESLint and SARIF.
 */
import type { FileReport } from '../report';

export interface JsonFinding {
  readonly file: string;
  readonly ruleId: string;
  readonly aliases: readonly string[];
  readonly category: string;
  readonly severity: string;
  readonly confidence: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly docsUrl: string;
  readonly fixable: boolean;
}

export function formatJson(reports: readonly FileReport[]): string {
  const findings: JsonFinding[] = reports.flatMap((report) =>
    report.findings.map(({ finding }) => ({
      file: report.path,
      ruleId: finding.ruleId,
      aliases: finding.aliases,
      category: finding.category,
      severity: finding.severity,
      confidence: finding.confidence,
      message: finding.message,
      line: finding.range.start.line + 1,
      column: finding.range.start.character + 1,
      endLine: finding.range.end.line + 1,
      endColumn: finding.range.end.character + 1,
      docsUrl: finding.docsUrl,
      fixable: finding.fixes.length > 0,
    })),
  );
  return `${JSON.stringify({ version: 1, findings }, null, 2)}\n`;
}

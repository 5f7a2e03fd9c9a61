/**
 * What the formatters print: each file's findings with the file's display path and a stable
 * fingerprint, in a deterministic order whatever order the files finished linting in.
 */
import { SEVERITY_RANK, type Finding, type Severity } from '../engine/types';
import { lineIndexOf, type LineIndex } from '../engine/text';
import { fnv1a64 } from './hash';

export interface ReportedFinding {
  readonly finding: Finding;
  /** Identifies the finding across runs without storing the (possibly secret) text it matched. */
  readonly fingerprint: string;
}

export interface FileReport {
  /** Relative to the working directory, `/` separated. */
  readonly path: string;
  readonly findings: readonly ReportedFinding[];
  /** The file's config default for `--fail-on` (hadolint's failure-threshold / no-fail). */
  readonly failOn?: Severity | 'never';
}

export interface RunSummary {
  readonly filesChecked: number;
  readonly fixesApplied: number;
  readonly filesFixed: number;
}

/** Code-unit order, not localeCompare: output must not depend on the machine's locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.message, b.message)
  );
}

/**
 * Hash of rule, file and the matched text with whitespace collapsed, so the fingerprint survives
 * lines moving and re-indentation. An empty range hashes its whole line instead.
 */
export function fingerprint(finding: Finding, path: string, lines: LineIndex): string {
  const start = lines.offsetAt(finding.range.start);
  const end = lines.offsetAt(finding.range.end);
  const matched = end > start ? lines.text.slice(start, end) : lines.lineText(finding.range.start.line);
  const normalised = matched.replace(/\s+/g, ' ').trim();
  return fnv1a64(`${finding.ruleId}\u0000${path}\u0000${normalised}`);
}

export function fileReport(path: string, findings: readonly Finding[], text: string): FileReport {
  if (findings.length === 0) return { path, findings: [] };
  const lines = lineIndexOf(text);
  return {
    path,
    findings: [...findings].sort(compareFindings).map((finding) => ({ finding, fingerprint: fingerprint(finding, path, lines) })),
  };
}

export function sortReports(reports: readonly FileReport[]): FileReport[] {
  return [...reports].sort((a, b) => compareStrings(a.path, b.path));
}

export function atLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}

export function allFindings(reports: readonly FileReport[]): Finding[] {
  return reports.flatMap((r) => r.findings.map((f) => f.finding));
}

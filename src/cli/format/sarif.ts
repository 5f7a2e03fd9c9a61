/**
 * SARIF 2.1.0 for GitHub code scanning and other viewers. Only the rules that produced a result
 * are listed (code scanning shows every listed rule). Columns are UTF-16 code units, the engine's
 * unit, declared through `columnKind`. No snippets: a region's text could be a secret.
 */
import { findRule } from '../../engine/registry';
import type { RuleMeta } from '../../engine/rule';
import type { Finding, Severity } from '../../engine/types';
import { compareStrings, type FileReport } from '../report';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/drydock-dev/drydock';
/** The key under partialFingerprints; bump the suffix if the hashed input ever changes. */
export const FINGERPRINT_KEY = 'drydockFingerprint/v1';

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Readonly<Record<Severity, SarifLevel>> = { error: 'error', warning: 'warning', info: 'note' };

/** Relative URI of a `/` path: each segment percent-encoded, so spaces and `#` stay valid. */
function toUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** Rule metadata from the registry; a finding's own fields stand in for a rule it does not list. */
function ruleMeta(finding: Finding): Pick<RuleMeta, 'id' | 'name' | 'aliases' | 'category' | 'severity' | 'confidence' | 'summary'> {
  return findRule(finding.ruleId) ?? { ...finding, id: finding.ruleId, name: finding.ruleId, summary: finding.message };
}

function sarifRule(finding: Finding) {
  const rule = ruleMeta(finding);
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.summary },
    // The finding carries its own URL (ShellCheck findings link to the ShellCheck wiki).
    helpUri: finding.docsUrl,
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { aliases: rule.aliases, category: rule.category, confidence: rule.confidence },
  };
}

export function formatSarif(reports: readonly FileReport[], version: string): string {
  const firstByRule = new Map<string, Finding>();
  for (const report of reports)
    for (const { finding } of report.findings) if (!firstByRule.has(finding.ruleId)) firstByRule.set(finding.ruleId, finding);
  const rules = [...firstByRule].sort(([a], [b]) => compareStrings(a, b));
  const ruleIndex = new Map(rules.map(([id], index) => [id, index]));
  const results = reports.flatMap((report) =>
    report.findings.map(({ finding, fingerprint }) => ({
      ruleId: finding.ruleId,
      ruleIndex: ruleIndex.get(finding.ruleId) ?? 0,
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: toUri(report.path) },
            region: {
              startLine: finding.range.start.line + 1,
              startColumn: finding.range.start.character + 1,
              endLine: finding.range.end.line + 1,
              endColumn: finding.range.end.character + 1,
            },
          },
        },
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    })),
  );
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'drydock',
            version,
            semanticVersion: version,
            informationUri: INFORMATION_URI,
            rules: rules.map(([, finding]) => sarifRule(finding)),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

import { strict as assert } from 'node:assert';
import { CodeActionKind, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import { codeActionsFor, ignoreEdit, type LintedDocument } from '../../../src/server/code-actions';
import { toDiagnostic } from '../../../src/server/diagnostics';
import { DEFAULT_EDITOR_SETTINGS } from '../../../src/shared/settings';
import { lintText } from '../support';
import { lintedDocument } from './harness';

const linted = (path: string, text: string): LintedDocument => lintedDocument(path, text, 'plaintext', lintText(path, text));

function params(doc: LintedDocument, diagnostics: Diagnostic[], only?: string[]): CodeActionParams {
  return {
    textDocument: { uri: doc.uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics, ...(only ? { only } : {}) },
  };
}

describe('code actions', () => {
  it('offers the fix (preferred when it is the one safe fix), ignore and docs for a diagnostic', () => {
    const doc = linted('Dockerfile', 'FROM alpine:3.20\nMAINTAINER me\n');
    const diagnostics = doc.findings.map((f) => toDiagnostic(f, doc.uri));
    const actions = codeActionsFor(doc, params(doc, diagnostics), DEFAULT_EDITOR_SETTINGS);
    assert.deepEqual(
      actions.map((a) => [a.title, a.isPreferred ?? false]),
      [
        ['Replace MAINTAINER with LABEL org.opencontainers.image.authors', true],
        ['Ignore DL4000 on this line', false],
        ['Show documentation for DL4000', false],
      ],
    );
    assert.equal(actions[2]?.command?.arguments?.[0], doc.findings[0]?.docsUrl);
  });

  it('ignores diagnostics from other sources and honours the settings that hide actions', () => {
    const doc = linted('Dockerfile', 'FROM node:latest\n');
    const [diagnostic] = doc.findings.map((f) => toDiagnostic(f, doc.uri));
    assert.ok(diagnostic);
    assert.deepEqual(codeActionsFor(doc, params(doc, [{ ...diagnostic, source: 'hadolint' }]), DEFAULT_EDITOR_SETTINGS), []);
    const none = codeActionsFor(doc, params(doc, [diagnostic]), {
      ...DEFAULT_EDITOR_SETTINGS,
      ignoreComment: false,
      showDocumentation: false,
    });
    assert.deepEqual(none, []);
  });

  it('writes ignore comments in the syntax the file already uses, indented like the line', () => {
    const hadolint = linted('Dockerfile', '# hadolint ignore=DL3008\nFROM node:latest\n');
    const finding = hadolint.findings[0];
    assert.ok(finding);
    assert.equal(ignoreEdit(hadolint, finding)?.newText, '# hadolint ignore=DL3007\n');
    const wf = linted('.github/workflows/ci.yml', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: a/b@v1\n');
    const step = wf.findings.find((f) => f.ruleId === 'unpinned-uses');
    assert.ok(step);
    assert.equal(ignoreEdit(wf, step)?.newText, '      # drydock-ignore-next-line unpinned-uses\n');
    const json = linted('config.json', `{"token": "${'x'}"}`);
    assert.equal(json.findings.length, 0);
  });

  it('source.fixAll.drydock holds safe fixes only, and nothing when there are none', () => {
    const doc = linted('Dockerfile', 'FROM node:latest\nMAINTAINER a\nMAINTAINER b\n');
    const fixAll = codeActionsFor(doc, params(doc, [], ['source.fixAll.drydock']), DEFAULT_EDITOR_SETTINGS);
    assert.equal(fixAll.length, 1);
    assert.equal(fixAll[0]?.kind, 'source.fixAll.drydock');
    assert.equal(fixAll[0]?.edit?.changes?.[doc.uri]?.length, 2);
    const clean = linted('Dockerfile', 'FROM node:latest\n');
    assert.deepEqual(codeActionsFor(clean, params(clean, [], [CodeActionKind.SourceFixAll]), DEFAULT_EDITOR_SETTINGS), []);
  });
});

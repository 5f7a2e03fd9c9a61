import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateDrydock, codeOf, openWorkspaceFile, waitForDiagnostics, withCode } from '../helpers';

/**
 * A workflow with problems of several kinds (test/fixtures/workspace/.github/workflows/integration.yml):
 * an injectable `${{ github.event.issue.title }}` in a `run:`, a `needs:` naming a job that does not
 * exist, unpinned actions, and a local action called with an input it does not have. Its
 * `.github/zizmor.yml` ignores one line, so the peer's config is read through the client too.
 */
suite('Drydock workflows', () => {
  suiteSetup(activateDrydock);

  const lineOf = (document: vscode.TextDocument, needle: string) =>
    document
      .getText()
      .split(/\r?\n/)
      .findIndex((l) => l.includes(needle));

  test('unpinned-uses on the ref, except on the line zizmor.yml ignores', async () => {
    const document = await openWorkspaceFile('.github/workflows/integration.yml');
    const ds = await waitForDiagnostics(document.uri, withCode('unpinned-uses'));
    const unpinned = ds.filter((d) => codeOf(d) === 'unpinned-uses');
    assert.deepStrictEqual(
      unpinned.map((d) => d.range.start.line),
      [lineOf(document, 'actions/checkout@v4')],
      'setup-node (line 15) is ignored by .github/zizmor.yml',
    );
    assert.strictEqual(document.getText(unpinned[0]?.range), 'v4');
    assert.ok(
      ds.every((d) => codeOf(d) !== 'workflow-syntax'),
      'the file is valid YAML',
    );
  });

  test('a rule reads the local action the workflow calls, through the client', async () => {
    const document = await openWorkspaceFile('.github/workflows/integration.yml');
    const ds = await waitForDiagnostics(document.uri, withCode('action'));
    const finding = ds.find((d) => codeOf(d) === 'action');
    assert.strictEqual(finding?.range.start.line, lineOf(document, 'nmae: typo'));
  });
});

import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateDrydock, applyAction, codeActionsAt, codeOf, openWorkspaceFile, revert, waitForDiagnostics, withCode } from '../helpers';

suite('Drydock code actions', () => {
  suiteSetup(activateDrydock);

  test('the preferred DL4000 quick fix rewrites MAINTAINER as an OCI label', async () => {
    const document = await openWorkspaceFile('Dockerfile');
    try {
      const ds = await waitForDiagnostics(document.uri, withCode('DL4000'));
      const diagnostic = ds.find((d) => codeOf(d) === 'DL4000');
      assert.ok(diagnostic);
      const actions = await codeActionsAt(document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((a) => a.isPreferred);
      assert.ok(fix, `no preferred fix among: ${actions.map((a) => a.title).join(' | ')}`);
      assert.match(fix.title, /LABEL org\.opencontainers\.image\.authors/);
      await applyAction(fix);
      assert.strictEqual(document.lineAt(2).text, 'LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"');
      await waitForDiagnostics(document.uri, (all) => !withCode('DL4000')(all) && withCode('DL3007')(all));
    } finally {
      await revert(document);
    }
  });

  test('"Ignore DL3007 on this line" inserts an ignore comment that silences it', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'dockerfile', content: 'FROM node:latest\nRUN npm ci\n' });
    await vscode.window.showTextDocument(document);
    const ds = await waitForDiagnostics(document.uri, withCode('DL3007'));
    const diagnostic = ds[0];
    assert.ok(diagnostic);
    const actions = await codeActionsAt(document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const ignore = actions.find((a) => a.title === 'Ignore DL3007 on this line');
    assert.ok(ignore, `no ignore action among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(actions.some((a) => a.title === 'Show documentation for DL3007'));
    await applyAction(ignore);
    assert.strictEqual(document.getText(), '# drydock-ignore-next-line DL3007\nFROM node:latest\nRUN npm ci\n');
    await waitForDiagnostics(document.uri, (all) => all.length === 0);
  });

  test('source.fixAll.drydock applies safe fixes only', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'dockerfile',
      content: 'FROM node:latest\nMAINTAINER a@example.com\n',
    });
    await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document.uri, (all) => withCode('DL4000')(all) && withCode('DL3007')(all));
    const actions = await codeActionsAt(document.uri, new vscode.Range(0, 0, 1, 0), 'source.fixAll.drydock');
    assert.strictEqual(actions.length, 1, `expected one fix-all action, got: ${actions.map((a) => a.title).join(' | ')}`);
    const [fixAll] = actions;
    assert.ok(fixAll);
    await applyAction(fixAll);
    assert.strictEqual(document.getText(), 'FROM node:latest\nLABEL org.opencontainers.image.authors="a@example.com"\n');
    const ds = await waitForDiagnostics(document.uri, (all) => !withCode('DL4000')(all));
    assert.deepStrictEqual(ds.map(codeOf), ['DL3007'], 'DL3007 has no safe fix, so it stays');
  });
});

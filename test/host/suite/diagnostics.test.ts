import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateDrydock, codeOf, generateGithubPat, openWorkspaceFile, waitForDiagnostics, withCode } from '../helpers';

suite('Drydock diagnostics', () => {
  suiteSetup(activateDrydock);

  test('a Dockerfile from the workspace gets DL3007 on the tag and DL4000 on MAINTAINER', async () => {
    const document = await openWorkspaceFile('Dockerfile');
    const ds = await waitForDiagnostics(document.uri, (all) => withCode('DL3007')(all) && withCode('DL4000')(all));
    const latest = ds.find((d) => codeOf(d) === 'DL3007');
    assert.ok(latest);
    assert.strictEqual(latest.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(document.getText(latest.range), 'latest', 'DL3007 underlines the tag itself');
    assert.strictEqual(latest.range.start.line, 1);
    assert.match(String(typeof latest.code === 'object' ? latest.code.target : ''), /docs\/rules\/DL3007\.md$/);
    const maintainer = ds.find((d) => codeOf(d) === 'DL4000');
    assert.ok(maintainer);
    assert.strictEqual(maintainer.severity, vscode.DiagnosticSeverity.Error);
    assert.deepStrictEqual(maintainer.tags, [vscode.DiagnosticTag.Deprecated]);
  });

  test('a workflow gets unpinned-uses on the ref of `uses:`', async () => {
    const document = await openWorkspaceFile('.github/workflows/ci.yml');
    const ds = await waitForDiagnostics(document.uri, withCode('unpinned-uses'));
    const unpinned = ds.filter((d) => codeOf(d) === 'unpinned-uses');
    assert.strictEqual(unpinned.length, 1);
    assert.strictEqual(document.getText(unpinned[0]?.range), 'v4');
  });

  test('a GitHub token in any file is reported, and its value is not in the message', async () => {
    const token = generateGithubPat();
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: `deploy notes\ntoken = ${token}\n` });
    await vscode.window.showTextDocument(document);
    const ds = await waitForDiagnostics(document.uri, withCode('github-pat'));
    const finding = ds.find((d) => codeOf(d) === 'github-pat');
    assert.ok(finding);
    assert.strictEqual(finding.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(document.getText(finding.range), token);
    assert.ok(!finding.message.includes(token.slice(8)), 'the message must not carry the secret');
  });

  test('tokens in a long file are found where they are (the WebAssembly keyword pass, or its fallback)', async () => {
    const first = generateGithubPat();
    const second = generateGithubPat();
    const filler = Array.from({ length: 150 }, (_, i) => `line ${i}: nothing secret here, just words and numbers ${i * 7}`);
    filler.splice(70, 0, `const token = "${first}";`);
    filler.push(`# \u00e9 non-ASCII before the last one: ${second}`);
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: `${filler.join('\n')}\n` });
    await vscode.window.showTextDocument(document);
    const ds = await waitForDiagnostics(document.uri, (all) => all.filter((d) => codeOf(d) === 'github-pat').length === 2);
    const found = ds.filter((d) => codeOf(d) === 'github-pat').map((d) => document.getText(d.range));
    assert.deepStrictEqual(found.sort(), [first, second].sort());
  });

  test('typing into a Dockerfile updates diagnostics as you type', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'dockerfile', content: 'FROM alpine:3.20\n' });
    const editor = await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document.uri, (ds) => ds.length === 0 && document.version >= 1);
    await editor.edit((b) => b.replace(new vscode.Range(0, 12, 0, 16), 'latest'));
    const ds = await waitForDiagnostics(document.uri, withCode('DL3007'));
    assert.strictEqual(ds.length, 1);
    await editor.edit((b) => b.replace(new vscode.Range(0, 12, 0, 18), '3.21'));
    await waitForDiagnostics(document.uri, (all) => all.length === 0);
  });

  test('a half-typed instruction is a syntax diagnostic and the rest is still checked', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'dockerfile', content: 'FROM ubuntu:latest\nRU\n' });
    await vscode.window.showTextDocument(document);
    const ds = await waitForDiagnostics(document.uri, (all) => withCode('dockerfile-syntax')(all) && withCode('DL3007')(all));
    assert.strictEqual(ds.find((d) => codeOf(d) === 'dockerfile-syntax')?.range.start.line, 1);
  });

  test('a .drydock.yaml next to a Dockerfile turns a rule off there only', async () => {
    const document = await openWorkspaceFile('relaxed/Dockerfile');
    const ds = await waitForDiagnostics(document.uri, withCode('DL4000'));
    assert.deepStrictEqual(ds.map(codeOf), ['DL4000'], 'DL3007 is off in relaxed/.drydock.yaml');
  });
});

import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateDrydock, codeOf, generateGithubPat, workspaceUri } from '../helpers';

suite('Drydock: Scan Workspace for Secrets', () => {
  suiteSetup(activateDrydock);

  test('finds a token in a file that is not open, shows it in Problems, and skips ignored files', async () => {
    const secretFile = workspaceUri('scan-target/leaked.env');
    const ignoredFile = workspaceUri('scan-target/ignored/leaked.env');
    const gitignore = workspaceUri('scan-target/.gitignore');
    const encoder = new TextEncoder();
    // Written at test time so the repository never holds a token-shaped string.
    await vscode.workspace.fs.writeFile(secretFile, encoder.encode(`DEPLOY_TOKEN=${generateGithubPat()}\n`));
    await vscode.workspace.fs.writeFile(ignoredFile, encoder.encode(`DEPLOY_TOKEN=${generateGithubPat()}\n`));
    await vscode.workspace.fs.writeFile(gitignore, encoder.encode('ignored/\n'));
    try {
      await vscode.commands.executeCommand('drydock.secrets.scanWorkspace');
      const found = vscode.languages.getDiagnostics(secretFile).filter((d) => d.source === 'drydock');
      assert.deepStrictEqual(found.map(codeOf), ['github-pat']);
      assert.strictEqual(found[0]?.range.start.line, 0);
      assert.deepStrictEqual(vscode.languages.getDiagnostics(ignoredFile), [], '.gitignore is honoured');
      assert.ok(
        vscode.workspace.textDocuments.every((d) => d.uri.toString() !== secretFile.toString()),
        'the scan reads files without opening them',
      );
    } finally {
      await vscode.workspace.fs.delete(workspaceUri('scan-target'), { recursive: true });
    }
  });
});

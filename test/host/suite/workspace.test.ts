import * as assert from 'assert';
import * as vscode from 'vscode';

// Checks of the test harness itself (scripts/run-web-tests.mjs, run-server-tests.mjs,
// run-electron-tests.mjs): the fixture workspace test/fixtures/workspace is open in every host and
// its files can be found and read, so the feature suites can rely on it.
suite('Harness: fixture workspace', () => {
  test('exactly one workspace folder is open', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.strictEqual(folders.length, 1, `workspace folders: [${folders.map((f) => f.uri.toString()).join(', ')}]`);
  });

  test('its files can be found, opened as documents and read through vscode.workspace.fs', async () => {
    const files = await vscode.workspace.findFiles('**/*', undefined, 50);
    assert.ok(files.length > 0, 'findFiles found nothing in the fixture workspace');
    const [uri] = files.sort((a, b) => a.path.localeCompare(b.path));
    assert.ok(uri);
    const document = await vscode.workspace.openTextDocument(uri);
    assert.strictEqual(document.uri.toString(), uri.toString());
    const bytes = await vscode.workspace.fs.readFile(uri);
    assert.strictEqual(
      document.getText(),
      new TextDecoder().decode(bytes).replace(/\r\n/g, document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n'),
    );
  });

  // Opt-in: `DRYDOCK_HARNESS_FAIL=1 npm run test:host` must fail with exit code 1. It proves that a
  // failing test is reported as such in every host (the value is baked into the web bundle at build
  // time, and passed to the Node extension host by the runners).
  if (process.env['DRYDOCK_HARNESS_FAIL'] === '1') {
    test('deliberately failing test (DRYDOCK_HARNESS_FAIL=1)', () => {
      assert.fail('deliberate failure requested with DRYDOCK_HARNESS_FAIL=1');
    });
  }
});

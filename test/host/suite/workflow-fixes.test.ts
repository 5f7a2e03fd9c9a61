import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activateDrydock,
  applyAction,
  codeActionsAt,
  codeOf,
  openWorkspaceFile,
  rangeOf,
  revert,
  single,
  waitForDiagnostics,
  withCode,
} from '../helpers';

const FIXABLE = '.github/workflows/fixable.yml';

/** Both findings of fixable.yml are there (also after a previous test reverted the file). */
const bothFindings = (ds: vscode.Diagnostic[]) => withCode('artipacked')(ds) && withCode('template-injection')(ds);

/** fixable.yml once `persist-credentials: false` is added under the checkout's `with:`. */
function withPersistCredentialsOff(original: string): string {
  const eol = original.includes('\r\n') ? '\r\n' : '\n';
  const withLine = `          fetch-depth: 1${eol}`;
  assert.ok(original.includes(withLine), 'fixable.yml has changed: update this test');
  return original.replace(withLine, `${withLine}          persist-credentials: false${eol}`);
}

/**
 * Fixes and ignores on workflows, applied in the host as a user would (code action provider, then
 * workspace.applyEdit, or an edit), each test putting the fixture back
 * (test/fixtures/workspace/.github/workflows/fixable.yml: artipacked with a safe fix,
 * template-injection with an unsafe one).
 */
suite('Drydock workflow fixes', () => {
  suiteSetup(activateDrydock);

  test('the artipacked quick fix adds persist-credentials: false under with:, and the warning goes', async () => {
    const document = await openWorkspaceFile(FIXABLE);
    try {
      const ds = await waitForDiagnostics(document.uri, bothFindings);
      const artipacked = single(ds, 'artipacked');
      assert.deepStrictEqual(artipacked.range, rangeOf(document, 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683'));
      const original = document.getText();
      const actions = await codeActionsAt(document.uri, artipacked.range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((a) => a.title === 'Set persist-credentials: false');
      assert.ok(fix, `no persist-credentials fix among: ${actions.map((a) => a.title).join(' | ')}`);
      assert.strictEqual(fix.isPreferred, true, 'the only safe fix is the preferred one');
      await applyAction(fix);
      assert.strictEqual(document.getText(), withPersistCredentialsOff(original));
      const after = await waitForDiagnostics(document.uri, (all) => !withCode('artipacked')(all) && withCode('template-injection')(all));
      assert.deepStrictEqual(after.map(codeOf), ['template-injection']);
    } finally {
      await revert(document);
    }
  });

  test('source.fixAll.drydock applies the safe artipacked fix and leaves the unsafe template-injection fix', async () => {
    const document = await openWorkspaceFile(FIXABLE);
    try {
      const ds = await waitForDiagnostics(document.uri, bothFindings);
      const original = document.getText();
      // The injection does have a fix, but an unsafe one: offered as a quick fix to review only.
      const injection = single(ds, 'template-injection');
      const injectionFixes = await codeActionsAt(document.uri, injection.range, vscode.CodeActionKind.QuickFix.value);
      const unsafe = injectionFixes.find((a) => a.title.endsWith('(review the change)'));
      assert.ok(unsafe, `no unsafe fix among: ${injectionFixes.map((a) => a.title).join(' | ')}`);
      assert.notStrictEqual(unsafe.isPreferred, true, 'an unsafe fix is never preferred');

      const fullRange = new vscode.Range(0, 0, document.lineCount, 0);
      const actions = await codeActionsAt(document.uri, fullRange, 'source.fixAll.drydock');
      assert.strictEqual(actions.length, 1, `expected one fix-all action, got: ${actions.map((a) => a.title).join(' | ')}`);
      const [fixAll] = actions;
      assert.ok(fixAll);
      assert.strictEqual(fixAll.kind?.value, 'source.fixAll.drydock');
      await applyAction(fixAll);
      assert.strictEqual(document.getText(), withPersistCredentialsOff(original), 'only the safe fix is applied');
      const after = await waitForDiagnostics(document.uri, (all) => !withCode('artipacked')(all));
      assert.deepStrictEqual(after.map(codeOf), ['template-injection'], 'template-injection has no safe fix, so it stays');
    } finally {
      await revert(document);
    }
  });

  test('an inline `# zizmor: ignore[template-injection]` typed into the file silences that finding only', async () => {
    const document = await openWorkspaceFile(FIXABLE);
    try {
      const ds = await waitForDiagnostics(document.uri, bothFindings);
      const injection = single(ds, 'template-injection');
      const line = document.lineAt(injection.range.start.line);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(document.uri, line.range.end, ' # zizmor: ignore[template-injection]');
      assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was not applied');
      assert.strictEqual(
        document.lineAt(line.lineNumber).text,
        '      - run: echo "${{ github.event.issue.title }}" # zizmor: ignore[template-injection]',
      );
      const after = await waitForDiagnostics(document.uri, (all) => !withCode('template-injection')(all));
      assert.deepStrictEqual(after.map(codeOf), ['artipacked'], 'the comment names template-injection only');
    } finally {
      await revert(document);
    }
  });

  test('the dependabot-cooldown fix is offered for review, never as part of fix-all', async () => {
    const document = await openWorkspaceFile('.github/dependabot.yml');
    const ds = await waitForDiagnostics(document.uri, withCode('dependabot-cooldown'));
    const cooldown = single(ds, 'dependabot-cooldown');
    const actions = await codeActionsAt(document.uri, cooldown.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Add a 7-day cooldown (review the change)');
    assert.ok(fix, `no cooldown fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.notStrictEqual(fix.isPreferred, true);
    const fixAll = await codeActionsAt(document.uri, new vscode.Range(0, 0, document.lineCount, 0), 'source.fixAll.drydock');
    assert.deepStrictEqual(
      fixAll.map((a) => a.title),
      [],
      'there is no safe fix in this file',
    );
  });
});

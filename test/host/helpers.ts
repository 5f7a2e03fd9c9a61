/**
 * Helpers for the in-host suites. They use only `vscode` and `assert`, so the same tests run in
 * the web host, the Node host (code-server) and under @vscode/test-electron.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { base62, crc32 } from '../../src/secrets/checksum';

export const EXTENSION_ID = 'drydock.drydock';

export async function activateDrydock(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed in this host`);
  await extension.activate();
}

export function drydockDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'drydock');
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/**
 * Resolves with the document's Drydock diagnostics once `predicate` holds, driven by
 * onDidChangeDiagnostics (no fixed sleeps); rejects after `timeoutMs` with what was seen.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (ds: vscode.Diagnostic[]) => boolean,
  timeoutMs = 15000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const ds = drydockDiagnostics(uri);
      if (!predicate(ds)) return false;
      cleanup();
      resolve(ds);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      const seen = drydockDiagnostics(uri).map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}`);
      reject(
        new Error(
          `Drydock diagnostics for ${uri.toString()} did not reach the expected state within ${timeoutMs} ms; seen: [${seen.join(', ')}]`,
        ),
      );
    }, timeoutMs);
    function cleanup() {
      clearTimeout(timer);
      subscription.dispose();
    }
    check();
  });
}

export function withCode(code: string): (ds: vscode.Diagnostic[]) => boolean {
  return (ds) => ds.some((d) => codeOf(d) === code);
}

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is not open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

export async function openWorkspaceFile(relative: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relative));
  await vscode.window.showTextDocument(document);
  return document;
}

/** Puts the document back as it is on disk, so no test leaves the fixture workspace edited. */
export async function revert(document: vscode.TextDocument): Promise<void> {
  if (!document.isDirty) return;
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

/** The 0-based line of the first line of `document` that contains `needle`, or -1. */
export function lineOf(document: vscode.TextDocument, needle: string): number {
  return document
    .getText()
    .split(/\r?\n/)
    .findIndex((l) => l.includes(needle));
}

/** The range of the first occurrence of `needle` in `document`; fails the test when there is none. */
export function rangeOf(document: vscode.TextDocument, needle: string): vscode.Range {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" is not in ${document.uri.toString()}`);
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + needle.length));
}

/** The one Drydock diagnostic with `code`, failing with the codes seen when there is not exactly one. */
export function single(ds: readonly vscode.Diagnostic[], code: string): vscode.Diagnostic {
  const found = ds.filter((d) => codeOf(d) === code);
  assert.strictEqual(found.length, 1, `expected one ${code} diagnostic, got: [${ds.map(codeOf).join(', ')}]`);
  const [diagnostic] = found;
  assert.ok(diagnostic);
  return diagnostic;
}

/** The docs link of a diagnostic (`codeDescription.href`), as VS Code exposes it. */
export function docsLinkOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? d.code.target.toString() : '';
}

export async function codeActionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
    kind,
  );
  return (actions ?? []).filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

export async function applyAction(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit, `code action "${action.title}" has no edit`);
  const applied = await vscode.workspace.applyEdit(action.edit);
  assert.ok(applied, `the edit of "${action.title}" was not applied`);
}

/** A classic GitHub token with a valid checksum, made at test time so none is ever committed. */
export function generateGithubPat(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let body = '';
  for (let i = 0; i < 30; i++) body += alphabet[Math.floor(Math.random() * alphabet.length)];
  return `ghp_${body}${base62(crc32(body), 6)}`;
}

/**
 * "Drydock: Scan Workspace for Secrets": walks the workspace (honouring `files.exclude`, every
 * `.gitignore`, and the size limit), has the language server lint each file's text for secrets,
 * and shows the results in the Problems panel. Works on desktop and the web alike: files are read
 * through `vscode.workspace.fs`, and the server does the linting with the file's own config.
 */
import ignore, { type Ignore } from 'ignore';
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { LINT_TEXT_REQUEST, type LintTextParams, type LintTextResult } from '../../shared/protocol';

/** Folders never worth scanning, whatever the ignore files say. */
const ALWAYS_SKIPPED = '**/{.git,node_modules}/**';
const decoder = new TextDecoder('utf-8', { fatal: false });

interface IgnoreSet {
  /** `.gitignore` matchers by the folder (workspace-relative, `/`-separated, '' for the root) they sit in. */
  readonly byFolder: Map<string, Ignore>;
}

function isIgnored(set: IgnoreSet, relative: string): boolean {
  const parts = relative.split('/');
  for (let depth = 0; depth < parts.length; depth++) {
    const folder = parts.slice(0, depth).join('/');
    const matcher = set.byFolder.get(folder);
    if (matcher?.ignores(parts.slice(depth).join('/'))) return true;
  }
  return false;
}

async function loadGitignores(folder: vscode.WorkspaceFolder, token: vscode.CancellationToken): Promise<IgnoreSet> {
  const byFolder = new Map<string, Ignore>();
  const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/.gitignore'), ALWAYS_SKIPPED, undefined, token);
  for (const file of files) {
    const relative = vscode.workspace.asRelativePath(file, false);
    const dir = relative.includes('/') ? relative.slice(0, relative.lastIndexOf('/')) : '';
    try {
      byFolder.set(dir === '.gitignore' ? '' : dir, ignore().add(decoder.decode(await vscode.workspace.fs.readFile(file))));
    } catch {
      // An unreadable .gitignore ignores nothing.
    }
  }
  return { byFolder };
}

export async function scanWorkspaceForSecrets(
  client: BaseLanguageClient,
  results: vscode.DiagnosticCollection,
  log: vscode.LogOutputChannel,
): Promise<void> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showInformationMessage('Drydock: open a folder to scan it for secrets.');
    return;
  }
  const maxKb = vscode.workspace.getConfiguration('drydock').get<number>('secrets.maxFileSizeKb', 1024);
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Drydock: scanning for secrets', cancellable: true },
    async (progress, token) => {
      results.clear();
      let scanned = 0;
      let found = 0;
      let skipped = 0;
      for (const folder of folders) {
        const ignores = await loadGitignores(folder, token);
        // Passing no exclude pattern makes findFiles apply the user's `files.exclude`.
        const files = (await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*'), undefined, undefined, token)).filter(
          (uri) => {
            const relative = vscode.workspace.asRelativePath(uri, false);
            return !/(^|\/)(\.git|node_modules)\//.test(relative) && !isIgnored(ignores, relative);
          },
        );
        const step = files.length ? 100 / folders.length / files.length : 0;
        for (const uri of files) {
          if (token.isCancellationRequested) break;
          progress.report({ message: vscode.workspace.asRelativePath(uri), increment: step });
          try {
            const stat = await vscode.workspace.fs.stat(uri);
            if (stat.size > maxKb * 1024) {
              skipped++;
              continue;
            }
            const bytes = await vscode.workspace.fs.readFile(uri);
            if (bytes.subarray(0, 8192).includes(0)) {
              skipped++;
              continue;
            }
            const params: LintTextParams = { uri: uri.toString(), text: decoder.decode(bytes), secretsOnly: true };
            const result = await client.sendRequest<LintTextResult>(LINT_TEXT_REQUEST, params, token);
            scanned++;
            if (result.diagnostics.length === 0) continue;
            found += result.diagnostics.length;
            results.set(
              uri,
              result.diagnostics.map((d) => client.protocol2CodeConverter.asDiagnostic(d)),
            );
          } catch (error) {
            if (token.isCancellationRequested) break;
            log.warn(`scan: ${uri.toString()}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
      }
      const summary = `${found} secret${found === 1 ? '' : 's'} in ${scanned} file${scanned === 1 ? '' : 's'}${skipped ? ` (${skipped} binary or too large, skipped)` : ''}`;
      log.info(`scan ${token.isCancellationRequested ? 'cancelled' : 'done'}: ${summary}`);
      if (token.isCancellationRequested) void vscode.window.showInformationMessage(`Drydock: scan cancelled after ${summary}.`);
      else if (found > 0)
        void vscode.window
          .showWarningMessage(`Drydock: found ${summary}. See the Problems panel.`, 'Open Problems')
          .then((pick) => pick && vscode.commands.executeCommand('workbench.actions.view.problems'));
      else void vscode.window.showInformationMessage(`Drydock: no secrets in ${scanned} files.`);
    },
  );
}

/** `main` entry (desktop, code-server): the language server runs as a Node process over IPC. */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { startClient, type DrydockApi } from './start-client';

export function activate(context: vscode.ExtensionContext): Promise<DrydockApi> {
  const serverModule = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.node.js').fsPath;
  return startClient(
    context,
    (id, name, options) =>
      new LanguageClient(
        id,
        name,
        {
          run: { module: serverModule, transport: TransportKind.ipc },
          debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
        },
        options,
      ),
  );
}

export function deactivate(): void {
  // The client is stopped by its disposable in context.subscriptions.
}

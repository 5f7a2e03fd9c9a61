/** `browser` entry (vscode.dev, github.dev, test-web): the language server runs in a web worker. */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { startClient, type DrydockApi } from './start-client';

export function activate(context: vscode.ExtensionContext): Promise<DrydockApi> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.web.js');
  return startClient(context, (id, name, options) => new LanguageClient(id, name, options, new Worker(serverMain.toString(true))));
}

export function deactivate(): void {
  // The client is stopped by its disposable in context.subscriptions.
}

/**
 * The extension's shared activation: starts the language client (the runtime-specific entries
 * pass a factory), serves file reads to the server, and adds the log channel, the language
 * status item and the commands.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import {
  READ_FILE_REQUEST,
  SHOW_DOCUMENTATION_COMMAND,
  STATUS_NOTIFICATION,
  WORKSPACE_TRUSTED_NOTIFICATION,
  type InitializationOptions,
  type ReadFileParams,
  type ReadFileResult,
  type StatusParams,
} from '../shared/protocol';
import { scanWorkspaceForSecrets } from './commands/scan-workspace';
import { FindingsStatus } from './status';

export type ClientFactory = (id: string, name: string, options: LanguageClientOptions) => BaseLanguageClient;

/**
 * Every document of these schemes is linted (secrets can be in any file). `output`, `git` and
 * other internal schemes are left out: linting our own log would feed back into itself.
 */
const SCHEMES = ['file', 'untitled', 'vscode-vfs', 'vscode-test-web', 'vscode-remote', 'vscode-userdata'];

export interface DrydockApi {
  readonly client: BaseLanguageClient;
}

export async function startClient(context: vscode.ExtensionContext, createClient: ClientFactory): Promise<DrydockApi> {
  const log = vscode.window.createOutputChannel('Drydock', { log: true });
  context.subscriptions.push(log);
  const decoder = new TextDecoder('utf-8');

  const options: LanguageClientOptions = {
    documentSelector: SCHEMES.map((scheme) => ({ scheme })),
    outputChannel: log,
    synchronize: {
      fileEvents: [
        // Config files: a change re-resolves every document's config.
        vscode.workspace.createFileSystemWatcher(
          '**/{.drydock.yaml,.drydock.yml,.hadolint.yaml,.hadolint.yml,.gitleaks.toml,.gitleaksignore,zizmor.yml,zizmor.yaml,actionlint.yaml,actionlint.yml}',
        ),
        // Files workflow rules read (called workflows, local actions): a change re-lints their readers.
        vscode.workspace.createFileSystemWatcher('**/.github/workflows/*.{yml,yaml}'),
        vscode.workspace.createFileSystemWatcher('**/action.{yml,yaml}'),
        // Ignore files Dockerfile rules read (CopyIgnoredFile).
        vscode.workspace.createFileSystemWatcher('**/{.dockerignore,*.dockerignore}'),
      ],
    },
    diagnosticCollectionName: 'drydock',
    // The server runs ShellCheck (a local binary) only in a trusted workspace. A function, so a
    // restarted server gets the trust of the moment.
    initializationOptions: (): InitializationOptions => ({ workspaceTrusted: vscode.workspace.isTrusted }),
  };
  const client = createClient('drydock', 'Drydock', options);
  const status = new FindingsStatus(client);
  context.subscriptions.push(status);

  client.onRequest(READ_FILE_REQUEST, async (params: ReadFileParams): Promise<ReadFileResult> => {
    try {
      const uri = vscode.Uri.parse(params.uri);
      // Read what the user sees: an unsaved config file counts.
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (open) return open.getText();
      return decoder.decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return null;
    }
  });
  client.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => status.update(params));
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      if (client.isRunning()) void client.sendNotification(WORKSPACE_TRUSTED_NOTIFICATION);
    }),
  );

  const workspaceResults = vscode.languages.createDiagnosticCollection('drydock-scan');
  context.subscriptions.push(
    vscode.commands.registerCommand('drydock.server.restart', async () => {
      log.info('restarting the Drydock language server');
      // BaseLanguageClient has no restart() in the browser build: stop and start works in both.
      status.setState('starting');
      if (client.isRunning()) await client.stop();
      await client.start();
      status.setState('running');
    }),
    vscode.commands.registerCommand('drydock.showOutput', () => log.show(true)),
    vscode.commands.registerCommand('drydock.secrets.scanWorkspace', () => scanWorkspaceForSecrets(client, workspaceResults, log)),
    workspaceResults,
    // An opened file gets live diagnostics from the server: drop its scan results then.
    vscode.workspace.onDidOpenTextDocument((document) => workspaceResults.delete(document.uri)),
    vscode.commands.registerCommand(SHOW_DOCUMENTATION_COMMAND, async (url: unknown) => {
      if (typeof url === 'string' && /^https:\/\//.test(url)) await vscode.env.openExternal(vscode.Uri.parse(url));
    }),
    { dispose: () => void client.stop() },
  );

  status.setState('starting');
  try {
    await client.start();
    status.setState('running');
    log.info('Drydock language server started');
  } catch (error) {
    status.setState('failed');
    log.error(`Drydock language server failed to start: ${error instanceof Error ? error.message : String(error)}`);
    throw error;
  }
  return { client };
}

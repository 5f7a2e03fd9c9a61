/**
 * Node entry of the language server (desktop, code-server, Codespaces): IPC transport, and the
 * ShellCheck runner (a child process), which the web-worker entry cannot have.
 */
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { createShellcheckRunner } from '../node/shellcheck-runner';
import { startServer } from './connection';

const connection = createConnection(ProposedFeatures.all);
const shellcheck = createShellcheckRunner({
  onMissing: (message) => connection.console.info(`drydock: ${message}`),
  onError: (message) => connection.console.warn(`drydock: ${message}`),
});
startServer(connection, { shellcheck });

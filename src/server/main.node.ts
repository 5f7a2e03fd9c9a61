/** Node entry of the language server (desktop, code-server, Codespaces): IPC transport. */
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from './connection';

startServer(createConnection(ProposedFeatures.all));

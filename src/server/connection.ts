/**
 * The language server, shared by the Node (IPC) and web-worker entries: diagnostics on open and
 * change (debounced per document, never published for an older version of the text), code
 * actions built from the engine's fixes, and the safe fix-all.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../engine/lint';
import { LineIndex } from '../engine/text';
import { FIX_ALL_KIND, READ_FILE_REQUEST, STATUS_NOTIFICATION, type ReadFileParams, type ReadFileResult, type StatusParams } from '../shared/protocol';
import { codeActionsFor, type LintedDocument } from './code-actions';
import { ConfigStore, splitUri } from './config-store';
import { toDiagnostic } from './diagnostics';

/** Long enough to coalesce a burst of keystrokes, short enough to feel instant. */
const DEBOUNCE_MS = 60;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  const linted = new Map<string, LintedDocument & { version: number }>();
  let folders: string[] = [];
  let hasConfigurationCapability = false;

  const configs = new ConfigStore({
    readFile: async (uri) => {
      const text = await connection.sendRequest<ReadFileResult>(READ_FILE_REQUEST, { uri } satisfies ReadFileParams);
      return text ?? undefined;
    },
    getSettings: async (uri): Promise<unknown> => (hasConfigurationCapability ? ((await connection.workspace.getConfiguration({ scopeUri: uri, section: 'drydock' })) as unknown) : undefined),
    workspaceFolders: () => folders,
  });

  connection.onInitialize((params): InitializeResult => {
    hasConfigurationCapability = params.capabilities.workspace?.configuration === true;
    folders = (params.workspaceFolders ?? []).map((f) => f.uri);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'drydock' },
    };
  });

  connection.onInitialized(() => {
    if (hasConfigurationCapability) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'drydock' });
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(event.removed.map((f) => f.uri));
      folders = [...folders.filter((f) => !removed.has(f)), ...event.added.map((f) => f.uri)];
      refreshAll();
    });
  });

  const pathOf = (uri: string): string => {
    const split = splitUri(uri);
    try {
      return split ? decodeURIComponent(split.path) : uri;
    } catch {
      return split?.path ?? uri;
    }
  };

  async function validate(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    const { config, problems } = await configs.get(uri);
    // The text may have changed while the config was read: a newer run is already scheduled.
    const current = documents.get(uri);
    if (!current || current.version !== version) return;
    const text = current.getText();
    const path = pathOf(uri);
    let result;
    try {
      result = lint({ path, text, languageId: current.languageId }, config);
    } catch (error) {
      // A rule bug must never take the server (and every other file's diagnostics) down.
      connection.console.error(`drydock: linting ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return;
    }
    linted.set(uri, { uri, path, languageId: current.languageId, kind: result.kind, text, lines: new LineIndex(text), findings: result.findings, version });
    void connection.sendDiagnostics({ uri, version, diagnostics: result.findings.map((f) => toDiagnostic(f, uri)) });
    const status: StatusParams = {
      uri,
      version,
      findings: result.findings.length,
      ...(result.skipped ? { skipped: result.skipped } : {}),
      ...(problems.length ? { configProblems: problems.map((p) => `${p.source}: ${p.message}`) } : {}),
    };
    void connection.sendNotification(STATUS_NOTIFICATION, status);
    for (const p of problems) connection.console.warn(`drydock: ${p.source}: ${p.message}`);
  }

  function schedule(uri: string, delay: number): void {
    const existing = pending.get(uri);
    if (existing) clearTimeout(existing);
    pending.set(
      uri,
      setTimeout(() => {
        pending.delete(uri);
        validate(uri).catch((error: unknown) => connection.console.error(`drydock: ${String(error)}`));
      }, delay),
    );
  }

  function refreshAll(): void {
    configs.invalidate();
    for (const doc of documents.all()) schedule(doc.uri, 0);
  }

  documents.onDidOpen((e) => schedule(e.document.uri, 0));
  documents.onDidChangeContent((e) => {
    void configs.get(e.document.uri).then(({ editor }) => {
      if (editor.run === 'onType') schedule(e.document.uri, DEBOUNCE_MS);
    });
  });
  documents.onDidSave((e) => schedule(e.document.uri, 0));
  documents.onDidClose((e) => {
    const timer = pending.get(e.document.uri);
    if (timer) clearTimeout(timer);
    pending.delete(e.document.uri);
    linted.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration(() => refreshAll());
  connection.onDidChangeWatchedFiles(() => refreshAll());

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    let entry = linted.get(document.uri);
    if (!entry || entry.version !== document.version) {
      // Actions are asked for right after a keystroke, before the debounced run: lint now.
      await validate(document.uri);
      entry = linted.get(document.uri);
    }
    if (!entry || entry.version !== document.version) return [];
    const { editor } = await configs.get(document.uri);
    return codeActionsFor(entry, params, editor);
  });

  documents.listen(connection);
  connection.listen();
}

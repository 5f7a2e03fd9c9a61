/**
 * The language server over an in-memory LSP connection, for unit tests: a client on a stream pair
 * that answers the requests the server makes of the editor (configuration, `drydock/readFile`,
 * capability registration), records what the server sends (diagnostics, log lines, file reads),
 * and waits for a publish that satisfies a predicate. Also a document as the server keeps it after
 * a lint, for the code-action tests that skip the connection. Not a test file itself: each test
 * bundle that imports it carries its own copy.
 */
import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection, ProposedFeatures, type PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { classify } from '../../../src/engine/classify';
import { LineIndex } from '../../../src/engine/text';
import type { Finding } from '../../../src/engine/types';
import type { LintedDocument } from '../../../src/server/code-actions';
import { startServer, type ServerOptions } from '../../../src/server/connection';
import { READ_FILE_REQUEST, STATUS_NOTIFICATION, type InitializationOptions } from '../../../src/shared/protocol';

export type PublishPredicate = (p: PublishDiagnosticsParams) => boolean;

export interface TestServerOptions {
  /** What `startServer` gets: a ShellCheck runner, a registry client. */
  readonly server?: ServerOptions;
  /** `initializationOptions.workspaceTrusted`; trusted unless said otherwise. */
  readonly trusted?: boolean;
  /** The answer to every `workspace/configuration` item (the `drydock` section); `{}` by default. */
  readonly settings?: unknown;
  /** Serves `drydock/readFile`; every file is missing by default. */
  readonly readFile?: (uri: string) => string | undefined;
  /**
   * Which publish `waitFor` returns when several already satisfy the predicate: the first (a test
   * that checks what came out first) or the newest (a test that waits for the state after a change,
   * where an older publish may match too).
   */
  readonly prefer?: 'first' | 'newest';
  /** How long `waitFor` waits, in ms; 10 s by default, well under the tests' own timeouts. */
  readonly timeoutMs?: number;
}

export interface TestServer {
  readonly client: MessageConnection;
  /** Every `textDocument/publishDiagnostics`, in order. */
  readonly published: PublishDiagnosticsParams[];
  /** Every `window/logMessage` message, in order. */
  readonly logs: string[];
  /** The URIs of every `drydock/readFile` request, in order. */
  readonly reads: string[];
  /** Resolves with a publish that satisfies `predicate`: one so far (see `prefer`), else the next. */
  waitFor(predicate: PublishPredicate, what: string): Promise<PublishDiagnosticsParams>;
  open(uri: string, languageId: string, text: string): void;
  /** A full-text change (the server syncs whole documents). */
  change(uri: string, version: number, text: string): void;
  close(): void;
}

/** A publish in a timeout message: enough to see which versions went out with which findings. */
const summary = (p: PublishDiagnosticsParams) => [p.uri, p.version, p.diagnostics.map((d) => String(d.code))];

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const { trusted = true, settings = {}, readFile, prefer = 'first', timeoutMs = 10_000 } = options;
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const server = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  startServer(server, options.server);
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const published: PublishDiagnosticsParams[] = [];
  const logs: string[] = [];
  const reads: string[] = [];
  const waiters = new Set<{ predicate: PublishPredicate; resolve: (p: PublishDiagnosticsParams) => void }>();
  client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    for (const w of waiters)
      if (w.predicate(p)) {
        waiters.delete(w);
        w.resolve(p);
      }
  });
  client.onNotification('window/logMessage', (p: { message: string }) => logs.push(p.message));
  client.onNotification(STATUS_NOTIFICATION, () => undefined);
  client.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => settings));
  client.onRequest(READ_FILE_REQUEST, (p: { uri: string }) => {
    reads.push(p.uri);
    return readFile?.(p.uri) ?? null;
  });
  client.onRequest('client/registerCapability', () => null);
  client.listen();
  const initializationOptions: InitializationOptions = { workspaceTrusted: trusted };
  await client.sendRequest('initialize', {
    processId: null,
    rootUri: null,
    capabilities: { workspace: { configuration: true } },
    workspaceFolders: [{ uri: 'file:///w', name: 'w' }],
    initializationOptions,
  });
  await client.sendNotification('initialized', {});
  return {
    client,
    published,
    logs,
    reads,
    waitFor(predicate, what) {
      const seen = prefer === 'first' ? published.find(predicate) : [...published].reverse().find(predicate);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const waiter = {
          predicate,
          resolve: (p: PublishDiagnosticsParams) => {
            clearTimeout(timer);
            resolve(p);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; published: ${JSON.stringify(published.map(summary))}`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    open(uri, languageId, text) {
      void client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    },
    change(uri, version, text) {
      void client.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    close() {
      client.dispose();
    },
  };
}

/**
 * For a `describe` block: a `startTestServer` whose servers are closed after each test. Call it
 * in the block's body, as it registers the `afterEach`.
 */
export function testServers(): (options?: TestServerOptions) => Promise<TestServer> {
  const started: TestServer[] = [];
  afterEach(() => {
    for (const s of started.splice(0)) s.close();
  });
  return async (options) => {
    const s = await startTestServer(options);
    started.push(s);
    return s;
  };
}

/** `path` (relative to the folder `/w`) with `text` and `findings`, as the server keeps it after a lint. */
export function lintedDocument(path: string, text: string, languageId: string, findings: readonly Finding[] = []): LintedDocument {
  return { uri: `file:///w/${path}`, path: `/w/${path}`, languageId, kind: classify(path), text, lines: new LineIndex(text), findings };
}

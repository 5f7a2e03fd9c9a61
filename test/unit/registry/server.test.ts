/**
 * The language server with `drydock.dockerfile.registryLookups`, over an in-memory LSP connection,
 * against docker-registry on 127.0.0.1: the first publish never waits on the network, the
 * re-lint after the registry answered carries InvalidBaseImagePlatform, and nothing is fetched in
 * an untrusted workspace or with the setting off.
 */
import { strict as assert } from 'node:assert';
import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection, ProposedFeatures, type PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { RegistryClient } from '../../../src/registry/client';
import { startServer } from '../../../src/server/connection';
import { WORKSPACE_TRUSTED_NOTIFICATION } from '../../../src/shared/protocol';
import { TestRegistry } from './registry-server';

const URI = 'file:///w/Dockerfile';
const RULE = 'InvalidBaseImagePlatform';
const fires = (p: PublishDiagnosticsParams) => p.diagnostics.some((d) => d.code === RULE);

interface Session {
  readonly client: MessageConnection;
  readonly published: PublishDiagnosticsParams[];
  readonly requests: string[];
  waitFor(predicate: (p: PublishDiagnosticsParams) => boolean, what: string): Promise<PublishDiagnosticsParams>;
}

async function session(trusted: boolean, settings: unknown): Promise<Session> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const requests: string[] = [];
  const registry = new RegistryClient({
    fetch: (input, init) => {
      assert.match(new URL(input).hostname, /^127\./, `request outside 127.0.0.0/8: ${input}`);
      requests.push(input);
      return fetch(input, init);
    },
  });
  const server = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  startServer(server, { registry });
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const published: PublishDiagnosticsParams[] = [];
  const waiters: { predicate: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    for (const w of [...waiters])
      if (w.predicate(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
  });
  client.onNotification('window/logMessage', () => undefined);
  client.onNotification('drydock/status', () => undefined);
  client.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => settings));
  client.onRequest('drydock/readFile', () => null);
  client.onRequest('client/registerCapability', () => null);
  client.listen();
  await client.sendRequest('initialize', {
    processId: null,
    rootUri: null,
    capabilities: { workspace: { configuration: true } },
    workspaceFolders: [{ uri: 'file:///w', name: 'w' }],
    initializationOptions: { workspaceTrusted: trusted },
  });
  await client.sendNotification('initialized', {});
  return {
    client,
    published,
    requests,
    waitFor(predicate, what) {
      const seen = published.find(predicate);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}: ${JSON.stringify(published)}`)), 15000);
        waiters.push({
          predicate,
          resolve: (p) => {
            clearTimeout(timer);
            resolve(p);
          },
        });
      });
    },
  };
}

describe('language server with drydock.dockerfile.registryLookups against docker-registry on 127.0.0.1', function () {
  this.timeout(30_000);
  let registry: TestRegistry;
  const sessions: Session[] = [];
  const on = { dockerfile: { registryLookups: true } };

  before(async () => {
    registry = await TestRegistry.start();
    await registry.pushIndex('demo', '1', [
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64', variant: 'v8' },
    ]);
  });
  afterEach(() => {
    for (const s of sessions.splice(0)) s.client.dispose();
  });
  after(() => registry?.stop());

  const open = (s: Session, text: string) =>
    void s.client.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'dockerfile', version: 1, text } });

  it('publishes at once without registry answers, then again with the finding once the registry answered', async () => {
    const s = await session(true, on);
    sessions.push(s);
    open(s, `FROM --platform=linux/s390x ${registry.host}/demo:1\nRUN true\n`);
    const found = await s.waitFor(fires, RULE);
    assert.equal(fires(s.published[0] ?? { uri: URI, diagnostics: [] }), false, 'the first publish does not wait for the registry');
    const diagnostic = found.diagnostics.find((d) => d.code === RULE);
    assert.deepEqual(diagnostic?.range, {
      start: { line: 0, character: 28 },
      end: { line: 0, character: 28 + `${registry.host}/demo:1`.length },
    });
    assert.ok(s.requests.length > 0);
  });

  it('fetches nothing in an untrusted workspace, and looks up once the workspace is trusted', async () => {
    const s = await session(false, on);
    sessions.push(s);
    open(s, `FROM --platform=linux/s390x ${registry.host}/demo:1\n`);
    await s.waitFor((p) => p.version === 1, 'version 1');
    assert.deepEqual(s.requests, []);
    void s.client.sendNotification(WORKSPACE_TRUSTED_NOTIFICATION);
    await s.waitFor(fires, `${RULE} after trust`);
  });

  it('fetches nothing with the setting off', async () => {
    const s = await session(true, {});
    sessions.push(s);
    open(s, `FROM --platform=linux/s390x ${registry.host}/demo:1\n`);
    const first = await s.waitFor((p) => p.version === 1, 'version 1');
    assert.equal(fires(first), false);
    assert.deepEqual(s.requests, []);
  });
});

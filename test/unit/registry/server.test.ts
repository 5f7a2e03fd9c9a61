/**
 * The language server with `drydock.dockerfile.registryLookups`, over an in-memory LSP connection,
 * against docker-registry on 127.0.0.1: the first publish never waits on the network, the
 * re-lint after the registry answered carries InvalidBaseImagePlatform, and nothing is fetched in
 * an untrusted workspace or with the setting off.
 */
import { strict as assert } from 'node:assert';
import type { PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { RegistryClient } from '../../../src/registry/client';
import { WORKSPACE_TRUSTED_NOTIFICATION } from '../../../src/shared/protocol';
import { testServers, type TestServer } from '../server/harness';
import { TestRegistry } from './registry-server';

const URI = 'file:///w/Dockerfile';
const RULE = 'InvalidBaseImagePlatform';
const fires = (p: PublishDiagnosticsParams) => p.diagnostics.some((d) => d.code === RULE);

describe('language server with drydock.dockerfile.registryLookups against docker-registry on 127.0.0.1', function () {
  this.timeout(30_000);
  let registry: TestRegistry;
  const start = testServers();
  const on = { dockerfile: { registryLookups: true } };

  before(async () => {
    registry = await TestRegistry.start();
    await registry.pushIndex('demo', '1', [
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64', variant: 'v8' },
    ]);
  });
  after(() => registry?.stop());

  /** A server whose registry client records every request (and refuses any off 127.0.0.0/8). */
  async function session(trusted: boolean, settings: unknown): Promise<TestServer & { readonly requests: string[] }> {
    const requests: string[] = [];
    const client = new RegistryClient({
      fetch: (input, init) => {
        assert.match(new URL(input).hostname, /^127\./, `request outside 127.0.0.0/8: ${input}`);
        requests.push(input);
        return fetch(input, init);
      },
    });
    return { ...(await start({ trusted, settings, server: { registry: client }, timeoutMs: 15_000 })), requests };
  }
  const open = (s: TestServer, text: string) => s.open(URI, 'dockerfile', text);

  it('publishes at once without registry answers, then again with the finding once the registry answered', async () => {
    const s = await session(true, on);
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
    open(s, `FROM --platform=linux/s390x ${registry.host}/demo:1\n`);
    await s.waitFor((p) => p.version === 1, 'version 1');
    assert.deepEqual(s.requests, []);
    void s.client.sendNotification(WORKSPACE_TRUSTED_NOTIFICATION);
    await s.waitFor(fires, `${RULE} after trust`);
  });

  it('fetches nothing with the setting off', async () => {
    const s = await session(true, {});
    open(s, `FROM --platform=linux/s390x ${registry.host}/demo:1\n`);
    const first = await s.waitFor((p) => p.version === 1, 'version 1');
    assert.equal(fires(first), false);
    assert.deepEqual(s.requests, []);
  });
});

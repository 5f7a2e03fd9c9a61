/**
 * The registry client against a real registry (Debian's docker-registry on 127.0.0.1) and a Bearer
 * token front end started here: tag → digest, the platforms of an index and of a single-platform
 * image (from its config blob), Docker and OCI media types, 404s, anonymous tokens, timeouts, body
 * limits, refused connections, and the synchronous lookup the linter reads. Every request is
 * checked to go to 127.0.0.0/8.
 */
import { strict as assert } from 'node:assert';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RegistryClient, type RegistryClientOptions } from '../../../src/registry/client';
import { formatReference, parseReference, registryBaseUrl } from '../../../src/registry/reference';
import { DOCKER_LIST, DOCKER_MANIFEST, freePort, OCI_MANIFEST, TestRegistry } from './registry-server';
import { TokenRegistry } from './token-server';

/** fetch that refuses anything but the loopback network, so no test can reach the internet. */
const requested: string[] = [];
const loopbackFetch = (input: string, init?: RequestInit): Promise<Response> => {
  const host = new URL(input).hostname;
  assert.match(host, /^127\.\d+\.\d+\.\d+$/, `request outside 127.0.0.0/8: ${input}`);
  requested.push(`${init?.method ?? 'GET'} ${new URL(input).pathname}`);
  return fetch(input, init);
};

function client(options: RegistryClientOptions = {}): RegistryClient {
  return new RegistryClient({ fetch: loopbackFetch, timeoutMs: 10_000, ...options });
}

/** `fn(input)` equals the expected value for every pair; a failure names the input. */
function assertEach<T>(fn: (input: string) => T, cases: readonly (readonly [string, T])[]): void {
  for (const [input, expected] of cases) {
    const actual = fn(input);
    assert.equal(actual, expected, `${JSON.stringify(input)} gave ${String(actual)}, expected ${String(expected)}`);
  }
}

describe('registry reference parsing', () => {
  it('normalizes Docker Hub names, hosts with ports, tags and digests', () => {
    const canonical = (ref: string) => {
      const parsed = parseReference(ref);
      return parsed ? formatReference(parsed) : undefined;
    };
    const digest = `sha256:${'a'.repeat(64)}`;
    assertEach(canonical, [
      ['ubuntu', 'docker.io/library/ubuntu:latest'],
      ['ubuntu:24.04', 'docker.io/library/ubuntu:24.04'],
      ['team/app:1', 'docker.io/team/app:1'],
      ['index.docker.io/library/node:22', 'docker.io/library/node:22'],
      ['ghcr.io/owner/app', 'ghcr.io/owner/app:latest'],
      ['127.0.0.1:5000/demo:1', '127.0.0.1:5000/demo:1'],
      ['localhost/demo', 'localhost/demo:latest'],
      [`alpine@${digest}`, `docker.io/library/alpine@${digest}`],
      [`alpine:3.20@${digest}`, `docker.io/library/alpine:3.20@${digest}`],
      ...['', 'Ubuntu', 'node:', '$BASE', 'a b', `node@sha256:short`].map((bad) => [bad, undefined] as const),
    ]);
  });

  it('uses plain HTTP for loopback registries only, and registry-1.docker.io for Docker Hub', () => {
    assertEach(registryBaseUrl, [
      ['127.0.0.1:5000', 'http://127.0.0.1:5000'],
      ['127.1.2.3', 'http://127.1.2.3'],
      ['localhost:5000', 'http://localhost:5000'],
      ['[::1]:5000', 'http://[::1]:5000'],
      ['ghcr.io', 'https://ghcr.io'],
      ['127.0.0.1.example.com', 'https://127.0.0.1.example.com'],
      ['docker.io', 'https://registry-1.docker.io'],
    ]);
  });
});

describe('registry client against docker-registry on 127.0.0.1', function () {
  this.timeout(60_000);
  let registry: TestRegistry;
  let indexDigest: string;
  let singleDigest: string;

  before(async () => {
    registry = await TestRegistry.start();
    indexDigest = await registry.pushIndex('demo', '1', [
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64', variant: 'v8' },
      // BuildKit's attestation manifests are listed like this: not a platform.
      { os: 'unknown', architecture: 'unknown' },
    ]);
    singleDigest = (await registry.pushImage('single', { os: 'linux', architecture: 'arm64' }, OCI_MANIFEST, '1')).digest;
    await registry.pushIndex('dockerlist', '1', [{ os: 'linux', architecture: 'arm', variant: 'v7' }], DOCKER_LIST);
    await registry.pushImage('team/dockersingle', { os: 'linux', architecture: 'amd64' }, DOCKER_MANIFEST, 'v2');
  });

  after(() => registry?.stop());

  it('resolves a tag to the digest the registry reports (Docker-Content-Digest)', async () => {
    const c = client();
    const digest = await c.resolveDigest(`${registry.host}/demo:1`);
    assert.deepEqual(digest, { ok: true, value: indexDigest });
    const single = await c.resolveDigest(`${registry.host}/single:1`);
    assert.deepEqual(single, { ok: true, value: singleDigest });
  });

  it("reads an OCI index's platforms, leaving out attestation entries", async () => {
    const result = await client().platforms(`${registry.host}/demo:1`);
    assert.deepEqual(result, {
      ok: true,
      value: {
        index: true,
        platforms: [
          { os: 'linux', architecture: 'amd64' },
          { os: 'linux', architecture: 'arm64', variant: 'v8' },
        ],
      },
    });
  });

  it("reads a single-platform image's platform from its config blob", async () => {
    requested.length = 0;
    const result = await client().platforms(`${registry.host}/single:1`);
    assert.deepEqual(result, { ok: true, value: { index: false, platforms: [{ os: 'linux', architecture: 'arm64' }] } });
    assert.ok(
      requested.some((r) => r.startsWith('GET /v2/single/blobs/sha256:')),
      requested.join('\n'),
    );
  });

  it('reads Docker manifest lists and Docker v2 manifests, and references by digest', async () => {
    const c = client();
    assert.deepEqual(await c.platforms(`${registry.host}/dockerlist:1`), {
      ok: true,
      value: { index: true, platforms: [{ os: 'linux', architecture: 'arm', variant: 'v7' }] },
    });
    assert.deepEqual(await c.platforms(`${registry.host}/team/dockersingle:v2`), {
      ok: true,
      value: { index: false, platforms: [{ os: 'linux', architecture: 'amd64' }] },
    });
    const byDigest = await c.manifest(`${registry.host}/demo@${indexDigest}`);
    assert.ok(byDigest.ok);
    assert.equal(byDigest.value.digest, indexDigest);
    assert.equal(byDigest.value.index, true);
  });

  it('answers a missing tag or repository with a not-found error value', async () => {
    const c = client();
    const tag = await c.platforms(`${registry.host}/demo:nope`);
    assert.equal(tag.ok, false);
    assert.equal(!tag.ok && tag.error.kind, 'not-found');
    const repo = await c.resolveDigest(`${registry.host}/nothing/here:1`);
    assert.equal(!repo.ok && repo.error.kind, 'not-found');
    const invalid = await c.platforms('Not A Reference');
    assert.equal(!invalid.ok && invalid.error.kind, 'invalid-reference');
  });

  it('answers lookup() synchronously from what prefetch() fetched, and shares concurrent fetches', async () => {
    const c = client();
    const ref = `${registry.host}/demo:1`;
    assert.equal(c.lookup(ref), undefined);
    requested.length = 0;
    await Promise.all([c.prefetch([ref, ref]), c.prefetch([ref, `${registry.host}/demo:nope`])]);
    assert.equal(requested.filter((r) => r === 'GET /v2/demo/manifests/1').length, 1, requested.join('\n'));
    assert.deepEqual(c.lookup(ref)?.platforms.length, 2);
    // A failure is remembered as unknown, never thrown.
    assert.equal(c.lookup(`${registry.host}/demo:nope`), undefined);
    // Cached: asking again makes no request.
    requested.length = 0;
    await c.platforms(ref);
    assert.deepEqual(requested, []);
  });

  it('asks again once an answer expires', async () => {
    let now = 0;
    const c = client({ now: () => now, ttlMs: 1000 });
    const ref = `${registry.host}/single:1`;
    await c.platforms(ref);
    requested.length = 0;
    now = 500;
    await c.platforms(ref);
    assert.deepEqual(requested, []);
    now = 2000;
    await c.platforms(ref);
    assert.ok(requested.length > 0);
  });

  it('refuses bodies over the size limit', async () => {
    const result = await client({ maxBytes: 64 }).platforms(`${registry.host}/demo:1`);
    assert.equal(!result.ok && result.error.kind, 'too-large');
  });

  describe('with an anonymous Bearer token flow', () => {
    let front: TokenRegistry;
    before(async () => {
      front = await TokenRegistry.start(registry.base, 'test-token-123');
    });
    after(() => front?.stop());

    it('fetches a pull token from the realm named by WWW-Authenticate and reuses it', async () => {
      const c = client();
      const result = await c.platforms(`${front.host}/single:1`);
      assert.deepEqual(result, { ok: true, value: { index: false, platforms: [{ os: 'linux', architecture: 'arm64' }] } });
      assert.equal(front.lastTokenQuery?.get('service'), 'drydock-test');
      assert.equal(front.lastTokenQuery?.get('scope'), 'repository:single:pull');
      // Manifest and config blob of one repository: one token.
      assert.equal(front.tokenRequests, 1);
      assert.deepEqual(await c.resolveDigest(`${front.host}/single:1`), { ok: true, value: singleDigest });
      assert.equal(front.tokenRequests, 1);
    });

    it('reports unauthorized when the token is refused', async () => {
      const wrong = await TokenRegistry.start(registry.base, 'accepted');
      // Hands out a token the front end does not accept: the realm is another front end's.
      const other = await TokenRegistry.start(registry.base, 'other');
      try {
        const c = client({
          fetch: (input, init) => loopbackFetch(input.replace(`${wrong.host}/token`, `${other.host}/token`), init),
        });
        const result = await c.platforms(`${wrong.host}/single:1`);
        assert.equal(!result.ok && result.error.kind, 'unauthorized');
      } finally {
        await wrong.stop();
        await other.stop();
      }
    });
  });

  describe('when the network fails', () => {
    let silent: Server;
    let silentPort: number;
    before(async () => {
      // Accepts connections and never answers.
      silent = createServer(() => undefined);
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      silentPort = (silent.address() as AddressInfo).port;
    });
    after(() => {
      silent.closeAllConnections();
      silent.close();
    });

    it('gives up after the timeout with a timeout error value', async () => {
      const result = await client({ timeoutMs: 200 }).platforms(`127.0.0.1:${silentPort}/demo:1`);
      assert.equal(!result.ok && result.error.kind, 'timeout');
    });

    it('reports a refused connection as a network error value', async () => {
      const port = await freePort();
      const result = await client().resolveDigest(`127.0.0.1:${port}/demo:1`);
      assert.equal(!result.ok && result.error.kind, 'network');
    });
  });
});

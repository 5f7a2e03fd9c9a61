/**
 * A real registry for the tests: Debian's `docker-registry` (distribution 2.8) started on a free
 * 127.0.0.1 port with a temp storage folder, and helpers that push blobs and manifests over plain
 * HTTP the way `docker push` does (monolithic upload: POST an upload, PUT it with `?digest=`).
 * A missing binary fails the suite loudly: `.ci/run` installs the package, so a skip would only hide
 * a broken machine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REGISTRY_BINARY = process.env['DRYDOCK_REGISTRY_BINARY'] ?? '/usr/bin/docker-registry';

export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
export const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';

export function sha256(data: string | Uint8Array): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

/** A port nobody listens on right now (the registry binds it a moment later). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

export interface Platform {
  readonly os: string;
  readonly architecture: string;
  readonly variant?: string;
}

export class TestRegistry {
  private constructor(
    private readonly child: ChildProcess,
    private readonly dir: string,
    /** `127.0.0.1:<port>` */
    readonly host: string,
    private readonly output: () => string,
  ) {}

  static async start(): Promise<TestRegistry> {
    if (!existsSync(REGISTRY_BINARY))
      throw new Error(
        `${REGISTRY_BINARY} is missing: install Debian's docker-registry package (apt-get install -y docker-registry; .ci/run does) to run the registry tests`,
      );
    const dir = mkdtempSync(join(tmpdir(), 'drydock-registry-'));
    const port = await freePort();
    const config = join(dir, 'config.yml');
    writeFileSync(
      config,
      [
        'version: 0.1',
        'log:',
        '  level: error',
        '  accesslog:',
        '    disabled: true',
        'storage:',
        '  filesystem:',
        `    rootdirectory: ${join(dir, 'data')}`,
        'http:',
        `  addr: 127.0.0.1:${port}`,
        '',
      ].join('\n'),
    );
    const child = spawn(REGISTRY_BINARY, ['serve', config], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const registry = new TestRegistry(child, dir, `127.0.0.1:${port}`, () => output);
    // Ready when /v2/ answers; the binary starts in well under a second, the bound is for slow CI.
    for (let attempt = 0; attempt < 200; attempt++) {
      if (child.exitCode !== null) break;
      try {
        const response = await fetch(`http://127.0.0.1:${port}/v2/`);
        if (response.status === 200) return registry;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    registry.stop();
    throw new Error(`docker-registry did not start on 127.0.0.1:${port}:\n${output}`);
  }

  stop(): void {
    if (this.child.exitCode === null) this.child.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }

  get log(): string {
    return this.output();
  }

  get base(): string {
    return `http://${this.host}`;
  }

  /** Monolithic blob upload; returns the blob's digest. */
  async pushBlob(repository: string, data: string): Promise<string> {
    const digest = sha256(data);
    const start = await fetch(`${this.base}/v2/${repository}/blobs/uploads/`, { method: 'POST' });
    if (start.status !== 202) throw new Error(`upload start: ${start.status} ${await start.text()}`);
    const location = new URL(start.headers.get('location') ?? '', this.base);
    location.searchParams.set('digest', digest);
    const put = await fetch(location, { method: 'PUT', headers: { 'Content-Type': 'application/octet-stream' }, body: data });
    if (put.status !== 201) throw new Error(`upload ${digest}: ${put.status} ${await put.text()}`);
    return digest;
  }

  /** PUTs a manifest under a tag or digest; returns its digest and size. */
  async pushManifest(
    repository: string,
    reference: string,
    mediaType: string,
    manifest: unknown,
  ): Promise<{ digest: string; size: number }> {
    const body = JSON.stringify(manifest);
    const response = await fetch(`${this.base}/v2/${repository}/manifests/${reference}`, {
      method: 'PUT',
      headers: { 'Content-Type': mediaType },
      body,
    });
    if (response.status !== 201) throw new Error(`manifest ${repository}:${reference}: ${response.status} ${await response.text()}`);
    return { digest: sha256(body), size: Buffer.byteLength(body) };
  }

  /** A one-layer image for `platform`; pushed by digest (tag it with `tag` too when given). */
  async pushImage(
    repository: string,
    platform: Platform,
    mediaType = OCI_MANIFEST,
    tag?: string,
  ): Promise<{ digest: string; size: number }> {
    const config = JSON.stringify({
      ...platform,
      rootfs: { type: 'layers', diff_ids: [sha256(`layer ${platform.architecture}`)] },
      config: {},
    });
    const layer = `layer ${platform.architecture}${platform.variant ?? ''}`;
    const configDigest = await this.pushBlob(repository, config);
    const layerDigest = await this.pushBlob(repository, layer);
    const oci = mediaType === OCI_MANIFEST;
    const manifest = {
      schemaVersion: 2,
      mediaType,
      config: {
        mediaType: oci ? 'application/vnd.oci.image.config.v1+json' : 'application/vnd.docker.container.image.v1+json',
        digest: configDigest,
        size: Buffer.byteLength(config),
      },
      layers: [
        {
          mediaType: oci ? 'application/vnd.oci.image.layer.v1.tar+gzip' : 'application/vnd.docker.image.rootfs.diff.tar.gzip',
          digest: layerDigest,
          size: Buffer.byteLength(layer),
        },
      ],
    };
    const pushed = await this.pushManifest(repository, sha256(JSON.stringify(manifest)), mediaType, manifest);
    if (tag !== undefined) await this.pushManifest(repository, tag, mediaType, manifest);
    return pushed;
  }

  /** An index over one image per platform, tagged `tag`; returns the index's digest. */
  async pushIndex(repository: string, tag: string, platforms: readonly Platform[], mediaType = OCI_INDEX): Promise<string> {
    const childType = mediaType === OCI_INDEX ? OCI_MANIFEST : DOCKER_MANIFEST;
    const manifests = [];
    for (const platform of platforms) {
      const image = await this.pushImage(repository, platform, childType);
      manifests.push({ mediaType: childType, digest: image.digest, size: image.size, platform });
    }
    return (await this.pushManifest(repository, tag, mediaType, { schemaVersion: 2, mediaType, manifests })).digest;
  }
}

/**
 * A small OCI / Docker Registry HTTP API v2 client: a reference's manifest (index, manifest list,
 * or single-platform image manifest), the platforms it provides (read from the index, or from the
 * config blob of a single-platform image), and the digest a tag points to (`Docker-Content-Digest`),
 * which the "pin images by digest" fix reuses. Results, errors included, are cached in memory with a
 * TTL (errors for less time, so a registry that was down is asked again soon), concurrent requests
 * for one reference share one fetch, and `lookup` answers synchronously from the cache for the
 * linter, which must stay synchronous.
 */
import type { ImagePlatform, ImagePlatforms } from '../engine/types';
import { failure, RegistryHttp, type FetchLike, type HttpReply, type RegistryError, type RegistryResult } from './http';
import { formatReference, parseReference, registryBaseUrl, type ImageReference } from './reference';

export const MEDIA_TYPES = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
} as const;

/** Every manifest kind we read, so the registry never falls back to (unsupported) schema 1. */
const MANIFEST_ACCEPT = [MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList, MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest].join(', ');

const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;

export interface Manifest {
  /** The manifest's digest: the registry's `Docker-Content-Digest`, or the digest asked for. */
  readonly digest: string | undefined;
  readonly mediaType: string;
  /** True for an OCI index or a Docker manifest list. */
  readonly index: boolean;
  /** The parsed JSON body. */
  readonly json: Readonly<Record<string, unknown>>;
}

export interface RegistryClientOptions {
  /** Defaults to the global `fetch`. */
  readonly fetch?: FetchLike;
  /** Per request, body included. */
  readonly timeoutMs?: number;
  /** Largest manifest, config blob or token response read. */
  readonly maxBytes?: number;
  /** How long an answer is reused. */
  readonly ttlMs?: number;
  /** How long a failure is remembered before the registry is asked again. */
  readonly errorTtlMs?: number;
  /** Entries kept in the cache. */
  readonly maxEntries?: number;
  /** Requests in flight at once. */
  readonly concurrency?: number;
  readonly now?: () => number;
  /** Told once per failed platforms lookup (not for answers served from the cache): for logs. */
  readonly onFailure?: (ref: string, error: RegistryError) => void;
}

interface Entry<T> {
  readonly expiresAt: () => number;
  readonly promise: Promise<RegistryResult<T>>;
  settled?: RegistryResult<T>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function platformOf(value: unknown): ImagePlatform | undefined {
  if (!isRecord(value)) return undefined;
  const os = value['os'];
  const architecture = value['architecture'];
  if (typeof os !== 'string' || typeof architecture !== 'string' || os === '' || architecture === '') return undefined;
  const variant = value['variant'];
  return { os, architecture, ...(typeof variant === 'string' && variant !== '' ? { variant } : {}) };
}

export class RegistryClient {
  private readonly http: RegistryHttp;
  private readonly cache = new Map<string, Entry<unknown>>();
  private readonly ttlMs: number;
  private readonly errorTtlMs: number;
  private readonly maxEntries: number;
  private readonly concurrency: number;
  private readonly now: () => number;
  private readonly onFailure: ((ref: string, error: RegistryError) => void) | undefined;
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(options: RegistryClientOptions = {}) {
    this.now = options.now ?? (() => Date.now());
    const fetchImpl: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
    this.http = new RegistryHttp({
      fetch: (input, init) => this.limited(() => fetchImpl(input, init)),
      timeoutMs: options.timeoutMs ?? 10_000,
      // Manifests are capped at 4 MiB by the distribution spec; configs are far smaller in practice.
      maxBytes: options.maxBytes ?? 4 * 1024 * 1024,
      now: this.now,
    });
    this.ttlMs = options.ttlMs ?? 10 * 60_000;
    this.errorTtlMs = options.errorTtlMs ?? 30_000;
    this.maxEntries = options.maxEntries ?? 512;
    this.concurrency = options.concurrency ?? 8;
    this.onFailure = options.onFailure;
  }

  /** The manifest `ref` names (a tag or digest): an index, or a single-platform image manifest. */
  manifest(ref: string | ImageReference): Promise<RegistryResult<Manifest>> {
    const parsed = typeof ref === 'string' ? parseReference(ref) : ref;
    if (!parsed) return Promise.resolve(failure('invalid-reference', `${JSON.stringify(ref)} is not a valid image reference`));
    return this.cached(`manifest ${formatReference(parsed)}`, () => this.fetchManifest(parsed));
  }

  /**
   * The digest a reference resolves to (`ubuntu:24.04` → `sha256:…`): the digest of the index
   * for a multi-platform tag, which is what `FROM ubuntu:24.04@sha256:…` should pin.
   */
  resolveDigest(ref: string | ImageReference): Promise<RegistryResult<string>> {
    const parsed = typeof ref === 'string' ? parseReference(ref) : ref;
    if (!parsed) return Promise.resolve(failure('invalid-reference', `${JSON.stringify(ref)} is not a valid image reference`));
    return this.cached(`digest ${formatReference(parsed)}`, async () => {
      // HEAD first: registries (Docker Hub) count GETs of manifests against pull limits, not HEADs.
      const head = await this.http.get(
        registryBaseUrl(parsed.registry),
        parsed.repository,
        this.manifestPath(parsed),
        MANIFEST_ACCEPT,
        'HEAD',
      );
      if (head.ok && head.value.status === 200) {
        const digest = head.value.headers.get('docker-content-digest');
        if (digest && DIGEST.test(digest)) return { ok: true, value: digest };
      }
      const manifest = await this.manifest(parsed);
      if (!manifest.ok) return manifest;
      if (manifest.value.digest !== undefined) return { ok: true, value: manifest.value.digest };
      return failure('bad-response', `${parsed.registry} did not say which digest ${formatReference(parsed)} has`);
    });
  }

  /** The platforms an image provides: every entry of an index, or the config of a single image. */
  platforms(ref: string | ImageReference): Promise<RegistryResult<ImagePlatforms>> {
    const parsed = typeof ref === 'string' ? parseReference(ref) : ref;
    if (!parsed) return Promise.resolve(failure('invalid-reference', `${JSON.stringify(ref)} is not a valid image reference`));
    const key = formatReference(parsed);
    return this.cached(`platforms ${key}`, async () => {
      const result = await this.fetchPlatforms(parsed);
      if (!result.ok) this.onFailure?.(key, result.error);
      return result;
    });
  }

  private async fetchPlatforms(parsed: ImageReference): Promise<RegistryResult<ImagePlatforms>> {
    const manifest = await this.manifest(parsed);
    if (!manifest.ok) return manifest;
    const json = manifest.value.json;
    if (manifest.value.index) {
      const entries = Array.isArray(json['manifests']) ? (json['manifests'] as unknown[]) : [];
      const platforms = entries
        .map((m) => (isRecord(m) ? platformOf(m['platform']) : undefined))
        // BuildKit's attestation manifests are listed as unknown/unknown: not a platform.
        .filter((p): p is ImagePlatform => p !== undefined && p.os !== 'unknown' && p.architecture !== 'unknown');
      return { ok: true, value: { platforms, index: true } };
    }
    const config = json['config'];
    const digest = isRecord(config) ? config['digest'] : undefined;
    if (typeof digest !== 'string' || !DIGEST.test(digest))
      return failure('bad-response', `the manifest of ${formatReference(parsed)} has no config digest`);
    const blob = await this.http.get(
      registryBaseUrl(parsed.registry),
      parsed.repository,
      `/v2/${parsed.repository}/blobs/${digest}`,
      '*/*',
    );
    const body = this.checked(blob, `the config of ${formatReference(parsed)}`);
    if (!body.ok) return body;
    const platform = platformOf(body.value);
    if (!platform) return failure('bad-response', `the config of ${formatReference(parsed)} names no os/architecture`);
    return { ok: true, value: { platforms: [platform], index: false } };
  }

  /**
   * The platforms of `ref` if an earlier `platforms` call has finished (successfully), without
   * any I/O: how the synchronous linter reads what a front end prefetched.
   */
  lookup(ref: string): ImagePlatforms | undefined {
    const parsed = parseReference(ref);
    if (!parsed) return undefined;
    const settled = this.cache.get(`platforms ${formatReference(parsed)}`)?.settled as RegistryResult<ImagePlatforms> | undefined;
    return settled?.ok ? settled.value : undefined;
  }

  /** Fetches the platforms of every reference (failures are remembered, never thrown). */
  async prefetch(refs: Iterable<string>): Promise<void> {
    await Promise.all([...new Set(refs)].map((ref) => this.platforms(ref)));
  }

  private manifestPath(ref: ImageReference): string {
    return `/v2/${ref.repository}/manifests/${ref.digest ?? ref.tag ?? 'latest'}`;
  }

  private async fetchManifest(ref: ImageReference): Promise<RegistryResult<Manifest>> {
    if (ref.digest !== undefined && !DIGEST.test(ref.digest)) return failure('invalid-reference', `${ref.digest} is not a digest`);
    const reply = await this.http.get(registryBaseUrl(ref.registry), ref.repository, this.manifestPath(ref), MANIFEST_ACCEPT);
    const json = this.checked(reply, formatReference(ref));
    if (!json.ok) return json;
    if (!reply.ok) return reply; // unreachable: checked() failed above
    const header = reply.value.headers.get('docker-content-digest') ?? undefined;
    // A reference by digest is content-addressed: a registry answering another digest is wrong.
    if (ref.digest !== undefined && header !== undefined && header !== ref.digest)
      return failure('bad-response', `${ref.registry} answered digest ${header} for ${formatReference(ref)}`);
    const contentType = (reply.value.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
    const mediaType = typeof json.value['mediaType'] === 'string' ? json.value['mediaType'] : contentType;
    const index =
      mediaType === MEDIA_TYPES.ociIndex ||
      mediaType === MEDIA_TYPES.dockerList ||
      (Array.isArray(json.value['manifests']) && !json.value['config']);
    const digest = ref.digest ?? (header !== undefined && DIGEST.test(header) ? header : undefined);
    return { ok: true, value: { digest, mediaType, index, json: json.value } };
  }

  /** A 200 reply parsed as a JSON object, or the error that explains why not. */
  private checked(reply: RegistryResult<HttpReply>, what: string): RegistryResult<Record<string, unknown>> {
    if (!reply.ok) return reply;
    const { status, body } = reply.value;
    if (status === 404) return failure('not-found', `${what} was not found`, status);
    if (status === 401 || status === 403) return failure('unauthorized', `${what}: access denied (${status})`, status);
    if (status !== 200) return failure('http', `${what}: the registry answered ${status}`, status);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return failure('bad-response', `${what}: the registry did not answer JSON`);
    }
    return isRecord(parsed) ? { ok: true, value: parsed } : failure('bad-response', `${what}: the registry's answer is not a JSON object`);
  }

  /** One shared fetch per key until its entry expires; failures expire sooner than answers. */
  private cached<T>(key: string, load: () => Promise<RegistryResult<T>>): Promise<RegistryResult<T>> {
    const now = this.now();
    const hit = this.cache.get(key) as Entry<T> | undefined;
    if (hit && hit.expiresAt() > now) return hit.promise;
    let settledAt = Number.POSITIVE_INFINITY;
    const entry: Entry<T> = {
      // While in flight the entry never expires: callers share the one request.
      expiresAt: () => settledAt,
      promise: load().then(
        (result) => result,
        // load() never throws by design; a bug must still not reject into the linter's front end.
        (error: unknown) => failure<T>('network', error instanceof Error ? error.message : String(error)),
      ),
    };
    void entry.promise.then((result) => {
      entry.settled = result;
      settledAt = this.now() + (result.ok ? this.ttlMs : this.errorTtlMs);
    });
    this.cache.delete(key);
    this.cache.set(key, entry);
    if (this.cache.size > this.maxEntries) {
      const oldest = this.cache.keys().next();
      if (!oldest.done) this.cache.delete(oldest.value);
    }
    return entry.promise;
  }

  /** At most `concurrency` requests in flight: a big tree's prefetch must not open hundreds of sockets. */
  private async limited<T>(run: () => Promise<T>): Promise<T> {
    if (this.active >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await run();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

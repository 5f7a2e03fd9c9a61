/**
 * Image references as the Docker CLI and BuildKit normalize them (distribution/reference's
 * `ParseNormalizedNamed`): `ubuntu` is `docker.io/library/ubuntu:latest`, `team/app` is
 * `docker.io/team/app`, and a first path part with `.` or `:`, `localhost`, or capitals is a
 * registry host (`127.0.0.1:5000/demo`). The grammar check reuses the BuildKit rules' validator,
 * and the split reuses the Dockerfile rules' `parseImageRef`, so a reference means the same thing
 * to the rules and to the registry client.
 */
import { parseImageRef } from '../dockerfile/image';
import { isValidImageReference } from '../dockerfile/rules/buildkit/helpers';

export interface ImageReference {
  /** The registry as users write it (`docker.io`, `ghcr.io`, `127.0.0.1:5000`). */
  readonly registry: string;
  /** The repository path inside the registry (`library/ubuntu`). */
  readonly repository: string;
  /** The tag, when the reference has one (`latest` is implied only when there is no digest). */
  readonly tag?: string;
  readonly digest?: string;
}

export const DOCKER_HUB = 'docker.io';

/**
 * Parses and normalizes `ref`; undefined when it is not a valid reference (a variable left
 * unexpanded, an upper-case repository, an empty tag).
 */
export function parseReference(ref: string): ImageReference | undefined {
  if (!isValidImageReference(ref)) return undefined;
  const parsed = parseImageRef(ref);
  const slash = parsed.name.indexOf('/');
  const first = slash < 0 ? '' : parsed.name.slice(0, slash);
  // splitDockerDomain: capitals also mark a host (`Registry/app`), which parseImageRef does not check.
  const hasHost = slash >= 0 && (/[.:]/.test(first) || first === 'localhost' || first !== first.toLowerCase());
  let registry = hasHost ? first : DOCKER_HUB;
  let repository = hasHost ? parsed.name.slice(slash + 1) : parsed.name;
  if (registry === 'index.docker.io') registry = DOCKER_HUB;
  if (registry === DOCKER_HUB && !repository.includes('/')) repository = `library/${repository}`;
  const tag = parsed.tag ?? (parsed.digest === undefined ? 'latest' : undefined);
  return { registry, repository, ...(tag !== undefined ? { tag } : {}), ...(parsed.digest !== undefined ? { digest: parsed.digest } : {}) };
}

/** The canonical text of a reference (`docker.io/library/ubuntu:latest`), used as a cache key. */
export function formatReference(ref: ImageReference): string {
  return `${ref.registry}/${ref.repository}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}

/**
 * Docker treats registries on the loopback interface as insecure (plain HTTP) without any
 * configuration; every other registry is reached over HTTPS.
 */
export function isLoopbackRegistry(registry: string): boolean {
  const host = registry.startsWith('[') ? registry.slice(0, registry.indexOf(']') + 1) : registry.replace(/:\d+$/, '');
  return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/** The base URL of the registry's HTTP API (`https://registry-1.docker.io` for Docker Hub). */
export function registryBaseUrl(registry: string): string {
  if (registry === DOCKER_HUB) return 'https://registry-1.docker.io';
  return `${isLoopbackRegistry(registry) ? 'http' : 'https'}://${registry}`;
}

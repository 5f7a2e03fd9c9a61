/**
 * What the front ends call before linting a Dockerfile with registry lookups on: the FROM images
 * the rules will ask about (the same list InvalidBaseImagePlatform walks, so every lookup it makes
 * was prefetched), fetched through the client, then a synchronous lookup over the cache for
 * `LintDocument.imageMetadata`.
 */
import { parseDockerfile } from '../dockerfile/parse';
import { baseImages, invalidBaseImagePlatform } from '../dockerfile/rules/buildkit/invalid-base-image-platform';
import type { DrydockConfig } from '../engine/config';
import { isRuleEnabled } from '../engine/lint';
import type { LintDocument } from '../engine/types';
import type { RegistryClient } from './client';

/** The base images of a Dockerfile's text worth asking a registry about, as the rule will name them. */
export function dockerfileImageRefs(text: string, config: DrydockConfig): string[] {
  // Nothing to fetch for a rule that is off, and no FROM without the word FROM.
  if (!isRuleEnabled(invalidBaseImagePlatform, config) || !/from/i.test(text)) return [];
  return [...new Set(baseImages(parseDockerfile(text), config.dockerfile.targetPlatform).map((b) => b.image))];
}

/**
 * Fetches the platforms of the Dockerfile's base images and returns the synchronous lookup the
 * rules read. Never rejects: an unreachable registry leaves its images unknown (and the rule silent).
 */
export async function prefetchImageMetadata(
  client: RegistryClient,
  text: string,
  config: DrydockConfig,
): Promise<NonNullable<LintDocument['imageMetadata']>> {
  const refs = dockerfileImageRefs(text, config);
  if (refs.length > 0) await client.prefetch(refs).catch(() => undefined);
  return (ref) => client.lookup(ref);
}

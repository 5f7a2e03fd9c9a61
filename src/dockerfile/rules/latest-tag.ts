/**
 * DL3007: a base image pinned to the `latest` tag. `latest` moves whenever the publisher pushes,
 * so two builds of the same commit can get different operating systems, and a rebuild can break
 * or pull in a compromised image without any change in the repository.
 * The tag is resolved through global ARG defaults (`ARG TAG=latest` / `FROM node:${TAG}`), and a
 * digest (`image:latest@sha256:…`) pins the image, so it is not flagged.
 */
import { expandVariables, unquote } from '../parse';
import { defineDockerfileRule } from '../rule';

/** Splits `registry:5000/repo/name:tag@digest` into its parts; the tag never contains `/`. */
export function parseImageRef(ref: string): { name: string; tag?: string; digest?: string; tagOffset?: number } {
  const at = ref.indexOf('@');
  const beforeDigest = at >= 0 ? ref.slice(0, at) : ref;
  const digest = at >= 0 ? ref.slice(at + 1) : undefined;
  const colon = beforeDigest.lastIndexOf(':');
  const hasTag = colon > beforeDigest.lastIndexOf('/');
  return {
    name: hasTag ? beforeDigest.slice(0, colon) : beforeDigest,
    ...(hasTag ? { tag: beforeDigest.slice(colon + 1), tagOffset: colon + 1 } : {}),
    ...(digest !== undefined ? { digest } : {}),
  };
}

export const latestTag = defineDockerfileRule({
  id: 'DL3007',
  name: 'latest-tag',
  aliases: ['DS-0001', 'DS001'],
  severity: 'warning',
  confidence: 'high',
  summary: 'A base image uses the `latest` tag instead of a pinned version.',
  fix: 'none',
  onStage(stage, ctx) {
    const image = stage.image;
    if (!image) return;
    const written = unquote(image.value);
    const expanded = written.includes('$') ? expandVariables(written, ctx.dockerfile.globalArgs) : written;
    const ref = parseImageRef(expanded);
    if (ref.tag?.toLowerCase() !== 'latest' || ref.digest) return;
    // Underline the tag itself when it is written literally; otherwise the whole reference.
    const literal = parseImageRef(written);
    const quoteShift = written === image.value ? 0 : 1;
    const range =
      literal.tag?.toLowerCase() === 'latest' && literal.tagOffset !== undefined
        ? ctx.lines.range(image.start + quoteShift + literal.tagOffset, image.start + quoteShift + literal.tagOffset + literal.tag.length)
        : ctx.lines.range(image.start, image.end);
    const via = written === expanded ? '' : ` (${written} resolves to ${expanded})`;
    ctx.report({
      range,
      message: `Image "${ref.name}" uses the latest tag${via}: pin a version, e.g. ${ref.name}:<version>, so rebuilds are reproducible.`,
    });
  },
});

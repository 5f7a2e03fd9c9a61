/**
 * DL3007: a base image pinned to the `latest` tag. `latest` moves whenever the publisher pushes,
 * so two builds of the same commit can get different operating systems, and a rebuild can break
 * or pull in a compromised image without any change in the repository.
 * The tag is resolved through global ARG defaults (`ARG TAG=latest` / `FROM node:${TAG}`), and a
 * digest (`image:latest@sha256:…`) pins the image, so it is not flagged.
 */
import { parseImageRef, resolvedImage } from '../../image';
import { defineDockerfileRule } from '../../rule';

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
    const resolved = resolvedImage(stage, ctx.dockerfile);
    if (!image || !resolved) return;
    const { written, expanded } = resolved;
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

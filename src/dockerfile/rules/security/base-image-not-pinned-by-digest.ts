/**
 * base-image-not-pinned-by-digest: a FROM image without `@sha256:…`. A tag is a movable name: the
 * publisher (or whoever takes over their account) can point it at another image, so two builds of
 * the same commit may start from different bytes. A digest names exactly one image.
 * Off by default: pinning by digest trades that guarantee for the chore of updating digests (best
 * left to a bot such as Renovate or Dependabot). Stage references (`FROM build`) and `scratch` are
 * not images and are not judged; the image is resolved through global ARG defaults.
 */
import { isStageReference, parseImageRef, resolvedImage } from '../../image';
import { defineDockerfileRule } from '../../rule';

export const baseImageNotPinnedByDigest = defineDockerfileRule({
  id: 'base-image-not-pinned-by-digest',
  name: 'base-image-not-pinned-by-digest',
  aliases: [],
  severity: 'info',
  confidence: 'high',
  summary: 'A base image is referenced by tag, not pinned by digest.',
  fix: 'none',
  enabledByDefault: false,
  onStage(stage, ctx) {
    const image = stage.image;
    const resolved = resolvedImage(stage, ctx.dockerfile);
    if (!image || !resolved || isStageReference(stage, ctx.dockerfile)) return;
    const { written, expanded } = resolved;
    if (expanded === '' || expanded.toLowerCase() === 'scratch' || expanded.includes('$')) return;
    const ref = parseImageRef(expanded);
    if (ref.digest) return;
    const via = written === expanded ? '' : ` (${written} resolves to ${expanded})`;
    ctx.report({
      range: ctx.lines.range(image.start, image.end),
      message: `Image "${expanded}" is not pinned by digest${via}: use ${expanded}@sha256:<digest> so every build starts from the same bytes (a bot such as Renovate can keep it current).`,
    });
  },
});

/**
 * DL3006: a FROM image without a tag (`FROM debian`). Docker then pulls `latest`, which moves with
 * every upstream push, so rebuilds of the same commit can differ.
 * As hadolint, these are not flagged: `scratch`, an image pinned by digest, a reference to an
 * earlier stage (`FROM build`), and an image name that starts with a variable (`FROM ${BASE}`),
 * whose value is only known at build time.
 */
import { parseImageRef } from '../../image';
import { unquote } from '../../parse';
import { defineDockerfileRule } from '../../rule';

export const untaggedImage = defineDockerfileRule({
  id: 'DL3006',
  name: 'untagged-image',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'A FROM image has no explicit tag.',
  fix: 'none',
  onStage(stage, ctx) {
    const image = stage.image;
    if (!image) return;
    const written = unquote(image.value);
    if (written === 'scratch') return;
    const ref = parseImageRef(written);
    if (ref.tag !== undefined || ref.digest !== undefined) return;
    const name = ref.registry ? ref.name.slice(ref.registry.length + 1) : ref.name;
    if (name.startsWith('$')) return;
    // Stage names are case-insensitive; the current stage's own alias counts, as in hadolint.
    const lower = written.toLowerCase();
    if (ctx.dockerfile.stages.some((s) => s.index <= stage.index && s.name === lower)) return;
    ctx.report({
      range: ctx.lines.range(image.start, image.end),
      message: `Image "${written}" has no tag, so it means ${written}:latest: pin a version, e.g. ${written}:<version>.`,
    });
  },
});

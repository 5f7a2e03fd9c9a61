/**
 * DL3029: `FROM --platform=…` with a fixed platform. Pinning the platform in the Dockerfile
 * overrides what the person building asked for (`docker build --platform`), so a multi-platform
 * build silently produces images for the wrong architecture, or emulated ones.
 * As hadolint, a value that mentions BUILDPLATFORM or TARGETPLATFORM (`--platform=$BUILDPLATFORM`,
 * the cross-compilation idiom) is fine; any other value, variables included, is flagged.
 */
import { defineDockerfileRule } from '../../rule';
import { flagValue } from './helpers';

export const fromPlatformFlag = defineDockerfileRule({
  id: 'DL3029',
  name: 'from-platform-flag',
  aliases: [],
  severity: 'warning',
  confidence: 'medium',
  summary: 'FROM pins a platform with --platform.',
  fix: 'none',
  onStage(stage, ctx) {
    const platform = flagValue(stage.from, 'platform');
    if (!platform) return;
    if (platform.value.includes('BUILDPLATFORM') || platform.value.includes('TARGETPLATFORM')) return;
    ctx.report({
      range: ctx.lines.range(platform.word.start, platform.word.end),
      message: `FROM pins the platform (${platform.word.value}): drop it and pass --platform to docker build, or use $BUILDPLATFORM / $TARGETPLATFORM.`,
    });
  },
});

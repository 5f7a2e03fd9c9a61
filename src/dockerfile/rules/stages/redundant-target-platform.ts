/**
 * DL3065: `FROM --platform=$TARGETPLATFORM`. The target platform is already the default for a
 * FROM, so the flag adds nothing, and readers may take it for the cross-compilation pattern
 * (`--platform=$BUILDPLATFORM`) it is not.
 * The fix deletes the flag. It is safe: without the flag BuildKit uses the target platform, and the
 * classic builder, which does not define TARGETPLATFORM, expands the flag to nothing. When a global
 * `ARG TARGETPLATFORM` is declared the fix is offered as unsafe, since the ARG's author may have
 * had a reason.
 */
import { defineDockerfileRule } from '../../rule';
import { flagValue } from './stage-refs';

export const redundantTargetPlatform = defineDockerfileRule({
  id: 'DL3065',
  name: 'redundant-target-platform',
  aliases: ['RedundantTargetPlatform'],
  severity: 'warning',
  confidence: 'high',
  summary: 'Setting `FROM --platform` to predefined `$TARGETPLATFORM` is redundant as this is the default behavior.',
  fix: 'safe',
  onStage(stage, ctx) {
    const platform = flagValue(stage.from, 'platform');
    if (!platform || (platform.value !== '$TARGETPLATFORM' && platform.value !== '${TARGETPLATFORM}')) return;
    const word = platform.word;
    const next = stage.from.words[stage.from.words.indexOf(word) + 1];
    const applicability = ctx.dockerfile.globalArgs.has('TARGETPLATFORM') ? ('unsafe' as const) : ('safe' as const);
    const fixes = next
      ? [{ title: `Remove ${word.value}`, applicability, edits: [{ range: ctx.lines.range(word.start, next.start), newText: '' }] }]
      : [];
    ctx.report({
      range: ctx.lines.range(word.start, word.end),
      message: `${word.value} is redundant: FROM already uses the target platform; remove the flag.`,
      fixes,
      tags: ['unnecessary'],
    });
  },
});

/**
 * DL3067: `COPY --from=<stage> / /`, which copies the whole filesystem of another stage or image
 * over this one. It overwrites the base image's files (passwd, libraries, package database) with
 * another image's, pulls in every build tool and cache the multi-stage build meant to leave
 * behind, and makes the final image as large as the builder.
 * As hadolint: any `--from` source counts, and only the exact `/` source and `/` destination
 * (quotes ignored) are flagged, also before the first FROM. ONBUILD COPY is not checked.
 */
import type { Instruction } from '../../model';
import { defineDockerfileRule, type DockerfileRuleContext } from '../../rule';
import { preamble } from '../preamble';
import { copyArgs, flagValue } from './stage-refs';

function check(instructions: readonly Instruction[], ctx: DockerfileRuleContext): void {
  for (const inst of instructions) {
    if (inst.keyword !== 'COPY') continue;
    const from = flagValue(inst, 'from');
    if (!from) continue;
    const { sources, dest } = copyArgs(inst);
    const root = sources.find((s) => s.value === '/');
    if (!root || dest?.value !== '/') continue;
    ctx.report({
      range: ctx.lines.range(root.start, root.end),
      message: `COPY --from=${from.value} / / copies the entire filesystem of "${from.value}" over this image: copy only the paths you need (e.g. COPY --from=${from.value} /app /app).`,
    });
  }
}

export const copyEntireFilesystem = defineDockerfileRule({
  id: 'DL3067',
  name: 'copy-entire-filesystem',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'Do not copy an entire filesystem from another stage.',
  fix: 'none',
  onFile(dockerfile, ctx) {
    check(preamble(dockerfile), ctx);
  },
  onStage(stage, ctx) {
    check(stage.instructions, ctx);
  },
});

/**
 * DL3045: `COPY` to a relative destination while no `WORKDIR` is set. The destination is then
 * relative to whatever working directory the base image left (often `/`), so files land somewhere
 * that changes when the base image does.
 * As hadolint: a stage built on an earlier stage (`FROM base`) inherits that stage's WORKDIR, also
 * through several levels; absolute paths (`/x`, `C:\x`, `C:/x`) and destinations starting with a
 * variable are accepted; WORKDIR and COPY inside ONBUILD are not considered. The parent stage is
 * found by name case-insensitively, through global ARG defaults (`FROM ${BASE}`). hadolint also
 * lets an unnamed stage pass its WORKDIR to a later stage with the same base image; that is a
 * side effect of how it keys stages, and not reproduced.
 */
import { resolvedImage } from '../../image';
import { defineDockerfileRule } from '../../rule';
import { copyArgs, parentStage } from './stage-refs';

const QUOTES = /^["']+|["']+$/g;

/** True for `/x`, `C:\x`, `C:/x` and `$VAR…` (which may hold an absolute path). */
function acceptedDestination(dest: string): boolean {
  const d = dest.replace(QUOTES, '');
  return d.startsWith('/') || d.startsWith('$') || d.slice(1).startsWith(':\\') || d.slice(1).startsWith(':/');
}

export const copyRelativeWithoutWorkdir = defineDockerfileRule({
  id: 'DL3045',
  name: 'copy-relative-without-workdir',
  aliases: [],
  severity: 'warning',
  confidence: 'medium',
  summary: '`COPY` to a relative destination without `WORKDIR` set.',
  fix: 'none',
  onFile(dockerfile, ctx) {
    // A linear walk, so instructions above the first FROM are judged too (with no WORKDIR).
    const workdirAtEnd: boolean[] = [];
    let stageIndex = -1;
    let workdir = false;
    for (const inst of dockerfile.instructions) {
      if (inst.keyword === 'FROM') {
        if (stageIndex >= 0) workdirAtEnd[stageIndex] = workdir;
        stageIndex++;
        const stage = dockerfile.stages[stageIndex];
        const parent = stage ? parentStage(stage, dockerfile.stages, resolvedImage(stage, dockerfile)?.expanded) : undefined;
        workdir = parent ? (workdirAtEnd[parent.index] ?? false) : false;
        continue;
      }
      if (inst.keyword === 'WORKDIR') workdir = true;
      if (inst.keyword !== 'COPY' || workdir) continue;
      const dest = copyArgs(inst).dest;
      if (!dest || acceptedDestination(dest.value)) continue;
      ctx.report({
        range: ctx.lines.range(dest.start, dest.end),
        message: `COPY to the relative destination "${dest.value}" with no WORKDIR set in this stage: add WORKDIR /<dir> before it, or use an absolute destination.`,
      });
    }
  },
});

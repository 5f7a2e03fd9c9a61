/**
 * DL3049: a stage that lacks a label the label schema requires (`labelSchema`, hadolint's
 * `label-schema`). Registries, scanners and provenance tooling read labels such as
 * `org.opencontainers.image.source` from the final image; an image without them cannot be traced
 * back to its repository, revision or license.
 * As in hadolint, a stage has a label when one of its own LABEL instructions sets it (an
 * `ONBUILD LABEL` labels child images, not this one) or when it is built `FROM` an earlier stage
 * that has it; a stage without the label is not reported when it is only a build stage: used by
 * `COPY --from` (or `RUN --mount=from=`), or an ancestor of a stage that sets the label.
 * Differences from hadolint: hadolint reports each missing label separately, and only silences
 * the direct parent of a labelled stage when that stage has no `AS` name; this rule reports the
 * missing labels of a stage in one finding and silences every ancestor.
 */
import { resolvedImage } from '../../image';
import { unquote } from '../../parse';
import type { Dockerfile, Instruction, Stage } from '../../model';
import { defineDockerfileRule } from '../../rule';
import { labelPairs } from './label-pairs';

/** The index of the stage a `--from` value names (a stage name or index), if any. */
function stageNamed(reference: string, before: number, stages: readonly Stage[]): number | undefined {
  const name = unquote(reference).toLowerCase();
  if (/^[0-9]+$/.test(name)) {
    const index = Number(name);
    return index < before ? index : undefined;
  }
  for (let i = before - 1; i >= 0; i--) if (stages[i]?.name === name) return i;
  return undefined;
}

/** Stages an instruction reads files from: `COPY --from=…`, `RUN --mount=…,from=…`. */
function sourceReferences(instruction: Instruction): string[] {
  const refs: string[] = [];
  for (const flag of instruction.flags) {
    const value = flag.value;
    if (instruction.keyword === 'COPY' && value.toLowerCase().startsWith('--from=')) refs.push(value.slice('--from='.length));
    else if (instruction.keyword === 'RUN' && value.toLowerCase().startsWith('--mount=')) {
      for (const field of unquote(value.slice('--mount='.length)).split(',')) {
        if (field.toLowerCase().startsWith('from=')) refs.push(field.slice('from='.length));
      }
    }
  }
  return refs;
}

/** The earlier stage a stage is built FROM, if its image names one. */
function parentStage(stage: Stage, dockerfile: Dockerfile): number | undefined {
  const image = resolvedImage(stage, dockerfile)?.expanded;
  return image === undefined ? undefined : stageNamed(image, stage.index, dockerfile.stages);
}

export const missingLabel = defineDockerfileRule({
  id: 'DL3049',
  name: 'missing-label',
  aliases: [],
  severity: 'info',
  confidence: 'high',
  summary: 'A stage lacks a label that the label schema requires.',
  fix: 'none',
  onFile(dockerfile, ctx) {
    const required = Object.keys(ctx.options.labelSchema);
    const stages = dockerfile.stages;
    if (required.length === 0 || stages.length === 0) return;
    const parents = stages.map((stage) => parentStage(stage, dockerfile));
    const own = stages.map((stage) => {
      const keys = new Set<string>();
      for (const instruction of stage.instructions) for (const pair of labelPairs(instruction, dockerfile.escape)) keys.add(pair.key);
      return keys;
    });
    const usedAsSource = new Set<number>();
    for (const stage of stages) {
      for (const instruction of stage.instructions) {
        for (const ref of sourceReferences(instruction)) {
          const source = stageNamed(ref, stage.index, stages);
          if (source !== undefined) usedAsSource.add(source);
        }
      }
    }
    const missing = stages.map(() => [] as string[]);
    for (const label of required) {
      const has: boolean[] = [];
      const silenced = new Set(usedAsSource);
      stages.forEach((_stage, i) => {
        const parent = parents[i];
        has[i] = (own[i]?.has(label) ?? false) || (parent !== undefined && has[parent] === true);
        if (own[i]?.has(label)) {
          // Every ancestor of a stage that sets the label is a build stage of a labelled image.
          for (let p = parent; p !== undefined; p = parents[p]) silenced.add(p);
        }
      });
      stages.forEach((_stage, i) => {
        if (!has[i] && !silenced.has(i)) missing[i]?.push(label);
      });
    }
    for (const stage of stages) {
      const labels = missing[stage.index] ?? [];
      if (labels.length === 0) continue;
      const list = labels.map((l) => `"${l}"`).join(', ');
      const example = labels[0] ?? '';
      ctx.report({
        range: ctx.lines.range(stage.from.keywordStart, stage.from.keywordEnd),
        message:
          labels.length === 1
            ? `Label ${list} is missing from this stage, and the label schema requires it: add LABEL ${example}=… to the stage.`
            : `Labels ${list} are missing from this stage, and the label schema requires them: add them with LABEL, e.g. LABEL ${example}=….`,
      });
    }
  },
});

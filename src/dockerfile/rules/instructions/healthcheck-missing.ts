/**
 * DL3057: a stage without HEALTHCHECK. Without one, Docker and orchestrators that read it only
 * know whether the process is alive, not whether it serves. Off by default, as in hadolint: many
 * images are checked by their orchestrator (Kubernetes probes) instead.
 * As hadolint, every stage is judged: a stage passes when it has a HEALTHCHECK (`HEALTHCHECK NONE`
 * included), is built `FROM` a stage that has one, or is a named stage that a stage with one is
 * built on (directly or further down the `FROM` chain), since then it is a step towards a checked
 * image rather than an image of its own. Stages are identified by their name, or by their image
 * name when unnamed.
 */
import { parseImageRef } from '../../image';
import { unquote } from '../../parse';
import { defineDockerfileRule } from '../../rule';

function imageName(written: string): string {
  const ref = parseImageRef(written);
  return ref.registry ? ref.name.slice(ref.registry.length + 1) : ref.name;
}

export const healthcheckMissing = defineDockerfileRule({
  id: 'DL3057',
  name: 'healthcheck-missing',
  aliases: ['DS-0026', 'DS026', 'CKV_DOCKER_2'],
  severity: 'info',
  confidence: 'low',
  summary: 'A stage has no HEALTHCHECK instruction.',
  fix: 'none',
  enabledByDefault: false,
  onFile(dockerfile, ctx) {
    const stages = dockerfile.stages;
    // The parent of each stage: the latest earlier stage whose name (or image, when unnamed) the FROM names.
    const ids = stages.map((stage) => stage.name ?? (stage.image ? imageName(unquote(stage.image.value)) : ''));
    const parents = stages.map((stage, i) => {
      const source = stage.image ? imageName(unquote(stage.image.value)) : '';
      for (let j = i - 1; j >= 0; j--) if (ids[j] === source) return j;
      return -1;
    });
    const own = stages.map((stage) => stage.instructions.some((i) => i.keyword === 'HEALTHCHECK'));
    // Checked from above: the stage or an ancestor has one. From below: a descendant has one.
    const above = own.slice();
    for (let i = 0; i < stages.length; i++) {
      const p = parents[i] ?? -1;
      if (p >= 0 && above[p]) above[i] = true;
    }
    // Only a named stage can really be built on; an unnamed one matched by its image name is not a base.
    const below = own.slice();
    for (let i = stages.length - 1; i >= 0; i--) {
      const p = parents[i] ?? -1;
      if (p >= 0 && below[i] && stages[p]?.name !== undefined) below[p] = true;
    }
    stages.forEach((stage, i) => {
      if (above[i] || below[i]) return;
      const source = stage.image ? imageName(unquote(stage.image.value)) : '';
      ctx.report({
        range: ctx.lines.range(stage.from.keywordStart, stage.from.keywordEnd),
        message: `Stage ${stage.name ? `"${stage.name}"` : `FROM ${source}`} has no HEALTHCHECK: add one (e.g. HEALTHCHECK CMD curl -f http://localhost/ || exit 1) so the runtime can tell a hung container from a healthy one.`,
      });
    });
  },
});

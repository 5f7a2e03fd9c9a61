/**
 * DL3057: a stage without HEALTHCHECK. Without one, Docker and orchestrators that read it only
 * know whether the process is alive, not whether it serves. Off by default, as in hadolint: many
 * images are checked by their orchestrator (Kubernetes probes) instead.
 * As hadolint, every stage is judged: a stage passes when it has a HEALTHCHECK (`HEALTHCHECK NONE`
 * included) or is built `FROM` a stage that has one; stages are identified by their name, or by
 * their image name when unnamed.
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
    const good = new Set<string>();
    for (const stage of dockerfile.stages) {
      const source = stage.image ? imageName(unquote(stage.image.value)) : '';
      const id = stage.name ?? source;
      const healthy = good.has(source) || stage.instructions.some((i) => i.keyword === 'HEALTHCHECK');
      if (healthy) {
        good.add(id);
        continue;
      }
      ctx.report({
        range: ctx.lines.range(stage.from.keywordStart, stage.from.keywordEnd),
        message: `Stage ${stage.name ? `"${stage.name}"` : `FROM ${source}`} has no HEALTHCHECK: add one (e.g. HEALTHCHECK CMD curl -f http://localhost/ || exit 1) so the runtime can tell a hung container from a healthy one.`,
      });
    }
  },
});

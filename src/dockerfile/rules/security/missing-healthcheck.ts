/**
 * missing-healthcheck: the image the Dockerfile produces (its final stage, and the stages that
 * stage is built `FROM`) has no HEALTHCHECK. Docker, Compose and Swarm then only know whether the
 * main process is alive, not whether it serves: a deadlocked server stays "running" forever.
 * `HEALTHCHECK NONE` is an explicit decision (e.g. to switch off the base image's check) and
 * passes, as in Trivy and Checkov. `FROM scratch` is not exempt: an exec-form check
 * (`HEALTHCHECK CMD ["/app", "health"]`) works there too.
 * Off by default: Kubernetes ignores HEALTHCHECK (it uses its own probes), and images that are not
 * long-running services (CLIs, build images) have nothing to check. Compared with DL3057, which
 * judges every stage as hadolint does, this rule only judges the image that is shipped, and offers
 * a template to complete.
 */
import type { Fix } from '../../../engine/types';
import { defineDockerfileRule } from '../../rule';
import { finalStageChain, insertionPoint, keywordLike } from './helpers';

const TEMPLATE = ' --interval=30s --timeout=3s --start-period=10s --retries=3 CMD curl -fsS http://localhost:8080/health || exit 1';
const TODO = '# TODO: point the health check at your service (this template needs curl in the image).';

export const missingHealthcheck = defineDockerfileRule({
  id: 'missing-healthcheck',
  name: 'missing-healthcheck',
  aliases: ['DS-0026', 'DS026', 'CKV_DOCKER_2'],
  severity: 'info',
  confidence: 'low',
  summary: 'The final image has no HEALTHCHECK instruction.',
  fix: 'unsafe',
  enabledByDefault: false,
  onFile(dockerfile, ctx) {
    const chain = finalStageChain(dockerfile);
    const final = chain[0];
    if (!final) return;
    if (chain.some((stage) => stage.instructions.some((i) => i.keyword === 'HEALTHCHECK'))) return;
    const at = insertionPoint(final, ctx.lines);
    const line = `${keywordLike(final, ctx.text, 'HEALTHCHECK')}${TEMPLATE}`;
    const newText = at.before ? `${TODO}\n${line}\n` : `\n${TODO}\n${line}`;
    const fix: Fix = {
      title: 'Add a HEALTHCHECK template to complete',
      applicability: 'unsafe',
      edits: [{ range: ctx.lines.range(at.offset, at.offset), newText }],
    };
    const where = final.name ? `final stage "${final.name}"` : 'final stage';
    ctx.report({
      range: ctx.lines.range(final.from.keywordStart, final.from.keywordEnd),
      message: `The ${where} has no HEALTHCHECK: add one (e.g. HEALTHCHECK CMD curl -fsS http://localhost:8080/health || exit 1), or HEALTHCHECK NONE if the image is not a service.`,
      fixes: [fix],
    });
  },
});

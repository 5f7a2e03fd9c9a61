/**
 * DL3002: a stage whose last USER is root (`root`, `0`, `root:…`, `0:…`). Containers then run as
 * root, so a process compromise is a root compromise inside the container and a step closer to the
 * host. As hadolint, each stage is judged on its own, builder stages included (a common source of
 * noise: a builder that ends as root is harmless; ignore the finding there). A stage with no USER
 * at all is not flagged.
 */
import type { Instruction } from '../../model';
import { defineDockerfileRule } from '../../rule';
import { operandSpan } from './helpers';

function isRoot(user: string): boolean {
  return user === 'root' || user === '0' || user.startsWith('root:') || user.startsWith('0:');
}

export const lastUserRoot = defineDockerfileRule({
  id: 'DL3002',
  name: 'last-user-root',
  aliases: ['CKV_DOCKER_8'],
  severity: 'warning',
  confidence: 'medium',
  summary: 'The last USER of a stage is root.',
  fix: 'none',
  onStage(stage, ctx) {
    let lastRoot: Instruction | undefined;
    for (const inst of stage.instructions) {
      if (inst.keyword !== 'USER') continue;
      lastRoot = isRoot(inst.argsText.trim()) ? inst : undefined;
    }
    if (!lastRoot) return;
    const span = operandSpan(lastRoot);
    const name = stage.name ? `stage "${stage.name}"` : `stage ${stage.index + 1}`;
    ctx.report({
      range: ctx.lines.range(span.start, span.end),
      message: `The last USER of ${name} is root ("${lastRoot.argsText.trim()}"): switch to a non-root user (e.g. USER 10001) after the steps that need root.`,
    });
  },
});

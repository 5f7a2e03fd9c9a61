/**
 * runs-as-root: the image the Dockerfile produces runs as root, because neither its final stage nor
 * the stages it is built `FROM` set a USER, or because the last USER among them is root (`root`,
 * `0`, `root:…`, `0:…`). A compromised process then holds root inside the container, which is one
 * kernel bug or one careless mount away from root on the host.
 * A base image can set its own user, so when no USER is written the finding says so and an image
 * whose tag says it is non-root (`distroless/static:nonroot`, `…-rootless`) is trusted. A `USER`
 * that uses a variable (`USER $APP_UID`) is trusted too, since its value is unknown.
 * Builder stages are not judged (they are not shipped); DL3002 judges each stage's last USER and
 * DL3063 the absence of any USER, as hadolint does. When the final stage itself ends with
 * `USER root`, DL3002 reports the same line.
 * Off by default, like DL3063: most official base images run as root on purpose and many others
 * set their own user, so on every small Dockerfile it would fire; DL3002 already reports an
 * explicit `USER root` by default. Teams that want the guarantee turn it on.
 */
import type { Fix } from '../../../engine/types';
import type { Instruction } from '../../model';
import { parseImageRef, resolvedImage } from '../../image';
import { unquote } from '../../parse';
import { defineDockerfileRule } from '../../rule';
import { finalStageChain, insertionPoint, keywordLike } from './helpers';

function isRoot(user: string): boolean {
  return user === 'root' || user === '0' || user.startsWith('root:') || user.startsWith('0:');
}

export const runsAsRoot = defineDockerfileRule({
  id: 'runs-as-root',
  name: 'runs-as-root',
  aliases: ['DS-0002', 'DS002', 'CKV_DOCKER_3', 'CKV_DOCKER_8'],
  severity: 'warning',
  confidence: 'medium',
  summary: 'The final image runs as root: no non-root USER is set.',
  fix: 'unsafe',
  enabledByDefault: false,
  onFile(dockerfile, ctx) {
    const chain = finalStageChain(dockerfile);
    const final = chain[0];
    if (!final) return;
    let lastUser: Instruction | undefined;
    for (const stage of chain) {
      lastUser = stage.instructions.filter((i) => i.keyword === 'USER').pop();
      if (lastUser) break;
    }
    if (lastUser) {
      const user = unquote(lastUser.argsText.trim());
      if (!isRoot(user)) return;
      const first = lastUser.operands[0];
      const last = lastUser.operands[lastUser.operands.length - 1];
      const inherited = ctx.stageOf(lastUser) !== final;
      ctx.report({
        range: first && last ? ctx.lines.range(first.start, last.end) : ctx.lines.range(lastUser.keywordStart, lastUser.keywordEnd),
        message: `The final image runs as root ("USER ${user}"${inherited ? ', inherited by the final stage' : ''}): end with a non-root USER (e.g. USER 10001) after the steps that need root.`,
      });
      return;
    }
    const base = chain[chain.length - 1];
    const image = base ? resolvedImage(base, dockerfile)?.expanded : undefined;
    if (image && /non-?root|rootless/i.test(parseImageRef(image).tag ?? '')) return;
    const at = insertionPoint(final, ctx.lines);
    const keyword = keywordLike(final, ctx.text, 'USER');
    const fix: Fix = {
      title: 'Switch to user 10001 before the container starts',
      applicability: 'unsafe',
      edits: [{ range: ctx.lines.range(at.offset, at.offset), newText: at.before ? `${keyword} 10001\n` : `\n${keyword} 10001` }],
    };
    const from = image && image !== 'scratch' ? ` unless ${image} sets a user` : '';
    ctx.report({
      range: ctx.lines.range(final.from.keywordStart, final.from.keywordEnd),
      message: `The final image sets no USER, so it runs as root${from}: add a non-root USER (e.g. USER 10001) before CMD/ENTRYPOINT.`,
      fixes: [fix],
    });
  },
});

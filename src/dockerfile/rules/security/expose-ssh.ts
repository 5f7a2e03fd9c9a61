/**
 * expose-ssh: `EXPOSE 22` (also `22/tcp`, `22/udp`). A container that serves SSH is usually a
 * container someone logs into and changes by hand, with a long-lived credential and an sshd running
 * as root; `docker exec` / `kubectl exec` give the same access without either. EXPOSE itself opens
 * nothing, but it documents the intent and `docker run -P` publishes it.
 */
import { unquote } from '../../parse';
import { defineDockerfileRule } from '../../rule';

export const exposeSsh = defineDockerfileRule({
  id: 'expose-ssh',
  name: 'expose-ssh',
  aliases: ['DS-0004', 'DS004', 'CKV_DOCKER_1'],
  severity: 'warning',
  confidence: 'medium',
  summary: 'The SSH port 22 is exposed.',
  fix: 'none',
  instructions: ['EXPOSE'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword !== 'EXPOSE') return;
    for (const word of instruction.operands) {
      if (!/^22(?:\/(?:tcp|udp|sctp))?$/i.test(unquote(word.value))) continue;
      ctx.report({
        range: ctx.lines.range(word.start, word.end),
        message: `EXPOSE ${unquote(word.value)} publishes SSH: drop sshd from the image and use docker exec / kubectl exec to get a shell.`,
      });
    }
  },
});

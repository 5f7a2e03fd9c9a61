/**
 * DL3001: a RUN that calls a program which has no use while an image is being built: `ssh`,
 * `vim`, `shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount`. A build step has no
 * terminal, no init system and no long-lived processes, so these either do nothing useful, hang,
 * or fail. The list is hadolint's (its message also names `ifconfig`, which its check does not
 * look for; neither does this one). Wrapped calls (`sudo service …`, `env … top`) and the script
 * of `sh -c '…'` are read too, which hadolint does not do; `command -v ps` is a lookup, not a call.
 */
import { defineDockerfileRule } from '../../rule';
import { namedCommands, wordRange } from './commands';

const POINTLESS = new Map<string, string>([
  ['free', 'shows the memory of the build container, which says nothing about where the image will run'],
  ['kill', 'there are no long-lived processes to signal during a build step'],
  ['mount', 'a build step cannot mount file systems; use RUN --mount or a volume at run time'],
  ['ps', 'shows only the processes of the build step itself'],
  ['service', 'a build container has no init system, and services started here do not survive the step'],
  ['shutdown', 'there is no system to shut down in a build container'],
  ['ssh', 'an interactive remote login has no place in a build; use RUN --mount=type=ssh for git access'],
  ['top', 'an interactive monitor hangs the build'],
  ['vim', 'an interactive editor hangs the build; write files with COPY or a heredoc'],
]);

export const pointlessCommands = defineDockerfileRule({
  id: 'DL3001',
  name: 'pointless-commands',
  aliases: [],
  severity: 'info',
  confidence: 'medium',
  summary: 'A RUN calls a command that makes no sense in a container build (ssh, vim, service, top…).',
  fix: 'none',
  instructions: ['RUN'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword !== 'RUN') return;
    for (const { name } of namedCommands(instruction, ctx)) {
      const why = POINTLESS.get(name.value);
      if (why === undefined) continue;
      ctx.report({ range: wordRange(ctx, name), message: `Avoid running \`${name.value}\` in a Dockerfile: ${why}.` });
    }
  },
});

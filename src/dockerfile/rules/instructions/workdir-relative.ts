/**
 * DL3000: a relative WORKDIR. A relative path is resolved against the previous WORKDIR, which may
 * come from the base image, so a new base image silently moves every later COPY and RUN.
 * As hadolint: quotes are ignored, and a path starting with `$` (a variable) or a Windows drive
 * (`C:\`, `C:/`) counts as absolute.
 */
import { defineDockerfileRule } from '../../rule';
import { dropQuotes, operandSpan } from './helpers';

export const workdirRelative = defineDockerfileRule({
  id: 'DL3000',
  name: 'workdir-relative',
  aliases: ['DS-0009', 'DS009', 'CKV_DOCKER_10', 'WorkdirRelativePath'],
  severity: 'error',
  confidence: 'high',
  summary: 'WORKDIR uses a relative path.',
  fix: 'none',
  instructions: ['WORKDIR'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword !== 'WORKDIR') return;
    const path = dropQuotes(instruction.argsText.trim());
    if (path === '' || path.startsWith('$') || path.startsWith('/') || /^[A-Za-z]:/.test(path)) return;
    const span = operandSpan(instruction);
    ctx.report({
      range: ctx.lines.range(span.start, span.end),
      message: `WORKDIR "${path}" is relative to the previous WORKDIR (possibly the base image's): use an absolute path such as /${path.replace(/^\.\//, '')}.`,
    });
  },
});

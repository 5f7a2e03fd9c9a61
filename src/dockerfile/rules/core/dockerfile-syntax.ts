/**
 * Flags what BuildKit would refuse to parse: unknown instructions, a half-typed instruction with
 * no arguments, an unterminated heredoc, a bad `# escape=` directive. The rest of the file is
 * still checked, so one typo does not hide every other finding.
 */
import { defineDockerfileRule } from '../../rule';

export const dockerfileSyntax = defineDockerfileRule({
  id: 'dockerfile-syntax',
  name: 'dockerfile-syntax',
  aliases: ['DL1000'],
  severity: 'error',
  confidence: 'high',
  summary: 'The Dockerfile cannot be parsed as written.',
  fix: 'none',
  onFile(dockerfile, ctx) {
    for (const problem of dockerfile.problems) {
      ctx.report({ range: ctx.lines.range(problem.start, problem.end), message: problem.message });
    }
  },
});

/**
 * add-remote-without-checksum: `ADD https://…` without `--checksum=sha256:…`. The file is fetched
 * at build time from wherever the URL points today: a moved release, a compromised server or a
 * man in the middle changes the image without any change in the repository. BuildKit verifies
 * `--checksum` for HTTP(S) sources (Dockerfile syntax 1.6 and later) and fails the build on a
 * mismatch. Git sources (`ADD https://…/repo.git#ref`, `git@…`) are pinned by commit instead and
 * are not judged here.
 */
import { defineDockerfileRule } from '../../rule';
import { copySources } from './helpers';

function isGitSource(url: string): boolean {
  const path = url.split('#', 1)[0] ?? url;
  return path.endsWith('.git') || url.startsWith('git@') || url.startsWith('git://') || url.includes('.git#');
}

export const addRemoteWithoutChecksum = defineDockerfileRule({
  id: 'add-remote-without-checksum',
  name: 'add-remote-without-checksum',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'ADD downloads a remote file without --checksum.',
  fix: 'none',
  instructions: ['ADD'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword !== 'ADD') return;
    if (instruction.flags.some((f) => f.value.toLowerCase().startsWith('--checksum='))) return;
    for (const source of copySources(instruction)) {
      if (!/^https?:\/\//i.test(source.value) || isGitSource(source.value)) continue;
      ctx.report({
        range: ctx.lines.range(source.start, source.end),
        message: `ADD fetches ${source.value} without a checksum: add --checksum=sha256:<digest> so the build fails if the file changes.`,
      });
    }
  },
});

/**
 * DL3019: `apk add` without `--no-cache`. Without it apk keeps the package index it downloaded
 * (with `-U`/`--update`, or after `apk update`) in `/var/cache/apk`, and that index stays in the
 * layer; `--no-cache` fetches the index for this command only and stores nothing.
 *
 * As hadolint does, a RUN with a BuildKit cache or tmpfs mount on `/var/cache/apk` is not
 * reported (the cache never reaches the image), and `rm -rf /var/cache/apk/*` does not count:
 * hadolint's advice is to use `--no-cache` instead of cleaning up by hand. Beyond hadolint, a
 * mount on `/etc/apk/cache` (the path apk itself uses for its cache) counts too.
 */
import { defineDockerfileRule } from '../../rule';
import { mountsCache } from '../rpm-packages/rpm-tools';
import { APK_OPTIONS, commandRange, hasOption, insertAfterFix, subcommand } from './package-managers';

const CACHE_DIRS = ['/var/cache/apk', '/etc/apk/cache'];

export const apkNoCache = defineDockerfileRule({
  id: 'DL3019',
  name: 'apk-no-cache',
  aliases: ['DS-0025', 'DS025'],
  severity: 'info',
  confidence: 'medium',
  summary: 'apk add without --no-cache leaves the package index in the image.',
  fix: 'unsafe',
  instructions: ['RUN'],
  onInstruction(instruction, ctx) {
    const scripts = ctx.scripts(instruction);
    if (!scripts) return;
    let cacheMounted: boolean | undefined;
    for (const command of scripts.commands) {
      const add = subcommand(command, 'apk', 'add', APK_OPTIONS);
      if (!add) continue;
      const { args, word } = add;
      if (hasOption(args, 'no-cache')) continue;
      cacheMounted ??= mountsCache(instruction, CACHE_DIRS, true);
      if (cacheMounted) return;
      ctx.report({
        range: commandRange(ctx, args, word),
        message:
          'Use `apk add --no-cache` so the package index is not left in the image (no need for `--update` or `rm -rf /var/cache/apk/*`).',
        fixes: [insertAfterFix(ctx, word, '--no-cache', 'Add --no-cache to apk add', 'unsafe')],
      });
    }
  },
});

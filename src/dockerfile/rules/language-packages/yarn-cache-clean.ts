/**
 * DL3060: `yarn install` without `yarn cache clean` in the same RUN. Yarn keeps a copy of every
 * package tarball in its global cache (`/usr/local/share/.cache/yarn` in the node images); left in
 * the layer it roughly doubles the space the dependencies take.
 *
 * As in hadolint, the check is stage-aware: a RUN is flagged only when its stage ends up in an
 * image, i.e. it is the last stage or a later stage is built `FROM` it (a builder stage whose
 * files are only copied out does not ship its cache). `ONBUILD RUN yarn install` always runs in a
 * child image, so it is always flagged. A RUN with a BuildKit cache or tmpfs mount on yarn's cache
 * directory is fine: the cache never reaches the layer. The clean must come after the install it
 * cleans up (`yarn cache clean && yarn install` still leaves the cache), and instructions before
 * the first FROM are judged as a stage of their own, as in hadolint.
 *
 * Deliberate difference: hadolint counts any `yarn` command with a `cache` or `clean` argument as
 * the cleanup; here it must have both (`yarn cache clean`, `yarn cache clean --all`).
 */
import type { Dockerfile, Instruction, Stage } from '../../model';
import { resolvedImage } from '../../image';
import type { DockerfileRuleContext } from '../../rule';
import { defineDockerfileRule } from '../../rule';
import type { ShellCommand } from '../../shell';
import { preamble } from '../preamble';
import { baseName, commandSpan, hasCacheMount, runCommands, runOf } from './commands';

/** A mount target that holds yarn's cache: any path with a `yarn` part (`.cache/yarn`, `.yarn/cache`, `/yarn-cache`). */
function isYarnCacheTarget(target: string): boolean {
  return /(?:^|[/.])yarn/i.test(target);
}

function isYarn(command: ShellCommand): boolean {
  return baseName(command.words[0]?.value) === 'yarn';
}

/** Whether anything built after `stage` contains its files: it is the last stage, or a FROM names it. */
function reachesAnImage(stage: Stage, dockerfile: Dockerfile): boolean {
  if (stage.index === dockerfile.stages.length - 1) return true;
  if (!stage.name) return false;
  return dockerfile.stages.some((s) => s.index > stage.index && resolvedImage(s, dockerfile)?.expanded.toLowerCase() === stage.name);
}

const isInstall = (command: ShellCommand) => command.words.some((w, i) => i > 0 && w.value === 'install');
const isClean = (command: ShellCommand) => {
  const args = command.words.slice(1).map((w) => w.value);
  return args.includes('cache') && args.includes('clean');
};

function checkRun(run: Instruction, ctx: DockerfileRuleContext): void {
  if (hasCacheMount(run, isYarnCacheTarget)) return;
  // The installs no `yarn cache clean` follows, in order.
  let pending: ShellCommand[] = [];
  for (const command of runCommands(run, ctx)) {
    if (!isYarn(command)) continue;
    if (isInstall(command)) pending.push(command);
    else if (pending.length > 0 && isClean(command)) pending = [];
  }
  for (const command of pending) {
    const name = command.words[0];
    const install = command.words.find((w, i) => i > 0 && w.value === 'install');
    if (!name || !install) continue;
    const span = commandSpan(ctx, name, install);
    ctx.report({
      range: ctx.lines.range(span.start, span.end),
      message:
        'yarn install leaves its package cache in the image: run `yarn cache clean` after it in the same RUN, or mount a BuildKit cache on the yarn cache directory.',
    });
  }
}

function checkStage(instructions: readonly Instruction[], shipped: boolean, ctx: DockerfileRuleContext): void {
  for (const inst of instructions) {
    const found = runOf(inst);
    if (found && (shipped || found.onbuild)) checkRun(found.run, ctx);
  }
}

export const yarnCacheClean = defineDockerfileRule({
  id: 'DL3060',
  name: 'yarn-cache-clean',
  aliases: [],
  severity: 'info',
  confidence: 'medium',
  summary: '`yarn install` without `yarn cache clean` leaves the yarn cache in the image.',
  fix: 'none',
  onFile(dockerfile, ctx) {
    // Before the first FROM: as a stage that ships when no FROM follows (nothing can be built on it).
    checkStage(preamble(dockerfile), dockerfile.stages.length === 0, ctx);
  },
  onStage(stage, ctx) {
    checkStage(stage.instructions, reachesAnImage(stage, ctx.dockerfile), ctx);
  },
});

/**
 * DL3009: a RUN that runs `apt-get update` but does not delete `/var/lib/apt/lists` in the same
 * RUN. The package lists (tens of MB) then stay in that layer for good: deleting them in a later
 * RUN hides them without shrinking the image, and a stale list baked into a base stage makes later
 * `apt-get install`s resolve against old metadata.
 *
 * hadolint's semantics, reproduced: the RUN counts as cleaned up when it has an `rm` with a `-rf`
 * argument or a `/var/lib/apt/lists/*` argument, or a BuildKit cache mount whose target starts with
 * `/var/lib/apt/lists`, or cache mounts on both `/var/lib/apt` and `/var/cache/apt`. Only stages
 * that end up in an image are reported: the last stage, and stages that a later `FROM <alias>`
 * builds on (a stage only copied from with `COPY --from` does not ship its lists). An
 * `ONBUILD RUN` always counts, since it runs in whatever image builds on this one.
 * Beyond hadolint: any `rm` whose argument is `/var/lib/apt/lists` or a path under it also counts
 * (`rm -r -f /var/lib/apt/lists`, `rm -fr /var/lib/apt/lists/*`).
 */
import type { Instruction, Stage } from '../../model';
import { defineDockerfileRule, type DockerfileRuleContext } from '../../rule';
import { unwrap, type ShellWord } from '../../shell';
import { APT_GET_OPTIONS, cacheMountTargets, subcommand } from './package-managers';

const LISTS = '/var/lib/apt/lists';

function removesLists(words: readonly ShellWord[]): boolean {
  return words.slice(1).some((w) => {
    const v = w.value;
    return v === '-rf' || v === `${LISTS}/*` || v === LISTS || v.startsWith(`${LISTS}/`);
  });
}

/** The `apt-get` word of an `apt-get update` that the RUN does not clean up after, if any. */
function uncleanedUpdate(instruction: Instruction, ctx: DockerfileRuleContext): ShellWord | undefined {
  const scripts = ctx.scripts(instruction);
  if (!scripts) return undefined;
  let update: ShellWord | undefined;
  for (const command of scripts.commands) {
    const unwrapped = unwrap(command);
    const name = unwrapped.words[0]?.value;
    if (name === 'rm' && removesLists(unwrapped.words)) return undefined;
    if (!update && name === 'apt-get' && subcommand(unwrapped, 'apt-get', 'update', APT_GET_OPTIONS)) update = unwrapped.words[0];
  }
  if (!update) return undefined;
  const targets = cacheMountTargets(instruction);
  if (targets.some((t) => t.startsWith(LISTS))) return undefined;
  if (targets.some((t) => t.startsWith('/var/lib/apt')) && targets.some((t) => t.startsWith('/var/cache/apt'))) return undefined;
  return update;
}

/** Which stages ship: the last one, and those a later stage is built `FROM` (indexed by stage). */
function shippingStages(stages: readonly Stage[]): boolean[] {
  // Each FROM's image, unquoted and lower-cased, once (not once per pair of stages).
  const images = stages.map((stage) => stage.image?.value.replace(/^(["'])(.*)\1$/, '$2').toLowerCase());
  return stages.map((stage) => {
    if (stage.index === stages.length - 1) return true;
    const alias = stage.name;
    if (alias === undefined) return false;
    return stages.some((later) => later.index > stage.index && images[later.index] === alias);
  });
}

export const aptListsCleanup = defineDockerfileRule({
  id: 'DL3009',
  name: 'apt-lists-cleanup',
  aliases: [],
  severity: 'info',
  confidence: 'medium',
  summary: 'apt-get update leaves /var/lib/apt/lists in the image.',
  fix: 'none',
  onFile(dockerfile, ctx) {
    const report = (word: ShellWord) =>
      ctx.report({
        range: ctx.lines.range(word.start, word.end),
        message:
          'Delete the apt-get lists after installing: end this RUN with `&& rm -rf /var/lib/apt/lists/*` (or use a cache mount on /var/lib/apt/lists).',
      });
    const { stages } = dockerfile;
    // Once per file, not per RUN: each answer compares every later stage's FROM.
    const shipping = shippingStages(stages);
    for (const instruction of dockerfile.instructions) {
      if (instruction.onbuild?.keyword === 'RUN') {
        const word = uncleanedUpdate(instruction.onbuild, ctx);
        if (word) report(word);
        continue;
      }
      if (instruction.keyword !== 'RUN') continue;
      const stage = ctx.stageOf(instruction);
      // A RUN before any FROM (not a valid Dockerfile) is reported only when no stage follows.
      if (stage ? !shipping[stage.index] : stages.length > 0) continue;
      const word = uncleanedUpdate(instruction, ctx);
      if (word) report(word);
    }
  },
});

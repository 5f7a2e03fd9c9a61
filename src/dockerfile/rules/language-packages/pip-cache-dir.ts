/**
 * DL3042: `pip install` without `--no-cache-dir`. pip keeps every wheel it downloads or builds in
 * `~/.cache/pip`; in an image layer that cache is dead weight (often tens of megabytes) because no
 * later build reuses it.
 *
 * As in hadolint, a RUN is left alone when the stage has `ENV PIP_NO_CACHE_DIR=<truthy>` before it
 * (also inherited from a stage it is built `FROM`), when the RUN itself sets
 * `PIP_NO_CACHE_DIR=<truthy>`, and for pipx and pipenv, which have no such option. Like the newest
 * hadolint, a RUN with a BuildKit cache or tmpfs mount on pip's cache directory is left alone too:
 * the cache never reaches the image, and `--no-cache-dir` would only defeat the mount.
 * Instructions before the first FROM are judged as a stage of their own, as in hadolint.
 *
 * Deliberate differences: a later `ENV PIP_NO_CACHE_DIR=0` turns the check back on (pip reads the
 * last value), the finding is per pip command rather than per RUN, and `/venv/bin/pip` counts.
 *
 * The fix adds `--no-cache-dir` right after `install`. It is unsafe: it changes what the layer
 * contains (the intent) and disables pip's wheel cache for that command.
 */
import { resolvedImage } from '../../image';
import type { Dockerfile, Instruction } from '../../model';
import type { DockerfileRuleContext } from '../../rule';
import { defineDockerfileRule } from '../../rule';
import { preamble } from '../preamble';
import { commandSpan, envPairs, hasCacheMount, pipInstall, runCommands } from './commands';

const TRUTHY = new Set(['1', 'true', 'True', 'TRUE', 'on', 'On', 'ON', 'yes', 'Yes', 'YES']);
/** `PIP_NO_CACHE_DIR=1` (or `export PIP_NO_CACHE_DIR=yes`…) anywhere in the RUN, as hadolint reads it. */
const INLINE_NO_CACHE = /\bPIP_NO_CACHE_DIR=["']?(?:1|true|on|yes)\b/i;

/** A mount target that holds pip's cache: a `pip*` directory, or a whole `.cache` directory. */
function isPipCacheTarget(target: string): boolean {
  return /(?:^|\/)pip[^/]*(?:\/|$)/.test(target) || /(?:^|\/)\.cache\/?$/.test(target);
}

function runSetsNoCache(run: Instruction): boolean {
  if (INLINE_NO_CACHE.test(run.argsText)) return true;
  return run.heredocs.some((h) => INLINE_NO_CACHE.test(h.body));
}

function checkRun(run: Instruction, ctx: DockerfileRuleContext): void {
  if (hasCacheMount(run, isPipCacheTarget) || runSetsNoCache(run)) return;
  const form = ctx.scripts(run)?.form;
  for (const command of runCommands(run, ctx)) {
    const pip = pipInstall(command);
    if (!pip || pip.wrapper) continue;
    if (command.words.some((w) => w.value === '--no-cache-dir')) continue;
    const { install } = pip;
    // In exec form without a shell each argument is its own JSON string.
    const jsonElement =
      form === 'exec' && ctx.text[install.start] === '"' && ctx.text[install.end - 1] === '"' && install.raw === install.value;
    const at = ctx.lines.range(install.end, install.end);
    const span = commandSpan(ctx, pip.program, install);
    ctx.report({
      range: ctx.lines.range(span.start, span.end),
      message:
        'pip install keeps its download cache in the image: add --no-cache-dir (or set ENV PIP_NO_CACHE_DIR=1, or mount a BuildKit cache on ~/.cache/pip).',
      fixes: [
        {
          title: 'Add --no-cache-dir',
          applicability: 'unsafe',
          edits: [{ range: at, newText: jsonElement ? ', "--no-cache-dir"' : ' --no-cache-dir' }],
        },
      ],
    });
  }
}

/**
 * Checks a stage's RUNs, starting from whether it inherits `PIP_NO_CACHE_DIR` from its parent;
 * returns whether the setting is on at the end of the stage.
 */
function checkStage(instructions: readonly Instruction[], inherited: boolean, ctx: DockerfileRuleContext): boolean {
  let noCache = inherited;
  for (const inst of instructions) {
    // The text test first: no map of the pairs for every ENV (the key is a slice of argsText).
    const value = inst.keyword === 'ENV' && inst.argsText.includes('PIP_NO_CACHE_DIR') ? envPairs(inst).get('PIP_NO_CACHE_DIR') : undefined;
    if (value !== undefined) noCache = TRUTHY.has(value);
    const run = inst.keyword === 'RUN' ? inst : inst.onbuild?.keyword === 'RUN' ? inst.onbuild : undefined;
    if (run && !noCache) checkRun(run, ctx);
  }
  return noCache;
}

/** The stage a FROM builds on, when it names an earlier stage. */
function parentStageIndex(dockerfile: Dockerfile, index: number): number | undefined {
  const stage = dockerfile.stages[index];
  if (!stage) return undefined;
  const image = resolvedImage(stage, dockerfile)?.expanded.toLowerCase();
  if (!image) return undefined;
  for (let i = index - 1; i >= 0; i--) if (dockerfile.stages[i]?.name === image) return i;
  return undefined;
}

export const pipCacheDir = defineDockerfileRule({
  id: 'DL3042',
  name: 'pip-cache-dir',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: "`pip install` without `--no-cache-dir` leaves pip's download cache in the image.",
  fix: 'unsafe',
  onFile(dockerfile, ctx) {
    checkStage(preamble(dockerfile), false, ctx);
    const noCacheAtEnd: boolean[] = [];
    for (const stage of dockerfile.stages) {
      const parent = parentStageIndex(dockerfile, stage.index);
      noCacheAtEnd[stage.index] = checkStage(stage.instructions, parent === undefined ? false : (noCacheAtEnd[parent] ?? false), ctx);
    }
  },
});

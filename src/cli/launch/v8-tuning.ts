/**
 * V8 flags for a short CLI run. V8's optimising compiler (TurboFan) is tuned for pages and
 * servers that run for minutes; a `drydock check` is over in half a second. On a 2-core machine
 * TurboFan's background jobs took ~170 ms of CPU a run (the main thread ~430 ms), and most of the
 * lint still ran unoptimised: the per-file functions are marked for optimisation late in the run,
 * and their compile jobs then wait for the compiler thread. Smaller inlining (at most 100 bytes of bytecode per callee, V8's default being 460) and no loop
 * peeling make each compile job cheaper: on the 51 MB benchmark tree, ~40 ms less CPU a run and
 * equal or slightly lower wall time (BENCHMARKS.md), and no slower on a tree four times its size.
 *
 * Measured on V8 11.3 (Node 20) only, so only applied there: other versions keep V8's defaults
 * (and a flag a version does not know would print an error on every run). The flags change the
 * hash V8 checks code-cache entries against, so they are set before the bundle is compiled and
 * on every run alike; a worker thread shares its process's flags.
 */
import { setFlagsFromString } from 'node:v8';

const SHORT_RUN_FLAGS = ['--max-inlined-bytecode-size=100', '--no-turbo-loop-peeling'] as const;

/** The flags for V8 `version` (as in process.versions.v8): the short-run flags on 11.x, none elsewhere. */
export function shortRunV8Flags(version: string): readonly string[] {
  return version.split('.')[0] === '11' ? SHORT_RUN_FLAGS : [];
}

/** Applies shortRunV8Flags to this process. Call before any bundle is compiled. */
export function tuneV8ForShortRun(version: string = process.versions.v8): void {
  for (const flag of shortRunV8Flags(version)) setFlagsFromString(flag);
}

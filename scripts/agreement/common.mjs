// What the agreement harnesses share: their command-line options, and a small bundle of the pure
// engine (loaded in-process, so thousands of examples lint without a process or file each).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');

/**
 * `flag('--json')` and `option('--corpus', fallback)` (both `--x v` and `--x=v`) over the process's
 * arguments. `-h`/`--help` prints the calling script's first `helpLines` lines and exits.
 */
export function cliOptions(scriptFile, helpLines = 10) {
  const argv = process.argv.slice(2);
  const flag = (name) => argv.includes(name);
  const option = (name, fallback) => {
    const i = argv.indexOf(name);
    if (i >= 0 && argv[i + 1] !== undefined) return argv[i + 1];
    const eq = argv.find((a) => a.startsWith(`${name}=`));
    return eq ? eq.slice(name.length + 1) : fallback;
  };
  if (flag('-h') || flag('--help')) {
    console.log(readFileSync(scriptFile, 'utf8').split('\n').slice(0, helpLines).join('\n'));
    process.exit(0);
  }
  return { flag, option };
}

/**
 * Bundles `exports` (lines like `export { lint } from './src/engine/lint';`) into
 * `.out/<name>/engine.cjs` and loads it; `--no-build` reuses an existing bundle.
 */
export async function loadEngine(name, exports, rebuild) {
  const bundle = join(repoRoot, '.out', name, 'engine.cjs');
  if (rebuild || !existsSync(bundle)) {
    const esbuild = await import('esbuild');
    mkdirSync(join(repoRoot, '.out', name), { recursive: true });
    await esbuild.build({
      stdin: { contents: exports.join('\n'), resolveDir: repoRoot, loader: 'ts' },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'es2022',
      outfile: bundle,
      logLevel: 'warning',
    });
  }
  return createRequire(import.meta.url)(bundle);
}

/** The examples of a corpus folder (`examples.json`, built by its `gen.mjs`); exits 2 when it is missing. */
export function readCorpus(corpusDir) {
  const corpusFile = join(corpusDir, 'examples.json');
  if (!existsSync(corpusFile)) {
    console.error(`no corpus at ${corpusFile}: build it with \`node gen.mjs\` in that folder (see its README.md)`);
    process.exit(2);
  }
  return JSON.parse(readFileSync(corpusFile, 'utf8')).examples;
}

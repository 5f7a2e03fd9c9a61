// Writes docs/rules/README.md from the registry (see scripts/rules-index.ts).
import * as esbuild from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
mkdirSync(join(root, '.bench'), { recursive: true });
const out = join(root, '.bench/rules-index.cjs');
await esbuild.build({
  entryPoints: [join(root, 'scripts/rules-index.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: out,
  logLevel: 'warning',
});
const { rulesIndex } = createRequire(import.meta.url)(out);
writeFileSync(join(root, 'docs/rules/README.md'), rulesIndex());
console.log('wrote docs/rules/README.md');

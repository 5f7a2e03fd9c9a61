// One esbuild script for every bundle: extension and language server for Node and the browser,
// the CLI, and the test bundles (unit tests for plain Node, in-host tests for both hosts).
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync, statSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const withTests = !production;
// A separate output folder lets several builds (and test runs) happen side by side.
const out = process.env.DRYDOCK_OUT_DIR ?? 'dist';

function findFiles(dir, pattern) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? findFiles(p, pattern) : pattern.test(name) ? [p] : [];
  });
}

// `import 'drydock:host-tests'` becomes a module that requires every in-host test file, so the
// web and Node test entries load the same suites.
const hostTestsDir = join(root, 'test/host/suite');
const hostTests = {
  name: 'host-tests',
  setup(build) {
    build.onResolve({ filter: /^drydock:host-tests$/ }, () => ({ path: 'host-tests', namespace: 'drydock' }));
    build.onLoad({ filter: /.*/, namespace: 'drydock' }, () => ({
      resolveDir: hostTestsDir,
      loader: 'js',
      contents: findFiles(hostTestsDir, /\.test\.ts$/)
        .map((f) => `require(${JSON.stringify('./' + relative(hostTestsDir, f).replace(/\\/g, '/'))});`)
        .join('\n'),
    }));
  },
};

const common = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  target: 'es2022',
  logLevel: 'warning',
  legalComments: 'none',
};
const node = { ...common, platform: 'node', format: 'cjs', external: ['vscode'] };
const web = {
  ...common,
  platform: 'browser',
  format: 'cjs',
  external: ['vscode'],
  mainFields: ['browser', 'module', 'main'],
  define: {
    'process.env.NODE_DEBUG': 'false',
    // Opt-in deliberately failing harness test (test/host/suite/workspace.test.ts); a web worker has
    // no `process`, so the value is baked in like the one above.
    'process.env.DRYDOCK_HARNESS_FAIL': JSON.stringify(process.env.DRYDOCK_HARNESS_FAIL ?? ''),
    global: 'globalThis',
  },
};

const builds = [
  { ...node, entryPoints: ['src/client/extension.node.ts'], outfile: `${out}/extension.node.js` },
  { ...web, entryPoints: ['src/client/extension.web.ts'], outfile: `${out}/extension.web.js` },
  { ...node, entryPoints: ['src/server/main.node.ts'], outfile: `${out}/server.node.js` },
  { ...web, format: 'iife', entryPoints: ['src/server/main.web.ts'], outfile: `${out}/server.web.js` },
  { ...node, entryPoints: ['src/cli/main.ts'], outfile: `${out}/cli.js` },
  // The CLI's lint worker threads load this smaller bundle (src/cli/parallel.ts).
  { ...node, entryPoints: ['src/cli/worker.ts'], outfile: `${out}/cli-worker.js` },
  // Small launchers that load the two bundles above through a V8 code cache (src/cli/launch).
  { ...node, entryPoints: ['src/cli/launch/cli.ts'], outfile: `${out}/launch.js` },
  { ...node, entryPoints: ['src/cli/launch/worker.ts'], outfile: `${out}/launch-worker.js` },
];
if (withTests) {
  builds.push(
    {
      ...web,
      plugins: [hostTests],
      // Binds `process` inside the test bundle only (the assert polyfill needs it); see the file.
      inject: ['test/host/web/process-shim.ts'],
      entryPoints: ['test/host/web/index.ts'],
      outfile: `${out}/test/host/web/index.js`,
    },
    {
      ...node,
      plugins: [hostTests],
      external: ['vscode', 'mocha'],
      entryPoints: ['test/host/node/index.ts'],
      outfile: `${out}/test/host/node/index.js`,
    },
    {
      ...node,
      // esbuild: test/unit/cli/lazy-modules.test.ts builds the CLI bundle to see what it loads.
      external: ['vscode', 'mocha', 'esbuild'],
      entryPoints: findFiles(join(root, 'test/unit'), /\.test\.ts$/).map((f) => relative(root, f)),
      outdir: `${out}/test/unit`,
      outbase: 'test/unit',
    },
  );
}

process.chdir(root);
if (!watch) rmSync(resolve(root, out), { recursive: true, force: true });
if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('[watch] build started');
} else {
  const started = Date.now();
  await Promise.all(builds.map((b) => esbuild.build(b)));
  if (process.env.VERBOSE) console.log(`[build] ${builds.length} bundles in ${Date.now() - started} ms`);
  if (production) requireAsciiBundles();
}

/**
 * Shipped bundles must be ASCII: one other character (esbuild keeps them in regex literals) makes
 * V8 hold the whole ~1 MB source as a two-byte string, which every CLI start reads and hashes.
 * Write `\u2026`, not `…`, in a regex.
 */
function requireAsciiBundles() {
  for (const file of findFiles(resolve(root, out), /\.js$/)) {
    const text = readFileSync(file, 'latin1');
    const at = text.search(/[^\x00-\x7f]/);
    if (at >= 0) throw new Error(`${relative(root, file)} is not ASCII at ${at}: …${text.slice(Math.max(0, at - 40), at + 10)}…`);
  }
}

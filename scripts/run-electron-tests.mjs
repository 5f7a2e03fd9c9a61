#!/usr/bin/env node
// In-host tests in desktop VS Code (Electron) through @vscode/test-electron: the standard runner,
// for machines WITH internet access (it downloads VS Code into .vscode-test/). Offline, use
// scripts/run-web-tests.mjs and scripts/run-server-tests.mjs instead; all three load the same
// test/host/suite/**/*.test.ts. On headless Linux it needs an X server: `xvfb-run -a npm run test:electron`.
//
//   node scripts/run-electron-tests.mjs [--no-build]
//     VSCODE_VERSION   'stable' (default), 'insiders' or e.g. '1.90.0' (the engines.vscode minimum)
//     TEST_TIMEOUT_MS  overall limit including the download, default 600000
// Exit: 0 passed, 1 test failure or no test, 2 harness failure. Last line: `N passed, N failed, N skipped`.
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { HarnessError, buildUnlessSkipped, main, requireFiles, requireFromRoot, root } from './lib/host-harness.mjs';

const label = 'electron';
const RESULT_RE = /DRYDOCK-HOST-RESULT: (\d+) passed, (\d+) failed, (\d+) skipped/;

await main(label, async () => {
  const timeoutMs = Number(process.env.TEST_TIMEOUT_MS) || 600_000;
  buildUnlessSkipped(label);
  const testsEntry = join(root, 'dist/test/host/node/index.js');
  requireFiles([join(root, 'dist/extension.node.js'), testsEntry], 'run node scripts/build.mjs');
  const workspace = join(root, 'test/fixtures/workspace');
  requireFiles([workspace], 'the fixture workspace the tests open');

  // VS Code's output (including the extension host's console, in extension-test mode) is passed
  // through and scanned for the result line printed by test/host/summary.ts.
  let counts;
  const scan = (target) => {
    const stream = new PassThrough();
    let pending = '';
    stream.on('data', (chunk) => {
      target.write(chunk);
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const match = RESULT_RE.exec(line);
        if (match) counts = { passed: Number(match[1]), failed: Number(match[2]), skipped: Number(match[3]) };
      }
    });
    return stream;
  };

  const { runTests, TestRunFailedError } = requireFromRoot('@vscode/test-electron');
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new HarnessError(`no result within ${timeoutMs} ms (TEST_TIMEOUT_MS)`)), timeoutMs);
  });
  let exitCode;
  try {
    exitCode = await Promise.race([
      runTests({
        version: process.env.VSCODE_VERSION || 'stable',
        extensionDevelopmentPath: root,
        extensionTestsPath: testsEntry,
        // The real environment reaches the Node extension host (the web build bakes these in).
        extensionTestsEnv: {
          DRYDOCK_HARNESS_FAIL: process.env.DRYDOCK_HARNESS_FAIL ?? '',
        },
        // The first argument is the folder to open. test-electron itself adds --no-sandbox,
        // --disable-workspace-trust, --skip-welcome, --disable-updates and a profile in .vscode-test/.
        launchArgs: [workspace, '--disable-extensions', '--disable-gpu', '--disable-telemetry', '--skip-release-notes'],
        stdout: scan(process.stdout),
        stderr: scan(process.stderr),
      }),
      timeout,
    ]);
  } catch (error) {
    // A non-zero exit of VS Code is a test failure if the suite reported; otherwise (download
    // failure, crash before the tests) it is the harness's problem.
    if (error instanceof TestRunFailedError && counts) exitCode = error.code ?? 1;
    else if (error instanceof HarnessError) throw error;
    else throw new HarnessError(`VS Code could not run the tests: ${error?.message ?? error}`);
  } finally {
    clearTimeout(timer);
  }
  return { outcome: 'exited', exitCode, counts, blocked: new Set() };
});

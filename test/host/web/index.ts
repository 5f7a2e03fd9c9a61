// Entry of the in-host tests for the *web* extension host (a web worker): the test runner that
// `@vscode/test-web` / scripts/run-web-tests.mjs points `extensionTestsPath` at. VS Code loads this
// bundle (dist/test/host/web/index.js) and calls `run()`; resolve means exit code 0, reject 1.
//
// mocha must stay on 11.x: mocha 12 is `"type": "module"`, which makes esbuild treat this UMD file as
// ESM, and its `module.exports = factory()` then replaces this bundle's own exports (no `run`).
import 'mocha/mocha'; // mocha's browser build; defines the global `mocha`
import { createHostReporter, settle, TEST_TIMEOUT_MS } from '../summary';

export function run(): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    try {
      // `reporter` must be set explicitly: the browser build defaults to the HTML reporter, which
      // needs a DOM. `color: false` because the output ends up in a CI log, not a terminal.
      mocha.setup({ ui: 'tdd', reporter: createHostReporter(), timeout: TEST_TIMEOUT_MS, color: false });
      // Defines the suites: a virtual module (scripts/build.mjs) that requires every
      // test/host/suite/**/*.test.ts, the same files the Node host entry loads.
      require('drydock:host-tests');
      mocha.run((failures) => settle(failures, resolve, reject));
    } catch (error) {
      // e.g. a test file that throws at load time; make sure it reaches the log.
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

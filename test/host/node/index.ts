// Entry of the in-host tests for a *Node* extension host: the module that `extensionTestsPath`
// points at for @vscode/test-electron (scripts/run-electron-tests.mjs) and for code-server
// (scripts/run-server-tests.mjs). VS Code requires dist/test/host/node/index.js and calls `run()`;
// resolve means exit code 0, reject 1. mocha is external in this bundle (loaded from node_modules).
import Mocha from 'mocha';
import { hostReporter, settle, TEST_TIMEOUT_MS } from '../summary';

export function run(): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    try {
      const mocha = new Mocha({ ui: 'tdd', reporter: hostReporter, timeout: TEST_TIMEOUT_MS, color: false });
      // The test files are bundled into this file instead of being added with `mocha.addFile`, so
      // emit the event that makes the tdd UI define `suite`/`test`/`setup`... as globals first.
      mocha.suite.emit('pre-require', globalThis, 'drydock-host-tests', mocha);
      require('drydock:host-tests');
      mocha.run((failures) => settle(failures, resolve, reject));
    } catch (error) {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

// Entry of the in-host tests for a *Node* extension host: the module that `extensionTestsPath`
// points at for @vscode/test-electron (scripts/run-electron-tests.mjs) and for code-server
// (scripts/run-server-tests.mjs). VS Code requires dist/test/host/node/index.js and calls `run()`;
// resolve means exit code 0, reject 1. mocha is external in this bundle (loaded from node_modules).
import Mocha from 'mocha';
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHostReporter, settle, TEST_TIMEOUT_MS, type StackMapper } from '../summary';

export function run(): Promise<void> {
  return new Promise<void>((resolvePromise, reject) => {
    try {
      const mocha = new Mocha({ ui: 'tdd', reporter: createHostReporter(bundleToSource()), timeout: TEST_TIMEOUT_MS, color: false });
      // The test files are bundled into this file instead of being added with `mocha.addFile`, so
      // emit the event that makes the tdd UI define `suite`/`test`/`setup`... as globals first.
      mocha.suite.emit('pre-require', globalThis, 'drydock-host-tests', mocha);
      require('drydock:host-tests');
      mocha.run((failures) => settle(failures, resolvePromise, reject));
    } catch (error) {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/**
 * Maps frames in this bundle back to the TypeScript sources (test/host/suite/x.test.ts:12:5), so a
 * failure in a CI log points at the test line. The extension host does not run with
 * --enable-source-maps, and enabling it now would be too late for this already-loaded file, so the
 * bundle's source map is applied by hand. Falls back to the raw stack if the map is unavailable.
 */
function bundleToSource(): StackMapper {
  const bundle = __filename; // dist/test/host/node/index.js (CommonJS bundle)
  let map: SourceMap;
  try {
    map = new SourceMap(JSON.parse(readFileSync(`${bundle}.map`, 'utf8')) as ConstructorParameters<typeof SourceMap>[0]);
  } catch {
    return (stack) => stack;
  }
  const repoRoot = resolve(dirname(bundle), '../../../..');
  const position = new RegExp(`${bundle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+):(\\d+)`, 'g');
  return (stack) =>
    stack.replace(position, (frame: string, line: string, column: string) => {
      const entry = map.findEntry(Number(line) - 1, Number(column) - 1);
      if (!('originalSource' in entry)) return frame;
      const source = entry.originalSource.startsWith('file:')
        ? fileURLToPath(entry.originalSource)
        : resolve(dirname(bundle), entry.originalSource);
      return `${relative(repoRoot, source)}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
    });
}

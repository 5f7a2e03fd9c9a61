// Reporting shared by the two in-host test entries (web worker and Node extension host).
//
// Why a reporter of our own instead of mocha's `spec`:
//  - mocha's browser build defaults to the HTML reporter, which needs `document` (absent in the web
//    worker that hosts web extensions);
//  - the output travels from the extension host through the workbench's automation log to the
//    harness; one preformatted string per line (no printf-style arguments, no colours) arrives the
//    same way in every host;
//  - a CI log must show why a test failed: full title, error, stack mapped to the sources where
//    possible, without mocha's own frames.
//
// The harness scripts (scripts/run-*-tests.mjs) look for exactly one result line, see `RESULT_PREFIX`.
// Only types are used from mocha, so this module adds no runtime dependency to either bundle.

export const RESULT_PREFIX = 'DRYDOCK-HOST-RESULT:';

/** Per-test timeout in the hosts; the workbench and extension activation can be slow on CI. */
export const TEST_TIMEOUT_MS = 20_000;

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

/** The one line the harnesses parse. */
export function formatResult(counts: Counts): string {
  return `${RESULT_PREFIX} ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
}

interface Failure {
  title: string;
  error: unknown;
}

/** Renders an error with as much detail as it carries: stack (which includes the message), and the
 *  `expected`/`actual` of assertion errors when the message itself does not show them. */
function describeError(error: unknown, mapStack: StackMapper): string {
  if (!(error instanceof Error)) {
    return `thrown non-Error value: ${safeStringify(error)}`;
  }
  let text = trimMochaFrames(mapStack(error.stack ?? `${error.name}: ${error.message}`));
  if (!text.includes(error.message)) {
    // Some engines print only the frames in `stack`.
    text = `${error.name}: ${error.message}\n${text}`;
  }
  // assert's errors carry both values; `assert.strictEqual(a, b, 'custom message')` shows neither
  // in its message. `assert.fail()` (operator 'fail') has no values to show.
  const detail = error as Error & { actual?: unknown; expected?: unknown; operator?: unknown; showDiff?: boolean };
  if ('expected' in detail && 'actual' in detail && detail.operator !== 'fail' && detail.showDiff !== false) {
    const expected = safeStringify(detail.expected);
    const actual = safeStringify(detail.actual);
    // Node's assert already appends a diff ('+ actual - expected') to custom messages.
    if (!error.message.includes('+ actual - expected') && (!error.message.includes(expected) || !error.message.includes(actual))) {
      text += `\nexpected: ${expected}\nactual:   ${actual}`;
    }
  }
  return text;
}

/** Drops the frames below the test function: from mocha's `callFn` (which invokes every test and
 *  hook, bundled or not) downwards, it is only mocha's runner. */
function trimMochaFrames(stack: string): string {
  const lines = stack.split('\n');
  const runner = lines.findIndex((line) => /^\s*at callFn\b/.test(line));
  return runner > 0 ? lines.slice(0, runner).join('\n') : stack;
}

function safeStringify(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value);
  }
  try {
    const json = JSON.stringify(value);
    return json === undefined ? String(value) : truncate(json, 2_000);
  } catch {
    return String(value);
  }
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}... (${text.length - max} more characters)`;
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
}

/**
 * A minimal mocha reporter: one line per test while running, then every failure with its full title
 * and error, then the result line. Counting is done here (not via `runner.stats`) so that a failing
 * hook counts as a failure even though mocha never starts the tests under it.
 */
/** Rewrites the frames of a stack, e.g. from bundle positions to TypeScript sources. */
export type StackMapper = (stack: string) => string;

class HostReporter {
  constructor(runner: Mocha.Runner, mapStack: StackMapper) {
    const counts: Counts = { passed: 0, failed: 0, skipped: 0 };
    const failures: Failure[] = [];
    const log = (line: string): void => console.log(line);
    let depth = 0;

    // Event names are mocha's stable public names (Mocha.Runner.constants); the strings are used so
    // that this module needs no runtime import of mocha.
    runner.on('suite', (suite: Mocha.Suite) => {
      if (!suite.root) {
        log(`${'  '.repeat(depth)}${suite.title}`);
        depth++;
      }
    });
    runner.on('suite end', (suite: Mocha.Suite) => {
      if (!suite.root) {
        depth--;
      }
    });
    runner.on('pass', (test: Mocha.Test) => {
      counts.passed++;
      log(`${'  '.repeat(depth)}ok ${test.title} (${test.duration ?? 0} ms)`);
    });
    runner.on('pending', (test: Mocha.Test) => {
      counts.skipped++;
      log(`${'  '.repeat(depth)}skipped ${test.title}`);
    });
    runner.on('fail', (test: Mocha.Runnable, error: unknown) => {
      counts.failed++;
      failures.push({ title: test.fullTitle(), error });
      log(`${'  '.repeat(depth)}FAILED ${test.title} (#${failures.length})`);
    });
    runner.once('end', () => {
      if (failures.length > 0) {
        log('');
        log(`${failures.length} failing:`);
        failures.forEach((failure, index) => {
          log(`${index + 1}) ${failure.title}`);
          log(indent(describeError(failure.error, mapStack), '     '));
        });
      }
      log('');
      log(formatResult(counts));
    });
  }
}

/**
 * The reporter, typed as mocha's options want it. mocha only calls `new Reporter(runner, options)`
 * (and `reporter.done` if it exists); the typings ask for a full `reporters.Base` subclass, which
 * would need a runtime mocha import that differs between the browser and Node bundles.
 */
export function createHostReporter(mapStack: StackMapper = (stack) => stack): Mocha.ReporterConstructor {
  return class extends HostReporter {
    constructor(runner: Mocha.Runner) {
      super(runner, mapStack);
    }
  } as unknown as Mocha.ReporterConstructor;
}

/** Settles `run()` the way VS Code expects: resolve = exit code 0, reject = exit code 1. */
export function settle(failures: number, resolve: () => void, reject: (error: Error) => void): void {
  if (failures > 0) {
    reject(new Error(`${failures} in-host test(s) failed`));
  } else {
    resolve();
  }
}

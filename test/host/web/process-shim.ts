// A minimal `process` for the web host's *test* bundle only: scripts/build.mjs injects it (esbuild
// `inject`), so it binds the free `process` identifier inside dist/test/host/web/index.js and is
// never installed as a global. The extension's own web bundle keeps seeing no `process` at all, as
// on vscode.dev, so the tests cannot hide a Node-only code path in it.
//
// Why it is needed: the browser build of `assert` reads `process.stderr` while it builds the
// message of an AssertionError without a custom message (e.g. a failing `assert.strictEqual(a, b)`).
// In a web worker that is a ReferenceError thrown with Error.stackTraceLimit = 0, so a failing
// assertion was reported as "ReferenceError: process is not defined" with no stack.
// Values of process.env that tests read are baked in by esbuild `define` before this applies.
export const process = {
  browser: true,
  env: {} as Record<string, string | undefined>,
  argv: [] as string[],
  stderr: undefined, // => no TTY, no colours in assertion messages
  nextTick(callback: (...args: unknown[]) => void, ...args: unknown[]): void {
    queueMicrotask(() => callback(...args));
  },
  emitWarning(warning: unknown): void {
    console.warn(warning);
  },
};

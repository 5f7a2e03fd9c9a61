// Shared pieces of the offline in-host test runners (scripts/run-web-tests.mjs and
// scripts/run-server-tests.mjs): building, Debian Chromium through playwright-core, the
// workbench's automation hooks, result parsing and the exit-code convention.
//
// Exit codes of every runner:
//   0  all tests passed
//   1  a test failed, or no test ran
//   2  harness failure: build failed, a host or the browser did not start, timeout, no result line
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { format } from 'node:util';

export const root = resolve(import.meta.dirname, '../..');
export const requireFromRoot = createRequire(join(root, 'package.json'));
export const EXIT_PASS = 0;
export const EXIT_TEST_FAILURE = 1;
export const EXIT_HARNESS_FAILURE = 2;
export const verbose = process.env.VERBOSE === '1';
export const HOST = '127.0.0.1';

/** A problem of the harness (not of a test): reported loudly, exit code 2. */
export class HarnessError extends Error {}

/** The line printed by test/host/summary.ts inside the extension host. */
const RESULT_RE = /DRYDOCK-HOST-RESULT: (\d+) passed, (\d+) failed, (\d+) skipped/;

/** Lines the workbench logs in every offline run that say nothing about the tests (see
 *  /work/shared/vscode-offline.md, "harmless noise"). Shown only with VERBOSE=1. */
const NOISE = [
  // workbench start-up chatter (both hosts)
  /^\[(AgentHost[^\]]*|AccountPolicyGate|ChatModelSelection|reconnection-grace-time|Service Worker)\] /,
  /^Updating additional builtin extensions cache$/,
  /^Loading development extension at /,
  // web host: no gallery offline, test-web's fs provider (registers after the workbench first
  // validates the folder), the missing package.nls.json of the development extension
  /^Ignoring fetching additional builtin extensions from gallery as it is disabled/,
  /^Found additional builtin location extensions in env/,
  /^vscode-test-web-support fs provider registers/,
  /^Ignoring the error while validating workspace folder vscode-test-web:/,
  /ENOPRO: No file system provider found for resource 'vscode-test-web:\/\/mount\//,
  /\/static\/devextensions\/package\.nls\.json' failed with status code 404/,
  // Node host (code-server): remote connection set-up, no GitHub sign-in, no open-vsx offline
  /^Resolv(ing|ed) connection token /,
  /^Creating a socket \(renderer-/,
  /^Timed out waiting for authentication provider 'github'/,
  /open-vsx\.org/,
];

export function timeoutFromEnv() {
  const raw = process.env.TEST_TIMEOUT_MS;
  if (raw === undefined || raw === '') return 240_000;
  const ms = Number(raw);
  if (!Number.isFinite(ms) || ms <= 0)
    throw new HarnessError(`TEST_TIMEOUT_MS must be a positive number of ms, got ${JSON.stringify(raw)}`);
  return ms;
}

/** Runs scripts/build.mjs, unless `--no-build` (scripts/test-all.mjs builds once for all parts). */
export function buildUnlessSkipped(label) {
  if (process.argv.includes('--no-build')) return;
  const started = Date.now();
  try {
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root });
  } catch {
    throw new HarnessError('the build failed (node scripts/build.mjs), see its output above');
  }
  console.log(`[${label}] built in ${Date.now() - started} ms`);
}

export function requireFiles(files, hint) {
  for (const file of files) {
    if (!existsSync(file)) throw new HarnessError(`missing ${relative(root, file) || file}${hint ? ` (${hint})` : ''}`);
  }
}

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `url` until `accept(status, body)` holds; throws a HarnessError after `timeoutMs`. */
export async function waitForHttp(url, { timeoutMs, accept = (status) => status === 200, isAlive = () => true, what }) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no response';
  while (Date.now() < deadline) {
    if (!isAlive()) throw new HarnessError(`${what} exited before it answered on ${url}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      const body = await response.text();
      if (accept(response.status, body)) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error?.cause?.code ?? error?.message ?? String(error);
    }
    await sleep(200);
  }
  throw new HarnessError(`${what} did not answer on ${url} within ${timeoutMs} ms (last: ${last})`);
}

/**
 * Registers cleanup work that must run however the process ends (normal end, harness error,
 * Ctrl-C, SIGTERM from CI). `fn` may be async; `onExit`, if given, must be synchronous and is the
 * last resort when the process exits without running the async cleanup.
 */
const cleanups = [];
export function onCleanup(fn, onExit) {
  cleanups.push(fn);
  if (onExit) process.once('exit', onExit);
}
export async function cleanup() {
  while (cleanups.length) {
    const fn = cleanups.pop();
    try {
      await fn();
    } catch (error) {
      if (verbose) console.error(`[harness] cleanup: ${error?.message ?? error}`);
    }
  }
}

/**
 * Wraps a runner's main function: maps HarnessError/unexpected errors/signals to exit code 2,
 * always runs the registered cleanups, prints the plain result line and exits.
 */
export async function main(label, body) {
  let failing = false;
  const fail = async (message) => {
    if (failing) return; // e.g. a second signal while cleaning up
    failing = true;
    console.error(`[${label}] HARNESS FAILURE: ${message}`);
    await cleanup();
    process.exit(EXIT_HARNESS_FAILURE);
  };
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => void fail(`interrupted by ${signal}`));
  }
  // e.g. test-web's HTTP server emits 'error' (EADDRINUSE) with no listener attached.
  process.on('uncaughtException', (error) => void fail(`uncaught exception: ${error?.stack ?? error}`));
  process.on('unhandledRejection', (error) => void fail(`unhandled rejection: ${error?.stack ?? error}`));
  let exitCode;
  try {
    const started = Date.now();
    const result = await body();
    exitCode = verdict(label, result);
    console.log(`[${label}] finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await cleanup();
    if (result.counts) {
      const { passed, failed, skipped } = result.counts;
      // The plain line CI and scripts/test-all.mjs read; keep it last and alone on its line.
      console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
    }
  } catch (error) {
    await fail(error instanceof HarnessError ? error.message : (error?.stack ?? String(error)));
  }
  process.exit(exitCode);
}

function verdict(label, { outcome, exitCode, counts, blocked }) {
  if (blocked.size) console.log(`[${label}] blocked browser requests to non-local hosts: ${[...blocked].join(', ')}`);
  if (outcome !== 'exited') throw new HarnessError(outcome);
  if (!counts)
    throw new HarnessError(
      `the extension host exited with code ${exitCode} but printed no DRYDOCK-HOST-RESULT line (did test/host/*/index.ts load?)`,
    );
  if (counts.passed + counts.failed === 0) {
    console.error(`[${label}] FAILED: no test ran`);
    return EXIT_TEST_FAILURE;
  }
  if (counts.failed > 0 || exitCode !== 0) {
    console.error(
      `[${label}] FAILED: ${counts.failed} test(s) failed${exitCode !== 0 && counts.failed === 0 ? `, and the extension host exited with ${exitCode}` : ''}`,
    );
    return EXIT_TEST_FAILURE;
  }
  return EXIT_PASS;
}

/** Debian's Chromium (playwright's own browser download is not reachable offline). The runners
 *  call this before starting a server, to fail fast. */
export function findChromium() {
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new HarnessError(`no Chromium at ${executablePath}: run 'apt-get install -y chromium' (Debian) or set CHROMIUM_PATH`);
  }
  return executablePath;
}

/**
 * Opens `url` (a VS Code workbench whose extensionTestsPath is set) in Debian's Chromium and waits
 * until the workbench reports the end of the test run through `codeAutomationExit`.
 * Every request that does not go to 127.0.0.1 is aborted and reported, so a test run can never
 * depend on the internet by accident.
 */
export async function runWorkbenchTests({ label, url, timeoutMs }) {
  const executablePath = findChromium();
  const { chromium } = requireFromRoot('playwright-core');
  const browser = await chromium
    .launch({
      executablePath,
      headless: true,
      timeout: 60_000,
      args: [
        '--no-sandbox', // CI runs as root in a container
        '--disable-gpu',
        '--disable-dev-shm-usage', // small /dev/shm in containers
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-default-apps',
      ],
    })
    .catch((error) => {
      throw new HarnessError(`Chromium did not start: ${error?.message ?? error}`);
    });
  onCleanup(() => browser.close());

  // A fresh context = a fresh profile. Service workers are blocked because their requests bypass
  // `route` (and nothing under test needs them; VS Code only uses one for webviews).
  const context = await browser.newContext({ viewport: null, serviceWorkers: 'block' });
  const blocked = new Set();
  await context.route('**/*', (route) => {
    const target = new URL(route.request().url());
    if (target.hostname === HOST) return route.continue();
    blocked.add(target.origin);
    if (verbose) console.log(`[${label}] blocked ${target.href}`);
    return route.abort('blockedbyclient');
  });

  const page = await context.newPage();
  let counts;
  let settled = false;
  let settle;
  const finished = new Promise((resolveFinished) => {
    settle = (result) => {
      settled = true;
      resolveFinished(result);
    };
  });

  // The workbench itself calls these (they exist for VS Code's smoke-test driver): extension-host
  // console output arrives via codeAutomationLog, the end of the run via codeAutomationExit.
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    // The workbench logs printf-style (e.g. '%c[Extension Host]', 'color: blue', text).
    const text = format(...(Array.isArray(args) ? args : [args]));
    const match = RESULT_RE.exec(text);
    if (match) counts = { passed: Number(match[1]), failed: Number(match[2]), skipped: Number(match[3]) };
    // After the run, shutting the workbench down logs errors such as 'Canceled'; not ours.
    if (!verbose && (settled || NOISE.some((re) => re.test(text)))) return;
    const write = type === 'error' ? console.error : console.log;
    write(text.replace(/^\[Extension Host\] /, ''));
  });
  await page.exposeFunction('codeAutomationExit', (code) => settle({ outcome: 'exited', exitCode: code }));

  page.on('crash', () => settle({ outcome: 'the browser page crashed' }));
  browser.on('disconnected', () => settle({ outcome: 'the browser disconnected' }));
  page.on('pageerror', (error) => console.error(`[${label}:page error] ${error.message}`));
  if (verbose) page.on('console', (message) => console.log(`[${label}:console.${message.type()}] ${message.text()}`));

  const timer = setTimeout(() => settle({ outcome: `no test result within ${timeoutMs} ms (TEST_TIMEOUT_MS)` }), timeoutMs);
  try {
    await page.goto(url, { timeout: 60_000 }).catch((error) => {
      settle({ outcome: `the workbench page did not load: ${error?.message ?? error}` });
    });
    const result = await finished;
    return { ...result, counts, blocked };
  } finally {
    clearTimeout(timer);
  }
}

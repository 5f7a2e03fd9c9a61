/**
 * Generates realistic GitHub Actions workflows, deterministically from a seed: several jobs,
 * matrices, `${{ }}` expressions, env, `with:`, `if:`, comments in the places people put them,
 * literal and folded `run:` scripts, quoted and flow-style values, the odd anchor and alias.
 * Used by the engine bench (a 500-line workflow), the repository bench (scripts/bench/
 * workflow-bench.mjs) and the YAML parser's differential tests. Nothing generated is committed.
 */

/** xorshift32: small, fast, and the same sequence on every machine. */
export function rng(seed: number): () => number {
  let state = seed >>> 0 || 0x9e3779b9;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
}

const ACTIONS = [
  'actions/checkout@v4',
  'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2',
  'actions/setup-node@v4',
  'actions/setup-python@v5',
  'actions/cache@v4',
  'actions/upload-artifact@v4',
  'actions/download-artifact@v4',
  'docker/setup-buildx-action@v3',
  'docker/login-action@v3',
  'docker/build-push-action@v6',
  'github/codeql-action/init@v3',
  'softprops/action-gh-release@v2',
];
const RUNNERS = ['ubuntu-latest', 'ubuntu-24.04', 'windows-latest', 'macos-latest', '${{ matrix.os }}'];
const CONDITIONS = [
  "github.event_name == 'push'",
  "${{ github.ref == 'refs/heads/main' }}",
  'success()',
  "always() && needs.build.result == 'success'",
  "contains(github.event.pull_request.labels.*.name, 'deploy')",
  "${{ !cancelled() && matrix.os != 'windows-latest' }}",
];
const COMMENTS = ['# pinned by dependabot', '# TODO: drop once the cache is warm', '# keep in sync with release.yml', '#'];

export interface WorkflowShape {
  /** Roughly how many lines to produce. */
  readonly lines: number;
  /** Allow YAML features workflows rarely use (anchors, folded scalars, flow maps, odd spacing). */
  readonly exotic?: boolean;
}

/** One workflow's text. */
export function generateWorkflow(seed: number, shape: WorkflowShape): string {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const chance = (p: number): boolean => rand() < p;
  const exotic = shape.exotic ?? false;
  const out: string[] = [];
  out.push(
    chance(0.3) ? '# Generated workflow: build, test and release' : `name: ${pick(['CI', 'Build and test', '"Release"', "'Nightly'"])}`,
  );
  if (out[0]?.startsWith('#')) out.push(`name: ${pick(['CI', 'Lint', 'Docs'])}`);
  out.push('');
  switch (Math.floor(rand() * 4)) {
    case 0:
      out.push('on: [push, pull_request]');
      break;
    case 1:
      out.push('on:', '  push:', '    branches: [main, "release/**"]', '  pull_request:', '  workflow_dispatch:');
      break;
    case 2:
      out.push(
        'on:',
        '  push:',
        '    branches:',
        '      - main',
        '    paths-ignore:',
        "      - 'docs/**'",
        '  schedule:',
        "    - cron: '17 3 * * 1'",
      );
      break;
    default:
      out.push('"on":', '  pull_request:', '    types: [opened, synchronize]', '  # release:', '  #   types: [published]');
  }
  out.push('', 'permissions:', '  contents: read', chance(0.5) ? '  pull-requests: write' : '  id-token: write  # OIDC for the registry');
  out.push('', 'env:', '  NODE_VERSION: 20', `  REGISTRY: ghcr.io`, '  IMAGE: ${{ github.repository }}', '  DEBUG: false');
  if (exotic && chance(0.5)) out.push('  EMPTY:', '  NUMBERS: 0x1F', '  FLOAT: 1.50', '  NIL: ~');
  out.push('', 'concurrency:', '  group: ${{ github.workflow }}-${{ github.ref }}', '  cancel-in-progress: true', '', 'jobs:');
  let job = 0;
  const jobIds: string[] = [];
  while (out.length < shape.lines - 4) {
    job++;
    const id = `${pick(['build', 'test', 'lint', 'deploy', 'package', 'docs'])}-${job}`;
    out.push(`  ${id}:`);
    if (chance(0.3)) out.push(`    name: ${pick(['Build (${{ matrix.os }})', "'Unit tests'", 'Deploy to "staging"'])}`);
    if (jobIds.length > 0 && chance(0.6))
      out.push(chance(0.5) ? `    needs: ${pick(jobIds)}` : `    needs: [${jobIds.slice(-2).join(', ')}]`);
    if (chance(0.4)) out.push(`    if: ${pick(CONDITIONS)}`);
    const matrix = chance(0.5);
    out.push(`    runs-on: ${matrix ? '${{ matrix.os }}' : pick(RUNNERS.slice(0, 4))}`);
    if (chance(0.3)) out.push(`    timeout-minutes: ${10 + Math.floor(rand() * 50)}`);
    if (matrix) {
      out.push('    strategy:', '      fail-fast: false', '      matrix:', '        os: [ubuntu-latest, windows-latest, macos-latest]');
      out.push(chance(0.5) ? '        node: [18, 20, 22]' : "        python-version: ['3.10', '3.11', '3.12']");
      if (chance(0.4)) out.push('        include:', '          - os: ubuntu-latest', '            experimental: true');
      if (exotic && chance(0.3)) out.push('        exclude: [{os: windows-latest, node: 18}]');
    }
    if (chance(0.4)) out.push('    env:', `      JOB_ID: ${id}`, '      TOKEN: ${{ secrets.GITHUB_TOKEN }}');
    if (chance(0.2)) out.push('    defaults:', '      run:', '        shell: bash');
    if (exotic && chance(0.2))
      out.push('    outputs:', '      version: ${{ steps.meta.outputs.version }}', '      # digest: ${{ steps.build.outputs.digest }}');
    out.push('    steps:');
    const steps = 3 + Math.floor(rand() * 8);
    for (let s = 0; s < steps && out.length < shape.lines - 2; s++) step(s);
    if (chance(0.3)) out.push(chance(0.5) ? '      # end of steps' : '    # end of job', '');
    else if (chance(0.5)) out.push('');
    jobIds.push(id);
  }
  return out.join('\n') + '\n';

  function step(s: number): void {
    const ind = '      ';
    let first = true;
    /** One key of the step's mapping: the first opens the sequence item. */
    const key = (line: string): void => {
      out.push(`${ind}${first ? '- ' : '  '}${line}`);
      first = false;
    };
    if (chance(0.15)) out.push(`${ind}${pick(COMMENTS)}`);
    const kind = Math.floor(rand() * 6);
    if (kind <= 1) {
      if (chance(0.4)) key(`name: ${pick(['Check out', 'Set up toolchain', 'Cache deps', 'Upload'])}`);
      key(`uses: ${pick(ACTIONS)}`);
      if (chance(0.6)) {
        key('with:');
        out.push(
          `${ind}    ${pick(['node-version', 'python-version', 'key', 'path', 'fetch-depth'])}: ${pick(['${{ matrix.node }}', '0', "'3.12'", '~/.npm', "npm-${{ hashFiles('**/package-lock.json') }}"])}`,
        );
        if (chance(0.5))
          out.push(
            `${ind}    ${pick(['cache', 'token', 'persist-credentials'])}: ${pick(['npm', '${{ secrets.NPM_TOKEN }}', 'false', 'true'])}`,
          );
        if (exotic && chance(0.2)) out.push(`${ind}    tags: |`, `${ind}      type=ref,event=branch`, `${ind}      type=sha`, '');
      }
    } else if (kind <= 3) {
      if (chance(0.3)) {
        key(`name: Step ${s}`);
        key(`id: step${s}`);
      }
      if (chance(0.6)) {
        const style = exotic && chance(0.3) ? pick(['>', '|-', '|+', '>-', '|2']) : '|';
        key(`run: ${style}${chance(0.1) ? '  # script' : ''}`);
        out.push(`${ind}    ${pick(['npm ci', 'set -euo pipefail', 'echo "::group::build"'])}`);
        const lines = Math.floor(rand() * 6);
        for (let l = 0; l < lines; l++) {
          const body = pick([
            'npm test -- --coverage',
            'echo "version=${{ github.sha }}" >> "$GITHUB_OUTPUT"',
            'if [ -n "$DEBUG" ]; then\n  set -x\nfi',
            'echo "${{ github.event.pull_request.title }}"',
            "python -m pytest -k 'not slow'",
            '',
            '\tindented with a tab',
          ]);
          for (const line of body.split('\n')) out.push(line === '' ? '' : `${ind}    ${line}`);
        }
      } else key(`run: ${pick(['make build', 'echo "done"', "echo 'ok'", 'npm run lint -- --fix=false', 'cargo test --locked'])}`);
      if (chance(0.3)) {
        key('env:');
        out.push(`${ind}    CI: "true"`, `${ind}    PR: \${{ github.event.number }}`);
      }
      if (chance(0.2)) key(`shell: ${pick(['bash', 'pwsh', 'python'])}`);
    } else if (kind === 4) {
      key(`name: ${pick(['Deploy', 'Publish', 'Notify'])}`);
      key(`if: ${pick(CONDITIONS)}`);
      key(`uses: ${pick(ACTIONS)}`);
      if (chance(0.5)) key('continue-on-error: true');
      if (chance(0.5)) key('with: { tag_name: "${{ github.ref_name }}", draft: false }');
    } else {
      key('run: >-');
      out.push(`${ind}    docker build`, `${ind}    --tag "\${{ env.REGISTRY }}/\${{ env.IMAGE }}:\${{ github.sha }}"`, `${ind}    .`);
      if (chance(0.3)) out.push(`${ind}    # trailing comment in the script`);
      if (chance(0.3)) out.push(`${ind}  # comment after the step`);
    }
  }
}

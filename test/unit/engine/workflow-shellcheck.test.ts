/**
 * ShellCheck on `run:` scripts, with the real `shellcheck` binary (.ci/run installs it): which
 * steps are checked, how findings map back to the exact characters of every YAML scalar style,
 * what is excluded, and how ignores and settings apply.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { DEFAULT_CONFIG, mergeConfig, type DrydockConfig, type PartialConfig } from '../../../src/engine/config';
import { applyEdits } from '../../../src/engine/text';
import type { Finding } from '../../../src/engine/types';
import { parseActionlintConfig, parseZizmorConfig } from '../../../src/engine/workflow-config';
import { createShellcheckRunner } from '../../../src/node/shellcheck-runner';
import { referencedRepoFiles } from '../../../src/workflow/repo-files';
import { lintWorkflowShellcheck, maskExpressions, planWorkflowShellcheck, workflowShellcheckJobs } from '../../../src/workflow/shellcheck';

const PATH = '/repo/.github/workflows/ci.yml';
const runner = createShellcheckRunner();

function checkWith(text: string, config: DrydockConfig, kind: 'workflow' | 'action' = 'workflow', path = PATH): Promise<Finding[]> {
  return lintWorkflowShellcheck(text, kind, path, config, runner);
}

function check(text: string, partial: PartialConfig = {}, kind: 'workflow' | 'action' = 'workflow', path = PATH): Promise<Finding[]> {
  return checkWith(text, mergeConfig(DEFAULT_CONFIG, partial), kind, path);
}

/** `SC2086@line:col "text"`: the rule, 1-based position and the characters the finding covers. */
function where(text: string, findings: readonly Finding[]): string[] {
  const lines = text.split('\n');
  return findings.map((f) => {
    const { start, end } = f.range;
    const covered = start.line === end.line ? (lines[start.line] ?? '').slice(start.character, end.character) : '…';
    return `${f.ruleId}@${start.line + 1}:${start.character + 1} ${JSON.stringify(covered)}`;
  });
}

const job = (steps: string, extra = '') => `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n${extra}    steps:\n${steps}`;

describe('ShellCheck on workflow run: scripts', function () {
  this.timeout(30000);
  before(function () {
    if (spawnSync('shellcheck', ['--version']).status !== 0)
      throw new Error('these tests need the shellcheck binary (apt install shellcheck)');
  });

  it('maps findings to the exact characters in literal, folded, plain and quoted scalars', async () => {
    const text = job(
      [
        '      - run: |',
        '          echo ok',
        '            echo $1 ${{ github.sha }} $2',
        '      - run: echo $3',
        "      - run: 'echo ''quoted'' $4'",
        '      - run: "echo \\"x\\" $5"',
        '      - run: >-',
        '          echo folded',
        '          $6',
        '      - run: echo plain',
        '          continued $7',
        '',
      ].join('\n'),
    );
    assert.deepEqual(where(text, await check(text)), [
      'SC2086@8:18 "$1"',
      'SC2086@8:39 "$2"',
      'SC2086@9:19 "$3"',
      'SC2086@10:31 "$4"',
      'SC2086@11:26 "$5"',
      'SC2086@14:11 "$6"',
      'SC2086@16:21 "$7"',
    ]);
  });

  it('masks ${{ }} with underscores of the same length, as actionlint does', () => {
    assert.equal(maskExpressions('a ${{ x }} b'), 'a ________ b');
    assert.equal(maskExpressions('${{ a\n}}'), '_____\n__');
    assert.equal(maskExpressions('${{ unclosed'), '${{ unclosed');
    const [only] = workflowShellcheckJobs(job('      - run: echo "${{ github.head_ref }}"\n'), 'workflow');
    assert.equal(only?.script, 'set -eo pipefail\necho "______________________"\n');
  });

  it('checks bash and sh only, with the shell GitHub would use', async () => {
    const text = [
      'on: push',
      'defaults:',
      '  run:',
      '    shell: sh',
      'jobs:',
      '  linux:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: "[[ -n $A ]] && echo $1"', // sh: SC3010 ([[ is undefined in sh) and SC2086
      '      - run: "[[ -n $A ]] && echo $2"',
      '        shell: bash', // bash: SC2086 only
      '      - run: echo $3',
      '        shell: pwsh',
      '      - run: echo $4',
      '        shell: python',
      '      - run: echo $5',
      '        shell: bash -e {0}',
      '  windows:',
      '    runs-on: [self-hosted, windows-2022]',
      '    defaults:',
      '      run:',
      '        shell: cmd',
      '    steps:',
      '      - run: echo $6',
      '  windows-default:',
      '    runs-on: windows-latest',
      '    steps:',
      '      - run: echo $7',
      '',
    ].join('\n');
    const jobs = workflowShellcheckJobs(text, 'workflow');
    assert.deepEqual(
      jobs.map((j) => j.shell),
      ['sh', 'bash', 'bash', 'sh'],
      'the workflow default applies to a windows job without its own',
    );
    const withoutWorkflowDefault = text.replace('defaults:\n  run:\n    shell: sh\n', '');
    const shells = workflowShellcheckJobs(withoutWorkflowDefault, 'workflow').map((j) => j.shell);
    assert.deepEqual(shells, ['bash', 'bash', 'bash'], 'a windows runner has no bash default');
    const ids = (await check(text)).map((f) => f.ruleId);
    assert.ok(ids.includes('SC3010'), ids.join());
    assert.equal(ids.filter((id) => id === 'SC2086').length, 4);
  });

  it('drops the codes actionlint drops and findings on the line Drydock adds', async () => {
    const text = job(
      [
        '      - run: |',
        '          source ./ci/env.sh', // SC1091 with -x, not asked for here anyway
        '          echo "$lowercase_unset"', // SC2154
        '          if [ -z "${{ env.X }}" ]; then echo; fi', // SC2157 after masking
        '          for x in "${{ matrix.v }}"; do echo "$x"; done', // SC2043
        '',
      ].join('\n'),
    );
    assert.deepEqual(where(text, await check(text)), []);
  });

  it('checks composite actions, whose steps name their shell', async () => {
    const text = [
      'name: a',
      'runs:',
      '  using: composite',
      '  steps:',
      '    - run: echo $1',
      '      shell: bash',
      '    - run: echo $2', // no shell: GitHub rejects it; not checked
      '',
    ].join('\n');
    assert.deepEqual(where(text, await check(text, {}, 'action', '/repo/a/action.yml')), ['SC2086@5:17 "$1"']);
  });

  it('honours rules settings, inline ignores, zizmor.yml and actionlint.yaml ignores, and workflow.shellcheck', async () => {
    const text = job(
      [
        '      - run: | # drydock-ignore SC2086',
        '          echo $1',
        '      - run: echo $2 # zizmor: ignore[SC2086]',
        '      - run: |',
        '          # shellcheck disable=SC2086',
        '          echo $3',
        '      - run: echo $4',
        '',
      ].join('\n'),
    );
    assert.deepEqual(where(text, await check(text)), ['SC2086@12:19 "$4"']);
    assert.deepEqual(await check(text, { rules: { SC2086: 'off' } }), []);
    assert.deepEqual(await check(text, { rules: { shellcheck: 'off' } }), []);
    assert.deepEqual(await check(text, { workflow: { shellcheck: false } }), []);
    assert.equal((await check(text, { rules: { 'SC*': 'error' } }))[0]?.severity, 'error');
    const zizmor = mergeConfig(DEFAULT_CONFIG, parseZizmorConfig('rules:\n  SC2086:\n    ignore: [ci.yml:12]\n', 'z', []));
    assert.deepEqual(await checkWith(text, zizmor), []);
    const actionlint = (pattern: string) =>
      mergeConfig(
        DEFAULT_CONFIG,
        parseActionlintConfig(`paths:\n  .github/workflows/*.yml:\n    ignore: ['${pattern}']\n`, '/repo/.github/actionlint.yaml', []),
      );
    assert.deepEqual(await checkWith(text, actionlint('shellcheck reported issue in this script: SC2086:.+')), []);
    assert.deepEqual(await checkWith(text, actionlint('SC2086:info:1:6:')), []);
    assert.equal((await checkWith(text, actionlint('SC2046'))).length, 1);
  });

  it('offers ShellCheck’s fix where the YAML holds the script text as is', async () => {
    const text = job(['      - run: |', '          echo $1', '      - run: echo $2', '      - run: "echo $3"', ''].join('\n'));
    const findings = await check(text);
    assert.deepEqual(
      findings.map((f) => f.fixes.length),
      [1, 1, 0],
      'no fix inside a quoted scalar: a quote would end it',
    );
    const fixed = applyEdits(
      text,
      findings.flatMap((f) => f.fixes.flatMap((x) => x.edits)),
    ).text;
    assert.match(fixed, /echo "\$1"\n {6}- run: echo "\$2"\n/);
    assert.deepEqual(findings[0]?.fixes[0]?.applicability, 'unsafe');
  });

  it('reports on the run key, with the script position, when the scalar cannot be aligned', async () => {
    const text = job('      - run: "echo \\x41 $1"\n');
    const [finding] = await check(text);
    assert.deepEqual(where(text, finding ? [finding] : []), ['SC2086@6:9 "run"']);
    assert.match(finding?.message ?? '', /\(line 1, column 8 of the script\)$/);
  });

  it('plans nothing when off, too large or for a web front end without a runner', () => {
    const text = job('      - run: echo $1\n');
    assert.equal(planWorkflowShellcheck(text, 'workflow', PATH, DEFAULT_CONFIG).jobs.length, 1);
    assert.equal(
      planWorkflowShellcheck(text, 'workflow', PATH, mergeConfig(DEFAULT_CONFIG, { workflow: { enable: false } })).jobs.length,
      0,
    );
    assert.equal(planWorkflowShellcheck(text, 'workflow', PATH, mergeConfig(DEFAULT_CONFIG, { enable: false })).jobs.length, 0);
    assert.equal(
      planWorkflowShellcheck('x'.repeat(2048), 'workflow', PATH, mergeConfig(DEFAULT_CONFIG, { secrets: { maxFileSizeKb: 1 } })).jobs
        .length,
      0,
    );
  });
});

describe('referencedRepoFiles', () => {
  it('lists local reusable workflows and local actions’ metadata files', () => {
    const text = [
      'jobs:',
      '  call:',
      '    uses: ./.github/workflows/reusable.yml',
      '  again:',
      "    uses: './.github/workflows/reusable.yml'",
      '  steps:',
      '    steps:',
      '      - uses: ./.github/actions/setup',
      '      - uses: "./tools/act/"',
      '      - uses: ./',
      '      - uses: ./${{ matrix.action }}',
      '      - uses: ../outside',
      '      - uses: ./a/../../outside',
      '      - uses: actions/checkout@v4',
      '      - run: echo ./not-a-uses',
      '',
    ].join('\n');
    assert.deepEqual(referencedRepoFiles(text, 'workflow'), [
      '.github/workflows/reusable.yml',
      '.github/actions/setup/action.yml',
      '.github/actions/setup/action.yaml',
      'tools/act/action.yml',
      'tools/act/action.yaml',
      'action.yml',
      'action.yaml',
    ]);
    assert.deepEqual(referencedRepoFiles('runs:\n  steps:\n    - uses: ./x\n', 'action'), ['x/action.yml', 'x/action.yaml']);
    assert.deepEqual(referencedRepoFiles('on: push\n', 'workflow'), []);
  });
});

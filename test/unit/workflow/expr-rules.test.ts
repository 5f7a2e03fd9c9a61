import { strict as assert } from 'node:assert';
import { DEFAULT_CONFIG, mergeConfig, type PartialConfig } from '../../../src/engine/config';
import { lint } from '../../../src/engine/lint';
import type { Finding } from '../../../src/engine/types';
import { lintText } from '../support';

const WF = '.github/workflows/ci.yml';

/** `line:column message` (1-based, as the CLI prints) of one rule's findings. */
function found(text: string, id = 'expression', config: PartialConfig = {}, path = WF): string[] {
  return lintText(path, text, config)
    .filter((f) => f.ruleId === id)
    .map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.message}`);
}

function lines(text: string, id = 'expression', config: PartialConfig = {}, path = WF): number[] {
  return found(text, id, config, path).map((f) => Number(f.split(':')[0]));
}

describe('expression rule: scopes', () => {
  it('sees only the steps before the current one, and every step from outputs:', () => {
    const text = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    outputs:',
      '      v: ${{ steps.get.outputs.v }}',
      '    steps:',
      '      - run: echo ${{ steps.get.outputs.v }}',
      '      - id: get',
      '        run: echo ${{ steps.get.outcome }}',
      '      - run: echo ${{ steps.GET.outputs.anything }} ${{ steps.get.result }}',
      '  b:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo ${{ steps.get.outputs.v }}',
      '',
    ].join('\n');
    assert.deepEqual(lines(text), [8, 10, 11, 15]);
    const steps = lintText(WF, text).find((f) => f.ruleId === 'expression');
    assert.match(steps?.related[0]?.message ?? '', /the steps of job "a"/);
  });

  it('types needs from the needed jobs outputs, not their own needs', () => {
    const text = [
      'on: push',
      'jobs:',
      '  first:',
      '    runs-on: ubuntu-latest',
      '    outputs: {one: x}',
      '    steps: [{run: echo}]',
      '  second:',
      '    needs: first',
      '    runs-on: ubuntu-latest',
      '    outputs: {two: x}',
      '    steps:',
      '      - run: echo ${{ needs.first.outputs.one }} ${{ needs.FIRST.result }}',
      '  third:',
      '    needs: [second]',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo ${{ needs.second.outputs.two }} ${{ needs.first.outputs.one }}',
      '      - run: echo ${{ needs.second.outputs.tow }}',
      '',
    ].join('\n');
    const out = found(text);
    assert.equal(out.length, 2);
    assert.match(out[0] ?? '', /^17:.*"needs.first" is not defined: the job does not list it in needs: \(second\)/);
    assert.match(out[1] ?? '', /^18:.*did you mean "two"\?/);
  });

  it('types matrix from rows and include, and leaves expression matrices alone', () => {
    const text = [
      'on: push',
      'jobs:',
      '  a:',
      '    strategy:',
      '      matrix:',
      '        os: [ubuntu-latest]',
      '        cfg: [{name: x, flags: [1]}]',
      '        include: [{os: windows-latest, experimental: true}]',
      '    runs-on: ${{ matrix.os }}',
      '    steps:',
      '      - run: echo ${{ matrix.experimental }} ${{ matrix.cfg.name }}',
      '      - run: echo ${{ matrix.arch }}',
      '      - run: echo ${{ matrix.cfg.flag }}',
      '  b:',
      '    strategy:',
      '      matrix: ${{ fromJSON(needs.setup.outputs.matrix) }}',
      '    runs-on: ${{ matrix.os }}',
      '    steps:',
      '      - run: echo ${{ matrix.anything }}',
      '',
    ].join('\n');
    // b's matrix uses `needs.setup` without needing it: that is the only finding in job b.
    assert.deepEqual(lines(text), [12, 13, 16]);
  });

  it('checks inputs, github.event.inputs and workflow_call secrets', () => {
    const text = [
      'on:',
      '  workflow_dispatch:',
      '    inputs:',
      '      level: {type: choice, options: [a, b]}',
      '  workflow_call:',
      '    inputs:',
      '      dry: {type: boolean}',
      '    secrets:',
      '      token: {required: true}',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo ${{ inputs.level }} ${{ inputs.dry }} ${{ github.event.inputs.level }} ${{ secrets.token }} ${{ secrets.GITHUB_TOKEN }}',
      '      - run: echo ${{ inputs.levle }}',
      '      - run: echo ${{ github.event.inputs.dry }}',
      '      - run: echo ${{ secrets.NPM_TOKEN }}',
      '',
    ].join('\n');
    assert.deepEqual(lines(text), [15, 16, 17]);
    // Without workflow_call secrets, any secret may exist; without inputs, none does.
    const push = 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo ${{ secrets.ANY }} ${{ inputs.x }}\n';
    assert.deepEqual(lines(push), [6]);
  });

  it('checks vars against workflow.configVariables only when it is set', () => {
    const text = 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo ${{ vars.REGION }} ${{ vars.zone }}\n';
    assert.deepEqual(lines(text), []);
    assert.deepEqual(lines(text, 'expression', { workflow: { configVariables: ['ZONE'] } }), [6]);
  });

  it('applies the availability table per key, env names included', () => {
    const text = [
      'on: push',
      'env:',
      '  A: ${{ secrets.X }}',
      '  ${{ runner.os }}: x',
      'concurrency: ${{ github.workflow }}-${{ env.X }}',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    if: success() && needs.x == null',
      '    env:',
      '      B: ${{ runner.os }}',
      '    container:',
      '      image: node',
      '      env:',
      '        C: ${{ runner.os }} ${{ env.X }}',
      '    steps:',
      "      - run: echo ${{ hashFiles('a') }}",
      '        shell: ${{ env.SHELL }}',
      '        env:',
      '          D: ${{ env.X }} ${{ runner.os }}',
      '',
    ].join('\n');
    assert.deepEqual(lines(text), [4, 5, 9, 11, 18]);
  });

  it('checks values that must be one typed expression', () => {
    const text = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      "    timeout-minutes: ${{ github.event_name == 'push' && 10 || 20 }}",
      "    continue-on-error: ${{ fromJSON('{}') }}",
      '    steps:',
      "      - run: echo ${{ github.event.pull_request }} ${{ format('{0}', 1) }}",
      "        timeout-minutes: ${{ 'ten' }}",
      "        env: ${{ fromJSON('[1]') }}",
      '',
    ].join('\n');
    assert.deepEqual(lines(text), [6, 9, 10]);
  });

  it('reads quoted YAML with its escapes undone, and points into the document', () => {
    const text =
      "on: push\njobs:\n  a:\n    runs-on: x\n    if: '${{ github.ref == ''main'' && github.nope }}'\n    steps:\n      - run: echo\n";
    const out = found(text);
    assert.equal(out.length, 1);
    assert.match(out[0] ?? '', /^5:40 "github.nope" is not defined/);
    assert.deepEqual(
      found('on: push\njobs:\n  a:\n    runs-on: x\n    if: "${{ github.ref == \\"x\\" }}"\n    steps: [{run: echo}]\n').length,
      1,
    );
  });

  it('stops at the first faulty ${{ }} of a value, as actionlint does', () => {
    const text = 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo ${{ github.nope }} ${{ github.nada }}\n';
    assert.equal(lines(text).length, 1);
  });

  it('checks action.yml with the action schema contexts and its own inputs', () => {
    const text = [
      'name: x',
      'description: y',
      'inputs:',
      '  token: {description: t, default: "${{ github.token }}"}',
      'outputs:',
      '  out: {description: o, value: "${{ steps.s.outputs.x }} ${{ steps.t.outputs.x }}"}',
      'runs:',
      '  using: composite',
      '  steps:',
      '    - id: s',
      '      run: echo ${{ inputs.token }} ${{ inputs.tokne }} ${{ matrix.any }}',
      '      shell: bash',
      '    - run: echo ${{ secrets.X }}',
      '      shell: bash',
      '      if: always()',
      '',
    ].join('\n');
    assert.deepEqual(lines(text, 'expression', {}, 'action.yml'), [6, 11, 13]);
  });

  it('reads a local action outputs and a local reusable workflow outputs through the front end', () => {
    const files: Record<string, string> = {
      'tools/action.yml': 'name: t\ndescription: t\noutputs:\n  path: {description: p, value: x}\nruns: {using: node20, main: i.js}\n',
      '.github/workflows/called.yml': 'on:\n  workflow_call:\n    outputs:\n      digest: {value: x}\njobs: {}\n',
    };
    const text = [
      'on: push',
      'jobs:',
      '  call:',
      '    uses: ./.github/workflows/called.yml',
      '  a:',
      '    needs: call',
      '    runs-on: x',
      '    steps:',
      '      - id: t',
      '        uses: ./tools',
      '      - run: echo ${{ steps.t.outputs.path }} ${{ needs.call.outputs.digest }}',
      '      - run: echo ${{ steps.t.outputs.dir }}',
      '      - run: echo ${{ needs.call.outputs.sha }}',
      '',
    ].join('\n');
    const config = mergeConfig(DEFAULT_CONFIG, {});
    const result = lint({ path: WF, text, readRepoFile: (p) => files[p] }, config);
    const mine = result.findings.filter((f: Finding) => f.ruleId === 'expression').map((f: Finding) => f.range.start.line + 1);
    assert.deepEqual(mine, [12, 13]);
  });
});

describe('if-cond rule', () => {
  it('flags text around ${{ }} and bare constants, not whole expressions', () => {
    const text = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: x',
      "    if: ${{ github.ref == 'a' }} || ${{ github.ref == 'b' }}",
      '    steps:',
      "      - if: '${{ true }} '",
      '        run: echo',
      '      - if: |',
      '          ${{ always() }}',
      '        run: echo',
      "      - if: ' true'",
      '        run: echo',
      '      - if: ${{ false }}',
      '        run: echo',
      '      - if: "${{ github.ref == \'x\' }}"',
      '        run: echo',
      '      - if: github.ref == true',
      '        run: echo',
      '',
    ].join('\n');
    assert.deepEqual(lines(text, 'if-cond'), [5, 7, 9, 12]);
    const constant = lintText(WF, text).find((f) => f.ruleId === 'if-cond' && f.range.start.line === 11);
    assert.equal(constant?.severity, 'warning');
  });
});

describe('expression rule: speed', () => {});

describe('expression rules: robustness', () => {
  it('never throws on odd shapes or on any prefix of a workflow being typed', () => {
    const odd = [
      'on: push\njobs:\n  a: null\n',
      'on: push\njobs:\n  a:\n    steps: [null, 1, {id: ${{ x }}}]\n',
      'on: push\njobs:\n  a:\n    strategy: {matrix: [1, 2]}\n    runs-on: {labels: {a: b}}\n    env: [a]\n',
      'on: {workflow_call: {inputs: {x: 1}, secrets: [a]}, workflow_dispatch: {inputs: [x]}}\njobs: {}\n',
      'on: push\njobs:\n  a:\n    strategy:\n      matrix:\n        include: ${{ fromJSON(x) }}\n        exclude: [1, ${{ y }}]\n        os: *nope\n',
      'on: push\nenv: ${{ fromJSON("x") }}\nrun-name: ${{\n',
      "name: a\nruns:\n  using: composite\n  steps:\n    - if: '${{'\n      run: ${{ }}\n",
    ];
    for (const text of odd) {
      assert.doesNotThrow(() => lintText(WF, text), text);
      assert.doesNotThrow(() => lintText('action.yml', text), text);
    }
    const full = [
      'on:',
      '  workflow_call:',
      '    inputs: {v: {type: string, default: "${{ inputs.v }}"}}',
      'jobs:',
      '  a:',
      "    if: ${{ github.event_name == 'push' }} && x",
      '    strategy: {matrix: {os: [a, b], include: [{os: c, x: 1}]}}',
      '    runs-on: ${{ matrix.os }}',
      '    steps:',
      "      - id: s\n        run: echo '${{ format(''{0}'', matrix.x) }}' \"${{ steps.s.outputs.y }}\"",
      '        if: always() && contains(fromJSON(\'["a"]\'), inputs.v)',
      '',
    ].join('\n');
    for (let end = 0; end <= full.length; end++) assert.doesNotThrow(() => lintText(WF, full.slice(0, end)), full.slice(0, end));
  });
});

/** job-needs and matrix: the graph and combination logic behind them. */
import { strict as assert } from 'node:assert';
import { DEFAULT_CONFIG, mergeConfig } from '../../../src/engine/config';
import { lint } from '../../../src/engine/lint';
import type { Finding } from '../../../src/engine/types';

const config = mergeConfig(DEFAULT_CONFIG, {});

function findings(ruleId: string, text: string): Finding[] {
  return lint({ path: '.github/workflows/ci.yml', text }, config).findings.filter((f) => f.ruleId === ruleId);
}

function job(id: string, needs?: string): string {
  return `  ${id}:\n${needs === undefined ? '' : `    needs: ${needs}\n`}    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n`;
}

describe('job-needs', () => {
  it('reports a cycle once, on the first job of it, naming each job once', () => {
    const text = `on: push\njobs:\n${job('a', '[b]')}${job('c', '[d]')}${job('d', '[a]')}${job('b', '[c]')}`;
    const found = findings('job-needs', text);
    assert.equal(found.length, 1);
    assert.equal(found[0]?.range.start.line, 3, 'at the needs of "a", the first job in the file');
    assert.match(found[0]?.message ?? '', /"a" → "b" → "c" → "d" → "a"/);
    assert.equal(found[0]?.related.length, 3, 'the other needs entries of the cycle');
  });

  it('reports one finding per cycle when there are two', () => {
    const text = `on: push\njobs:\n${job('a', 'b')}${job('b', 'a')}${job('x', 'y')}${job('y', 'x')}`;
    assert.equal(findings('job-needs', text).length, 2);
  });

  it('tells a self-need, a duplicate and an unknown job apart, and leaves case-variant job ids to the id rule', () => {
    const text = `on: push\njobs:\n${job('build')}${job('test', '[build, BUILD, test, biuld2]')}${job('Build')}`;
    const messages = findings('job-needs', text).map((f) => f.message);
    assert.equal(messages.length, 3);
    assert.ok(messages.some((m) => /listed twice/.test(m)));
    assert.ok(messages.some((m) => /needs itself/.test(m)));
    assert.ok(messages.some((m) => /"biuld2".*did you mean "build"/.test(m)));
    assert.ok(findings('id', text).some((f) => /Build/.test(f.message)));
  });

  it('handles a long chain without recursion limits', () => {
    let text = 'on: push\njobs:\n';
    for (let i = 0; i < 800; i++) text += job(`j${i}`, i === 0 ? undefined : `j${i - 1}`);
    assert.deepEqual(findings('job-needs', text), []);
    text += job('loop', 'j799');
    const cyclic = text.replace('  j0:\n', '  j0:\n    needs: loop\n');
    assert.equal(findings('job-needs', cyclic).length, 1);
  });
});

describe('matrix', () => {
  const wrap = (matrix: string) =>
    `on: push\njobs:\n  t:\n    strategy:\n      matrix:\n${matrix}    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n`;

  it('matches exclude objects as subsets, and arrays element by element', () => {
    const ok = wrap(
      '        os:\n          - {name: Ubuntu, id: ubuntu}\n          - {name: Windows, id: windows}\n        v: [[1, 2]]\n        exclude:\n          - os: {id: windows}\n            v: [1, 2]\n',
    );
    assert.deepEqual(findings('matrix', ok), []);
    const bad = wrap(
      '        os:\n          - {name: Ubuntu, id: ubuntu}\n        v: [[1, 2]]\n        exclude:\n          - os: {id: ubuntu, extra: 1}\n          - v: [1]\n',
    );
    assert.equal(findings('matrix', bad).length, 2);
  });

  it('lets include add keys and values that exclude may then filter on', () => {
    const text = wrap(
      '        os: [a]\n        include:\n          - os: b\n            shell: pwsh\n        exclude:\n          - os: b\n          - shell: pwsh\n',
    );
    assert.deepEqual(findings('matrix', text), []);
  });

  it('judges nothing built by an expression', () => {
    const text = wrap(
      '        os: ${{ fromJSON(inputs.os) }}\n        v: [1]\n        include: ${{ fromJSON(inputs.extra) }}\n        exclude:\n          - os: x\n          - nope: 1\n',
    );
    assert.deepEqual(findings('matrix', text), []);
  });

  it('compares scalars by their text, as actionlint does', () => {
    assert.equal(findings('matrix', wrap("        v: [14, '14']\n")).length, 1);
  });
});

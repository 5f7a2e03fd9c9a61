import { strict as assert } from 'node:assert';
import type { Finding } from '../../../src/engine/types';
import { lintText } from '../support';

const SCHEMA_IDS = new Set([
  'workflow-schema',
  'events',
  'glob',
  'id',
  'permissions',
  'env-var',
  'shell-name',
  'deprecated-commands',
  'hardcoded-container-credentials',
]);

function run(text: string, path = '.github/workflows/ci.yml'): Finding[] {
  return lintText(path, text).filter((f) => SCHEMA_IDS.has(f.ruleId));
}

/** `line:ruleId` (1-based lines) for compact assertions. */
function where(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.range.start.line + 1}:${f.ruleId}`);
}

describe('schema: the walker', () => {
  it('reports unknown keys on the key, with the closest valid key', () => {
    const findings = run('on: push\njobs:\n  a:\n    runs-on: x\n    default:\n      run: {}\n    steps:\n      - run: echo\n');
    const unknown = findings.find((f) => f.message.startsWith('Unknown key "default"'));
    assert.ok(unknown);
    assert.match(unknown.message, /did you mean "defaults"\?/);
    assert.deepEqual(unknown.range, { start: { line: 4, character: 4 }, end: { line: 4, character: 11 } });
  });

  it('accepts a whole-value expression where GitHub evaluates one, and only there', () => {
    const ok = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ${{ matrix.os }}',
      '    strategy: ${{ fromJSON(needs.x.outputs.strategy) }}',
      '    env: ${{ fromJSON(needs.x.outputs.env) }}',
      '    services: ${{ fromJSON(needs.x.outputs.services) }}',
      '    timeout-minutes: ${{ matrix.minutes }}',
      '    continue-on-error: ${{ matrix.experimental }}',
      '    steps:',
      '      - run: echo',
    ].join('\n');
    assert.deepEqual(where(run(ok)), []);
    const bad = 'on: push\njobs:\n  a:\n    runs-on: x\n    steps: ${{ fromJSON(x) }}\n';
    assert.deepEqual(where(run(bad)), ['5:workflow-schema']);
  });

  it('reports values of the wrong kind, with what was found', () => {
    const text = 'on: push\njobs:\n  a:\n    runs-on: x\n    continue-on-error: yes\n    timeout-minutes: 0\n    steps: {run: echo}\n';
    const messages = run(text).map((f) => f.message);
    assert.ok(messages.includes('"continue-on-error" must be true or false (or a ${{ }} expression), not "yes".'), messages.join('\n'));
    assert.ok(messages.includes('"timeout-minutes" must be greater than 0, not 0.'));
    assert.ok(messages.includes('"steps" must be a sequence, not a mapping.'));
  });

  it('tells a missing value from an explicit null, and an empty section from a missing one', () => {
    const text = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: x',
      '    container: null',
      '    env: {}',
      '    steps:',
      '      - run: echo',
      '  b:',
      '    runs-on: x',
      '    container:',
      '    steps:',
      '      - run: echo',
    ].join('\n');
    const findings = run(text);
    assert.deepEqual(
      findings.map((f) => `${f.range.start.line + 1}:${f.severity}`),
      ['6:warning', '11:error'],
    );
  });

  it('decides what a step is by its first run/uses key and reports the other kind', () => {
    const text = 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - shell: bash\n        uses: actions/checkout@v4\n';
    const findings = run(text);
    assert.deepEqual(where(findings), ['6:workflow-schema', '7:workflow-schema']);
    assert.match(findings[0]?.message ?? '', /no "run"/);
    assert.match(findings[1]?.message ?? '', /cannot both run a command/);
  });

  it('reports case-insensitive duplicates with the first key as a related location', () => {
    const findings = run('on: push\nenv:\n  FOO: 1\n  foo: 2\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n');
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.related[0]?.range.start.line, 2);
  });

  it('leaves YAML merge keys to workflow-syntax', () => {
    const text = 'on: push\njobs:\n  a:\n    <<: {runs-on: x}\n    runs-on: x\n    steps:\n      - run: echo\n';
    assert.deepEqual(where(run(text)), []);
    assert.ok(lintText('.github/workflows/ci.yml', text).some((f) => f.ruleId === 'workflow-syntax' && f.message.includes('merge keys')));
  });

  it('reports a mistake under an anchor once, however often it is aliased', () => {
    const text = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - &step',
      '        run: echo',
      '        shel: bash',
      '        env:',
      '          A B: 1',
      '      - *step',
      '      - *step',
    ].join('\n');
    assert.deepEqual(where(run(text)), ['8:workflow-schema', '10:env-var']);
  });

  it('checks action.yml by its runs.using', () => {
    const action = [
      'name: a',
      'description: d',
      'outputs:',
      '  out:',
      '    value: x',
      'runs:',
      '  using: node16',
      '  main: index.js',
      '  steps: []',
    ].join('\n');
    const findings = run(action, 'action.yml');
    assert.deepEqual(
      findings.map((f) => `${f.range.start.line + 1}:${f.severity}`),
      ['5:warning', '7:warning', '9:error', '9:error'],
    );
    assert.match(findings[0]?.message ?? '', /"value" is only read for composite actions/);
    assert.match(findings[1]?.message ?? '', /"node16" is no longer available/);
    assert.match(findings[2]?.message ?? '', /"steps" does not apply to a JavaScript action/);
    assert.deepEqual(findings[1]?.tags, ['deprecated']);
  });
});

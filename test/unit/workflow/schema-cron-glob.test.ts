import { strict as assert } from 'node:assert';
import { parseCron } from '../../../src/workflow/schema/cron';
import { validateGlob } from '../../../src/workflow/schema/glob';
import { closest, editDistance } from '../../../src/workflow/schema/suggest';

describe('schema: cron expressions', () => {
  it('accepts the five-field syntax with ranges, steps, lists and names', () => {
    for (const cron of ['* * * * *', '0 3 * * MON-FRI', '*/15 0-6,18-23 1 JAN,jul ?', '30 5 1-31/2 * sun', '5/10 * * * *'])
      assert.equal(parseCron(cron).error, undefined, cron);
  });

  it('explains what is wrong with an invalid expression', () => {
    assert.match(parseCron('0 */3 * *').error ?? '', /expected 5 fields .* found 4/);
    assert.match(parseCron('0 25 * * *').error ?? '', /25 is out of range for the hour field \(0-23\)/);
    assert.match(parseCron('0 0 * * 7').error ?? '', /7 is out of range for the day of week field/);
    assert.match(parseCron('0 0 * FOO *').error ?? '', /"FOO" is not a number or a name in the month field/);
    assert.match(parseCron('*/0 * * * *').error ?? '', /step "0"/);
    assert.match(parseCron('5-1 * * * *').error ?? '', /starts after it ends/);
    assert.match(parseCron('1,,2 * * * *').error ?? '', /empty list item/);
    assert.match(parseCron('@daily').error ?? '', /not supported/);
    assert.match(parseCron('').error ?? '', /found 0/);
  });

  it('measures the shortest gap anywhere in the schedule, across hour boundaries too', () => {
    assert.equal(parseCron('*/5 * * * *').minIntervalMinutes, 5);
    assert.equal(parseCron('*/4 * * * *').minIntervalMinutes, 4);
    assert.equal(parseCron('* */3 * * *').minIntervalMinutes, 1);
    // 58 then 02 of the next hour: four minutes apart.
    assert.equal(parseCron('58,2 * * * *').minIntervalMinutes, 4);
    // Only one hour a day: the wrap-around gap does not apply.
    assert.equal(parseCron('58,2 3 * * *').minIntervalMinutes, 56);
    assert.equal(parseCron('0 * * * *').minIntervalMinutes, 60);
    assert.equal(parseCron('0 3 * * *').minIntervalMinutes, 24 * 60);
  });
});

describe('schema: filter globs', () => {
  const problems = (pattern: string, kind: 'ref' | 'path' | 'plain') =>
    validateGlob(pattern, kind).map((p) => `${p.index}:${p.severity}:${p.message}`);

  it('accepts the filter pattern syntax', () => {
    for (const p of ['**', 'main', 'release/**', '!feature/wip-*', 'v[0-9]+.[0-9]+', 'v1.?', 'v\\+1'])
      assert.deepEqual(problems(p, 'ref'), [], p);
    for (const p of ['src/**/*.ts', '!**/*.md', 'docs/[a-z]*', 'foo\\bar', '.github/workflows/*.yml'])
      assert.deepEqual(problems(p, 'path'), [], p);
  });

  it('points at the offending character', () => {
    assert.deepEqual(
      validateGlob('v[0-', 'ref').map((p) => p.index),
      [1],
    );
    assert.deepEqual(
      validateGlob('v[9-0]', 'ref').map((p) => [p.index, p.length]),
      [[2, 3]],
    );
    assert.deepEqual(
      validateGlob('v*+', 'ref').map((p) => p.index),
      [2],
    );
    assert.deepEqual(
      validateGlob('/v\\d+/', 'ref').map((p) => p.index),
      [0, 2, 5],
    );
  });

  it('applies Git ref-name rules to branches and tags only', () => {
    assert.equal(problems('feature branch', 'ref').length, 1);
    assert.equal(problems('feature branch', 'path').length, 0);
    assert.match(problems('a..b', 'ref')[0] ?? '', /"\.\."/);
    assert.match(problems('a@{b', 'ref')[0] ?? '', /"@\{"/);
    assert.match(problems('release/', 'ref')[0] ?? '', /cannot end with "\/"/);
    assert.match(problems('v\\[1', 'ref')[0] ?? '', /cannot contain "\["/);
    assert.deepEqual(problems('release/', 'path'), []);
  });

  it('treats patterns that are valid but cannot work as warnings', () => {
    assert.match(problems('[x]', 'ref')[0] ?? '', /^0:warning:.*single character/);
    assert.match(problems('./src/**', 'path')[0] ?? '', /^0:warning:.*never matches/);
    assert.match(problems('!./src/**', 'path')[0] ?? '', /^1:warning:/);
    assert.match(problems(' src', 'path')[0] ?? '', /^0:error:.*start with a space/);
    assert.match(problems('!', 'plain')[0] ?? '', /needs something to negate/);
  });
});

describe('schema: suggestions', () => {
  it('computes edit distance with transpositions', () => {
    assert.equal(editDistance('default', 'defaults'), 1);
    assert.equal(editDistance('permisions', 'permissions'), 1);
    assert.equal(editDistance('nuees', 'needs'), 2);
    assert.equal(editDistance('abc', 'acb'), 1);
    assert.equal(editDistance('', 'abc'), 3);
  });

  it('suggests only plausible typos, case-insensitively', () => {
    const keys = ['defaults', 'env', 'runs-on', 'steps', 'shell'];
    assert.equal(closest('default', keys), 'defaults');
    assert.equal(closest('SHELL', keys), 'shell');
    assert.equal(closest('runs_on', keys), 'runs-on');
    assert.equal(closest('invalid_key', keys), undefined);
    assert.equal(closest('x', keys), undefined);
  });
});

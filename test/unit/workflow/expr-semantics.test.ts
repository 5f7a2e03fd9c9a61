import { strict as assert } from 'node:assert';
import { availabilityAt, UNRESTRICTED } from '../../../src/workflow/expr/availability';
import { checkExpr, isConstantExpr } from '../../../src/workflow/expr/check';
import { BUILTIN_CONTEXTS } from '../../../src/workflow/expr/contexts';
import { conditionSource, expressionsIn, parseSpan } from '../../../src/workflow/expr/extract';
import { formatPlaceholders } from '../../../src/workflow/expr/functions';
import { parseExpression } from '../../../src/workflow/expr/parse';
import {
  ANY,
  arrayOf,
  assignable,
  BOOL,
  looseObject,
  mapObject,
  merge,
  NUMBER,
  STRING,
  strictObject,
  typeName,
  typeOfJson,
} from '../../../src/workflow/expr/types';
import type { YScalar } from '../../../src/workflow/yaml/node';

function check(source: string, key = '', contexts = BUILTIN_CONTEXTS) {
  const parsed = parseExpression(source);
  assert.ok(parsed.ok, `${source}: ${parsed.ok ? '' : parsed.error.message}`);
  return checkExpr(parsed.expr, { contexts, availability: key === '' ? UNRESTRICTED : availabilityAt(key) });
}

function messages(source: string, key = ''): string[] {
  return check(source, key).problems.map((p) => p.message);
}

describe('expression types', () => {
  it('assigns numbers to strings and anything to booleans, but not objects to strings', () => {
    assert.ok(assignable(STRING, NUMBER));
    assert.ok(assignable(BOOL, strictObject()));
    assert.ok(!assignable(STRING, looseObject()));
    assert.ok(assignable(arrayOf(STRING), arrayOf(ANY)));
    assert.ok(!assignable(arrayOf(STRING), strictObject()));
  });

  it('merges the branches of || and keeps strings over numbers', () => {
    assert.equal(merge(STRING, NUMBER), STRING);
    assert.equal(merge(NUMBER, STRING), STRING);
    assert.equal(merge(BOOL, NUMBER).kind, 'any');
    const m = merge(strictObject([['a', STRING]]), strictObject([['b', NUMBER]]));
    assert.equal(typeName(m), '{a: string; b: number}');
  });

  it('types JSON literals for fromJSON', () => {
    assert.equal(typeName(typeOfJson({ bool: true, array: [false] })), '{array: array<bool>; bool: bool}');
    assert.equal(typeName(typeOfJson(['foo', 1.2])), 'array<string>');
    assert.equal(typeName(mapObject(STRING)), '{string => string}');
  });

  it('reads format() placeholders, with {{ and }} as escaped braces', () => {
    assert.deepEqual([...formatPlaceholders('{0}-{1}')].sort(), [0, 1]);
    assert.deepEqual([...formatPlaceholders('{{0}} {1}')], [1]);
    assert.deepEqual([...formatPlaceholders('{0}}}')], [0]);
    assert.deepEqual([...formatPlaceholders('{} {x} {')], []);
  });
});

describe('expression checker', () => {
  it('accepts the common shapes', () => {
    for (const source of [
      "github.event_name == 'push' && startsWith(github.ref, 'refs/tags/')",
      "contains(github.event.pull_request.labels.*.name, 'deploy')",
      "format('{0} {{x}} {1}', github.actor, 1)",
      "join(github.event.commits.*.message, '\\n')",
      'toJSON(github) != null',
      "fromJSON('[1, 2]')[0] > 1",
      "case(github.ref == 'refs/heads/main', 'prod', 'dev')",
      "GITHUB.Event_Name == 'push' && ToJson(github.event) != ''",
    ])
      assert.deepEqual(messages(source), [], source);
  });

  it('reports unknown contexts, functions, properties and arity', () => {
    assert.match(messages('gihub.sha')[0] ?? '', /Undefined context "gihub": did you mean "github"/);
    assert.match(messages("startWith('a', 'b')")[0] ?? '', /Undefined function "startWith": did you mean startsWith\(\)/);
    assert.match(messages('github.event_nmae')[0] ?? '', /did you mean "event_name"/);
    assert.match(messages("startsWith('a')")[0] ?? '', /takes 2 arguments but 1 is given/);
    assert.match(messages('startsWith(github.event, 1)')[0] ?? '', /Argument 1 of startsWith\(\) must be string, not object/);
    assert.match(
      messages("contains(github, 'x')")[0] ?? '',
      /does not accept .* it takes contains\(string, string\) or contains\(array<any>, any\)/,
    );
    assert.match(messages('github.repository.owner')[0] ?? '', /cannot be read from a value of type string/);
  });

  it('checks format() against its arguments, and fromJSON() literals', () => {
    assert.match(messages("format('{0}{1}', 1, 2, 3)")[0] ?? '', /no placeholder \{2\}/);
    assert.match(messages("format('{0}{1}{2}', 1, 2)")[0] ?? '', /uses \{2\} but only 2 arguments/);
    assert.match(messages('fromJSON(\'["main"\')')[0] ?? '', /broken JSON/);
    assert.deepEqual(messages("fromJSON('...')"), [], 'a placeholder is not JSON to check');
    assert.match(messages("case(true, 'a', false, 'b')")[0] ?? '', /odd number of arguments/);
  });

  it('knows which contexts and status functions each key allows', () => {
    assert.match(messages('env.FOO', 'run-name')[0] ?? '', /env context is not available in run-name: use github, inputs or vars/);
    assert.match(messages('secrets.X', 'jobs.<job_id>.steps.if')[0] ?? '', /secrets context is not available/);
    assert.deepEqual(messages("always() && hashFiles('x') != ''", 'jobs.<job_id>.steps.if'), []);
    assert.match(messages("hashFiles('x')", 'jobs.<job_id>.if')[0] ?? '', /hashFiles\(\) is not available in jobs.<job_id>.if/);
    assert.match(messages('success()', 'jobs.<job_id>.steps.run')[0] ?? '', /success\(\) is not available/);
    assert.match(messages('success()')[0] ?? '', /success\(\) is not available here/);
    assert.match(messages('env.SHELL', 'jobs.<job_id>.steps.shell')[0] ?? '', /No context is available/);
    assert.match(messages('vars.X', 'runs.steps.run')[0] ?? '', /does not exist in an action/);
  });

  it('flags comparisons that always give the same answer', () => {
    assert.match(messages("github.event == 'push'")[0] ?? '', /Comparing object with string using "==" always gives false/);
    assert.match(messages('true > 1')[0] ?? '', /orders only numbers and strings/);
    assert.deepEqual(messages("github.run_number > 10 && github.event.action != null && '1' == 1"), []);
  });

  it('narrows && and || so `cond && x || y` keeps the type of x and y', () => {
    assert.equal(check("github.event_name == 'push' && 60 || 20").type.kind, 'number');
    assert.equal(check("('a' || 60) && 20").type.kind, 'number');
  });

  it('types the object filter and indexes', () => {
    const contexts = new Map(BUILTIN_CONTEXTS);
    contexts.set('needs', strictObject([['build', strictObject([['result', STRING]])]]));
    const parsed = parseExpression('needs.*.result');
    assert.ok(parsed.ok);
    assert.equal(checkExpr(parsed.expr, { contexts, availability: UNRESTRICTED }).type.kind, 'array');
    assert.match(
      messages('fromJSON(\'{"win":"w"}\')[\'mac\']')[0] ?? '',
      /Property "mac" is not defined: the object has no such property \(win\)/,
    );
    assert.match(messages("fromJSON('[1]')[github]")[0] ?? '', /An array index must be a number, not a value of type \{/);
    assert.match(messages('github.ref[0]')[0] ?? '', /Only objects and arrays can be indexed/);
  });

  it('checks configuration variable names and the configured list', () => {
    const parsed = parseExpression('vars.REGION == vars.github_x');
    assert.ok(parsed.ok);
    const found = checkExpr(parsed.expr, { contexts: BUILTIN_CONTEXTS, availability: UNRESTRICTED, configVariables: ['ZONE'] });
    assert.equal(found.problems.length, 2);
    assert.match(found.problems[0]?.message ?? '', /Undefined configuration variable "REGION"/);
    assert.match(found.problems[1]?.message ?? '', /cannot start with GITHUB_/);
  });

  it('tells constant conditions from ones that depend on the run', () => {
    const constant = (s: string): boolean => {
      const p = parseExpression(s);
      return p.ok && isConstantExpr(p.expr);
    };
    assert.ok(constant('true && false'));
    assert.ok(constant("startsWith('ab', 'a')"));
    assert.ok(!constant('success()'));
    assert.ok(!constant("fromJSON('true')"));
    assert.ok(!constant('github.ref'));
  });
});

describe('expression parser', () => {
  it('reads GitHub number literals and rejects what GitHub does', () => {
    for (const ok of ['-1', '0x1F', '1.5e-3', '0', '2.99e2']) assert.ok(parseExpression(ok).ok, ok);
    for (const bad of ['1 + 1', '01', '1.', '- 1', '+1', '"x"', 'a = b', 'a & b', 'github.event.'])
      assert.ok(!parseExpression(bad).ok, bad);
  });

  it('maps unescaped sources back to the document', () => {
    const text = "if: '${{ github.ref == ''main'' && x }}'\n";
    const scalar: YScalar = {
      kind: 'scalar',
      value: "${{ github.ref == 'main' && x }}",
      typed: "${{ github.ref == 'main' && x }}",
      style: 'single',
      start: 4,
      end: text.length - 1,
      valueStart: 5,
      valueEnd: text.length - 2,
    };
    const [span] = expressionsIn(text, scalar);
    assert.ok(span?.terminated);
    assert.equal(span.inner, " github.ref == 'main' && x ");
    const parsed = parseSpan(span);
    assert.ok(parsed.ok);
    assert.equal(parsed.expr.type, 'binary');
    if (parsed.expr.type !== 'binary') return;
    // `x` sits after the doubled quotes: its offset is in the document, not in the unescaped text.
    assert.equal(text.slice(parsed.expr.right.start, parsed.expr.right.end), 'x');
    const cond = conditionSource(text, scalar);
    assert.equal(cond?.wrapped, true);
  });
});

/** The zizmor-audit helpers: constant folding, pseudo-ternaries, install detection, uses patterns. */
import { strict as assert } from 'node:assert';
import { parseExpression } from '../../../src/workflow/expr/parse';
import type { Expr } from '../../../src/workflow/expr/ast';
import { evaluate, isReducible, reducibleSubexpressions, render } from '../../../src/workflow/rules/audits/consteval';
import { unsoundTrueValues } from '../../../src/workflow/rules/audits/unsound-ternary';
import { isAdhocInstall } from '../../../src/workflow/rules/audits/adhoc-packages';
import { parseUsesPattern, repoUsesOf, usesMatches } from '../../../src/workflow/rules/audits/util';
import { shellCommands } from '../../../src/workflow/rules/audits/shell-words';

function parse(src: string): Expr {
  const r = parseExpression(src);
  assert.ok(r.ok, `does not parse: ${src}`);
  return r.expr;
}

describe('audits: constant folding', () => {
  it('folds what zizmor folds and nothing else', () => {
    for (const src of [
      "''",
      "'a'",
      'true',
      '1 > 2 || true',
      '1 != 2',
      "format('{0}', 'abc')",
      "startsWith('abc', 'a')",
      "ENDSWITH('abc', 'c')",
      "toJSON('x')",
      "join('a', ',')",
    ])
      assert.ok(isReducible(parse(src)), src);
    for (const src of ['github.sha', "format('{0}', github.ref)", "fromJSON('[1]')", 'contains(fromJSON(\'["a"]\'), github.event_name)'])
      assert.ok(!isReducible(parse(src)), src);
  });

  it('finds constant parts of a larger expression, literals excepted', () => {
    const src = "format('{0}, {1}', github.event.number, format('{0}', 'abc'))";
    assert.deepEqual(
      reducibleSubexpressions(parse(src)).map((e) => src.slice(e.start, e.end)),
      ["format('{0}', 'abc')"],
    );
  });

  it('evaluates with GitHub semantics', () => {
    const value = (src: string): unknown => evaluate(parse(src))?.value;
    assert.equal(value("format('{0} {1}', 'abc', format('{0}', 'def'))"), 'abc def');
    assert.equal(value("format('{{0}} {0}', 1)"), '{0} 1');
    assert.equal(value("'ABC' == 'abc'"), true);
    assert.equal(value("'1' == 1"), true);
    assert.equal(value('true && false'), false);
    assert.equal(value("null || 'x'"), 'x');
    assert.equal(value("contains('Hello', 'ELL')"), true);
    assert.equal(value("contains(fromJSON('[1, 2]'), 2)"), true);
    assert.equal(value('join(fromJSON(\'["a", "b"]\'), \'-\')'), 'a-b');
    assert.equal(render(null), '');
    assert.equal(evaluate(parse('github.sha')), undefined);
  });
});

describe('audits: unsound-ternary', () => {
  const cases: Array<[string, string[]]> = [
    ["foo && '' || 'bar'", ["''"]],
    ["foo && 0 || 'bar'", ['0']],
    ["foo && false || 'bar'", ['false']],
    ["foo && null || 'bar'", ['null']],
    ["foo && fromJSON('false') || 'bar'", ["fromJSON('false')"]],
    ["foo && format('{0}', '') || 'bar'", ["format('{0}', '')"]],
    ["foo || bar && '' || 'baz'", ["''"]],
    ["foo || (bar && '' || 'baz')", ["''"]],
    ["(foo && '' || 'bar') || baz", ["''"]],
    ["foo && '' || bar && 0 || 'baz'", ["''", '0']],
    ["foo || (true && '' || 'bar')", []],
    ["!foo && 'bar' || ''", []],
    ["foo && 'bar' || ''", []],
    ["foo || bar && ''", []],
    ["true && '' || 'bar'", []],
  ];
  for (const [src, want] of cases)
    it(src, () => {
      assert.deepEqual(
        unsoundTrueValues(parse(src)).map((e) => src.slice(e.start, e.end)),
        want,
      );
    });
});

describe('audits: adhoc-packages', () => {
  const cases: Array<[string, boolean]> = [
    ['gem install rake', true],
    ['gem install rails:7.0.0', true],
    ['gem install rake -v 13.0.6', true],
    ['gem --silent install rake', true],
    ['gem i rake', true],
    ['gem install', false],
    ['gem install --help', false],
    ['gem build foo.gemspec', false],
    ['bundle install', false],
    ['npm install lodash', true],
    ['npm i --no-fund oxlint@1.55.0', true],
    ['npm isnt lodash', true],
    ['npm add lodash', true],
    ['npm i', false],
    ['npm install --no-fund', false],
    ['npm ci', false],
    ['npm exec --package=lodash', true],
    ['npm x lodash', true],
    ['npm exec --ws -- eslint ./*.js', true],
    ['npx -y lodash', true],
    ['npx --yes lodash@1.2.3', true],
    ['npx foobar', false],
    ['pip install requests', false],
  ];
  for (const [line, want] of cases)
    it(line, () => {
      const [cmd, ...args] = line.split(' ');
      assert.equal(isAdhocInstall(cmd ?? '', args), want);
    });

  it('splits scripts into commands at separators, outside quotes and comments', () => {
    const script = "echo 'a; npm i x' && npm i y # npm i z\nFOO=1 gem install \\\n  rake | cat";
    const commands = shellCommands(script, 0, script.length).map((c) => c.words.map((w) => w.text).join(' '));
    assert.deepEqual(commands, ['echo a; npm i x', 'npm i y', 'FOO=1 gem install rake', 'cat']);
  });
});

describe('audits: uses patterns', () => {
  const matches = (pattern: string, uses: string): boolean => {
    const p = parseUsesPattern(pattern);
    const u = repoUsesOf(uses);
    assert.ok(p && u, `${pattern} / ${uses}`);
    return usesMatches(p, u);
  };
  it('matches as zizmor RepositoryUsesPattern does', () => {
    assert.ok(matches('*', 'a/b@v1'));
    assert.ok(matches('actions/*', 'Actions/checkout/sub@v4'));
    assert.ok(matches('actions/checkout', 'ACTIONS/CHECKOUT@v4'));
    assert.ok(!matches('actions/checkout', 'actions/checkout/sub@v4'));
    assert.ok(matches('actions/cache/*', 'actions/cache@v4'));
    assert.ok(matches('actions/cache/*', 'actions/cache/save@v4'));
    assert.ok(matches('actions/cache/save', 'actions/cache/save@v4'));
    assert.ok(!matches('actions/cache/save', 'actions/cache/restore@v4'));
    assert.ok(matches('actions/checkout@v4', 'actions/checkout@v4'));
    assert.ok(!matches('actions/checkout@v4', 'actions/checkout@v3'));
    assert.ok(matches('owner/setup-*', 'owner/setup-node@v1'));
  });
  it('reads uses: values as zizmor does', () => {
    assert.deepEqual(repoUsesOf('actions/checkout/@v4'), { owner: 'actions', repo: 'checkout', subpath: '', ref: 'v4', slugLength: 16 });
    assert.equal(repoUsesOf('./local'), undefined);
    assert.equal(repoUsesOf('$/local'), undefined);
    assert.equal(repoUsesOf('docker://alpine'), undefined);
    assert.equal(repoUsesOf('${{ matrix.action }}'), undefined);
  });
});

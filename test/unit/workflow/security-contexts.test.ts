/** The context grades and expression dataflow behind template-injection. */
import { strict as assert } from 'node:assert';
import { parseExpression } from '../../../src/workflow/expr/parse';
import type { Expr } from '../../../src/workflow/expr/ast';
import { contextCapability } from '../../../src/workflow/rules/security/lib/contexts';
import { accessOf, dataflowAccesses, valueLeaves } from '../../../src/workflow/rules/security/lib/expr-flow';
import { envVarName } from '../../../src/workflow/rules/security/template-injection';

function expr(source: string): Expr {
  const parsed = parseExpression(source);
  assert.ok(parsed.ok, `does not parse: ${source}`);
  return parsed.expr;
}

const grade = (source: string) => {
  const pattern = accessOf(expr(source)).pattern;
  assert.ok(pattern, `no pattern for ${source}`);
  return contextCapability(pattern);
};

describe('security: context capabilities', () => {
  it('grades attacker-written event fields as arbitrary', () => {
    for (const c of [
      'github.event.issue.title',
      'github.event.issue.body',
      'github.event.pull_request.head.ref',
      'github.event.pull_request.head.label',
      'github.event.comment.body',
      'github.event.review.body',
      'github.event.head_commit.message',
      'github.event.head_commit.author.email',
      'github.event.commits[0].message',
      'github.event.commits.*.author.name',
      'github.event.pages[1].page_name',
      'github.event.workflow_run.head_branch',
      'github.event.changes.new_discussion.labels[0].name',
      "github.event['pull_request']['title']",
    ])
      assert.equal(grade(c), 'arbitrary', c);
  });

  it('grades URLs as structured', () => {
    for (const c of ['github.event.pull_request.html_url', 'github.event.issue.user.avatar_url', 'github.event.issue.reactions.url'])
      assert.equal(grade(c), 'structured', c);
  });

  it('grades numbers, booleans, timestamps, enums and known SHAs as fixed', () => {
    for (const c of [
      'github.event.pull_request.number',
      'github.event.issue.user.id',
      'github.event.workflow_run.pull_requests[0].base.repo.id',
      'github.event.pull_request.draft',
      'github.event.pull_request.head.repo.fork',
      'github.event.pull_request.created_at',
      'github.event.pull_request.state',
      'github.event.issue.user.type',
      'github.event.pull_request.commits',
      'github.event.issue.reactions.total_count',
      'github.event.pull_request.head.sha',
      'github.event.before',
      'github.sha',
      'github.run_id',
      'github.event_name',
      'github.triggering_actor',
      'runner.os',
    ])
      assert.equal(grade(c), 'fixed', c);
  });

  it('leaves other github and runner contexts to the heuristics (zizmor: github.* is arbitrary)', () => {
    for (const c of [
      'github.head_ref',
      'github.ref_name',
      'github.actor',
      'github.event',
      'runner.name',
      'github.event.commits',
      'github.event.issue.type',
    ])
      assert.notEqual(grade(c), 'fixed', c);
    assert.equal(contextCapability(['inputs', 'x']), undefined);
  });
});

describe('security: dataflow', () => {
  const flows = (source: string) => dataflowAccesses(expr(source)).map((a) => (a.pattern ? a.pattern.join('.') : `call:${a.root}`));

  it('follows values, not conditions', () => {
    assert.deepEqual(flows('github.event.issue.title'), ['github.event.issue.title']);
    assert.deepEqual(flows("github.event.issue.title == 'x'"), []);
    assert.deepEqual(flows('!github.event.issue.title'), []);
    assert.deepEqual(flows('a.b && c.d || e.f'), ['c.d', 'e.f']);
    assert.deepEqual(flows("contains(github.event.issue.title, 'x')"), []);
    assert.deepEqual(flows("format('{0}', github.head_ref)"), ['github.head_ref']);
    assert.deepEqual(flows('toJSON(github.event)'), ['github.event']);
    assert.deepEqual(flows("join(github.event.issue.labels.*.name, ',')"), ['github.event.issue.labels.*.name']);
    assert.deepEqual(flows('fromJSON(steps.x.outputs.y)'), []);
    assert.deepEqual(flows('fromJSON(steps.x.outputs.y).z'), ['call:']);
  });

  it('treats computed indexes as patternless', () => {
    const [access] = dataflowAccesses(expr('github.event[matrix.field]'));
    assert.equal(access?.pattern, undefined);
    assert.equal(access?.root, 'github');
  });

  it('lists the values an image expression can take', () => {
    const leaves = valueLeaves(expr("inputs.db == 'true' && 'redis:7' || ''"));
    assert.deepEqual(
      leaves.map((l) => (l.type === 'literal' ? l.value : l.type)),
      ['redis:7', ''],
    );
  });
});

describe('security: environment variable names for the fix', () => {
  it('names variables as zizmor does', () => {
    for (const [source, name] of [
      ['github.event.issue.title', 'GITHUB_EVENT_ISSUE_TITLE'],
      ['foo.bar[0]', 'FOO_FIRST_BAR'],
      ['foo.bar[0][0]', 'FOO_FIRST_FIRST_BAR'],
      ['foo.bar[2]', 'FOO_THIRD_BAR'],
      ['foo.bar[4]', 'FOO_5TH_BAR'],
      ['foo.bar.*', 'FOO_ANY_BAR'],
      ['foo.bar[*].*', 'FOO_ANY_ANY_BAR'],
      ["foo.bar['baz']['quux'].zap", 'FOO_BAR_BAZ_QUUX_ZAP'],
      ['inputs.my-input', 'INPUTS_MY_INPUT'],
      ['env.Foo_bar', 'Foo_bar'],
      ["env['FOO']", 'FOO'],
    ] as const)
      assert.equal(envVarName(expr(source)), name, source);
  });

  it('gives up on calls, computed indexes and names that are not identifiers', () => {
    for (const source of ['fromJSON(foo.bar).baz', 'foo.bar[computed]', "foo['has space']", 'format(a, b)'])
      assert.equal(envVarName(expr(source)), undefined, source);
  });
});

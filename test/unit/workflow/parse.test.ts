import { strict as assert } from 'node:assert';
import { parseWorkflowYaml } from '../../../src/workflow/lint-workflow';
import { ids, lintText } from '../support';

/** The rules this file is about; other workflow rules (schema, action inputs) have their own tests. */
const only = (list: string[], ...keep: string[]) => list.filter((id) => keep.includes(id));

describe('workflow parsing', () => {
  it('reports malformed YAML as workflow-syntax diagnostics, never throwing', () => {
    const inputs = [
      'on: push\njobs:\n\ttest: {}\n',
      'on: push\non: pull_request\n',
      'a: &x [*x]\n',
      'on: push\n---\non: pull_request\n',
      'jobs:\n  a:\n    steps:\n      - uses: "actions/checkout@v4\n',
      'key: [unclosed\n',
      '\u0000\u0001',
      '',
    ];
    for (const text of inputs) {
      assert.doesNotThrow(() => lintText('.github/workflows/x.yml', text), text);
    }
    assert.deepEqual(only(ids(lintText('.github/workflows/x.yml', 'on: push\non: pull_request\n')), 'workflow-syntax'), [
      'workflow-syntax',
    ]);
    const multi = lintText('.github/workflows/x.yml', 'on: push\n---\non: pull_request\n');
    assert.match(multi.find((f) => f.ruleId === 'workflow-syntax')?.message ?? '', /only the first YAML document/);
  });

  it('walks steps of jobs and composite actions, and reusable workflow calls', () => {
    const action = 'name: a\nruns:\n  using: composite\n  steps:\n    - uses: actions/cache@v4\n    - run: echo\n      shell: bash\n';
    assert.deepEqual(only(ids(lintText('action.yml', action)), 'unpinned-uses'), ['unpinned-uses']);
    const call = 'on: push\njobs:\n  call:\n    uses: org/repo/.github/workflows/x.yml@main\n';
    assert.deepEqual(only(ids(lintText('.github/workflows/c.yml', call)), 'unpinned-uses'), ['unpinned-uses']);
  });

  it('survives a billion-laughs alias bomb quickly', () => {
    let text = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 12; i++)
      text += `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`;
    const started = Date.now();
    const { problems } = parseWorkflowYaml(text);
    assert.ok(Array.isArray(problems));
    assert.doesNotThrow(() => lintText('.github/workflows/bomb.yml', text));
    assert.ok(Date.now() - started < 2000, 'aliases must not be expanded');
  });
});

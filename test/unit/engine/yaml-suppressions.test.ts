/**
 * Inline ignores in workflows: zizmor's `# zizmor: ignore[…]` with zizmor's own rules (a real YAML
 * comment anywhere in any span of the finding, exact syntax, listed ids), Drydock's comments in
 * YAML, and a comment on a block scalar's `|` line covering the block.
 */
import { strict as assert } from 'node:assert';
import { SuppressionIndex } from '../../../src/engine/suppressions';
import { LineIndex } from '../../../src/engine/text';
import type { Finding, Range } from '../../../src/engine/types';
import { commentStart, yamlComment, yamlLayout } from '../../../src/engine/yaml-comments';
import { ids, lintText } from '../support';

type Probe = Pick<Finding, 'ruleId' | 'aliases' | 'category' | 'range' | 'related'>;

const lines = (from: number, to = from): Range => ({ start: { line: from, character: 2 }, end: { line: to, character: 4 } });

function probe(ruleId: string, range: Range, related: Range[] = []): Probe {
  return { ruleId, aliases: [], category: 'workflow', range, related: related.map((r) => ({ message: 'here', range: r })) };
}

function index(text: string): SuppressionIndex {
  return SuppressionIndex.build(text, 'workflow', new LineIndex(text));
}

const WORKFLOW = [
  'on: push', // 0
  'jobs:', // 1
  '  build:', // 2
  '    runs-on: ubuntu-latest', // 3
  '    steps:', // 4
  '      - name: greet # zizmor: ignore[template-injection]', // 5
  '        run: |', // 6
  '          echo "${{ github.event.issue.title }}"', // 7
  '          # zizmor: ignore[artipacked]', // 8
  '      - uses: actions/checkout@v4 # zizmor: ignore[artipacked, unpinned-uses] pinned by the release job', // 9
  '',
].join('\n');

describe('zizmor ignore comments', () => {
  const idx = index(WORKFLOW);

  it('silence the listed ids on the finding’s own lines, comma-separated with blanks allowed', () => {
    assert.ok(idx.isSuppressed(probe('unpinned-uses', lines(9))));
    assert.ok(idx.isSuppressed(probe('artipacked', lines(9))));
    assert.ok(!idx.isSuppressed(probe('excessive-permissions', lines(9))));
  });

  it('count anywhere in a multi-line span, and in related locations (any span of the finding)', () => {
    assert.ok(idx.isSuppressed(probe('template-injection', lines(5, 7))));
    assert.ok(!idx.isSuppressed(probe('template-injection', lines(7))));
    assert.ok(idx.isSuppressed(probe('template-injection', lines(7), [lines(5)])));
  });

  it('inside a run: script are text, not comments', () => {
    assert.ok(!idx.isSuppressed(probe('artipacked', lines(8))));
    assert.ok(!idx.isSuppressed(probe('artipacked', lines(6, 8))));
  });

  it('need zizmor’s exact syntax', () => {
    const text = (comment: string) => `on: push\njobs:\n  a:\n    steps:\n      - uses: a/b@v1 ${comment}\n`;
    const silenced = (comment: string, id = 'x') => index(text(comment)).isSuppressed(probe(id, lines(4)));
    assert.ok(silenced('# zizmor: ignore[x]'));
    assert.ok(silenced('# zizmor: ignore[y, x] '));
    assert.ok(silenced('# zizmor: ignore[x] because reasons'));
    assert.ok(silenced('# pinned # zizmor: ignore[x]'));
    assert.ok(silenced('# zizmor: ignore[X]'), 'ids match without case, as every Drydock ignore');
    assert.ok(!silenced('# zizmor: ignore[x]trailing'));
    assert.ok(!silenced('#zizmor: ignore[x]'));
    assert.ok(!silenced('# zizmor:ignore[x]'));
    assert.ok(!silenced('#  zizmor: ignore[x]'));
    assert.ok(!silenced('# zizmor: ignore[x y]'));
    assert.ok(!silenced('# zizmor: ignore[]'));
    assert.ok(!silenced('# zizmor: ignore[y]'));
    assert.ok(!index(`on: push\nname: "# zizmor: ignore[x]"\n`).isSuppressed(probe('x', lines(1))), 'inside a quoted string');
  });
});

describe('Drydock ignore comments in YAML', () => {
  it('drydock-ignore-next-line skips comment lines and applies to the next YAML line', () => {
    const text =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      # drydock-ignore-next-line unpinned-uses -- vetted\n      # (pinned upstream)\n      - uses: a/b@v1\n      - uses: c/d@v1\n';
    assert.deepEqual(
      lintText('.github/workflows/ci.yml', text, { rules: { '*': 'off', 'unpinned-uses': 'warning' } }).map((f) => f.range.start.line),
      [8],
    );
  });

  it('a comment on a block scalar’s indicator line covers the whole block', () => {
    const text = 'steps:\n  - run: | # drydock-ignore SC2086\n      echo $1\n\n      echo $2\n  - run: echo $3\n';
    const idx = index(text);
    assert.ok(idx.isSuppressed(probe('SC2086', lines(2))));
    assert.ok(idx.isSuppressed(probe('SC2086', lines(4))));
    assert.ok(!idx.isSuppressed(probe('SC2086', lines(5))));
  });

  it('drydock-ignore-file works in a workflow', () => {
    const text =
      '# drydock-ignore-file unpinned-uses\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: a/b@v1\n';
    assert.deepEqual(ids(lintText('.github/workflows/ci.yml', text, { rules: { '*': 'off', 'unpinned-uses': 'warning' } })), []);
  });
});

describe('YAML comment and block scalar detection', () => {
  it('finds the comment of a line, outside quoted scalars', () => {
    assert.equal(commentStart('key: value # note'), 11);
    assert.equal(commentStart('# whole line'), 0);
    assert.equal(commentStart('key: "a # b" # c'), 13);
    assert.equal(commentStart("key: 'it''s # x' # c"), 17);
    assert.equal(commentStart("run: echo it's # c"), 15);
    assert.equal(commentStart('url: http://x#frag'), -1);
    assert.equal(commentStart('key: "unclosed # x'), -1);
    assert.equal(commentStart('- [a, "b # c"] # d'), 15);
  });

  it('knows which lines belong to block scalars', () => {
    const text = [
      'jobs:', // 0
      '  a:', // 1
      '    steps:', // 2
      '      - run: |-', // 3
      '          one', // 4
      '', // 5
      '          # two', // 6
      '      - name: x', // 7
      '        run: >', // 8
      '          folded', // 9
      '        shell: bash', // 10
      '      - |', // 11
      '        item', // 12
      '    script: echo a | grep b', // 13
      '    next: x', // 14
    ].join('\n');
    const li = new LineIndex(text);
    const { blockOf, bodyEnd } = yamlLayout(li);
    assert.deepEqual([...blockOf], [-1, -1, -1, -1, 3, 3, 3, -1, -1, 8, -1, -1, 11, -1, -1]);
    assert.deepEqual(
      [...bodyEnd.entries()],
      [
        [3, 6],
        [8, 9],
        [11, 12],
      ],
    );
    assert.equal(yamlComment(li, 6), undefined, 'script text, not a comment');
  });
});

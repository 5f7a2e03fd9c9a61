/**
 * "Ignore on this line" in workflows: never a comment line inside a block scalar (it would become
 * part of the script), zizmor's syntax where the file already uses it, and the edit really silences.
 */
import { strict as assert } from 'node:assert';
import { DEFAULT_CONFIG } from '../../../src/engine/config';
import { SuppressionIndex } from '../../../src/engine/suppressions';
import { applyEdits } from '../../../src/engine/text';
import type { Finding } from '../../../src/engine/types';
import { ignoreEdit, type LintedDocument } from '../../../src/server/code-actions';
import { lintedDocument } from './harness';

const doc = (text: string): LintedDocument => lintedDocument('.github/workflows/ci.yml', text, 'yaml');

function finding(ruleId: string, line: number, character: number): Finding {
  const range = { start: { line, character }, end: { line, character: character + 2 } };
  return {
    ruleId,
    aliases: [],
    category: 'workflow',
    severity: 'warning',
    confidence: 'high',
    message: 'm',
    range,
    docsUrl: DEFAULT_CONFIG.enable ? 'https://example.invalid' : '',
    fixes: [],
    related: [],
    tags: [],
  };
}

/** Applies the ignore edit and tells whether the finding is then silenced. */
function ignoreAndCheck(text: string, f: Finding): { text: string; silenced: boolean } {
  const edit = ignoreEdit(doc(text), f);
  assert.ok(edit, 'an ignore edit is offered');
  const next = applyEdits(text, [edit]).text;
  const moved = next.split('\n').length - text.split('\n').length;
  const shifted = {
    ...f,
    range: { start: { ...f.range.start, line: f.range.start.line + moved }, end: { ...f.range.end, line: f.range.end.line + moved } },
  };
  return { text: next, silenced: SuppressionIndex.build(next, 'workflow').isSuppressed(shifted) };
}

const SCRIPT = 'jobs:\n  a:\n    steps:\n      - run: |\n          echo $1\n          echo $2\n';

describe('ignore edits in workflows', () => {
  it('inside a run: | script, comments the indicator line, which covers the block', () => {
    const { text, silenced } = ignoreAndCheck(SCRIPT, finding('SC2086', 4, 15));
    assert.equal(text, SCRIPT.replace('run: |', 'run: | # drydock-ignore SC2086'));
    assert.ok(silenced);
  });

  it('adds to an existing drydock-ignore on the indicator line, or after another comment', () => {
    const existing = SCRIPT.replace('run: |', 'run: | # drydock-ignore SC2046 -- reviewed');
    const added = ignoreAndCheck(existing, finding('SC2086', 5, 15));
    assert.match(added.text, /run: \| # drydock-ignore SC2086, SC2046 -- reviewed\n/);
    assert.ok(added.silenced);
    const other = ignoreAndCheck(SCRIPT.replace('run: |', 'run: | # build'), finding('SC2086', 4, 15));
    assert.match(other.text, /run: \| # build; drydock-ignore SC2086\n/);
    assert.ok(other.silenced);
  });

  it('outside block scalars, writes the comment line above as elsewhere', () => {
    const text = 'jobs:\n  a:\n    steps:\n      - uses: a/b@v1\n';
    const { text: next, silenced } = ignoreAndCheck(text, finding('unpinned-uses', 3, 20));
    assert.equal(next, 'jobs:\n  a:\n    steps:\n      # drydock-ignore-next-line unpinned-uses\n      - uses: a/b@v1\n');
    assert.ok(silenced);
  });

  it('uses zizmor’s syntax, at the end of the line, in a file that already has zizmor comments', () => {
    const text = 'jobs:\n  a:\n    steps:\n      - uses: a/b@v1\n      - uses: c/d@v1 # zizmor: ignore[artipacked]\n';
    const { text: next, silenced } = ignoreAndCheck(text, finding('unpinned-uses', 3, 20));
    assert.match(next, /- uses: a\/b@v1 # zizmor: ignore\[unpinned-uses\]\n/);
    assert.ok(silenced);
  });
});

import { strict as assert } from 'node:assert';
import { applyEdits, LineIndex, rangesOverlap } from '../../../src/engine/text';

describe('LineIndex', () => {
  it('maps offsets and positions both ways across LF, CRLF and CR line breaks', () => {
    const text = 'ab\r\ncd\nef\rgh';
    const index = new LineIndex(text);
    assert.equal(index.lineCount, 4);
    assert.deepEqual(index.positionAt(text.indexOf('c')), { line: 1, character: 0 });
    assert.deepEqual(index.positionAt(text.indexOf('h')), { line: 3, character: 1 });
    assert.equal(index.offsetAt({ line: 2, character: 1 }), text.indexOf('f'));
    assert.equal(index.lineText(0), 'ab');
    assert.equal(index.lineText(2), 'ef');
    assert.equal(index.offsetAt({ line: 0, character: 99 }), 2, 'clamps to the end of the line');
  });
});

describe('applyEdits', () => {
  it('applies non-overlapping edits in position order and drops overlapping ones', () => {
    const text = 'one two three';
    const r = (s: number, e: number) => ({ start: { line: 0, character: s }, end: { line: 0, character: e } });
    const out = applyEdits(text, [
      { range: r(8, 13), newText: '3' },
      { range: r(0, 3), newText: '1' },
      { range: r(1, 5), newText: 'X' },
    ]);
    assert.equal(out.text, '1 two 3');
    assert.equal(out.applied, 2);
    assert.ok(rangesOverlap(r(0, 3), r(1, 5)));
    assert.ok(!rangesOverlap(r(0, 3), r(4, 5)));
  });
});

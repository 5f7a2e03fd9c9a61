"use strict";

// test/unit/engine/text.test.ts
var import_node_assert = require("node:assert");

// src/engine/text.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
    }
    this.starts = starts;
  }
  text;
  /** Offset of the first character of each line. */
  starts;
  get lineCount() {
    return this.starts.length;
  }
  lineStart(line) {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))] ?? 0;
  }
  /** End of the line's content, before its line break. */
  lineEnd(line) {
    const next = this.starts[line + 1];
    if (next === void 0) return this.text.length;
    let end = next - 1;
    if (end > 0 && this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
  lineText(line) {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
  positionAt(offset) {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if ((this.starts[mid] ?? 0) <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - (this.starts[low] ?? 0) };
  }
  offsetAt(position) {
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.lineStart(position.line);
    return Math.min(start + position.character, this.lineEnd(position.line));
  }
  range(startOffset, endOffset) {
    return { start: this.positionAt(startOffset), end: this.positionAt(endOffset) };
  }
};
function applyEdits(text, edits) {
  const index = new LineIndex(text);
  const spans = edits.map((e, order) => ({ start: index.offsetAt(e.range.start), end: index.offsetAt(e.range.end), text: e.newText, order })).sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
  let out = "";
  let cursor = 0;
  let applied = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    out += text.slice(cursor, span.start) + span.text;
    cursor = span.end;
    applied++;
  }
  return { text: out + text.slice(cursor), applied };
}
function rangesOverlap(a, b) {
  const before = (p, q) => p.line < q.line || p.line === q.line && p.character < q.character;
  return !before(a.end, b.start) && !before(b.end, a.start);
}

// test/unit/engine/text.test.ts
describe("LineIndex", () => {
  it("maps offsets and positions both ways across LF, CRLF and CR line breaks", () => {
    const text = "ab\r\ncd\nef\rgh";
    const index = new LineIndex(text);
    import_node_assert.strict.equal(index.lineCount, 4);
    import_node_assert.strict.deepEqual(index.positionAt(text.indexOf("c")), { line: 1, character: 0 });
    import_node_assert.strict.deepEqual(index.positionAt(text.indexOf("h")), { line: 3, character: 1 });
    import_node_assert.strict.equal(index.offsetAt({ line: 2, character: 1 }), text.indexOf("f"));
    import_node_assert.strict.equal(index.lineText(0), "ab");
    import_node_assert.strict.equal(index.lineText(2), "ef");
    import_node_assert.strict.equal(index.offsetAt({ line: 0, character: 99 }), 2, "clamps to the end of the line");
  });
});
describe("applyEdits", () => {
  it("applies non-overlapping edits in position order and drops overlapping ones", () => {
    const text = "one two three";
    const r = (s, e) => ({ start: { line: 0, character: s }, end: { line: 0, character: e } });
    const out = applyEdits(text, [
      { range: r(8, 13), newText: "3" },
      { range: r(0, 3), newText: "1" },
      { range: r(1, 5), newText: "X" }
    ]);
    import_node_assert.strict.equal(out.text, "1 two 3");
    import_node_assert.strict.equal(out.applied, 2);
    import_node_assert.strict.ok(rangesOverlap(r(0, 3), r(1, 5)));
    import_node_assert.strict.ok(!rangesOverlap(r(0, 3), r(4, 5)));
  });
});
//# sourceMappingURL=text.test.js.map

import * as assert from 'node:assert/strict';
import { pickFixEdits } from '../../../src/cli/fix';
import type { Applicability, Finding, Fix } from '../../../src/engine/types';

/** Fixes that replace [start, end) on line 0 with `text`. */
function fix(applicability: Applicability, start: number, end: number, text: string): Fix {
  return {
    title: text,
    applicability,
    edits: [{ range: { start: { line: 0, character: start }, end: { line: 0, character: end } }, newText: text }],
  };
}

function finding(ruleId: string, fixes: Fix[]): Finding {
  return {
    ruleId,
    aliases: [],
    category: 'dockerfile',
    severity: 'warning',
    confidence: 'high',
    message: ruleId,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
    docsUrl: '',
    fixes,
    related: [],
    tags: [],
  };
}

const findings = [
  finding('safe', [fix('safe', 0, 1, 'S')]),
  finding('unsafe', [fix('unsafe', 5, 6, 'U')]),
  finding('display', [fix('display-only', 10, 11, 'D')]),
  // Offers a display-only fix first and an unsafe one second: only the second may apply.
  finding('second', [fix('display-only', 20, 21, 'x'), fix('unsafe', 20, 21, 'V')]),
];

describe('--fix fix selection', () => {
  const texts = (mode: 'none' | 'safe' | 'all') => pickFixEdits(findings, mode).edits.map((e) => e.newText);

  it('--fix takes safe fixes only', () => {
    assert.deepEqual(texts('safe'), ['S']);
  });

  it('--fix=all takes unsafe fixes as well, never display-only ones', () => {
    assert.deepEqual(texts('all'), ['S', 'U', 'V']);
  });

  it('takes nothing without --fix', () => {
    assert.deepEqual(texts('none'), []);
  });

  it('skips a fix whole when any of its edits overlaps one already taken', () => {
    const both: Fix = {
      title: 'two edits',
      applicability: 'safe',
      edits: [...fix('safe', 30, 31, 'A').edits, ...fix('safe', 0, 2, 'B').edits],
    };
    const picked = pickFixEdits([finding('first', [fix('safe', 1, 3, 'F')]), finding('both', [both])], 'safe');
    assert.deepEqual(
      picked.edits.map((e) => e.newText),
      ['F'],
    );
    assert.equal(picked.fixes, 1);
  });
});

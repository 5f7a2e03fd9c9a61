import { strict as assert } from 'node:assert';
import { KeywordMatcher } from '../../../src/secrets/keywords';

/** What the automaton must agree with: lower-case both sides and look for each keyword. */
function naive(keywords: readonly string[], text: string): number[] {
  const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  return keywords.flatMap((k, i) => (k.length > 0 && lower.includes(k.toLowerCase()) ? [i] : [])).sort((a, b) => a - b);
}

/** A small deterministic generator (mulberry32) so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('KeywordMatcher', () => {
  it('finds keywords case-insensitively, each once, in order of first occurrence', () => {
    const matcher = new KeywordMatcher(['token', 'KEY', 'ghp_', 'api_key']);
    // `api_key` and `key` end on the same character: the longer one (the state's own output) comes first.
    assert.deepEqual(matcher.find('export API_KEY=1; TOKEN=2; ghp_x; key again'), [3, 1, 0, 2]);
    assert.deepEqual(matcher.find('nothing here'), []);
  });

  it('reports keywords that end inside others (failure links) and overlapping ones', () => {
    const matcher = new KeywordMatcher(['he', 'she', 'his', 'hers']);
    assert.deepEqual(
      matcher.find('ushers').sort((a, b) => a - b),
      [0, 1, 3],
    );
  });

  it('treats non-ASCII characters as breaks, not as keyword characters', () => {
    const matcher = new KeywordMatcher(['secret']);
    assert.deepEqual(matcher.find('secr\u00e9t'), []);
    assert.deepEqual(matcher.find('\u00e9secret\u00e9'), [0]);
  });

  it('starts every scan afresh (a keyword seen by the previous scan is found again)', () => {
    const matcher = new KeywordMatcher(['aws', 'xoxb-']);
    assert.deepEqual(matcher.find('aws xoxb-'), [0, 1]);
    assert.deepEqual(matcher.find('xoxb-'), [1]);
    assert.deepEqual(matcher.find('AWS'), [0]);
  });

  it('agrees with a naive search on random texts and keyword sets', () => {
    const next = random(7);
    const alphabet = 'abcAB_-.:/~0123 \n\u00e9';
    const pick = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    for (let round = 0; round < 300; round++) {
      const keywords = Array.from({ length: 1 + Math.floor(next() * 12) }, () => pick(1 + Math.floor(next() * 4)).replace(/\u00e9/g, 'e'));
      const text = pick(Math.floor(next() * 200));
      const matcher = new KeywordMatcher(keywords);
      assert.deepEqual(
        matcher.find(text).sort((a, b) => a - b),
        naive(keywords, text),
        `keywords ${JSON.stringify(keywords)} in ${JSON.stringify(text)}`,
      );
    }
  });
});

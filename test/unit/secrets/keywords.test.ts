import { strict as assert } from 'node:assert';
import { WasmKeywordScanner } from '../../../src/secrets/keyword-wasm';
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
  const sorted = (found: number[]) => found.sort((a, b) => a - b);

  it('finds keywords case-insensitively, each once', () => {
    const matcher = new KeywordMatcher(['token', 'KEY', 'ghp_', 'api_key']);
    assert.deepEqual(sorted(matcher.find('export API_KEY=1; TOKEN=2; ghp_x; key again')), [0, 1, 2, 3]);
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

  describe('in WebAssembly', () => {
    const both = (keywords: readonly string[]) =>
      [new KeywordMatcher(keywords), new KeywordMatcher(keywords, { webAssembly: false })] as const;

    it('runs here (Node has WebAssembly): the scanner exists and reports occurrences', () => {
      const scanner = WasmKeywordScanner.create({
        transitions: new Int32Array(1), // one state, one class: every byte stays at the root
        classes: 1,
        classOf: new Uint8Array(128),
        outputThreshold: 0,
        longestKeyword: 1,
      });
      assert.ok(scanner, 'WebAssembly scanner could not be built');
      // Threshold 0: every byte's state counts as a hit, so a 5-byte text gives 5 pairs.
      assert.equal(scanner.scan('abcde')?.length, 10);
    });

    it('finds a keyword ending at every position of a long text (the four passes hand over exactly)', () => {
      const long = '-----BEGIN OPENSSH PRIVATE KEY-----';
      const [wasm] = both([long.toLowerCase(), 'secret']);
      for (const length of [1500, 4099]) {
        for (const [keyword, index] of [['SeCrEt', 1] as const, [long, 0] as const]) {
          for (let end = keyword.length - 1; end < length; end++) {
            const text = `${'x'.repeat(end + 1 - keyword.length)}${keyword}${'y'.repeat(length - end - 1)}`;
            assert.deepEqual(wasm.find(text), [index], `${keyword} ending at ${end} of ${length}`);
          }
        }
      }
    });

    it('agrees with the JavaScript loop and a naive search on long random texts', () => {
      const next = random(11);
      const alphabet = 'abcAB_-.:/~0123 \n\u00e9\u{1F600}\ud800';
      const chars = [...alphabet];
      const pick = (n: number) => Array.from({ length: n }, () => chars[Math.floor(next() * chars.length)]).join('');
      for (let round = 0; round < 200; round++) {
        const keywords = Array.from({ length: 1 + Math.floor(next() * 12) }, () =>
          [...pick(1 + Math.floor(next() * 6))].map((ch) => (ch.charCodeAt(0) < 128 ? ch : 'e')).join(''),
        );
        const text = pick(100 + Math.floor(next() * 6000));
        const [wasm, plain] = both(keywords);
        const expected = naive(keywords, text);
        assert.deepEqual(sorted(plain.find(text)), expected, `JavaScript: ${JSON.stringify(keywords)}`);
        assert.deepEqual(sorted(wasm.find(text)), expected, `WebAssembly: ${JSON.stringify(keywords)} in ${text.length} chars`);
      }
    });

    it('falls back to JavaScript when a text has more occurrences than the hit list holds', () => {
      const [wasm] = both(['key', 'rare']);
      const text = `${'key '.repeat(40000)}rare`;
      assert.deepEqual(sorted(wasm.find(text)), [0, 1]);
    });

    it('leaves texts over 4 Mi characters to JavaScript, with the same answer', () => {
      const [wasm] = both(['token', 'secret']);
      const huge = `secret${'x'.repeat(4 * 1024 * 1024)}token`;
      assert.deepEqual(sorted(wasm.find(huge)), [0, 1]);
      // The scanner still works (and its memory did not grow) for the next text.
      assert.deepEqual(wasm.find(`${'y'.repeat(2000)}token`), [0]);
    });

    it('scans texts of every length between the one- and four-pass sizes', () => {
      const [wasm] = both(['token']);
      for (let length = 120; length < 1300; length += 7) {
        const text = `${'.'.repeat(length - 5)}token`;
        assert.deepEqual(wasm.find(text), [0], `length ${length}`);
        assert.deepEqual(wasm.find(text.slice(0, -1)), [], `length ${length - 1}`);
      }
    });

    it('handles automata with more than 63 character classes (a 16-bit class table)', () => {
      const next = random(5);
      const chars = Array.from({ length: 90 }, (_, i) => String.fromCharCode(33 + i)).filter((c) => !/[A-Z]/.test(c));
      const keywords = Array.from({ length: 40 }, () => Array.from({ length: 3 }, () => chars[Math.floor(next() * chars.length)]).join(''));
      const [wasm, plain] = both(keywords);
      for (let round = 0; round < 30; round++) {
        const text = Array.from({ length: 3000 }, () => chars[Math.floor(next() * chars.length)]).join('');
        assert.deepEqual(sorted(wasm.find(text)), sorted(plain.find(text)));
        assert.deepEqual(sorted(wasm.find(text)), naive(keywords, text));
      }
    });
  });

  describe('on UTF-8 bytes (findInUtf8, then decodedFrom)', () => {
    const keywords = ['token', 'secret', 'secret_key', 'ghp_', 'key'];
    const wanted = Uint8Array.from(keywords, () => 1);
    const encoder = new TextEncoder();

    it('finds what find() finds in the decoded text, and keywordStarts agrees once the text is named', () => {
      const next = random(3);
      const pieces = ['token', 'SECRET_KEY', 'ghp_', 'key', ' ', 'x', '\n', '\u00e9', '\u{1F600}', 'abc'];
      for (let round = 0; round < 100; round++) {
        const text = Array.from({ length: 50 + Math.floor(next() * 1500) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
        const bytes = encoder.encode(text);
        const fromBytes = new KeywordMatcher(keywords);
        const fromText = new KeywordMatcher(keywords);
        const found = fromBytes.findInUtf8(bytes);
        assert.ok(found, `${bytes.length} bytes were not scanned`);
        assert.deepEqual(sorted(found), sorted(fromText.find(text)));
        fromBytes.decodedFrom(text);
        assert.deepEqual(sorted(fromBytes.find(text)), sorted(fromText.find(text)));
        // Offsets are only reused when bytes and characters line up (an all-ASCII text).
        const starts = fromBytes.keywordStarts(text, wanted);
        const ascii = bytes.length === text.length;
        assert.equal(starts !== undefined, ascii, `ascii ${ascii}`);
        if (starts) assert.deepEqual([...starts], [...(fromText.keywordStarts(text, wanted) ?? [])]);
      }
    });

    it('lines up offsets for invalid UTF-8 replaced byte for byte, and not for a text it did not scan', () => {
      const bytes = new Uint8Array([...encoder.encode('x'.repeat(200)), 0xff, ...encoder.encode(' token secret_key')]);
      const text = new TextDecoder().decode(bytes); // 0xff becomes one U+FFFD: one unit per byte
      const matcher = new KeywordMatcher(keywords);
      assert.deepEqual(sorted(matcher.findInUtf8(bytes) ?? []), [0, 1, 2, 4]);
      assert.equal(matcher.keywordStarts(text, wanted), undefined, 'no text named yet');
      matcher.decodedFrom(text);
      assert.deepEqual(
        [...(matcher.keywordStarts(text, wanted) ?? [])],
        [text.indexOf('token'), text.indexOf('secret_key'), text.indexOf('key')],
      );
      // Another text is scanned afresh.
      assert.deepEqual(matcher.find(`${'y'.repeat(200)}ghp_`), [3]);
    });

    it('leaves short, huge and hit-crowded byte strings to the text scan', () => {
      const matcher = new KeywordMatcher(keywords);
      assert.equal(matcher.findInUtf8(encoder.encode('token')), undefined);
      assert.equal(matcher.findInUtf8(new Uint8Array(4 * 1024 * 1024 + 1)), undefined);
      assert.equal(matcher.findInUtf8(encoder.encode('key '.repeat(20000))), undefined);
      assert.deepEqual(matcher.findInUtf8(encoder.encode(`${'z'.repeat(300)}ghp_`)), [3]);
    });
  });
});

import { strict as assert } from 'node:assert';
import { decodeUtf8, hasUtf8Bom } from '../../../src/cli/source';

describe('decoding a file for the engine', () => {
  const encoder = new TextEncoder();

  it('decodes ASCII, UTF-8 and invalid UTF-8 as the standard decoder does, and says which was invalid', () => {
    const cases: [Uint8Array, boolean][] = [
      [encoder.encode('plain ASCII\n'.repeat(100)), true],
      [encoder.encode('caf\u00e9 \u{1F600} \u4e2d\n'), true],
      [new Uint8Array([0x61, 0xff, 0x62, 0xe2, 0x82, 0x63]), false],
      [new Uint8Array(0), true],
    ];
    for (const [bytes, valid] of cases) {
      const decoded = decodeUtf8(bytes);
      assert.equal(decoded.text, new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
      assert.equal(decoded.valid, valid);
    }
  });

  it('decodes a view into a larger buffer from its own offset (the CLI reads into one reused buffer)', () => {
    const buffer = encoder.encode('xxxxhello world, all ASCII\u00e9yyyy');
    assert.equal(decodeUtf8(buffer.subarray(4, 26)).text, 'hello world, all ASCII');
    assert.equal(decodeUtf8(buffer.subarray(4, 28)).text, 'hello world, all ASCII\u00e9');
  });

  it('finds a byte-order mark, and decodes what follows it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('key: value\n')]);
    assert.equal(hasUtf8Bom(bytes), true);
    assert.equal(hasUtf8Bom(bytes.subarray(3)), false);
    assert.deepEqual(decodeUtf8(bytes.subarray(3)), { text: 'key: value\n', valid: true });
  });
});

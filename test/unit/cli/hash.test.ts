import * as assert from 'node:assert/strict';
import { fnv1a64 } from '../../../src/cli/hash';

/** The textbook definition, with BigInt: what the limb arithmetic must reproduce exactly. */
function reference(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return hash.toString(16).padStart(16, '0');
}

describe('fnv1a64', () => {
  it('matches the published FNV-1a 64 test vectors', () => {
    assert.equal(fnv1a64(''), 'cbf29ce484222325');
    assert.equal(fnv1a64('a'), 'af63dc4c8601ec8c');
    assert.equal(fnv1a64('foobar'), '85944171f73967e8');
  });

  it('agrees with a BigInt implementation on ASCII, non-ASCII and long inputs', () => {
    const inputs = ['github-pat\u0000src/app.py\u0000ghp_x', 'é—😀', '\u0000'.repeat(64), 'x'.repeat(10_000)];
    for (let i = 0; i < 200; i++) inputs.push(String.fromCharCode(...Array.from({ length: i }, (_, k) => (k * 7919 + i * 31) % 0x3000)));
    for (const input of inputs) assert.equal(fnv1a64(input), reference(input), JSON.stringify(input.slice(0, 40)));
  });
});

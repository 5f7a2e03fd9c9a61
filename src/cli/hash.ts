/**
 * 64-bit FNV-1a over the UTF-8 bytes of a string: tiny, dependency-free and stable across
 * platforms, which is all a SARIF fingerprint needs (it is not a security boundary). 64 bits
 * rather than 32 so fingerprints across a large repository do not collide.
 */
const OFFSET_BASIS = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

export function fnv1a64(text: string): string {
  let hash = OFFSET_BASIS;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * PRIME) & MASK;
  }
  return hash.toString(16).padStart(16, '0');
}

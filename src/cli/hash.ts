/**
 * 64-bit FNV-1a over the UTF-8 bytes of a string: tiny, dependency-free and stable across
 * platforms, which is all a SARIF fingerprint needs (it is not a security boundary). 64 bits
 * rather than 32 so fingerprints across a large repository do not collide.
 *
 * The hash is kept in four 16-bit limbs instead of a BigInt: a BigInt multiply per byte made
 * fingerprinting show up in profiles of big scans. The prime is 2^40 + 0x1b3, so multiplying by it
 * is one small multiply per limb plus the hash shifted left by 40 bits.
 */
const encoder = new TextEncoder();

export function fnv1a64(text: string): string {
  // 0xcbf29ce484222325, the offset basis, from the lowest limb up.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  const bytes = encoder.encode(text);
  // An index, not for…of: an iterator per call ran slowly in the cold code of a CLI run.
  for (let i = 0; i < bytes.length; i++) {
    h0 ^= bytes[i] ?? 0;
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    // << 40 moves limb 0 into limb 2 and limb 1 into limb 3, each shifted by 8 more bits.
    const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, '0')).join('');
}

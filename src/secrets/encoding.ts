/**
 * Base64 decoding shared by the detectors that check what a token decodes to (JWTs, Sentry and
 * Grafana tokens, service-account keys, PEM bodies). Accepts standard and URL-safe alphabets,
 * padding optional; pure (the engine also runs in a web worker, so no Buffer).
 */

const VALUES = (() => {
  const table = new Int8Array(128).fill(-1);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  table[43] = 62; // +
  table[45] = 62; // -
  table[47] = 63; // /
  table[95] = 63; // _
  return table;
})();

/** The decoded bytes, or undefined when the text is not base64 (or base64url). */
export function decodeBase64Bytes(text: string): Uint8Array | undefined {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61 /* = */) end--;
  if (end % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((end * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let n = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    const value = c < 128 ? (VALUES[c] ?? -1) : -1;
    if (value < 0) return undefined;
    buffer = ((buffer << 6) | value) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}

/** The decoded bytes as a latin-1 string (one character per byte), or undefined. */
export function decodeBase64Binary(text: string): string | undefined {
  const bytes = decodeBase64Bytes(text);
  if (!bytes) return undefined;
  let out = '';
  for (const byte of bytes) out += String.fromCharCode(byte);
  return out;
}

/** The JSON object a base64 payload holds, or undefined when it does not decode to one. */
export function decodeBase64Json(text: string): Record<string, unknown> | undefined {
  const decoded = decodeBase64Binary(text);
  if (decoded === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(decoded);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

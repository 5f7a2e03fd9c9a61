/** Turns a file's bytes into the text the engine lints, or says why it should not be linted. */
import { isAscii } from 'node:buffer';

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
/** Git and ripgrep look for a NUL in the first 8 KiB to call a file binary; so does the engine. */
const BINARY_SNIFF_BYTES = 8192;

export function looksBinaryBytes(bytes: Uint8Array): boolean {
  // Buffer's indexOf is a native memchr; a typed array's includes compares byte by byte in
  // JavaScript, which showed up in profiles of big trees (8 KiB of every file).
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, BINARY_SNIFF_BYTES)).indexOf(0) !== -1;
}

// One decoder of each kind for every file: each decode() call without `stream` stands alone.
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2];
}

/**
 * UTF-8 bytes (without a BOM) to text. Nearly every source file is ASCII, and for those Latin-1
 * decoding gives the same text at a fraction of the cost (a copy into a one-byte string, after a
 * vectorised ASCII check), where the UTF-8 decoder validates and converts byte by byte. `valid`
 * is false when the bytes were not valid UTF-8: linted anyway, but never rewritten by --fix.
 */
export function decodeUtf8(body: Uint8Array): { readonly text: string; readonly valid: boolean } {
  const view = Buffer.from(body.buffer, body.byteOffset, body.length);
  if (isAscii(view)) return { text: view.toString('latin1'), valid: true };
  try {
    return { text: strictDecoder.decode(body), valid: true };
  } catch {
    return { text: lenientDecoder.decode(body), valid: false };
  }
}

/** The bytes to write back after a fix; the BOM goes back where it was. */
export function encodeSource(text: string, bom: boolean): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set(UTF8_BOM, 0);
  out.set(body, 3);
  return out;
}

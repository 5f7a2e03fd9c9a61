/**
 * Building blocks for the cloud detectors: case-insensitive names inside otherwise case-sensitive
 * patterns, a bounded "name, then an assignment, then the value" pattern for credentials without a
 * prefix of their own, and the small decoders the structure checks need.
 */

/** `aws` → `[Aa][Ww][Ss]`: a name matched in any case while the value keeps its exact classes. */
import { decodeBase64Bytes as decodeBytes } from '../encoding';
import { ASSIGN_GAP } from './assign';
export function ci(word: string): string {
  return word.replace(/[A-Za-z]/g, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`);
}

/**
 * The source of a `<name>… = <value>` pattern on one line: `CLOUDFLARE_API_KEY=…`,
 * `"linode_token": "…"`, `hcloud_token: '…'`, `-e YANDEX_KEY=…`. `name` and `value` are regex
 * sources without capture groups (backreferences aside); the value becomes the `secret` group.
 *
 * Every gap is bounded: up to 20 identifier characters after the name (`_API_KEY`, `.token`), up to
 * 3 quotes/spaces before the operator, up to 5 after it. `end` is what may not follow the value, so
 * a longer random string is not reported by its prefix.
 */
export function assignmentSource(name: string, value: string, end = '[\\w+/=.-]'): string {
  return `${assignmentPrefix(name)}(?<secret>${value})(?!${end})`;
}

/** The part of `assignmentSource` before the value: the name, the gap and the operator. */
export function assignmentPrefix(name: string): string {
  return `(?:${name})[\\w.-]{0,20}${ASSIGN_GAP}`;
}

/** The global pattern of `assignmentSource`. */
export function assignment(name: string, value: string, end?: string): RegExp {
  return new RegExp(assignmentSource(name, value, end), 'g');
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes standard or URL-safe base64 to bytes; null when the text is not base64. */
export function decodeBase64Bytes(text: string): Uint8Array | null {
  return decodeBytes(text) ?? null;
}

/**
 * True when `text` is canonical base64 of exactly `bytes` bytes: the right length, the right
 * padding, and zero bits where the last character carries fewer than six. Keys that a service
 * generated always are; hand-made look-alikes usually are not.
 */
export function isCanonicalBase64(text: string, bytes: number): boolean {
  const padding = (3 - (bytes % 3)) % 3;
  if (text.length !== Math.ceil(bytes / 3) * 4) return false;
  if (!text.endsWith('='.repeat(padding)) || text.slice(0, text.length - padding).includes('=')) return false;
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return false;
  const last = BASE64.indexOf(text.charAt(text.length - padding - 1));
  const unused = padding === 1 ? 2 : padding === 2 ? 4 : 0;
  return (last & ((1 << unused) - 1)) === 0;
}

/**
 * Whether the PEM body of a JSON-escaped private key (`-----BEGIN PRIVATE KEY-----\n…`) is DER:
 * an ASN.1 SEQUENCE with a two-byte length, of a size a real RSA/EC key has. Truncated samples
 * (`MIIEvQ…`), placeholders and made-up text fail.
 */
export function isDerPrivateKeyPem(pem: string): boolean {
  const body = pem
    .replace(/-----(?:BEGIN|END) (?:RSA |EC )?PRIVATE KEY-----/g, '')
    .replace(/\\[nr]/g, '')
    .replace(/\s+/g, '');
  const der = decodeBase64Bytes(body);
  if (!der || der.length < 100) return false;
  if (der[0] !== 0x30) return false;
  const lengthByte = der[1] ?? 0;
  // The declared length must match what is there (give or take the bytes padding may add).
  if (lengthByte === 0x81) return Math.abs((der[2] ?? 0) + 3 - der.length) <= 2;
  if (lengthByte !== 0x82) return false;
  const length = ((der[2] ?? 0) << 8) | (der[3] ?? 0);
  return Math.abs(length + 4 - der.length) <= 2;
}

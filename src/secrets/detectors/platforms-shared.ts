/**
 * Building blocks of the platforms detectors: the bounded `NAME = value` context that keyword-based
 * detectors require (what gitleaks calls a semi-generic rule), a base64 JSON decoder for structure
 * checks (1Password service-account tokens, Mapbox tokens), and the bech32 checksum of age keys.
 */

/**
 * Between a credential's variable name and its value: the rest of the name (`_API_KEY`, `.token`),
 * at most three quotes or spaces, an operator (`=`, `:`, `:=`, `=>`, `?=`), at most four quotes or
 * spaces. Every part is bounded, so a match never scans further than ~40 characters.
 */
const ASSIGNMENT = String.raw`[\w.-]{0,25}?` + ASSIGN_GAP;

/** A token ends where its alphabet does (no letter, digit, `_` or `-` follows). */
import { decodeBase64Json as decodeJson } from '../encoding';
import { ASSIGN_GAP } from './assign';
export const TOKEN_END = String.raw`(?![\w-])`;

/**
 * The regex source of `<name>… = <value>`: `name` names the provider (and usually the kind of
 * credential, so ids and URLs stay out), `value` is the credential's shape, captured as `secret`.
 */
export function assignedSource(name: string, value: string, end: string = TOKEN_END): string {
  return String.raw`(?:${name})${ASSIGNMENT}(?<secret>${value})${end}`;
}

/** `assignedSource` compiled case-insensitively (`HEROKU_API_KEY=`, `herokuApiKey:`). */
export function assigned(name: string, value: string, end?: string): RegExp {
  return new RegExp(assignedSource(name, value, end), 'gi');
}

/** A lowercase or uppercase UUID, as Heroku, Railway and Snyk issue their API keys. */
export const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** The text of a match before its secret: the variable name and operator. */
export function contextOf(secret: string, match?: RegExpMatchArray): string {
  const whole = match?.[0] ?? secret;
  const at = whole.indexOf(secret);
  return at < 0 ? '' : whole.slice(0, at);
}

/** `HEROKU_APP_ID =`, `railwayProjectId:`: a name ending in "id" holds an identifier, not a key. */
export function namesAnIdentifier(context: string): boolean {
  return /(?:^|[^A-Za-z])(?:id|ID)[\s'"\x60]*(?::=|=>|\?=|=|:)|[a-z]Id[\s'"\x60]*(?::=|=>|\?=|=|:)/.test(context);
}

/** Decodes standard or URL-safe base64 (padding optional) holding a JSON object; undefined otherwise. */
export function decodeBase64Json(text: string): Record<string, unknown> | undefined {
  return decodeJson(text);
}

/** The bech32 alphabet, in value order (BIP 173). */
export const BECH32_ALPHABET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function bech32Polymod(values: readonly number[]): number {
  let chk = 1;
  for (const value of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ value;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= BECH32_GENERATOR[i] ?? 0;
  }
  return chk >>> 0;
}

function hrpExpand(hrp: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < hrp.length; i++) out.push(hrp.charCodeAt(i) >>> 5);
  out.push(0);
  for (let i = 0; i < hrp.length; i++) out.push(hrp.charCodeAt(i) & 31);
  return out;
}

/** The 6 checksum characters bech32 appends to `data` (5-bit groups) under `hrp` (lowercase). */
export function bech32Checksum(hrp: string, data: readonly number[]): string {
  const mod = bech32Polymod([...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  let out = '';
  for (let i = 0; i < 6; i++) out += BECH32_ALPHABET[(mod >>> (5 * (5 - i))) & 31] ?? '';
  return out;
}

/** True when `text` (`hrp` + `1` + data + checksum, one case throughout) is valid bech32. */
export function isValidBech32(text: string): boolean {
  const lower = text.toLowerCase();
  if (lower !== text && text.toUpperCase() !== text) return false;
  const separator = lower.lastIndexOf('1');
  if (separator < 1 || lower.length - separator < 7) return false;
  const data: number[] = [];
  for (const char of lower.slice(separator + 1)) {
    const value = BECH32_ALPHABET.indexOf(char);
    if (value < 0) return false;
    data.push(value);
  }
  return bech32Polymod([...hrpExpand(lower.slice(0, separator)), ...data]) === 1;
}

/**
 * Helpers for the messaging and payments detectors: the "named assignment" shape that context
 * rules share (`ZENDESK_API_TOKEN=…`, `"intercom_token": "…"`, `mailgun.apiKey = '…'`), and a small
 * base64url decoder for structure checks. Everything is bounded so that no regex can backtrack far.
 */

/** A case-insensitive regex source for an ASCII word, usable inside a case-sensitive pattern. */
import { decodeBase64Binary } from '../encoding';
import { ASSIGN_GAP } from './assign';
export function anyCase(word: string): string {
  let out = '';
  for (const c of word) {
    const lower = c.toLowerCase();
    const upper = c.toUpperCase();
    out += lower === upper ? c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&') : `[${lower}${upper}]`;
  }
  return out;
}

/**
 * `<name> <separator> <value>` where `name` is a regex source that must occur in the variable or key
 * name (it is what carries the prefilter keyword), followed within 30 name characters by `=`, `:`,
 * `=>`, `:=`, `?=`, `,` or `(`, then up to 5 quotes/spaces, then the value as group `secret`. The
 * value must end at a non-token character, so a longer random string is not cut to size.
 */
export function assignmentPattern(name: string, value: string, tail = '(?![A-Za-z0-9_+/=-])'): RegExp {
  return new RegExp(`${name}[\\w.-]{0,30}?(?:${ASSIGN_GAP}|\\([\\s'"\\x60]{0,5})(?<secret>${value})${tail}`, 'g');
}

/** Decodes base64 or base64url (padding optional) to a binary string; undefined when malformed. */
export function decodeBase64Url(text: string): string | undefined {
  return decodeBase64Binary(text);
}

/**
 * Shared building blocks for the ai-providers and observability detectors: a bounded "name, then an
 * assignment, then the value" pattern for credentials that have no distinctive prefix of their
 * own, a check that the name says "credential", and a base64 decoder for tokens that carry a
 * JSON payload.
 */

/**
 * Between a name and its value: up to 3 quotes, spaces or a closing bracket (`env["X"] = …`), an
 * operator (`=`, `:`, `:=`, `=>`, `>` as in XML, `?=`, or `,` as in `setenv("X", …)`), then up to
 * 5 quotes, spaces or `=`.
 */
import { decodeBase64Binary, decodeBase64Json } from '../encoding';
import { ASSIGN_GAP } from './assign';
export const ASSIGN = ASSIGN_GAP;

/** The end of a value: not followed by more token characters. */
export const END = `(?![\\w+/=.-])`;

/**
 * A global, case-insensitive pattern for `<name>… = <value>` on one line: `DD_API_KEY=…`,
 * `"cohere_api_key": "…"`, `mistral.apiKey: '…'`, `-H "DD-API-KEY: …"`. `name` and `value` are
 * regex sources (no capture groups of their own); the value becomes the `secret` group.
 *
 * Every gap is bounded so that the regex cannot run away: up to 20 identifier characters after the
 * name (`_API_KEY`, `.token`), up to 3 quotes/spaces before the operator, up to 5 after it. The
 * value must end where a token ends (a quote, a space, a comma, a bracket, the end of the line),
 * so a longer random string is not reported by its prefix.
 */
export function assignment(name: string, value: string): RegExp {
  return new RegExp(`(?:${name})[\\w.-]{0,20}${ASSIGN}(?<secret>${value})${END}`, 'gi');
}

/**
 * Whether the text before the value names a credential (`…_API_KEY`, `authToken`, `wandb login`,
 * `GenieKey`) rather than a release, a commit, an id or a model (`SENTRY_RELEASE=<sha256>`,
 * `opsgenie_team_id: <uuid>`), which have the same shapes as some keys.
 */
export function namedAsCredential(secret: string, match: RegExpMatchArray | undefined): boolean {
  const text = match?.[0] ?? '';
  const name = text.slice(0, Math.max(0, text.lastIndexOf(secret)));
  return /key|token|secret|passw|auth|login|credential|api/i.test(name);
}

/** Decodes base64 or base64url text to a latin-1 string; null when it is not base64 at all. */
export function decodeBase64(text: string): string | null {
  return decodeBase64Binary(text) ?? null;
}

/** The decoded JSON object of a base64 payload, or null when it does not decode to one. */
export function decodeJsonObject(base64: string): Record<string, unknown> | null {
  return decodeBase64Json(base64) ?? null;
}

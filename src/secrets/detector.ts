/**
 * A secret detector is data: keywords for the one-pass prefilter, a pattern, and an optional
 * validator (checksum, entropy, context). The scanner runs a detector's regex only when one of its
 * keywords occurs in the text, so most files cost one substring search per keyword.
 */
import type { RuleMeta } from '../engine/rule';

export interface SecretDetector extends RuleMeta {
  readonly category: 'secret';
  /** Lower-case substrings, at least one of which is in every match. */
  readonly keywords: readonly string[];
  /** Must be global (`g`); capture group `secret` (or the whole match) is the credential. */
  readonly pattern: RegExp;
  /** Describes the credential in messages: "GitHub personal access token (classic)". */
  readonly label: string;
  /** How many leading characters of the secret a message may show. */
  readonly revealPrefix: number;
  /** Returns false to drop a match (bad checksum, placeholder…). */
  readonly validate?: (secret: string) => boolean;
}

export function defineSecretDetector(detector: Omit<SecretDetector, 'category'>): SecretDetector {
  if (!detector.pattern.global) throw new Error(`${detector.id}: pattern must be global`);
  return { ...detector, category: 'secret' };
}

/** The first `reveal` characters and an ellipsis: enough to find the secret, not to use it. */
export function redact(secret: string, reveal: number): string {
  return `${secret.slice(0, Math.min(reveal, Math.floor(secret.length / 3)))}…`;
}

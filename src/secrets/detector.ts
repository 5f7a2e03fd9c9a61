/**
 * A secret detector is data: keywords for the one-pass prefilter, a pattern, and the checks that
 * keep it quiet (checksum, entropy, allowlists). The scanner runs a detector's regex only when one
 * of its keywords occurs in the text, so most files cost one automaton pass for all detectors.
 */
import type { RuleMeta } from '../engine/rule';
import type { GitleaksAllowlist } from './gitleaks-config';

/** Which of the global allowlists (see allowlist.ts) a detector's matches go through. */
export type AllowlistPolicy =
  /** Placeholders, references, UUIDs/SHAs, and lines that say the value is fake: loose patterns. */
  | 'all'
  /** Only placeholders and references: for prefixed formats that can still be written as samples. */
  | 'placeholders'
  /** None: checksum-validated formats (a valid checksum is not an accident). */
  | 'none';

/** One match of a detector: where the whole match and the secret inside it start. */
export interface SecretMatch {
  readonly match: string;
  readonly matchStart: number;
  readonly secret: string;
  readonly secretStart: number;
}

export interface SecretDetector extends RuleMeta {
  readonly category: 'secret';
  /** Which docs page describes it: docs/rules/secrets-<family>.md. */
  readonly family: string;
  /** Substrings (case-insensitive) one of which occurs in or near every match. */
  readonly keywords: readonly string[];
  /** Must be global (`g`); capture group `secret` (or the whole match) is the credential. */
  readonly pattern: RegExp;
  /** Describes the credential in messages: "GitHub personal access token (classic)". */
  readonly label: string;
  /** How many leading characters of the secret a message may show (a third of it at most). */
  readonly revealPrefix: number;
  /** Shannon entropy (bits/char) the secret must reach, for formats without a fixed prefix. */
  readonly minEntropy?: number;
  readonly allowlist: AllowlistPolicy;
  /**
   * For formats with a built-in checksum (GitHub, npm…): a match whose checksum holds skips every
   * allowlist and is reported with the detector's severity; one whose checksum fails is kept only
   * if it passes the allowlists, and is reported as a warning with low confidence (a sample, a
   * typo, or a truncated real token).
   */
  readonly checksum?: (secret: string) => boolean;
  /**
   * Finds matches without a JS RegExp (user-supplied RE2 patterns from `.gitleaks.toml` run on
   * re2js, in linear time); `pattern` is then unused.
   */
  readonly find?: (text: string) => Iterable<SecretMatch>;
  /**
   * Every match begins where one of `keywords` begins (case-insensitively): in an ASCII text the
   * pattern is tried only there (the keyword pass knows the places), not at every position. Only
   * for patterns that cannot start anywhere else; the tests compare both ways on every sample.
   */
  readonly startsAtKeyword?: boolean;
  /**
   * startsAtKeyword for a pattern whose keyword sits a fixed distance into every match: each
   * match begins exactly this many characters before one of `keywords` (36 for a hex key that
   * ends in `NRAL`).
   */
  readonly startsBeforeKeyword?: number;
  /** Limits the detector to files whose path this accepts (gitleaks' rule `path`). */
  readonly pathFilter?: (path: string) => boolean;
  /** The rule's own `.gitleaks.toml` allowlists. */
  readonly gitleaksAllowlists?: readonly GitleaksAllowlist[];
  /** Returns false to drop a match (wrong structure, decoded content…). */
  readonly validate?: (secret: string, match?: RegExpMatchArray) => boolean;
}

export function defineSecretDetector(
  detector: Omit<SecretDetector, 'category' | 'name' | 'fix' | 'allowlist'> & { name?: string; allowlist?: AllowlistPolicy },
): SecretDetector {
  if (!detector.pattern.global) throw new Error(`${detector.id}: pattern must be global`);
  // A built-in detector without keywords would run its regex on every file. A .gitleaks.toml rule
  // may have none: gitleaks then runs it on everything, and so does Drydock.
  if (detector.keywords.length === 0 && detector.family !== 'custom') throw new Error(`${detector.id}: needs at least one keyword`);
  return { name: detector.id, fix: 'none', allowlist: 'all', ...detector, docsPage: `secrets-${detector.family}`, category: 'secret' };
}

/** The first `reveal` characters and an ellipsis: enough to find the secret, never to use it. */
export function redact(secret: string, reveal: number): string {
  return `${secret.slice(0, Math.min(reveal, Math.floor(secret.length / 3)))}…`;
}

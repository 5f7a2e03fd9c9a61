/**
 * Runs the secret detectors over a text: a keyword prefilter first (one lower-cased copy of the
 * text, one `includes` per keyword), then each surviving detector's regex, then its validator.
 * Messages never carry more than a short prefix of a secret.
 */
import type { RuleContext } from '../engine/context';
import type { RuleMeta } from '../engine/rule';
import { redact, type SecretDetector } from './detector';

export function scanSecrets(text: string, detectors: readonly SecretDetector[], contextFor: (rule: RuleMeta) => RuleContext): void {
  if (detectors.length === 0 || text.length === 0) return;
  // Keywords are lower-case; most are ASCII prefixes, so lower-casing once is the cheap path.
  const lower = text.toLowerCase();
  for (const detector of detectors) {
    if (!detector.keywords.some((k) => lower.includes(k))) continue;
    let ctx: RuleContext | undefined;
    detector.pattern.lastIndex = 0;
    for (const match of text.matchAll(detector.pattern)) {
      const secret = match.groups?.['secret'] ?? match[0];
      if (detector.validate && !detector.validate(secret)) continue;
      const start = (match.index ?? 0) + match[0].indexOf(secret);
      ctx ??= contextFor(detector);
      ctx.report({
        range: ctx.lines.range(start, start + secret.length),
        message: `${detector.label} ${redact(secret, detector.revealPrefix)} is hard-coded: revoke it, then load it from a secret store or environment variable.`,
      });
    }
  }
}

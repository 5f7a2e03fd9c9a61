/**
 * Runs the secret detectors over a text: one Aho–Corasick pass finds which detectors' keywords
 * occur; only those detectors run their regex; each match then goes through the detector's
 * validator (checksum), entropy floor and allowlists. Messages carry a short prefix at most.
 */
import type { RuleContext } from '../engine/context';
import type { RuleMeta } from '../engine/rule';
import { isPlaceholder, isPublicRandom, isReference, lineSaysFake } from './allowlist';
import { redact, type SecretDetector } from './detector';
import { shannonEntropy } from './entropy';
import { KeywordMatcher } from './keywords';

interface Prefilter {
  readonly matcher: KeywordMatcher;
  /** keyword index → detectors that listed it */
  readonly owners: readonly (readonly SecretDetector[])[];
}

/** Automata are built once per detector list (the enabled set rarely changes). */
const prefilters = new WeakMap<readonly SecretDetector[], Prefilter>();

function prefilterFor(detectors: readonly SecretDetector[]): Prefilter {
  let prefilter = prefilters.get(detectors);
  if (!prefilter) {
    const keywords: string[] = [];
    const owners: SecretDetector[][] = [];
    const indexOf = new Map<string, number>();
    for (const detector of detectors) {
      for (const raw of detector.keywords) {
        const keyword = raw.toLowerCase();
        let index = indexOf.get(keyword);
        if (index === undefined) {
          index = keywords.length;
          indexOf.set(keyword, index);
          keywords.push(keyword);
          owners.push([]);
        }
        owners[index]?.push(detector);
      }
    }
    prefilter = { matcher: new KeywordMatcher(keywords), owners };
    prefilters.set(detectors, prefilter);
  }
  return prefilter;
}

/** The detectors whose keywords occur in `text`, in registry order. */
export function candidateDetectors(text: string, detectors: readonly SecretDetector[]): SecretDetector[] {
  const { matcher, owners } = prefilterFor(detectors);
  const hits = matcher.find(text);
  if (hits.size === 0) return [];
  const chosen = new Set<SecretDetector>();
  for (const hit of hits) for (const detector of owners[hit] ?? []) chosen.add(detector);
  return detectors.filter((d) => chosen.has(d));
}

function lineAround(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index) + 1;
  const end = text.indexOf('\n', index);
  return text.slice(start, end < 0 ? text.length : end);
}

/** How a match fared: dropped, kept, or kept as a low-confidence warning (checksum failed). */
export type Verdict = 'drop' | 'report' | 'weak';

/** Entropy a checksum-failing match still needs: made-up samples are rarely this random. */
const WEAK_MIN_ENTROPY = 3.5;

/** Whether a match survives the detector's checks; exported for tests and the explain command. */
export function judgeMatch(detector: SecretDetector, secret: string, match: RegExpMatchArray, text: string, index: number): Verdict {
  if (detector.validate && !detector.validate(secret, match)) return 'drop';
  if (detector.checksum?.(secret)) return 'report';
  if (detector.minEntropy !== undefined && shannonEntropy(secret) < detector.minEntropy) return 'drop';
  const policy = detector.checksum ? 'all' : detector.allowlist;
  if (policy !== 'none') {
    if (isPlaceholder(secret) || isReference(secret)) return 'drop';
    if (policy === 'all' && (isPublicRandom(secret) || lineSaysFake(lineAround(text, index)))) return 'drop';
  }
  if (!detector.checksum) return 'report';
  return shannonEntropy(secret) >= WEAK_MIN_ENTROPY ? 'weak' : 'drop';
}

export function scanSecrets(text: string, detectors: readonly SecretDetector[], contextFor: (rule: RuleMeta) => RuleContext): void {
  if (detectors.length === 0 || text.length === 0) return;
  for (const detector of candidateDetectors(text, detectors)) {
    let ctx: RuleContext | undefined;
    detector.pattern.lastIndex = 0;
    for (const match of text.matchAll(detector.pattern)) {
      const secret = match.groups?.['secret'] ?? match[0];
      if (secret === '') continue;
      const start = (match.index ?? 0) + Math.max(0, match[0].indexOf(secret));
      const verdict = judgeMatch(detector, secret, match, text, start);
      if (verdict === 'drop') continue;
      ctx ??= contextFor(detector);
      const shown = redact(secret, detector.revealPrefix);
      ctx.report({
        range: ctx.lines.range(start, start + secret.length),
        message:
          verdict === 'report'
            ? `${detector.label} ${shown} is hard-coded: revoke it, then load it from a secret store or environment variable.`
            : `${detector.label} ${shown} looks hard-coded, though its checksum does not match (a sample or a mistyped token?): if it is real, revoke it.`,
        ...(verdict === 'weak' ? { severity: 'warning' as const, confidence: 'low' as const } : {}),
      });
    }
  }
}

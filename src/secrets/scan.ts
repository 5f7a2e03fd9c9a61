/**
 * Runs the secret detectors over a text: one Aho–Corasick pass finds which detectors' keywords
 * occur; only those detectors run their regex; each match then goes through the detector's
 * validator (checksum), entropy floor and allowlists. Messages carry a short prefix at most.
 */
import type { RuleContext } from '../engine/context';
import type { RuleMeta } from '../engine/rule';
import { isPlaceholder, isPublicRandom, isReference, lineSaysFake } from './allowlist';
import { redact, type SecretDetector, type SecretMatch } from './detector';
import { allowlisted, type GitleaksAllowlist } from './gitleaks-config';
import { shannonEntropy } from './entropy';
import { KeywordMatcher } from './keywords';

interface Anchor {
  readonly keywords: Uint8Array;
  readonly sticky: RegExp;
  readonly before: number;
}

interface Prefilter {
  readonly matcher: KeywordMatcher;
  /** keyword index → indices (in the detector list) of the detectors that listed it */
  readonly owners: readonly (readonly number[])[];
  /** Detectors with no keywords (.gitleaks.toml rules may have none): candidates for every text. */
  readonly always: readonly number[];
  /** For each startsAtKeyword (or startsBeforeKeyword) detector: its keywords (by index), its pattern made sticky, and how far before a keyword a match begins. */
  readonly anchors: ReadonlyMap<SecretDetector, Anchor>;
}

/** Automata are built once per detector list (the enabled set rarely changes). */
const prefilters = new WeakMap<readonly SecretDetector[], Prefilter>();

function prefilterFor(detectors: readonly SecretDetector[]): Prefilter {
  let prefilter = prefilters.get(detectors);
  if (!prefilter) {
    const keywords: string[] = [];
    const owners: number[][] = [];
    const indexOf = new Map<string, number>();
    const always: number[] = [];
    detectors.forEach((detector, detectorIndex) => {
      if (detector.keywords.length === 0) always.push(detectorIndex);
      for (const raw of detector.keywords) {
        const keyword = raw.toLowerCase();
        let index = indexOf.get(keyword);
        if (index === undefined) {
          index = keywords.length;
          indexOf.set(keyword, index);
          keywords.push(keyword);
          owners.push([]);
        }
        owners[index]?.push(detectorIndex);
      }
    });
    const anchors = new Map<SecretDetector, Anchor>();
    detectors.forEach((detector, detectorIndex) => {
      const before = detector.startsAtKeyword ? 0 : detector.startsBeforeKeyword;
      if (before === undefined || detector.find) return;
      const own = new Uint8Array(keywords.length);
      owners.forEach((list, keyword) => {
        if (list.includes(detectorIndex)) own[keyword] = 1;
      });
      anchors.set(detector, {
        keywords: own,
        sticky: new RegExp(detector.pattern.source, `${detector.pattern.flags.replace(/[gy]/g, '')}y`),
        before,
      });
    });
    prefilter = { matcher: new KeywordMatcher(keywords), owners, always, anchors };
    prefilters.set(detectors, prefilter);
  }
  return prefilter;
}

/** The detectors whose keywords occur in `text`, in registry order. */
export function candidateDetectors(text: string, detectors: readonly SecretDetector[]): SecretDetector[] {
  const { matcher, owners, always } = prefilterFor(detectors);
  const hits = matcher.find(text);
  if (hits.length === 0 && always.length === 0) return [];
  // A file has a handful of keywords, each owned by a detector or two: sorting their indices is
  // cheaper than a pass over every detector for every file of a big tree.
  const chosen = always.slice();
  for (const hit of hits) for (const index of owners[hit] ?? []) chosen.push(index);
  chosen.sort((a, b) => a - b);
  const out: SecretDetector[] = [];
  let previous = -1;
  for (const index of chosen) {
    const detector = detectors[index];
    if (index !== previous && detector) out.push(detector);
    previous = index;
  }
  return out;
}

/**
 * False when no detector could match `text`: none of their keywords occurs, and every detector
 * has some. The keyword pass is the one scanSecrets would make (the matcher keeps its last answer).
 */
export function secretsMayMatch(text: string, detectors: readonly SecretDetector[]): boolean {
  if (detectors.length === 0) return false;
  const { matcher, always } = prefilterFor(detectors);
  return always.length > 0 || matcher.find(text).length > 0;
}

/**
 * secretsMayMatch for a text still in UTF-8 bytes; undefined when the answer needs the decoded
 * text (ask secretsMayMatch then). After a true answer, pass the decoded text to
 * `decodedForScan`, so the scan of it reuses this keyword pass.
 */
export function secretsMayMatchUtf8(bytes: Uint8Array, detectors: readonly SecretDetector[]): boolean | undefined {
  if (detectors.length === 0) return false;
  const { matcher, always } = prefilterFor(detectors);
  if (always.length > 0) return true;
  const found = matcher.findInUtf8(bytes);
  return found && found.length > 0;
}

/** The text decoded from the bytes secretsMayMatchUtf8 last scanned for these detectors. */
export function decodedForScan(text: string, detectors: readonly SecretDetector[]): void {
  prefilterFor(detectors).matcher.decodedFrom(text);
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
export function judgeMatch(
  detector: SecretDetector,
  secret: string,
  match: RegExpMatchArray | undefined,
  text: string,
  index: number,
): Verdict {
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

/** What the scanner needs besides the text: the file's path and the config's global allowlists. */
export interface ScanOptions {
  readonly path: string;
  readonly allowlists?: readonly GitleaksAllowlist[];
}

type RegexMatch = SecretMatch & { readonly groups?: RegExpMatchArray };

function regexMatch(match: RegExpMatchArray, matchStart: number): RegexMatch {
  const secret = match.groups?.['secret'] ?? match[0];
  return { match: match[0], matchStart, secret, secretStart: matchStart + Math.max(0, match[0].indexOf(secret)), groups: match };
}

function* regexMatches(pattern: RegExp, text: string): Generator<RegexMatch> {
  pattern.lastIndex = 0;
  for (const match of text.matchAll(pattern)) yield regexMatch(match, match.index);
}

/**
 * What regexMatches(pattern) finds, for a pattern whose matches all begin `before` characters
 * before one of `keywordStarts` (sorted): the sticky pattern tried at each such start, skipping
 * those inside the previous match, as a global search resumes after it.
 */
function* anchoredMatches(sticky: RegExp, text: string, keywordStarts: readonly number[], before: number): Generator<RegexMatch> {
  let resume = 0;
  for (const keywordStart of keywordStarts) {
    const start = keywordStart - before;
    if (start < resume) continue;
    sticky.lastIndex = start;
    const match = sticky.exec(text);
    if (!match) continue;
    resume = start + Math.max(1, match[0].length);
    yield regexMatch(match, start);
  }
}

/** A detector's matches: its own finder, or its pattern, tried only where its keywords start when it can be. */
function matchesOf(detector: SecretDetector, text: string, prefilter: Prefilter): Iterable<RegexMatch> {
  if (detector.find) return detector.find(text);
  const anchor = prefilter.anchors.get(detector);
  const starts = anchor && prefilter.matcher.keywordStarts(text, anchor.keywords);
  return anchor && starts ? anchoredMatches(anchor.sticky, text, starts, anchor.before) : regexMatches(detector.pattern, text);
}

export function scanSecrets(
  text: string,
  detectors: readonly SecretDetector[],
  contextFor: (rule: RuleMeta) => RuleContext,
  options: ScanOptions = { path: '' },
): void {
  if (detectors.length === 0 || text.length === 0) return;
  // One finding per secret: a later (more generic) detector skips text an earlier one reported.
  const reported: [number, number][] = [];
  const overlapsReported = (start: number, end: number) => reported.some(([s, e]) => start < e && s < end);
  const prefilter = prefilterFor(detectors);
  for (const detector of candidateDetectors(text, detectors)) {
    if (detector.pathFilter && !detector.pathFilter(options.path)) continue;
    let ctx: RuleContext | undefined;
    const matches = matchesOf(detector, text, prefilter);
    for (const found of matches) {
      const { secret, secretStart: start } = found;
      if (secret === '') continue;
      if (overlapsReported(start, start + secret.length)) continue;
      const verdict = judgeMatch(detector, secret, found.groups, text, start);
      if (verdict === 'drop') continue;
      const userAllowlists = [...(detector.gitleaksAllowlists ?? []), ...(options.allowlists ?? [])];
      if (
        userAllowlists.length &&
        userAllowlists.some((a) => allowlisted(a, detector.id, options.path, secret, found.match, lineAround(text, start)))
      )
        continue;
      reported.push([start, start + secret.length]);
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

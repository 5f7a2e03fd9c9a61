/**
 * zizmor's repository patterns for `uses:` clauses (`owner/*`, `owner/repo`, `owner/repo/*`,
 * `owner/repo/path`, `owner/repo-*`, `*`), matched case-insensitively on owner and repo, with
 * zizmor's specificity order: an exact path beats an exact repo, which beats `owner/repo/*`,
 * which beats `owner/*`, which beats `*`.
 */

interface Segment {
  readonly prefix: string;
  /** Set for globs (`foo-*`): the literal text after the `*`. */
  readonly suffix?: string;
}

export interface UsesPattern {
  /** The pattern as written, for messages. */
  readonly source: string;
  /** 0 = exact path, 1 = exact repo, 2 = any path in repo, 3 = any repo of owner, 4 = anything. */
  readonly rank: number;
  /** Within a rank, exact segments beat globs and longer globs beat shorter ones. */
  readonly tiebreak: number;
  readonly owner?: string;
  readonly repo?: Segment;
  readonly path?: Segment;
}

function segment(raw: string, lower: boolean): Segment | undefined {
  const value = lower ? raw.toLowerCase() : raw;
  const star = value.indexOf('*');
  if (star < 0) return { prefix: value };
  if (value.indexOf('*', star + 1) >= 0) return undefined;
  return { prefix: value.slice(0, star), suffix: value.slice(star + 1) };
}

function segmentMatches(seg: Segment, value: string): boolean {
  if (seg.suffix === undefined) return seg.prefix === value;
  return value.length >= seg.prefix.length + seg.suffix.length && value.startsWith(seg.prefix) && value.endsWith(seg.suffix);
}

function weight(seg: Segment | undefined): number {
  if (!seg) return 0;
  return seg.suffix === undefined ? 0 : 1_000 - seg.prefix.length - seg.suffix.length;
}

const OWNER = /^[\w-]+$/;

/** Parses a pattern; undefined when it is not one (refs are not allowed in policies). */
export function parseUsesPattern(source: string): UsesPattern | undefined {
  const s = source.trim();
  if (s === '*') return { source: s, rank: 4, tiebreak: 0 };
  if (s.includes('@')) return undefined;
  const [owner, repo, ...rest] = s.split('/');
  if (!owner || !OWNER.test(owner) || !repo) return undefined;
  const sub = rest.join('/');
  if (repo === '*') return rest.length === 0 ? { source: s, rank: 3, tiebreak: 0, owner: owner.toLowerCase() } : undefined;
  const repoSeg = segment(repo, true);
  if (!repoSeg) return undefined;
  if (rest.length === 0) return { source: s, rank: 1, tiebreak: weight(repoSeg), owner: owner.toLowerCase(), repo: repoSeg };
  if (sub === '*') return { source: s, rank: 2, tiebreak: weight(repoSeg), owner: owner.toLowerCase(), repo: repoSeg };
  if (sub === '') return undefined;
  // Subpaths match case-sensitively, as on GitHub.
  const pathSeg = segment(sub, false);
  if (!pathSeg) return undefined;
  return {
    source: s,
    rank: 0,
    tiebreak: weight(repoSeg) * 1_000 + weight(pathSeg),
    owner: owner.toLowerCase(),
    repo: repoSeg,
    path: pathSeg,
  };
}

/** Whether `owner/repo[/path]` (any ref) matches the pattern. */
export function usesPatternMatches(pattern: UsesPattern, owner: string, repo: string, path: string): boolean {
  if (pattern.rank === 4) return true;
  if (pattern.owner !== owner.toLowerCase()) return false;
  if (pattern.rank === 3) return true;
  if (!pattern.repo || !segmentMatches(pattern.repo, repo.toLowerCase())) return false;
  if (pattern.rank === 2) return true;
  if (pattern.rank === 1) return path === '';
  return pattern.path !== undefined && path !== '' && segmentMatches(pattern.path, path);
}

/** Sorts most specific first. */
export function bySpecificity(a: UsesPattern, b: UsesPattern): number {
  return a.rank - b.rank || a.tiebreak - b.tiebreak;
}

/** Patterns written as constants in rule tables, parsed at module load (they are known to be valid). */
export function patternOf(source: string): UsesPattern {
  const parsed = parseUsesPattern(source);
  if (!parsed) throw new Error(`invalid built-in uses pattern ${source}`);
  return parsed;
}

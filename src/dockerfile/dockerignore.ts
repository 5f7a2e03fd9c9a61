/**
 * `.dockerignore` parsing and matching as BuildKit does it (moby/patternmatcher and its
 * `ignorefile.ReadAll`), without compiling the user's patterns to regular expressions: patterns
 * are split into path segments and matched by a small NFA over the path's segments, so matching
 * costs at most O(pattern length × path length) whatever the input.
 *
 * BuildKit's semantics, reproduced:
 * - a line starting with `#` is a comment (only in the first column, as BuildKit: ` #x` is a
 *   pattern); lines are trimmed; empty lines are skipped; a UTF-8 BOM is dropped;
 * - `!` makes an exception; patterns are applied in order and the last one that matches decides;
 * - patterns are cleaned as `filepath.Clean` does (`./a//b/` → `a/b`) and a leading `/` is dropped:
 *   they are relative to the context root;
 * - `*` matches any run of characters but `/`, `?` one character but `/`, `[a-z]` / `[^a-z]` a
 *   class, `\` escapes the next character; `**` as a whole segment matches any number of segments
 *   (none too), and a trailing `/**` one or more (`a/**` matches what is inside `a`, not `a`);
 * - a path is excluded when a pattern matches it or one of its parent folders
 *   (`MatchesOrParentMatches`).
 *
 * Differences: a `**` inside a segment (`a**b`, `foo**`) behaves as `*` here; BuildKit's regex
 * lets it cross `/`. A malformed pattern (an unterminated `[`) never matches here; BuildKit rejects
 * the whole file and the build fails.
 */

/**
 * The ignore files BuildKit would read for the Dockerfile at `repoPath` (root-relative), in order
 * of precedence: `<name>.dockerignore` next to it, then the context's `.dockerignore` (the context
 * taken to be the Dockerfile's folder). Shared by the rule and the language server's prefetch.
 */
export function dockerignorePaths(repoPath: string): [specific: string, general: string] {
  const slash = repoPath.lastIndexOf('/');
  const folder = slash < 0 ? '' : repoPath.slice(0, slash + 1);
  return [`${repoPath}.dockerignore`, `${folder}.dockerignore`];
}

/** One segment of a pattern: `**`, or a glob made of literal, `?`, `*` and class tokens. */
type Token =
  | { readonly kind: 'char'; readonly ch: string }
  | { readonly kind: 'any' }
  | { readonly kind: 'star' }
  | { readonly kind: 'class'; readonly negated: boolean; readonly ranges: readonly (readonly [string, string])[] };

type Segment = { readonly kind: 'globstar' } | { readonly kind: 'glob'; readonly tokens: readonly Token[] };

export interface IgnorePattern {
  /** The pattern as written (after trimming), for messages. */
  readonly source: string;
  /** 1-based line in the file. */
  readonly line: number;
  readonly exception: boolean;
  /** Undefined for a pattern that cannot match (malformed). */
  readonly segments: readonly Segment[] | undefined;
}

/** `filepath.Clean` for `/`-separated relative paths, keeping a leading `..` it cannot resolve. */
export function cleanPath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/** Tokens of one glob segment, or undefined when it is malformed (an unterminated class). */
function globTokens(segment: string): Token[] | undefined {
  const tokens: Token[] = [];
  const chars = [...segment];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    if (ch === '*') {
      // `**` inside a segment: treated as `*` (see the header).
      while (chars[i + 1] === '*') i++;
      tokens.push({ kind: 'star' });
    } else if (ch === '?') tokens.push({ kind: 'any' });
    else if (ch === '\\') {
      i++;
      tokens.push({ kind: 'char', ch: chars[i] ?? '\\' });
    } else if (ch === '[') {
      let j = i + 1;
      const negated = chars[j] === '^';
      if (negated) j++;
      const ranges: [string, string][] = [];
      let closed = false;
      for (let first = true; j < chars.length; first = false) {
        let lo = chars[j] ?? '';
        if (lo === ']' && !first) {
          closed = true;
          break;
        }
        if (lo === '\\') lo = chars[++j] ?? '';
        j++;
        let hi = lo;
        if (chars[j] === '-' && chars[j + 1] !== undefined && chars[j + 1] !== ']') {
          hi = chars[j + 1] ?? lo;
          j += 2;
          if (hi === '\\') hi = chars[j++] ?? '';
        }
        ranges.push([lo, hi]);
      }
      if (!closed || ranges.length === 0) return undefined;
      tokens.push({ kind: 'class', negated, ranges });
      i = j;
    } else tokens.push({ kind: 'char', ch });
  }
  return tokens;
}

/** Whether a glob segment matches a path segment: the greedy wildcard walk, O(n × m) at worst. */
function globMatches(tokens: readonly Token[], text: string): boolean {
  const chars = [...text];
  let t = 0;
  let c = 0;
  let starT = -1;
  let starC = 0;
  while (c < chars.length) {
    const token = tokens[t];
    if (token && token.kind === 'star') {
      starT = t++;
      starC = c;
      continue;
    }
    if (token && tokenMatches(token, chars[c] ?? '')) {
      t++;
      c++;
      continue;
    }
    if (starT < 0) return false;
    t = starT + 1;
    c = ++starC;
  }
  while (tokens[t]?.kind === 'star') t++;
  return t === tokens.length;
}

function tokenMatches(token: Token, ch: string): boolean {
  switch (token.kind) {
    case 'char':
      return token.ch === ch;
    case 'any':
      return true;
    case 'star':
      return true;
    case 'class': {
      const inside = token.ranges.some(([lo, hi]) => lo <= ch && ch <= hi);
      return inside !== token.negated;
    }
  }
}

/** Parses one cleaned pattern (no `!`) into segments. */
function compile(pattern: string): Segment[] | undefined {
  const segments: Segment[] = [];
  for (const part of pattern.split('/')) {
    if (part === '**') {
      // `**/**` is one globstar.
      if (segments[segments.length - 1]?.kind !== 'globstar') segments.push({ kind: 'globstar' });
      continue;
    }
    const tokens = globTokens(part);
    if (!tokens) return undefined;
    segments.push({ kind: 'glob', tokens });
  }
  return segments;
}

/** The patterns of a `.dockerignore` text, in order, as BuildKit's `ignorefile.ReadAll` reads them. */
export function parseDockerignore(text: string): IgnorePattern[] {
  const out: IgnorePattern[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    if (raw.startsWith('#')) return;
    let pattern = raw.trim();
    if (pattern === '') return;
    const exception = pattern.startsWith('!');
    if (exception) pattern = pattern.slice(1).trim();
    // BuildKit rejects a lone `!`; here it just matches nothing.
    const cleaned = cleanPath(pattern);
    out.push({
      source: raw.trim(),
      line: index + 1,
      exception,
      segments: pattern === '' ? undefined : compile(cleaned === '' ? '.' : cleaned),
    });
  });
  return out;
}

/**
 * For each prefix of `path` (1 segment, 2 segments… all of them), whether `segments` matches it:
 * an NFA over pattern positions, stepped once per path segment.
 */
function prefixMatches(segments: readonly Segment[], path: readonly string[]): boolean[] {
  const n = segments.length;
  // A trailing globstar must consume at least one segment (BuildKit's prefix match on `a/`).
  const trailing = segments[n - 1]?.kind === 'globstar';
  let states = closure(new Set([0]), segments);
  const result: boolean[] = [];
  for (const part of path) {
    const next = new Set<number>();
    for (const s of states) {
      const seg = segments[s];
      if (!seg) continue;
      if (seg.kind === 'globstar') {
        next.add(s); // consume this segment and stay
        next.add(s + 1); // consume it and move on
      } else if (globMatches(seg.tokens, part)) next.add(s + 1);
    }
    states = closure(next, segments, trailing ? n - 1 : -1);
    result.push(states.has(n));
    if (states.size === 0) {
      while (result.length < path.length) result.push(false);
      break;
    }
  }
  return result;
}

/** Adds the states reachable by letting a globstar match nothing (except the trailing one). */
function closure(states: Set<number>, segments: readonly Segment[], trailingAt = -1): Set<number> {
  for (const s of [...states]) {
    for (let k = s; segments[k]?.kind === 'globstar' && k !== trailingAt; k++) states.add(k + 1);
  }
  return states;
}

export interface IgnoreVerdict {
  readonly excluded: boolean;
  /** The pattern that decided (the last one that matched), if any. */
  readonly pattern?: IgnorePattern;
}

/**
 * Whether `path` (relative to the context root, `/` separated) is excluded: BuildKit's
 * `MatchesOrParentMatches`, where each pattern is tried on the path and on its parent folders,
 * and an exception is only tried once something matched (and the reverse).
 */
export function isExcluded(patterns: readonly IgnorePattern[], path: string): IgnoreVerdict {
  const cleaned = cleanPath(path);
  if (cleaned === '') return { excluded: false };
  const parts = cleaned.split('/');
  let excluded = false;
  let decided: IgnorePattern | undefined;
  for (const pattern of patterns) {
    if (pattern.exception !== excluded || !pattern.segments) continue;
    if (prefixMatches(pattern.segments, parts).some(Boolean)) {
      excluded = !pattern.exception;
      decided = pattern;
    }
  }
  return decided ? { excluded, pattern: decided } : { excluded };
}

/**
 * "Did you mean …?" for unknown keys and names: the closest candidate by edit distance, compared
 * case-insensitively (so `Shell` suggests `shell`). Only runs when something is already wrong,
 * so it may allocate.
 */

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let best = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1))
        best = Math.min(best, (prev2[j - 2] ?? 0) + 1);
      cur[j] = best;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[b.length] ?? 0;
}

/**
 * The candidate closest to `word`, if it is close enough to be a plausible typo: at most a third
 * of the candidate's length (at least 1) and fewer edits than the word has characters.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(lower, candidate.toLowerCase());
    const limit = Math.max(1, Math.floor(candidate.length / 3));
    if (d <= limit && d < Math.max(lower.length, 1) && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** `"a", "b" or "c"` for messages. */
export function quoteList(values: readonly string[], conjunction = 'or'): string {
  const quoted = values.map((v) => `"${v}"`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted[quoted.length - 1] ?? ''}`;
}

/** The message-start form of a phrase (`service "db"` → `Service "db"`). */
export function capitalize(s: string): string {
  return s.length > 0 ? `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}` : s;
}

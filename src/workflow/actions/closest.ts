/**
 * "Did you mean …?" for names typed by hand: a job id in `needs:`, an input under `with:`, a runner
 * label. Small edit distances only, so an unrelated name is never suggested.
 */

/**
 * Edit distance counting a swap of two neighbours as one edit (optimal string alignment), since
 * `biuld` for `build` is the commonest typo; stops early once it exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  // Three rolling rows: the one before the previous is needed for swaps.
  let older = new Array<number>(width).fill(0);
  let previous = new Array<number>(width);
  let current = new Array<number>(width);
  for (let j = 0; j < width; j++) previous[j] = j;
  let previousMin = 0;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1))
        value = Math.min(value, (older[j - 2] ?? 0) + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    // A swap reaches back two rows, so both must be past the limit before giving up.
    if (rowMin > limit && previousMin > limit) return limit + 1;
    previousMin = rowMin;
    [older, previous, current] = [previous, current, older];
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * The option closest to `value` (case-insensitively), when it is close enough to be a typo: at most
 * 2 edits, and fewer than half the value's length so short names do not match everything.
 */
export function closest(value: string, options: Iterable<string>): string | undefined {
  const needle = value.toLowerCase();
  const limit = Math.min(2, Math.max(1, Math.floor(needle.length / 2) - 1));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const option of options) {
    const distance = editDistance(needle, option.toLowerCase(), bestDistance - 1);
    if (distance < bestDistance) {
      best = option;
      bestDistance = distance;
      if (distance === 0) break;
    }
  }
  return best;
}

/** `did you mean "x"?` for a close option (not the value itself, whatever its case), or undefined. */
export function didYouMean(value: string, options: Iterable<string>): string | undefined {
  const match = closest(value, options);
  return match !== undefined && match.toLowerCase() !== value.toLowerCase() ? `did you mean "${match}"?` : undefined;
}

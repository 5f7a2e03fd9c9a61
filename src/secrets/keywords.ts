/**
 * One pass over a text for every detector's keywords: an Aho–Corasick automaton over ASCII, case
 * folded while scanning (so the text is never copied or lower-cased), with transitions in a flat
 * Int32Array. Each character costs one table lookup whatever the number of keywords, which is what
 * lets 150+ detectors cost about as much as one.
 */

const ALPHABET = 128;

/** ASCII case folding as a table: A–Z → a–z, everything else unchanged. */
const FOLD = Uint8Array.from({ length: ALPHABET }, (_, c) => (c >= 65 && c <= 90 ? c | 0x20 : c));

export class KeywordMatcher {
  /** transitions[state * 128 + char] → next state (goto function completed with failure links). */
  private readonly transitions: Int32Array;
  /** For each state, the keyword indices that end there (own and via failure links). */
  private readonly outputs: (readonly number[])[];
  /** 1 where a state has outputs: the hot loop tests a byte instead of an array's length. */
  private readonly hasOutput: Uint8Array;
  readonly keywordCount: number;

  constructor(keywords: readonly string[]) {
    this.keywordCount = keywords.length;
    // Build the trie.
    const goto: Map<number, number>[] = [new Map<number, number>()];
    const out: number[][] = [[]];
    keywords.forEach((keyword, index) => {
      let state = 0;
      for (const ch of keyword.toLowerCase()) {
        const c = ch.charCodeAt(0);
        if (c >= ALPHABET) break; // non-ASCII keywords are matched by their ASCII prefix
        let next = goto[state]?.get(c);
        if (next === undefined) {
          next = goto.length;
          goto.push(new Map<number, number>());
          out.push([]);
          goto[state]?.set(c, next);
        }
        state = next;
      }
      out[state]?.push(index);
    });
    // Breadth-first: failure links, then a complete transition table.
    const states = goto.length;
    const table = new Int32Array(states * ALPHABET);
    const fail = new Int32Array(states);
    const queue: number[] = [];
    for (let c = 0; c < ALPHABET; c++) {
      const next = goto[0]?.get(c);
      if (next !== undefined) {
        table[c] = next;
        queue.push(next);
      }
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] ?? 0;
      const failState = fail[state] ?? 0;
      const inherited = out[failState] ?? [];
      if (inherited.length) out[state] = [...(out[state] ?? []), ...inherited];
      for (let c = 0; c < ALPHABET; c++) {
        const next = goto[state]?.get(c);
        if (next !== undefined) {
          fail[next] = table[failState * ALPHABET + c] ?? 0;
          table[state * ALPHABET + c] = next;
          queue.push(next);
        } else {
          table[state * ALPHABET + c] = table[failState * ALPHABET + c] ?? 0;
        }
      }
    }
    this.transitions = table;
    this.outputs = out;
    this.hasOutput = Uint8Array.from(out, (list) => (list.length > 0 ? 1 : 0));
  }

  /** The indices of the keywords that occur in `text` (ASCII case-insensitively). */
  find(text: string): Set<number> {
    const found = new Set<number>();
    const table = this.transitions;
    const hasOutput = this.hasOutput;
    const fold = FOLD;
    const length = text.length;
    let state = 0;
    for (let i = 0; i < length; i++) {
      const c = text.charCodeAt(i);
      // Non-ASCII characters reset the automaton: keywords are ASCII.
      state = c < ALPHABET ? (table[(state << 7) | (fold[c] ?? 0)] ?? 0) : 0;
      if (hasOutput[state] === 1) {
        for (const hit of this.outputs[state] ?? []) found.add(hit);
        if (found.size === this.keywordCount) break;
      }
    }
    return found;
  }
}

/**
 * One pass over a text for every detector's keywords: an Aho–Corasick automaton over ASCII, case
 * folded while scanning (so the text is never copied or lower-cased), with transitions in a flat
 * Int32Array. Each character costs one table lookup whatever the number of keywords, which is what
 * lets 150+ detectors cost about as much as one.
 */

const ALPHABET = 128;

export class KeywordMatcher {
  /** transitions[state * 128 + char] → next state (goto function completed with failure links). */
  private readonly transitions: Int32Array;
  /** For each state, the keyword indices that end there (own and via failure links). */
  private readonly outputs: (readonly number[])[];
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
  }

  /** The indices of the keywords that occur in `text` (ASCII case-insensitively). */
  find(text: string): Set<number> {
    const found = new Set<number>();
    const table = this.transitions;
    const outputs = this.outputs;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c >= ALPHABET) {
        state = 0;
        continue;
      }
      if (c >= 65 && c <= 90) c |= 0x20; // A-Z → a-z
      state = table[state * ALPHABET + c] ?? 0;
      const hits = outputs[state];
      if (hits !== undefined && hits.length !== 0) {
        for (const hit of hits) found.add(hit);
        if (found.size === this.keywordCount) break;
      }
    }
    return found;
  }
}

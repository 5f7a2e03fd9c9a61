/**
 * One pass over a text for every detector's keywords: an Aho–Corasick automaton over ASCII, case
 * folded while scanning (so the text is never copied or lower-cased), with transitions in a flat
 * Int32Array. Each character costs one table lookup whatever the number of keywords, which is what
 * lets 150+ detectors cost about as much as one.
 */

const ALPHABET = 128;

export class KeywordMatcher {
  /**
   * transitions[state * classes + class(char)] → next state: the goto function completed with
   * failure links. Characters are mapped to classes first (those that occur in keywords, plus one
   * class for all others), which keeps the table small enough to stay in cache.
   */
  private readonly transitions: Uint16Array | Int32Array;
  private readonly classes: number;
  /** ASCII code → character class (0: a character no keyword contains). */
  private readonly classOf: Uint8Array;
  /** For each state, the keyword indices that end there (own and via failure links). */
  private readonly outputs: (readonly number[])[];
  /** 1 where a state has outputs: the hot loop tests a byte instead of an array's length. */
  private readonly hasOutput: Uint8Array;
  readonly keywordCount: number;

  constructor(keywords: readonly string[]) {
    this.keywordCount = keywords.length;
    const folded = keywords.map((k) => [...k.toLowerCase()].map((ch) => ch.charCodeAt(0)).filter((c) => c < ALPHABET));
    // Character classes: one per distinct keyword character (case folded), 0 for the rest.
    const classOf = new Uint8Array(ALPHABET);
    let classes = 1;
    for (const word of folded) for (const c of word) if (classOf[c] === 0) classOf[c] = classes++;
    for (let c = 65; c <= 90; c++) classOf[c] = classOf[c | 0x20] ?? 0;
    // Build the trie over classes.
    const goto: Map<number, number>[] = [new Map<number, number>()];
    const out: number[][] = [[]];
    folded.forEach((word, index) => {
      let state = 0;
      for (const c of word) {
        const cls = classOf[c] ?? 0;
        let next = goto[state]?.get(cls);
        if (next === undefined) {
          next = goto.length;
          goto.push(new Map<number, number>());
          out.push([]);
          goto[state]?.set(cls, next);
        }
        state = next;
      }
      out[state]?.push(index);
    });
    // Breadth-first: failure links, then a complete transition table.
    const states = goto.length;
    const table = states < 65536 ? new Uint16Array(states * classes) : new Int32Array(states * classes);
    const fail = new Int32Array(states);
    const queue: number[] = [];
    for (let cls = 1; cls < classes; cls++) {
      const next = goto[0]?.get(cls);
      if (next !== undefined) {
        table[cls] = next;
        queue.push(next);
      }
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] ?? 0;
      const failState = fail[state] ?? 0;
      const inherited = out[failState] ?? [];
      if (inherited.length) out[state] = [...(out[state] ?? []), ...inherited];
      for (let cls = 1; cls < classes; cls++) {
        const next = goto[state]?.get(cls);
        if (next !== undefined) {
          fail[next] = table[failState * classes + cls] ?? 0;
          table[state * classes + cls] = next;
          queue.push(next);
        } else {
          table[state * classes + cls] = table[failState * classes + cls] ?? 0;
        }
      }
    }
    this.transitions = table;
    this.classes = classes;
    this.classOf = classOf;
    this.outputs = out;
    this.hasOutput = Uint8Array.from(out, (list) => (list.length > 0 ? 1 : 0));
  }

  /** The indices of the keywords that occur in `text` (ASCII case-insensitively). */
  find(text: string): Set<number> {
    const found = new Set<number>();
    const table = this.transitions;
    const hasOutput = this.hasOutput;
    const classOf = this.classOf;
    const classes = this.classes;
    const length = text.length;
    let state = 0;
    for (let i = 0; i < length; i++) {
      const c = text.charCodeAt(i);
      // Class 0 (and non-ASCII) leads back to the root from every state: no keyword has it.
      const cls = c < ALPHABET ? (classOf[c] ?? 0) : 0;
      state = cls === 0 ? 0 : (table[state * classes + cls] ?? 0);
      if (hasOutput[state] === 1) {
        for (const hit of this.outputs[state] ?? []) found.add(hit);
        if (found.size === this.keywordCount) break;
      }
    }
    return found;
  }
}

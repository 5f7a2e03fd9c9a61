/**
 * One pass over a text for every detector's keywords: an Aho–Corasick automaton over ASCII, case
 * folded while scanning (so the text is never copied or lower-cased), with transitions in a flat
 * Int32Array. Each character costs one table lookup whatever the number of keywords, which is what
 * lets 150+ detectors cost about as much as one.
 *
 * The scan loop is the hottest code of a workspace scan (every byte of every file goes through it),
 * so the table is laid out to keep it to two loads and one comparison per character:
 * - transitions hold the next state's row offset (state × classes), not its number, so no multiply;
 * - column 0 (characters no keyword contains) is 0 in every row, so there is no branch for it;
 * - states with outputs are numbered last, so "did a keyword end here" is `offset >= threshold`.
 *
 * Texts of more than a few lines are scanned by the same table in WebAssembly (keyword-wasm.ts),
 * about four times as fast; this loop serves short texts, and all texts where WebAssembly is
 * unavailable.
 */
import { WasmKeywordScanner } from './keyword-wasm';

const ALPHABET = 128;
/** Shorter texts stay in JavaScript: encoding and the call into WebAssembly would cost more than they save. */
const WASM_MIN_CHARS = 128;

export interface KeywordMatcherOptions {
  /** False keeps every scan in JavaScript (tests compare the two). Default true. */
  readonly webAssembly?: boolean;
}

export class KeywordMatcher {
  /** transitions[rowOffset + class(char)] → the next state's row offset (goto completed with failure links). */
  private readonly transitions: Int32Array;
  /** ASCII code → character class (0: a character no keyword contains; upper case folded to lower). */
  private readonly classOf: Uint8Array;
  /** Row offsets at or above this belong to states where some keyword ends. */
  private readonly outputThreshold: number;
  /** Keyword indices ending at each output state: outputList[outputStart[k] … outputStart[k + 1]). */
  private readonly outputStart: Int32Array;
  private readonly outputList: Int32Array;
  private readonly classes: number;
  /** Per keyword, the scan that last saw it: a hit already counted costs one comparison. */
  private readonly seenIn: Int32Array;
  private scanCount = 0;
  /** The text of the last answer; undefined after a scan of bytes, until decodedFrom names their text. */
  private lastText: string | undefined = '';
  private lastFound: number[] = [];
  /**
   * keywordStarts' view of the hit list `sortedFor`: every occurrence as start × keywordCount +
   * keyword, in order of start. A file has a few occurrences; plain numbers in a plain array cost
   * far less to build than a typed array per keyword.
   */
  private sortedHits: number[] = [];
  private sortedFor: Int32Array | undefined;
  /** The last findInUtf8's hit list and byte count, until decodedFrom adopts them. */
  private pendingBytes: { readonly hits: Int32Array; readonly length: number } | undefined;
  /** The last text's occurrences (WebAssembly's hit list), when it was all ASCII; see keywordStarts. */
  private lastHits: Int32Array | undefined;
  /** Each keyword's length as the automaton matches it (ASCII characters only). */
  private readonly keywordLength: Int32Array;
  /** Built at the first long text; null when WebAssembly is off or unavailable. */
  private wasm: WasmKeywordScanner | null | undefined;
  private readonly longestKeyword: number;
  readonly keywordCount: number;

  constructor(keywords: readonly string[], options: KeywordMatcherOptions = {}) {
    this.keywordCount = keywords.length;
    if (options.webAssembly === false) this.wasm = null;
    this.seenIn = new Int32Array(keywords.length);
    const folded = keywords.map((k) => [...k.toLowerCase()].map((ch) => ch.charCodeAt(0)).filter((c) => c < ALPHABET));
    this.longestKeyword = Math.max(0, ...folded.map((word) => word.length));
    this.keywordLength = Int32Array.from(folded, (word) => word.length);
    // Character classes: one per distinct keyword character (case folded), 0 for the rest.
    const classOf = new Uint8Array(ALPHABET);
    let classes = 1;
    for (const word of folded) for (const c of word) if (classOf[c] === 0) classOf[c] = classes++;
    for (let c = 65; c <= 90; c++) classOf[c] = classOf[c | 0x20] ?? 0;

    // The trie: trie[state × classes + class] is the child state, 0 for none (the root is nobody's
    // child), and each state's children in a linked list, so later passes visit children without
    // sweeping every class of every state. Typed arrays rather than a Map per state: every CLI
    // worker builds this before its first file, in code not yet optimised.
    let maxStates = 1;
    for (const word of folded) maxStates += word.length;
    const trie = new Int32Array(maxStates * classes);
    const firstChild = new Int32Array(maxStates);
    const nextSibling = new Int32Array(maxStates);
    const classOfState = new Uint8Array(maxStates);
    const own: (number[] | undefined)[] = [];
    let states = 1;
    folded.forEach((word, index) => {
      if (word.length === 0) return; // an empty (or non-ASCII) keyword would match everywhere
      let state = 0;
      for (const c of word) {
        const cls = classOf[c] ?? 0;
        let next = trie[state * classes + cls] ?? 0;
        if (next === 0) {
          next = states++;
          trie[state * classes + cls] = next;
          classOfState[next] = cls;
          nextSibling[next] = firstChild[state] ?? 0;
          firstChild[state] = next;
        }
        state = next;
      }
      (own[state] ??= []).push(index);
    });

    // Breadth-first: failure links (the longest proper suffix that is also a trie state) and
    // outputs inherited along them. A failure state is shallower, so it is final when used.
    const fail = new Int32Array(states);
    const out: (readonly number[] | undefined)[] = own.slice();
    const order = new Int32Array(states); // breadth-first order, the root first
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const state = order[head] ?? 0;
      for (let child = firstChild[state] ?? 0; child !== 0; child = nextSibling[child] ?? 0) {
        const cls = classOfState[child] ?? 0;
        let link = 0;
        if (state !== 0) {
          let f = fail[state] ?? 0;
          while (f !== 0 && trie[f * classes + cls] === 0) f = fail[f] ?? 0;
          link = trie[f * classes + cls] ?? 0;
        }
        fail[child] = link;
        const inherited = out[link];
        if (inherited) out[child] = [...(own[child] ?? []), ...inherited];
        order[tail++] = child;
      }
    }

    // Numbering: states without outputs first (the root stays 0), then those with outputs.
    const renamed = new Int32Array(states);
    let firstOutput = 0;
    for (let s = 0; s < states; s++) if (out[s] === undefined) renamed[s] = firstOutput++;
    let numbered = firstOutput;
    for (let s = 0; s < states; s++) if (out[s] !== undefined) renamed[s] = numbered++;

    // The full transition table, a row per state in breadth-first order: the failure state's row
    // (complete, being shallower) copied, then the state's own children written over it.
    const table = new Int32Array(states * classes);
    for (let i = 0; i < states; i++) {
      const state = order[i] ?? 0;
      const row = (renamed[state] ?? 0) * classes;
      if (state !== 0) {
        const failRow = (renamed[fail[state] ?? 0] ?? 0) * classes;
        table.copyWithin(row, failRow, failRow + classes);
      }
      for (let child = firstChild[state] ?? 0; child !== 0; child = nextSibling[child] ?? 0)
        table[row + (classOfState[child] ?? 0)] = (renamed[child] ?? 0) * classes;
    }
    const outputStart = new Int32Array(states - firstOutput + 1);
    const outputList: number[] = [];
    const outputsOf: (readonly number[])[] = [];
    for (let s = 0; s < states; s++) {
      const list = out[s];
      if (list) outputsOf[(renamed[s] ?? 0) - firstOutput] = list;
    }
    for (let k = 0; k < states - firstOutput; k++) {
      outputStart[k] = outputList.length;
      outputList.push(...(outputsOf[k] ?? []));
    }
    outputStart[states - firstOutput] = outputList.length;

    this.transitions = table;
    this.classOf = classOf;
    this.classes = classes;
    this.outputThreshold = firstOutput * classes;
    this.outputStart = outputStart;
    this.outputList = Int32Array.from(outputList);
  }

  /**
   * The indices of the keywords that occur in `text` (ASCII case-insensitively), each once, in no
   * particular order. The last answer is kept: the CLI asks whether a file could have findings
   * (lint.ts, textWorthLinting) and then lints it, which asks again about the same text.
   */
  find(text: string): number[] {
    if (text !== this.lastText) {
      this.lastFound = this.scanText(text);
      this.lastText = text;
    }
    return this.lastFound.slice();
  }

  /**
   * find() for a text still in UTF-8 bytes (a file as read), so that a file holding no keyword
   * (most files of a big tree) need never be decoded. Undefined when only the decoded text can be
   * scanned: a short text, no WebAssembly, too many bytes or too many hits. Once the bytes are
   * decoded, `decodedFrom(text)` lets find and keywordStarts answer for the text from this scan.
   */
  findInUtf8(bytes: Uint8Array): number[] | undefined {
    this.pendingBytes = undefined;
    if (bytes.length < WASM_MIN_CHARS) return undefined;
    const hits = this.scanner()?.scanBytes(bytes);
    const found = this.collect(hits);
    if (!hits || !found) return undefined;
    this.lastText = undefined;
    this.lastHits = undefined;
    this.lastFound = found;
    this.pendingBytes = { hits, length: bytes.length };
    return found.slice();
  }

  /** Names the text decoded from the bytes of the last findInUtf8 (see there). */
  decodedFrom(text: string): void {
    const pending = this.pendingBytes;
    if (!pending) return;
    this.pendingBytes = undefined;
    this.lastText = text;
    // Decoding turns each byte into one UTF-16 unit only when every byte stood for a character of
    // its own (ASCII, or an invalid byte replaced by U+FFFD): then byte offsets are text offsets.
    this.lastHits = text.length === pending.length ? pending.hits : undefined;
  }

  private scanText(text: string): number[] {
    this.pendingBytes = undefined;
    this.lastHits = undefined;
    if (text.length >= WASM_MIN_CHARS) {
      const scanner = this.scanner();
      const hits = scanner?.scan(text);
      const found = this.collect(hits);
      if (found) {
        // Byte offsets are character offsets only when every character was one byte.
        if (scanner?.lastLength === text.length) this.lastHits = hits;
        return found;
      }
    }
    return this.findHere(text);
  }

  /**
   * Where the keywords `wanted` marks (by index) start in `text`, in order, each position once;
   * undefined unless `text` is the text of the last scan, it was all ASCII and WebAssembly listed
   * its occurrences (the caller then searches the whole text). Lets a detector whose matches all
   * begin with one of its keywords try its pattern only there.
   */
  keywordStarts(text: string, wanted: Uint8Array): readonly number[] | undefined {
    const hits = this.lastHits;
    if (!hits || text !== this.lastText) return undefined;
    // Several detectors ask about one text: its occurrences are put in order once.
    if (this.sortedFor !== hits) {
      this.sortedHits = this.sortHits(hits);
      this.sortedFor = hits;
    }
    const count = this.keywordCount;
    const starts: number[] = [];
    let previous = -1;
    for (const hit of this.sortedHits) {
      const start = Math.floor(hit / count);
      // Keywords may share a start ("secret" and "secret_key"): once each.
      if (wanted[hit - start * count] === 1 && start !== previous) starts.push((previous = start));
    }
    return starts;
  }

  /** A WebAssembly hit list's occurrences, as start × keywordCount + keyword, sorted (the four passes report in their own order). */
  private sortHits(hits: Int32Array): number[] {
    const sorted: number[] = [];
    for (let i = 0; i < hits.length; i += 2) {
      const output = ((hits[i + 1] ?? 0) - this.outputThreshold) / this.classes;
      const end = this.outputStart[output + 1] ?? 0;
      for (let k = this.outputStart[output] ?? 0; k < end; k++) {
        const keyword = this.outputList[k] ?? 0;
        const start = (hits[i] ?? 0) - (this.keywordLength[keyword] ?? 0) + 1;
        sorted.push(start * this.keywordCount + keyword);
      }
    }
    return sorted.sort((a, b) => a - b);
  }

  /** The WebAssembly scanner, built on first use; undefined when it is off or unavailable. */
  private scanner(): WasmKeywordScanner | undefined {
    if (this.wasm === undefined)
      this.wasm =
        WasmKeywordScanner.create({
          transitions: this.transitions,
          classes: this.classes,
          classOf: this.classOf,
          outputThreshold: this.outputThreshold,
          longestKeyword: this.longestKeyword,
        }) ?? null;
    return this.wasm ?? undefined;
  }

  /** The keywords of a WebAssembly scan's hits: pairs (byte offset, state), in no useful order. Undefined when it could not list them. */
  private collect(hits: Int32Array | undefined): number[] | undefined {
    if (!hits) return undefined;
    const found: number[] = [];
    const scan = this.nextScan();
    for (let i = 1; i < hits.length; i += 2) if (this.record(hits[i] ?? 0, scan, found)) break;
    return found;
  }

  /** find() in JavaScript: the loop for short texts, and for all texts where WebAssembly is unavailable. */
  private findHere(text: string): number[] {
    const found: number[] = [];
    const length = text.length;
    const table = this.transitions;
    const classOf = this.classOf;
    const threshold = this.outputThreshold;
    const scan = this.nextScan();
    let offset = 0;
    for (let i = 0; i < length; i++) {
      const c = text.charCodeAt(i);
      // Non-ASCII characters and class 0 (column 0 is all zeros) both lead back to the root.
      offset = c < ALPHABET ? (table[offset + (classOf[c] ?? 0)] ?? 0) : 0;
      if (offset >= threshold && this.record(offset, scan, found)) break;
    }
    return found;
  }

  /** A new stamp per scan instead of clearing `seenIn`; wraps long before it could collide. */
  private nextScan(): number {
    return (this.scanCount = (this.scanCount + 1) | 0) || (this.resetStamps(), 1);
  }

  /** Adds the keywords ending at the state at `offset`; true once every keyword has been seen. */
  private record(offset: number, scan: number, found: number[]): boolean {
    const output = offset / this.classes - this.outputThreshold / this.classes;
    const end = this.outputStart[output + 1] ?? 0;
    for (let k = this.outputStart[output] ?? 0; k < end; k++) {
      const keyword = this.outputList[k] ?? 0;
      if (this.seenIn[keyword] !== scan) {
        this.seenIn[keyword] = scan;
        found.push(keyword);
      }
    }
    return found.length === this.keywordCount;
  }

  private resetStamps(): void {
    this.seenIn.fill(0);
    this.scanCount = 1;
  }
}

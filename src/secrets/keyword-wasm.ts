/**
 * The keyword automaton's scan loop in WebAssembly: the same transition table as KeywordMatcher's
 * JavaScript loop, run over the text's UTF-8 bytes. Every byte of every scanned file goes through
 * this loop, and in JavaScript it costs 4–8 ns a character on the 2-core benchmark VM; here about
 * 2.4 ns a byte with one pass, and 1.1–1.8 ns a character with four interleaved passes, encoding
 * to UTF-8 included.
 *
 * Why four passes: each step of an automaton depends on the one before (a load whose address is
 * the previous load's result), so one pass runs at the speed of memory latency, not of the CPU.
 * Four passes over four parts of the text are four independent chains the CPU overlaps. A keyword
 * may straddle two parts, so each part after the first starts `overlap` bytes (the longest
 * keyword's length less one) early and reports nothing until it is past that warm-up: every
 * keyword occurrence is reported exactly once, by the part in which it ends.
 *
 * Bytes and characters agree: keywords are ASCII, UTF-8 keeps ASCII characters as single bytes,
 * and every byte of a non-ASCII character (like the character in JavaScript) sends the automaton
 * back to its root, so the set of keywords found is the same as the JavaScript loop's.
 *
 * The module is assembled here from its instructions (a few hundred bytes), so there is no binary
 * to build or ship. Where WebAssembly is missing or refused (a strict content security policy),
 * `create` returns undefined and the JavaScript loop does the work.
 */

/** Memory layout: the class table, the transition table, the hit list, then the input text. */
const CLASS_TABLE = 0; // 256 bytes: byte → class
const TRANSITIONS = 256; // i32 entries, KeywordMatcher's table as it is: the next state's row offset
/** Hits (position, state) the scan may record; a text with more is scanned in JavaScript. */
const MAX_HITS = 16384;
/** Parallel passes of the wide scan. */
const STREAMS = 4;
const PAGE = 65536;

// WebAssembly opcodes and types used below.
const I32 = 0x7f;
const BLOCK = 0x02;
const LOOP = 0x03;
const IF = 0x04;
const END = 0x0b;
const BR = 0x0c;
const BR_IF = 0x0d;
const RETURN = 0x0f;
const VOID = 0x40;
const LOCAL_GET = 0x20;
const LOCAL_SET = 0x21;
const LOCAL_TEE = 0x22;
const I32_LOAD = 0x28;
const I32_LOAD8_U = 0x2d;
const I32_STORE = 0x36;
const I32_CONST = 0x41;
const I32_GE_U = 0x4f;
const I32_ADD = 0x6a;
const I32_SHL = 0x74;

function unsigned(value: number): number[] {
  const out: number[] = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    out.push(byte);
  } while (value !== 0);
  return out;
}

/** Small non-negative constants only (shift counts, 1), where signed and unsigned LEB128 agree below 64. */
const constant = (value: number) => [I32_CONST, ...unsigned(value)];
const get = (local: number) => [LOCAL_GET, ...unsigned(local)];
const set = (local: number) => [LOCAL_SET, ...unsigned(local)];
const tee = (local: number) => [LOCAL_TEE, ...unsigned(local)];
const load32 = (offset: number) => [I32_LOAD, 2, ...unsigned(offset)];
const loadByte = (offset: number) => [I32_LOAD8_U, 0, ...unsigned(offset)];
const store32 = (offset: number) => [I32_STORE, 2, ...unsigned(offset)];
const vector = (items: readonly (readonly number[])[]) => [...unsigned(items.length), ...items.flat()];
const section = (id: number, body: readonly number[]) => [id, ...unsigned(body.length), ...body];
const name = (text: string) => [...unsigned(text.length), ...Array.from(text, (ch) => ch.charCodeAt(0))];

/**
 * scan(base, count, hits, maxHits, threshold, step, warm) → hits recorded.
 * Pass s reads bytes base + s×step … + count − 1 from the root state. A state at or above
 * `threshold` ends a keyword: the byte's address and the state go to the hit list, for pass 0
 * always and for the others once pass 0's address is at or past `warm` (their warm-up is over).
 * Returns early, with maxHits, when the list fills.
 */
function scanFunction(streams: number): number[] {
  const [BASE, COUNT, HITS, MAX_HITS_PARAM, THRESHOLD, STEP, WARM] = [0, 1, 2, 3, 4, 5, 6];
  // Locals: the other passes' addresses, every pass's state, the end address, the hit count.
  const address = (s: number) => (s === 0 ? BASE : 7 + s - 1);
  const state = (s: number) => 7 + (streams - 1) + s;
  const endAddress = 7 + 2 * streams - 1;
  const hitCount = endAddress + 1;
  const hitSlot = [...get(HITS), ...get(hitCount), ...constant(3), I32_SHL, I32_ADD];
  // hits[n] = (address, state); n += 1; a full list ends the scan.
  // prettier-ignore
  const record = (s: number) => [
    ...hitSlot, ...get(address(s)), ...store32(0),
    ...hitSlot, ...get(state(s)), ...store32(4),
    ...get(hitCount), ...constant(1), I32_ADD, ...tee(hitCount), ...get(MAX_HITS_PARAM), I32_GE_U,
    IF, VOID, ...get(hitCount), RETURN, END,
  ];
  const code: number[] = [...get(BASE), ...get(COUNT), I32_ADD, ...set(endAddress)];
  for (let s = 1; s < streams; s++) code.push(...get(address(s - 1)), ...get(STEP), I32_ADD, ...set(address(s)));
  code.push(BLOCK, VOID, LOOP, VOID, ...get(BASE), ...get(endAddress), I32_GE_U, BR_IF, 1);
  // state = transitions[state + classOf[byte]] for every pass before any branch, so the passes' loads overlap.
  for (let s = 0; s < streams; s++) {
    // prettier-ignore
    code.push(
      ...get(state(s)),
      ...get(address(s)), ...loadByte(0), ...loadByte(CLASS_TABLE),
      I32_ADD, ...constant(2), I32_SHL, ...load32(TRANSITIONS), ...set(state(s)),
    );
  }
  for (let s = 0; s < streams; s++) {
    code.push(...get(state(s)), ...get(THRESHOLD), I32_GE_U, IF, VOID);
    if (s === 0) code.push(...record(s));
    else code.push(...get(BASE), ...get(WARM), I32_GE_U, IF, VOID, ...record(s), END);
    code.push(END);
  }
  for (let s = 0; s < streams; s++) code.push(...get(address(s)), ...constant(1), I32_ADD, ...set(address(s)));
  code.push(BR, 0, END, END, ...get(hitCount), END);
  const locals = vector([[...unsigned(2 * streams + 1), I32]]);
  return [...unsigned(locals.length + code.length), ...locals, ...code];
}

let compiled: WebAssembly.Module | null | undefined;

/** The module (`scan1`, `scan4` and `memory`), compiled once per thread; null where WebAssembly is unavailable. */
function scannerModule(): WebAssembly.Module | null {
  if (compiled !== undefined) return compiled;
  try {
    const params = vector(Array.from({ length: 7 }, () => [I32]));
    const bytes = new Uint8Array([
      ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
      ...section(1, vector([[0x60, ...params, ...vector([[I32]])]])),
      ...section(3, vector([[0], [0]])),
      ...section(5, vector([[0x00, ...unsigned(1)]])),
      ...section(
        7,
        vector([
          [...name('scan1'), 0, 0],
          [...name('scan4'), 0, 1],
          [...name('memory'), 2, 0],
        ]),
      ),
      ...section(10, vector([scanFunction(1), scanFunction(STREAMS)])),
    ]);
    compiled = new WebAssembly.Module(bytes);
  } catch {
    compiled = null;
  }
  return compiled;
}

type ScanExport = (base: number, count: number, hits: number, maxHits: number, threshold: number, step: number, warm: number) => number;

/** The automaton's tables as KeywordMatcher builds them (offsets in entries, not bytes). */
export interface AutomatonTables {
  readonly transitions: Int32Array;
  readonly classOf: Uint8Array;
  readonly outputThreshold: number;
  /** The longest keyword's length: the warm-up of every pass after the first. */
  readonly longestKeyword: number;
}

/** Longer texts are scanned in JavaScript (see scan). */
const MAX_CHARS = 4 * 1024 * 1024;
/** Below this many bytes a text is scanned in one pass: four would mostly be warm-up. */
const MIN_WIDE_BYTES = 1024;

export class WasmKeywordScanner {
  private memory: WebAssembly.Memory;
  private bytes: Uint8Array;
  private words: Int32Array;
  private readonly scan1: ScanExport;
  private readonly scan4: ScanExport;
  private readonly encoder = new TextEncoder();
  private readonly hitList: number;
  /** Where the text's bytes start in memory: hit addresses minus this are byte offsets. */
  readonly input: number;
  /** The byte length of the last text scanned: its UTF-16 length when it was all ASCII. */
  lastLength = 0;
  private readonly threshold: number;
  private readonly overlap: number;

  private constructor(instance: WebAssembly.Instance, tables: AutomatonTables) {
    const exports = instance.exports as { memory: WebAssembly.Memory; scan1: ScanExport; scan4: ScanExport };
    this.memory = exports.memory;
    this.scan1 = exports.scan1;
    this.scan4 = exports.scan4;
    this.hitList = TRANSITIONS + tables.transitions.length * 4;
    this.input = this.hitList + MAX_HITS * 8;
    this.threshold = tables.outputThreshold;
    this.overlap = Math.max(0, tables.longestKeyword - 1);
    this.bytes = new Uint8Array(this.memory.buffer);
    this.words = new Int32Array(this.memory.buffer);
    this.reserve(this.input + PAGE);
    // Bytes 128–255 keep class 0: every byte of a non-ASCII character resets the automaton.
    this.bytes.set(tables.classOf, CLASS_TABLE);
    this.words.set(tables.transitions, TRANSITIONS / 4);
  }

  /** A scanner for these tables, or undefined where WebAssembly cannot run. */
  static create(tables: AutomatonTables): WasmKeywordScanner | undefined {
    const module = scannerModule();
    if (!module) return undefined;
    try {
      return new WasmKeywordScanner(new WebAssembly.Instance(module, {}), tables);
    } catch {
      return undefined;
    }
  }

  private reserve(bytes: number): void {
    const have = this.memory.buffer.byteLength;
    if (bytes <= have) return;
    this.memory.grow(Math.ceil((bytes - have) / PAGE));
    this.bytes = new Uint8Array(this.memory.buffer);
    this.words = new Int32Array(this.memory.buffer);
  }

  /**
   * Every keyword occurrence in `text`, in no particular order, as pairs (UTF-8 byte address,
   * state) where the state is KeywordMatcher's row offset. The view is valid
   * until the next scan. Undefined when there were too many to list: the caller scans the text
   * itself.
   */
  scan(text: string): Int32Array | undefined {
    // A memory never shrinks: a text this big is left to JavaScript rather than keep megabytes for good.
    if (text.length > MAX_CHARS) return undefined;
    // Most texts are ASCII, a byte a character; the others are encoded again with room for three
    // bytes per UTF-16 unit. The passes may read a few bytes past the end (zeros, see run).
    this.reserve(this.input + text.length + STREAMS);
    let encoded = this.encodeInto(text);
    if (encoded.read < text.length) {
      this.reserve(this.input + text.length * 3 + STREAMS);
      encoded = this.encodeInto(text);
    }
    return this.run(encoded.written);
  }

  private encodeInto(text: string): TextEncoderEncodeIntoResult {
    return this.encoder.encodeInto(text, this.bytes.subarray(this.input, this.bytes.length - STREAMS));
  }

  private run(length: number): Int32Array | undefined {
    this.lastLength = length;
    this.bytes.fill(0, this.input + length, this.input + length + STREAMS);
    let count: number;
    if (length < MIN_WIDE_BYTES || length <= 16 * (this.overlap + 1)) {
      count = this.scan1(this.input, length, this.hitList, MAX_HITS, this.threshold, 0, 0);
    } else {
      const step = Math.ceil((length - this.overlap) / STREAMS);
      const base = this.input;
      count = this.scan4(base, step + this.overlap, this.hitList, MAX_HITS, this.threshold, step, base + this.overlap);
    }
    if (count >= MAX_HITS) return undefined;
    return this.words.subarray(this.hitList / 4, this.hitList / 4 + 2 * count);
  }
}

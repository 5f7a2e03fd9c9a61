/**
 * The keyword automaton's scan loop in WebAssembly: the same automaton as KeywordMatcher's
 * JavaScript loop, run over the text's UTF-8 bytes. Every byte of every scanned file goes through
 * this loop, and in JavaScript it costs 4–8 ns a character on the 2-core benchmark VM; here under
 * a nanosecond a byte.
 *
 * Why four passes: each step of an automaton depends on the one before (a load whose address is
 * the previous load's result), so one pass runs at the speed of memory latency, not of the CPU.
 * Four passes over four parts of the text are four independent chains the CPU overlaps. A keyword
 * may straddle two parts, so each part after the first starts `overlap` bytes (the longest
 * keyword's length less one) early and reports nothing until it is past that warm-up: every
 * keyword occurrence is reported exactly once, by the part in which it ends.
 *
 * Why the loop is as it is (the code TurboFan makes of it was read, not guessed): one step of the
 * four passes is about six machine instructions a byte, where a first version took thirteen.
 * - The four parts are copied to four regions a constant distance apart, so one index reads all
 *   four (a constant offset each, folded into the load) instead of four addresses kept in
 *   registers and incremented.
 * - The automaton is laid out for this loop: a transition holds the next state's row as a byte
 *   offset and the class table holds class × 4, so a step is two byte loads, an add and a load;
 *   and the rows of states where a keyword ends start at a power of two, `high`, that no other
 *   row reaches, so one test of `(s0 | s1 | s2 | s3) & high` asks all four passes whether a
 *   keyword ended.
 * - Table addresses, the hit list and the regions are constants of the module, assembled for each
 *   automaton (a few hundred bytes, compiled once), so the loop holds few values and spills none.
 *
 * Bytes and characters agree: keywords are ASCII, UTF-8 keeps ASCII characters as single bytes,
 * and every byte of a non-ASCII character (like the character in JavaScript) sends the automaton
 * back to its root, so the set of keywords found is the same as the JavaScript loop's.
 *
 * The module is assembled here from its instructions, so there is no binary to build or ship.
 * Where WebAssembly is missing or refused (a strict content security policy), `create` returns
 * undefined and the JavaScript loop does the work.
 */

/** Memory layout: the class table, the transition table, the hit list, the input regions, then a staging area for encoding. */
const CLASS_TABLE = 0; // 256 entries (bytes, or 16-bit words past 63 classes): byte → class × 4
const TRANSITIONS = 1024;
/** Hits (position, state) a scan may record; a text with more is scanned in JavaScript. */
const MAX_HITS = 16384;
/** Parallel passes of the wide scan. */
const STREAMS = 4;
/** Distance between the copies of the four parts: a part is at most a quarter of MAX_BYTES plus the warm-up. Not a multiple of 4 KiB, so the four reads of a step do not map to one cache set. */
const REGION = (1 << 20) + 4096 + 64;
/** Longer texts are scanned in JavaScript (see scan); so are longer byte sequences (scanBytes). */
const MAX_BYTES = 4 * 1024 * 1024;
/** Below this many bytes a text is scanned in one pass: four would mostly be warm-up. */
const MIN_WIDE_BYTES = 1024;
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
const I32_LOAD16_U = 0x2f;
const I32_STORE = 0x36;
const I32_CONST = 0x41;
const I32_GE_U = 0x4f;
const I32_ADD = 0x6a;
const I32_MUL = 0x6c;
const I32_AND = 0x71;
const I32_OR = 0x72;
const I32_SHL = 0x74;
const I32_SHR_U = 0x76;

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

/** Signed LEB128, as i32.const takes it (values here are non-negative and below 2³¹). */
function signed(value: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = value & 0x7f;
    value >>= 7;
    const done = (value === 0 && (byte & 0x40) === 0) || (value === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

const constant = (value: number) => [I32_CONST, ...signed(value)];
const get = (local: number) => [LOCAL_GET, ...unsigned(local)];
const set = (local: number) => [LOCAL_SET, ...unsigned(local)];
const tee = (local: number) => [LOCAL_TEE, ...unsigned(local)];
const load32 = (offset: number) => [I32_LOAD, 2, ...unsigned(offset)];
const load16 = (offset: number) => [I32_LOAD16_U, 1, ...unsigned(offset)];
const loadByte = (offset: number) => [I32_LOAD8_U, 0, ...unsigned(offset)];
const store32 = (offset: number) => [I32_STORE, 2, ...unsigned(offset)];
const vector = (items: readonly (readonly number[])[]) => [...unsigned(items.length), ...items.flat()];
const section = (id: number, body: readonly number[]) => [id, ...unsigned(body.length), ...body];
const name = (text: string) => [...unsigned(text.length), ...Array.from(text, (ch) => ch.charCodeAt(0))];

/** Where the tables and the input go for one automaton, and the constants the loop is built with. */
interface Layout {
  /** Output states' rows start at this power of two (bytes into the transition table); no other row reaches it. */
  readonly high: number;
  /** The root state's row, as a byte offset: every pass starts there. */
  readonly root: number;
  /** KeywordMatcher's threshold (entries): hits report states in its numbering. */
  readonly outputThreshold: number;
  /** More than 63 classes: class × 4 does not fit a byte, so the class table holds 16-bit words. */
  readonly wideClasses: boolean;
  readonly hitList: number;
  /** Region 0: a one-pass scan reads the whole text here; region s is REGION × s further on. */
  readonly input: number;
  /** Where scan() encodes a text before copying it into the regions. */
  readonly staging: number;
}

/**
 * scan(start, count, warm, step) → hits recorded. Pass s reads the bytes at index start … start +
 * count − 1 of region s (the input, plus s × REGION) from the root state. A state in an output row
 * ends a keyword: the text offset (the index, plus s × step) and the state (in KeywordMatcher's
 * numbering) go to the hit list, for pass 0 always and for the others once the index is at or
 * past `warm` (their warm-up is over). Returns early, with MAX_HITS, when the list fills.
 */
function scanFunction(streams: number, layout: Layout): number[] {
  const [INDEX, COUNT, WARM, STEP] = [0, 1, 2, 3];
  const state = (s: number) => 4 + s;
  const END_INDEX = 4 + streams;
  const HIT_COUNT = END_INDEX + 1;
  const hitSlot = [...get(HIT_COUNT), ...constant(3), I32_SHL];
  const textOffset = (s: number) => [...get(INDEX), ...(s === 0 ? [] : [...get(STEP), ...constant(s), I32_MUL, I32_ADD])];
  // KeywordMatcher's numbering: output row k (entries) is outputThreshold + (offset − high) / 4.
  const matcherState = (s: number) => [
    ...get(state(s)),
    ...constant(layout.high - 1),
    I32_AND,
    ...constant(2),
    I32_SHR_U,
    ...constant(layout.outputThreshold),
    I32_ADD,
  ];
  // hits[n] = (offset, state); n += 1; a full list ends the scan.
  // prettier-ignore
  const record = (s: number) => [
    ...hitSlot, ...textOffset(s), ...store32(layout.hitList),
    ...hitSlot, ...matcherState(s), ...store32(layout.hitList + 4),
    ...get(HIT_COUNT), ...constant(1), I32_ADD, ...tee(HIT_COUNT), ...constant(MAX_HITS), I32_GE_U,
    IF, VOID, ...get(HIT_COUNT), RETURN, END,
  ];
  const classOfByte = layout.wideClasses ? [...constant(1), I32_SHL, ...load16(CLASS_TABLE)] : loadByte(CLASS_TABLE);
  const code: number[] = [...get(INDEX), ...get(COUNT), I32_ADD, ...set(END_INDEX)];
  for (let s = 0; s < streams; s++) code.push(...constant(layout.root), ...set(state(s)));
  code.push(BLOCK, VOID, LOOP, VOID, ...get(INDEX), ...get(END_INDEX), I32_GE_U, BR_IF, 1);
  // state = transitions[state + classOf[byte]] for every pass before any branch, so the passes' loads overlap.
  for (let s = 0; s < streams; s++) {
    // prettier-ignore
    code.push(
      ...get(state(s)),
      ...get(INDEX), ...loadByte(layout.input + s * REGION), ...classOfByte,
      I32_ADD, ...load32(TRANSITIONS), ...set(state(s)),
    );
  }
  // One test for all passes; the rare step where a keyword ended finds out which.
  code.push(...get(state(0)));
  for (let s = 1; s < streams; s++) code.push(...get(state(s)), I32_OR);
  code.push(...constant(layout.high), I32_AND, IF, VOID);
  for (let s = 0; s < streams; s++) {
    code.push(...get(state(s)), ...constant(layout.high), I32_AND, IF, VOID);
    if (s === 0) code.push(...record(s));
    else code.push(...get(INDEX), ...get(WARM), I32_GE_U, IF, VOID, ...record(s), END);
    code.push(END);
  }
  code.push(END);
  code.push(...get(INDEX), ...constant(1), I32_ADD, ...set(INDEX), BR, 0, END, END, ...get(HIT_COUNT), END);
  const locals = vector([[...unsigned(streams + 2), I32]]);
  return [...unsigned(locals.length + code.length), ...locals, ...code];
}

/** Compiled modules by layout: a thread usually has one automaton, and a module is compiled once. */
const compiled = new Map<string, WebAssembly.Module | null>();

/** The module (`scan1`, `scan4` and `memory`) for a layout; null where WebAssembly is unavailable. */
function scannerModule(layout: Layout): WebAssembly.Module | null {
  const key = JSON.stringify(layout);
  const known = compiled.get(key);
  if (known !== undefined) return known;
  let module: WebAssembly.Module | null;
  try {
    const params = vector(Array.from({ length: 4 }, () => [I32]));
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
      ...section(10, vector([scanFunction(1, layout), scanFunction(STREAMS, layout)])),
    ]);
    module = new WebAssembly.Module(bytes);
  } catch {
    module = null;
  }
  compiled.set(key, module);
  return module;
}

type ScanExport = (start: number, count: number, warm: number, step: number) => number;

/** The automaton's tables as KeywordMatcher builds them (offsets in entries, not bytes). */
export interface AutomatonTables {
  /** transitions[row + class] → the next state's row (entries); rows of `classes` entries. */
  readonly transitions: Int32Array;
  readonly classes: number;
  readonly classOf: Uint8Array;
  /** Rows at or above this belong to states where some keyword ends. */
  readonly outputThreshold: number;
  /** The longest keyword's length: the warm-up of every pass after the first. */
  readonly longestKeyword: number;
}

function layoutFor(tables: AutomatonTables): Layout {
  const plainBytes = tables.outputThreshold * 4;
  const outputBytes = (tables.transitions.length - tables.outputThreshold) * 4;
  let high = 4;
  while (high < plainBytes || high < outputBytes) high *= 2;
  const tableEnd = TRANSITIONS + high + outputBytes;
  const hitList = Math.ceil(tableEnd / 8) * 8;
  const input = hitList + MAX_HITS * 8;
  return {
    high,
    root: tables.outputThreshold > 0 ? 0 : high,
    outputThreshold: tables.outputThreshold,
    wideClasses: tables.classes * 4 > 255,
    hitList,
    input,
    staging: input + STREAMS * REGION,
  };
}

export class WasmKeywordScanner {
  private memory: WebAssembly.Memory;
  private bytes: Uint8Array;
  private words: Int32Array;
  private readonly scan1: ScanExport;
  private readonly scan4: ScanExport;
  private readonly encoder = new TextEncoder();
  private readonly layout: Layout;
  /** The byte length of the last text scanned: its UTF-16 length when it was all ASCII. */
  lastLength = 0;
  private readonly overlap: number;

  private constructor(instance: WebAssembly.Instance, tables: AutomatonTables, layout: Layout) {
    const exports = instance.exports as { memory: WebAssembly.Memory; scan1: ScanExport; scan4: ScanExport };
    this.memory = exports.memory;
    this.scan1 = exports.scan1;
    this.scan4 = exports.scan4;
    this.layout = layout;
    this.overlap = Math.max(0, tables.longestKeyword - 1);
    this.bytes = new Uint8Array(this.memory.buffer);
    this.words = new Int32Array(this.memory.buffer);
    this.reserve(layout.input + PAGE);
    // Bytes 128–255 keep class 0: every byte of a non-ASCII character resets the automaton.
    for (let byte = 0; byte < tables.classOf.length; byte++) {
      const column = (tables.classOf[byte] ?? 0) * 4;
      if (layout.wideClasses) this.bytes[CLASS_TABLE + 2 * byte] = column & 0xff;
      if (layout.wideClasses) this.bytes[CLASS_TABLE + 2 * byte + 1] = column >> 8;
      else this.bytes[CLASS_TABLE + byte] = column;
    }
    // Entry e (and the row offset it holds) moves to its byte offset: output rows to `high` on.
    const byteOffset = (entry: number) => (entry < tables.outputThreshold ? entry * 4 : layout.high + (entry - tables.outputThreshold) * 4);
    tables.transitions.forEach((next, entry) => {
      this.words[(TRANSITIONS + byteOffset(entry)) / 4] = byteOffset(next);
    });
  }

  /** A scanner for these tables, or undefined where WebAssembly cannot run. */
  static create(tables: AutomatonTables): WasmKeywordScanner | undefined {
    const layout = layoutFor(tables);
    const module = scannerModule(layout);
    if (!module) return undefined;
    try {
      return new WasmKeywordScanner(new WebAssembly.Instance(module, {}), tables, layout);
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
   * Every keyword occurrence in `text`, in no particular order, as pairs (UTF-8 byte offset of
   * the byte that ends it, state) where the state is KeywordMatcher's row offset. The view is
   * valid until the next scan. Undefined when there were too many to list: the caller scans the
   * text itself.
   */
  scan(text: string): Int32Array | undefined {
    // A memory never shrinks: a text this big is left to JavaScript rather than keep megabytes for good.
    if (text.length > MAX_BYTES) return undefined;
    // Most texts are ASCII, a byte a character; the others are encoded again with room for three
    // bytes per UTF-16 unit.
    const staging = this.layout.staging;
    this.reserve(staging + text.length);
    let encoded = this.encoder.encodeInto(text, this.bytes.subarray(staging));
    if (encoded.read < text.length) {
      this.reserve(staging + text.length * 3);
      encoded = this.encoder.encodeInto(text, this.bytes.subarray(staging));
    }
    return this.run(this.bytes.subarray(staging, staging + encoded.written));
  }

  /**
   * scan() for text that is still UTF-8 bytes (a file as read): they are copied in as they are,
   * so a file is scanned before, and often instead of, being decoded.
   */
  scanBytes(bytes: Uint8Array): Int32Array | undefined {
    if (bytes.length > MAX_BYTES) return undefined;
    return this.run(bytes);
  }

  /** Copies the text into place (four overlapping parts, or one) and scans it. */
  private run(text: Uint8Array): Int32Array | undefined {
    const length = text.length;
    const { input } = this.layout;
    const overlap = this.overlap;
    this.lastLength = length;
    const step = Math.ceil((length - overlap) / STREAMS);
    const part = step + overlap;
    let count: number;
    if (length < MIN_WIDE_BYTES || length <= 16 * (overlap + 1) || part > REGION) {
      this.reserve(input + length);
      this.bytes.set(text, input);
      count = this.scan1(0, length, 0, 0);
    } else {
      this.reserve(input + (STREAMS - 1) * REGION + part);
      for (let s = 0; s < STREAMS; s++) {
        const from = s * step;
        const to = Math.min(length, from + part);
        this.bytes.set(text.subarray(from, to), input + s * REGION);
        // The last part may run a few bytes past the end: zeros, which lead back to the root.
        this.bytes.fill(0, input + s * REGION + (to - from), input + s * REGION + part);
      }
      count = this.scan4(0, part, overlap, step);
    }
    if (count >= MAX_HITS) return undefined;
    const hits = this.layout.hitList / 4;
    return this.words.subarray(hits, hits + 2 * count);
  }
}

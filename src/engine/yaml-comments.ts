/**
 * Where a YAML file has comments, told line by line without a full parse: zizmor honours
 * `# zizmor: ignore[…]` only in real YAML comments, and a `#` inside a `run: |` script or a quoted
 * string is text, not a comment. Used by the inline-ignore index and by the editor's "ignore"
 * edits (a comment line inserted into a block scalar would become part of its text).
 */
import type { LineIndex } from './text';

export interface YamlLayout {
  /** For each line inside a block scalar's body, the line of its `|` / `>` indicator; else -1. */
  readonly blockOf: Int32Array;
  /** For each indicator line, the last line of its body. */
  readonly bodyEnd: ReadonlyMap<number, number>;
}

/** `key: |`, `- >-`, `key: &anchor |2`, a lone `|` … (the line's comment already removed). */
const INDICATOR = /(?::|^\s*(?:-\s+)*-|^)\s+(?:[&!]\S*\s+)*[|>][-+1-9]{0,2}\s*$/;

function indentOf(line: string): number {
  let n = 0;
  while (n < line.length && line.charCodeAt(n) === 32) n++;
  return n;
}

/**
 * The column a block scalar's body must be indented past: the key's column for `key: |` (also after
 * `- ` item markers), the dash's column for `- |`.
 */
function parentColumn(line: string): number {
  let i = indentOf(line);
  for (;;) {
    if (line[i] === '-' && (line[i + 1] === ' ' || line[i + 1] === '\t')) {
      let j = i + 1;
      while (line[j] === ' ' || line[j] === '\t') j++;
      if (line[j] === '|' || line[j] === '>') return i;
      i = j;
      continue;
    }
    return i;
  }
}

const layouts = new WeakMap<LineIndex, YamlLayout>();

/** Block scalar bodies of a YAML text; computed once per LineIndex. */
export function yamlLayout(lines: LineIndex): YamlLayout {
  const cached = layouts.get(lines);
  if (cached) return cached;
  const blockOf = new Int32Array(lines.lineCount).fill(-1);
  const bodyEnd = new Map<number, number>();
  let l = 0;
  while (l < lines.lineCount) {
    const text = lines.lineText(l);
    // Most lines hold neither character: skip them before any regex runs.
    const candidate = text.includes('|') || text.includes('>');
    const hash = candidate ? commentStart(text) : -1;
    if (!candidate || !INDICATOR.test(hash < 0 ? text : text.slice(0, hash))) {
      l++;
      continue;
    }
    const parent = parentColumn(text);
    let last = l;
    let k = l + 1;
    for (; k < lines.lineCount; k++) {
      const body = lines.lineText(k);
      if (body.trim() === '') continue;
      if (indentOf(body) <= parent) break;
      last = k;
    }
    for (let b = l + 1; b <= last; b++) blockOf[b] = l;
    if (last > l) bodyEnd.set(l, last);
    l = last + 1;
  }
  const layout = { blockOf, bodyEnd };
  layouts.set(lines, layout);
  return layout;
}

/**
 * Offset within `line` of its YAML comment's `#`, or -1: a `#` at the start or after a blank,
 * outside a quoted scalar. A quote opens a scalar only where a value can start (after `: `, `- `,
 * `[`, `{`, `,` or at the start), so the apostrophe of `echo it's` is not one. Quoted scalars that
 * continue on the next line are not followed (rare in workflows).
 */
export function commentStart(line: string): number {
  let valueCanStart = true;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) return i;
    if ((c === '"' || c === "'") && valueCanStart) {
      const close = closingQuote(line, i);
      if (close < 0) return -1;
      i = close;
      valueCanStart = false;
      continue;
    }
    if (c === ' ' || c === '\t') continue;
    valueCanStart = c === ':' || c === '-' || c === '[' || c === '{' || c === ',' || c === '?';
  }
  return -1;
}

function closingQuote(line: string, open: number): number {
  const quote = line[open];
  for (let i = open + 1; i < line.length; i++) {
    const c = line[i];
    if (quote === '"' && c === '\\') {
      i++;
      continue;
    }
    if (c !== quote) continue;
    if (quote === "'" && line[i + 1] === "'") {
      i++;
      continue;
    }
    return i;
  }
  return -1;
}

/** The YAML comment of `line` (from its `#`), or undefined when the line has none or is script text. */
export function yamlComment(lines: LineIndex, line: number): string | undefined {
  if (yamlLayout(lines).blockOf[line] !== -1) return undefined;
  const text = lines.lineText(line);
  const at = commentStart(text);
  return at < 0 ? undefined : text.slice(at);
}

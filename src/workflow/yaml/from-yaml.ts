/**
 * Converts a `yaml` package Document into Drydock's YAML tree. This is the reference path: it
 * accepts every YAML construct, and the fast parser's tests compare against it.
 */
import { isAlias, isMap as isYamlMap, isPair, isScalar as isYamlScalar, isSeq as isYamlSeq, Scalar, type Document, type Node } from 'yaml';
import type { ScalarStyle, YMap, YNode, YPair, YScalar, YSeq } from './node';

const STYLE: Readonly<Record<string, ScalarStyle>> = {
  PLAIN: 'plain',
  QUOTE_SINGLE: 'single',
  QUOTE_DOUBLE: 'double',
  BLOCK_LITERAL: 'literal',
  BLOCK_FOLDED: 'folded',
};

class Converter {
  private readonly anchors = new Map<string, YNode>();
  constructor(private readonly text: string) {}

  node(node: unknown): YNode | null {
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      const [start, end] = node.range ?? [0, 0];
      const target = this.anchors.get(node.source);
      return { kind: 'alias', name: node.source, start, end, ...(target ? { target } : {}) };
    }
    let out: YNode;
    if (isYamlScalar(node)) out = this.scalar(node);
    else if (isYamlMap(node)) out = this.map(node);
    else if (isYamlSeq(node)) out = this.seq(node as Node & { items: unknown[]; flow?: boolean });
    else return null;
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) this.anchors.set(anchor, out);
    return out;
  }

  scalar(node: Scalar): YScalar {
    const [start, valueEndRaw] = node.range ?? [0, 0, 0];
    const style = STYLE[node.type ?? 'PLAIN'] ?? 'plain';
    const raw: unknown = node.value;
    const typed: YScalar['typed'] =
      typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' || raw === null
        ? raw
        : // Custom-tagged scalars hold other values; their text form is what a workflow means.
          JSON.stringify(raw);
    const value = typed === null ? (style === 'plain' ? (node.source ?? '') : '') : String(typed);
    let valueStart = start;
    let valueEnd = valueEndRaw;
    if (style === 'single' || style === 'double') {
      valueStart = start + 1;
      valueEnd = Math.max(valueStart, valueEndRaw - 1);
    } else if (style === 'literal' || style === 'folded') {
      const nl = this.text.indexOf('\n', start);
      valueStart = nl < 0 || nl >= valueEndRaw ? valueEndRaw : nl + 1;
    }
    return {
      kind: 'scalar',
      value: typed === null && style === 'plain' ? value : value,
      typed: style === 'plain' ? typed : value,
      style,
      start,
      end: valueEndRaw,
      valueStart,
      valueEnd,
      ...this.props(node),
    };
  }

  map(node: Node & { items: unknown[]; flow?: boolean }): YMap {
    const pairs: YPair[] = [];
    for (const item of node.items) {
      if (!isPair(item)) continue;
      const key = this.key(item.key);
      const value = this.node(item.value);
      pairs.push({ key, value, start: key.start, end: value ? value.end : key.end });
    }
    const [start, end] = node.range ?? [0, 0];
    return { kind: 'map', pairs, flow: Boolean(node.flow), start, end: trimEnd(this.text, start, end), ...this.props(node) };
  }

  seq(node: Node & { items: unknown[]; flow?: boolean }): YSeq {
    const items: YNode[] = [];
    for (const item of node.items) {
      const converted = this.node(item);
      if (converted) items.push(converted);
    }
    const [start, end] = node.range ?? [0, 0];
    return { kind: 'seq', items, flow: Boolean(node.flow), start, end: trimEnd(this.text, start, end), ...this.props(node) };
  }

  /** Keys are scalars in every workflow; a complex key becomes an empty-named one at its offset. */
  key(node: unknown): YScalar {
    if (isYamlScalar(node)) {
      const s = this.scalar(node);
      return s.typed === null ? { ...s, value: s.value } : s;
    }
    const range = (node as { range?: [number, number] } | null)?.range ?? [0, 0];
    return {
      kind: 'scalar',
      value: '',
      typed: '',
      style: 'plain',
      start: range[0],
      end: range[1],
      valueStart: range[0],
      valueEnd: range[1],
    };
  }

  props(node: Node): { anchor?: string; tag?: string } {
    const out: { anchor?: string; tag?: string } = {};
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) out.anchor = anchor;
    if (node.tag && !node.tag.startsWith('tag:yaml.org,2002:')) out.tag = node.tag;
    else if (node.tag && this.text.slice(Math.max(0, (node.range?.[0] ?? 0) - 40), node.range?.[0]).includes('!!')) out.tag = node.tag;
    return out;
  }
}

/** Collections' ranges include trailing blank lines and comments; rules want them to end at content. */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1] ?? '')) e--;
  return e;
}

export function convertDocument(document: Document, text: string): YNode | null {
  return new Converter(text).node(document.contents);
}

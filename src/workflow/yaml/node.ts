/**
 * The YAML tree workflow rules read: plain objects with source offsets, independent of the parser
 * that built them. Two parsers fill it: a fast one for the block-style YAML workflows are written
 * in, and an adapter over the `yaml` package for everything else (and for error messages). Rules
 * never see either parser's own node types, so the fast path can grow without touching a rule.
 */

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal' | 'folded';

interface NodeBase {
  /** Offset of the node's first character in the text (a quote, `|`, `[`, `{`, or `-` never included). */
  readonly start: number;
  /** Offset just past the node's last character. */
  readonly end: number;
  /** `&anchor` name when the node has one. */
  readonly anchor?: string;
  /** Explicit tag (`!!str`, `!custom`) when the node has one. */
  readonly tag?: string;
}

export interface YScalar extends NodeBase {
  readonly kind: 'scalar';
  /** The scalar's string value after unquoting/folding; what GitHub's parser would see as text. */
  readonly value: string;
  /**
   * The value as YAML 1.2's core schema types it (`true`, `3`, `null`); strings stay strings.
   * Quoted and block scalars are always strings.
   */
  readonly typed: string | number | boolean | null;
  readonly style: ScalarStyle;
  /** Offsets of the content: for quoted scalars the range between the quotes, for block scalars the body. */
  readonly valueStart: number;
  readonly valueEnd: number;
}

export interface YPair {
  readonly key: YScalar;
  /** null when the key has no value (`key:` followed by nothing); such a pair still has a range. */
  readonly value: YNode | null;
  readonly start: number;
  readonly end: number;
}

export interface YMap extends NodeBase {
  readonly kind: 'map';
  readonly pairs: readonly YPair[];
  readonly flow: boolean;
}

export interface YSeq extends NodeBase {
  readonly kind: 'seq';
  readonly items: readonly YNode[];
  readonly flow: boolean;
}

/** `*name`: rules see the alias, not what it points to, so an alias bomb costs what its text costs. */
export interface YAlias extends NodeBase {
  readonly kind: 'alias';
  readonly name: string;
  /** The anchored node, when it was defined earlier in the document. */
  readonly target?: YNode;
}

export type YNode = YScalar | YMap | YSeq | YAlias;

export function isMap(node: YNode | null | undefined): node is YMap {
  return node?.kind === 'map';
}
export function isSeq(node: YNode | null | undefined): node is YSeq {
  return node?.kind === 'seq';
}
export function isScalar(node: YNode | null | undefined): node is YScalar {
  return node?.kind === 'scalar';
}

/** Follows an alias to its anchored node (one hop per alias; anchors cannot be recursive in YAML). */
export function deref(node: YNode | null | undefined): YNode | undefined {
  let current = node ?? undefined;
  for (let hops = 0; current?.kind === 'alias' && hops < 32; hops++) current = current.target;
  return current?.kind === 'alias' ? undefined : current;
}

/** The pair whose key is `key`, or undefined. Later duplicates are YAML errors; the first wins here. */
export function pairOf(map: YNode | null | undefined, key: string): YPair | undefined {
  const m = deref(map);
  if (m?.kind !== 'map') return undefined;
  for (const pair of m.pairs) if (pair.key.value === key) return pair;
  return undefined;
}

export function valueOf(map: YNode | null | undefined, key: string): YNode | undefined {
  return deref(pairOf(map, key)?.value);
}

export function mapOf(map: YNode | null | undefined, key: string): YMap | undefined {
  const v = valueOf(map, key);
  return v?.kind === 'map' ? v : undefined;
}

export function seqOf(map: YNode | null | undefined, key: string): YSeq | undefined {
  const v = valueOf(map, key);
  return v?.kind === 'seq' ? v : undefined;
}

export function scalarOf(map: YNode | null | undefined, key: string): YScalar | undefined {
  const v = valueOf(map, key);
  return v?.kind === 'scalar' ? v : undefined;
}

/** A scalar's string value, or undefined for anything else (including `null`). */
export function stringOf(map: YNode | null | undefined, key: string): string | undefined {
  const v = scalarOf(map, key);
  return v && v.typed !== null ? v.value : undefined;
}

/** The items of a sequence, or the node itself as a one-item list (`on: push` vs `on: [push]`). */
export function listOf(node: YNode | null | undefined): readonly YNode[] {
  const n = deref(node);
  if (!n) return [];
  return n.kind === 'seq' ? n.items : [n];
}

/** Every scalar under a node, depth first, aliases not followed. */
export function* scalarsUnder(node: YNode | null | undefined): Generator<YScalar> {
  if (!node) return;
  switch (node.kind) {
    case 'scalar':
      yield node;
      return;
    case 'map':
      for (const p of node.pairs) {
        yield p.key;
        yield* scalarsUnder(p.value);
      }
      return;
    case 'seq':
      for (const item of node.items) yield* scalarsUnder(item);
      return;
    case 'alias':
      return;
  }
}

/** Plain JS value of a node (aliases resolved, at most `budget` nodes so alias bombs stay cheap). */
export function toPlain(node: YNode | null | undefined, budget = { left: 10_000 }): unknown {
  if (!node || budget.left-- <= 0) return null;
  switch (node.kind) {
    case 'scalar':
      return node.typed;
    case 'seq':
      return node.items.map((item) => toPlain(item, budget));
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const p of node.pairs) out[p.key.value] = toPlain(p.value, budget);
      return out;
    }
    case 'alias':
      return toPlain(node.target, budget);
  }
}

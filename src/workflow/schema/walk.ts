/**
 * The one walker over the schema table: validates a YAML tree against a definition from `defs.ts`
 * in a single pass, reporting unknown keys (with "did you mean"), missing required keys, wrong
 * node kinds, bad scalar values and enums, empty sections and case-insensitive duplicate keys.
 * Semantic checks the table names (`check:`) run from `checks.ts` on the node they belong to.
 *
 * Per call it allocates only what it reports; messages are built on the error path.
 */
import type { FindingTag } from '../../engine/types';
import { deref, type YMap, type YNode, type YPair, type YScalar } from '../yaml/node';
import { CHECKS } from './checks';
import { defNamed, type Def } from './defs';
import { hasExpression, isExpression, spanOf } from './scalars';
import { capitalize, closest, quoteList } from './suggest';

export type SchemaSeverity = 'error' | 'warning';

export interface SchemaFinding {
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly severity: SchemaSeverity;
  readonly related?: { readonly start: number; readonly end: number; readonly message: string };
  readonly tags?: readonly FindingTag[];
}

export type SchemaSink = (finding: SchemaFinding) => void;

/** The allowed values for a message; long lists (branding icons) are summarised. */
function expectedValues(values: readonly string[]): string {
  return values.length <= 12 ? quoteList(values) : `one of ${values.length} values such as ${quoteList(values.slice(0, 3))}`;
}

function describe(node: YNode | undefined): string {
  if (!node) return 'nothing';
  switch (node.kind) {
    case 'map':
      return 'a mapping';
    case 'seq':
      return 'a sequence';
    case 'alias':
      return 'an alias';
    case 'scalar':
      if (node.typed === null && node.style === 'plain') return 'null';
      if (typeof node.typed === 'boolean') return `the boolean ${node.value}`;
      if (typeof node.typed === 'number') return `the number ${node.value}`;
      return node.value.length > 40 ? 'a string' : `"${node.value}"`;
  }
}

const BOOL_STRING = /^(?:true|false)$/i;

function hasKey(pairs: readonly YPair[], key: string): boolean {
  for (const p of pairs) if (p.key.value === key) return true;
  return false;
}

function isNullScalar(node: YNode | undefined): boolean {
  return node === undefined || (node.kind === 'scalar' && node.typed === null && node.style === 'plain');
}

export class SchemaWalker {
  constructor(
    readonly text: string,
    private readonly sink: SchemaSink,
  ) {}

  report(
    start: number,
    end: number,
    message: string,
    severity: SchemaSeverity = 'error',
    extra?: Pick<SchemaFinding, 'related' | 'tags'>,
  ): void {
    this.sink({ start, end, message, severity, ...extra });
  }

  /** Reports on a node (a scalar's content, a collection's whole span). */
  at(node: YNode, message: string, severity: SchemaSeverity = 'error', extra?: Pick<SchemaFinding, 'related' | 'tags'>): void {
    const [start, end] = spanOf(node);
    this.report(start, end, message, severity, extra);
  }

  /** How messages name a definition found under `key`. */
  where(def: Def, key: YScalar | undefined): string {
    return def.title.includes('{key}') ? def.title.replace('{key}', key?.value ?? 'value') : def.title;
  }

  /**
   * Validates `raw` against `def`. `key` is the mapping key the value sits under; for sequence
   * items (`inItem`) it is the sequence's key, used to name things in messages only.
   */
  walk(raw: YNode | null | undefined, def: Def, key: YScalar | undefined, inCtx: boolean, inItem = false): void {
    if (def.kind === 'any') return;
    const node = deref(raw);
    const ctx = inCtx || def.ctx;
    const isNull = isNullScalar(node);
    // A missing value (`key:` with nothing after it) is reported on its key.
    const anchor: YNode | undefined = inItem ? (node ?? key) : ((isNull ? key : undefined) ?? node ?? key);
    switch (def.kind) {
      case 'map':
      case 'seq':
      case 'one': {
        if (isNull) {
          const explicit = node !== undefined && node.end > node.start;
          if (explicit && def.explicitNullOk) return;
          if (!this.acceptsNull(def) && anchor)
            this.at(anchor, `${capitalize(this.where(def, key))} has no value: give it one or remove the key.`);
          return;
        }
        if (!node) return;
        if (ctx && node.kind === 'scalar' && typeof node.typed === 'string' && isExpression(node.value)) return;
        if (def.kind === 'one') return this.walkOne(node, def, key, ctx, inItem);
        if (def.kind === 'map') {
          if (node.kind !== 'map') return this.wrongKind(node, def, key, 'a mapping');
          return this.walkMap(node, def, key, ctx, inItem);
        }
        if (node.kind !== 'seq') return this.wrongKind(node, def, key, 'a sequence');
        if (node.items.length === 0) this.empty(node, def, key);
        const item = def.item;
        if (item) for (const child of node.items) this.walk(child, item, key, ctx, true);
        return;
      }
      default:
        if (node && node.kind !== 'scalar')
          return this.wrongKind(node, def, key, def.kind === 'bool' ? 'a boolean' : def.kind === 'number' ? 'a number' : 'a string');
        return this.walkScalar(node, def, key, inItem);
    }
  }

  private acceptsNull(def: Def): boolean {
    switch (def.kind) {
      case 'map':
      case 'bool':
        return def.nullOk;
      case 'string':
      case 'scalar':
        return !def.nonEmpty;
      case 'one':
        return (def.alt?.map?.nullOk ?? false) || (def.alt?.scalars.some((s) => this.acceptsNull(s)) ?? false);
      case 'any':
        return true;
      default:
        return false;
    }
  }

  private wrongKind(node: YNode, def: Def, key: YScalar | undefined, expected: string): void {
    this.at(node, `${capitalize(this.where(def, key))} must be ${expected}, not ${describe(node)}.`);
  }

  private empty(node: YNode, def: Def, key: YScalar | undefined): void {
    if (def.empty === 'ok') return;
    const where = this.where(def, key);
    this.report(
      node.start,
      Math.max(node.end, node.start + 1),
      def.empty === 'error'
        ? `${capitalize(where)} is empty: GitHub needs at least one entry.`
        : `${capitalize(where)} is empty: remove it or add entries.`,
      def.empty,
    );
  }

  private walkOne(node: YNode, def: Def, key: YScalar | undefined, ctx: boolean, inItem: boolean): void {
    const alt = def.alt;
    if (!alt) return;
    if (node.kind === 'map' && alt.map) return this.walk(node, alt.map, key, ctx, inItem);
    if (node.kind === 'seq' && alt.seq) return this.walk(node, alt.seq, key, ctx, inItem);
    if (node.kind === 'scalar' && alt.scalars.length > 0) {
      for (const candidate of alt.scalars)
        if (this.scalarFits(node, candidate)) {
          // Still run the alternative's semantic check (e.g. `event-name`).
          if (candidate.check) CHECKS[candidate.check](node, key, this, candidate);
          return;
        }
      const first = alt.scalars[0];
      if (first) this.walk(node, first, key, ctx, inItem);
      return;
    }
    const kinds: string[] = [...alt.scalars.map((s) => (s.kind === 'bool' ? 'a boolean' : s.kind === 'number' ? 'a number' : 'a string'))];
    if (alt.seq) kinds.push('a sequence');
    if (alt.map) kinds.push('a mapping');
    this.at(node, `${capitalize(this.where(def, key))} must be ${[...new Set(kinds)].join(' or ')}, not ${describe(node)}.`);
  }

  /** Whether a scalar is acceptable for a scalar definition, without reporting. */
  private scalarFits(node: YScalar, def: Def): boolean {
    const isNull = node.typed === null && node.style === 'plain';
    switch (def.kind) {
      case 'string':
        if (isNull || node.value === '') return !def.nonEmpty;
        return !def.values || def.values.has(node.value) || hasExpression(node.value);
      case 'scalar':
        return !def.nonEmpty || (!isNull && node.value !== '');
      case 'bool':
        return (
          typeof node.typed === 'boolean' ||
          (isNull && def.nullOk) ||
          (typeof node.typed === 'string' && (isExpression(node.value) || (def.boolStrings && BOOL_STRING.test(node.value))))
        );
      case 'number':
        return typeof node.typed === 'number' || (typeof node.typed === 'string' && isExpression(node.value));
      default:
        return false;
    }
  }

  /** How messages name a scalar; built only on error paths (most scalars are fine). */
  private label(key: YScalar | undefined, inItem: boolean): string {
    return key ? (inItem ? `an entry of "${key.value}"` : `"${key.value}"`) : 'this value';
  }

  private walkScalar(node: YScalar | undefined, def: Def, key: YScalar | undefined, inItem: boolean): void {
    const isNull = isNullScalar(node);
    const anchor = inItem ? (node ?? key) : ((isNull ? key : undefined) ?? node ?? key);
    if (!anchor) return;

    switch (def.kind) {
      case 'string':
      case 'scalar': {
        if (isNull || node?.value === '') {
          if (def.nonEmpty) this.at(anchor, `${capitalize(this.label(key, inItem))} must not be empty.`);
          return;
        }
        if (!node) return;
        if (def.values && !def.values.has(node.value) && !hasExpression(node.value)) {
          const suggestion = closest(node.value, def.valueList ?? []);
          this.at(
            node,
            suggestion !== undefined
              ? `"${node.value}" is not a valid ${this.label(key, inItem)}: did you mean "${suggestion}"?`
              : `"${node.value}" is not a valid ${this.label(key, inItem)}: expected ${expectedValues(def.valueList ?? [])}.`,
          );
        }
        if (def.check) CHECKS[def.check](node, key, this, def);
        return;
      }
      case 'bool':
        if (isNull && def.nullOk) return;
        if (node && this.scalarFits(node, def)) return;
        this.at(anchor, `${capitalize(this.label(key, inItem))} must be true or false (or a \${{ }} expression), not ${describe(node)}.`);
        return;
      case 'number': {
        if (!node || !this.scalarFits(node, def)) {
          this.at(anchor, `${capitalize(this.label(key, inItem))} must be a number (or a \${{ }} expression), not ${describe(node)}.`);
          return;
        }
        if (typeof node.typed !== 'number') return;
        if (def.int && !Number.isInteger(node.typed))
          this.at(node, `${capitalize(this.label(key, inItem))} must be a whole number, not ${node.value}.`);
        else if (def.positive && !(node.typed > 0))
          this.at(node, `${capitalize(this.label(key, inItem))} must be greater than 0, not ${node.value}.`);
        return;
      }
      default:
        return;
    }
  }

  private walkMap(node: YMap, def: Def, key: YScalar | undefined, ctx: boolean, inItem: boolean): void {
    const pairs = node.pairs;
    for (let i = 0; i < pairs.length; i++) {
      const pair = pairs[i] as YPair;
      const k = pair.key.value;
      // Merge keys are YAML errors to GitHub; workflow-syntax reports them.
      if (k === '<<') continue;
      const prop = def.props?.get(k);
      if (prop) this.walk(pair.value, prop.def, pair.key, ctx);
      else if (def.loose) this.walk(pair.value, def.loose, pair.key, ctx);
      else this.unknownKey(pair.key, def, this.where(def, key));
      if (def.ci && i > 0) this.caseDuplicate(pairs, i, def, key);
    }
    if (pairs.length === 0) this.empty(node, def, key);
    else
      for (const required of def.required) {
        if (hasKey(pairs, required)) continue;
        const prop = def.props?.get(required);
        const target = (inItem ? undefined : key) ?? pairs[0]?.key;
        if (target) this.at(target, prop?.missing ?? `${capitalize(this.where(def, key))} is missing "${required}".`);
      }
    if (def.check) CHECKS[def.check](node, inItem ? undefined : key, this, def);
  }

  /**
   * Reports pair `i` when an earlier key differs from it only in case. Compares lengths first so
   * the common case (no near-duplicates) allocates nothing; maps here have a handful of keys.
   */
  private caseDuplicate(pairs: readonly YPair[], i: number, def: Def, key: YScalar | undefined): void {
    const current = (pairs[i] as YPair).key;
    const k = current.value;
    let lower: string | undefined;
    for (let j = 0; j < i; j++) {
      const first = (pairs[j] as YPair).key;
      // Exact repeats are YAML duplicate keys, which workflow-syntax reports.
      if (first.value.length !== k.length || first.value === k) continue;
      lower ??= k.toLowerCase();
      if (first.value.toLowerCase() !== lower) continue;
      const [start, end] = spanOf(first);
      this.at(
        current,
        `"${k}" repeats "${first.value}" in ${this.where(def, key)} (these keys are case-insensitive): keep one of them.`,
        'error',
        {
          related: { start, end, message: `"${first.value}" is defined here` },
        },
      );
      return;
    }
  }

  private unknownKey(key: YScalar, def: Def, where: string): void {
    const suggestion = closest(key.value, def.keys);
    this.at(
      key,
      suggestion !== undefined
        ? `Unknown key "${key.value}" in ${where}: did you mean "${suggestion}"?`
        : `Unknown key "${key.value}" in ${where}: expected ${quoteList(def.keys)}.`,
    );
  }
}

/** Validates a whole workflow (`workflow`) or action metadata file (`action`). */
export function validateDocument(root: YNode | null | undefined, kind: 'workflow' | 'action', text: string, sink: SchemaSink): void {
  const walker = new SchemaWalker(text, sink);
  const node = deref(root);
  const def = defNamed(kind);
  if (isNullScalar(node)) {
    sink({
      start: 0,
      end: Math.min(1, text.length),
      message: kind === 'workflow' ? 'The workflow file is empty: add "on" and "jobs".' : 'The action metadata file is empty.',
      severity: 'error',
    });
    return;
  }
  walker.walk(node, def, undefined, false);
}

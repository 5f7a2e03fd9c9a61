/**
 * Text edits that add a key to a block mapping while keeping the file's indentation, comments and
 * line endings: fixes are LSP TextEdits on the source, never a re-serialised document.
 */
import type { WorkflowRuleContext } from '../../../rule';
import type { TextEdit } from '../../../../engine/types';
import { deref, pairOf, type YMap } from '../../../yaml/node';
import { columnOf } from './steps';

/** Where a new last line of `map` goes: the end of the line holding its last character. */
function afterLastLine(text: string, end: number): { offset: number; newline: string } {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1] ?? '')) e--;
  const lineEnd = text.indexOf('\n', e);
  if (lineEnd < 0) return { offset: text.length, newline: text.includes('\r\n') ? '\r\n' : '\n' };
  if (text[lineEnd - 1] === '\r') return { offset: lineEnd - 1, newline: '\r\n' };
  return { offset: lineEnd, newline: '\n' };
}

/** Indentation of a block mapping's keys, or undefined for flow mappings and empty ones. */
function keyIndent(text: string, map: YMap): string | undefined {
  const first = map.pairs[0];
  if (map.flow || !first) return undefined;
  return ' '.repeat(columnOf(text, first.key.start));
}

/**
 * An edit that sets `key: value` in the mapping `owner.<parent>` (`env`, `with`): appended to the
 * existing block mapping, or a new `parent:` block added as `owner`'s last key. Undefined when the
 * shape is not one a mechanical edit handles (flow mappings, a `parent:` that holds an expression).
 */
export function setInChildMap(ctx: WorkflowRuleContext, owner: YMap, parent: string, key: string, value: string): TextEdit | undefined {
  const text = ctx.text;
  const ownerIndent = keyIndent(text, owner);
  if (ownerIndent === undefined) return undefined;
  const pair = pairOf(owner, parent);
  if (pair) {
    const child = deref(pair.value);
    if (child?.kind !== 'map') return undefined;
    const indent = keyIndent(text, child);
    if (indent === undefined) return undefined;
    const at = afterLastLine(text, child.end);
    return { range: ctx.rangeOf(at.offset, at.offset), newText: `${at.newline}${indent}${key}: ${value}` };
  }
  const at = afterLastLine(text, owner.end);
  return {
    range: ctx.rangeOf(at.offset, at.offset),
    newText: `${at.newline}${ownerIndent}${parent}:${at.newline}${ownerIndent}  ${key}: ${value}`,
  };
}

/** The `updates:` entries of a `.github/dependabot.yml`, which both Dependabot audits walk. */
import type { WorkflowModel } from '../../model';
import { deref, isMap, seqOf, type YMap } from '../../yaml/node';

export function dependabotUpdates(model: WorkflowModel): YMap[] {
  const updates = seqOf(model.root, 'updates');
  if (!updates) return [];
  const out: YMap[] = [];
  for (const item of updates.items) {
    const entry = deref(item);
    if (isMap(entry)) out.push(entry);
  }
  return out;
}

/** The indentation of an update entry's keys (the column of its first key). */
export function entryIndent(text: string, entry: YMap): string {
  const first = entry.pairs[0];
  if (!first) return '    ';
  const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
  return ' '.repeat(first.start - lineStart);
}

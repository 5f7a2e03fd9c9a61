/**
 * The instructions before the first FROM, for the rules that walk a file stage by stage.
 *
 * Docker rejects a RUN or COPY before the first FROM (DL3061 reports it), but hadolint judges such
 * instructions as if they opened a stage of their own, and so do these rules: a file being typed,
 * or a fragment pasted for review, gets the same findings with or without its FROM line. Rules
 * that look at single instructions see them anyway.
 */
import type { Dockerfile, Instruction } from '../model';

const NONE: readonly Instruction[] = [];
const byFile = new WeakMap<Dockerfile, readonly Instruction[]>();

/** Instructions before the first FROM (ARGs included), in order; empty when the file starts with FROM. */
export function preamble(dockerfile: Dockerfile): readonly Instruction[] {
  let found = byFile.get(dockerfile);
  if (found === undefined) {
    const first = dockerfile.stages[0]?.from;
    const end = first ? dockerfile.instructions.indexOf(first) : dockerfile.instructions.length;
    found = end > 0 ? dockerfile.instructions.slice(0, end) : NONE;
    byFile.set(dockerfile, found);
  }
  return found;
}

/**
 * DL3044: an ENV that defines a variable and refers to it in the same instruction
 * (`ENV A=1 B=$A`). Docker expands every value with the variables as they were before the
 * instruction, so `$A` is not the `1` set next to it but the previous value, usually empty.
 * As hadolint: a variable already defined by an earlier ENV or ARG (anywhere above) is fine, and
 * a pair may refer to its own variable (`ENV PATH=/opt/bin:$PATH`); `$AB` is not a reference to A.
 */
import type { Instruction } from '../../model';
import { defineDockerfileRule } from '../../rule';

interface Pair {
  readonly name: string;
  /** The value as written, and where it starts in argsText. */
  readonly value: string;
  readonly valueAt: number;
}

function envPairs(inst: Instruction): Pair[] {
  const first = inst.operands[0];
  if (!first) return [];
  const indexOf = (offset: number) => inst.argsOffsets.indexOf(offset);
  if (!first.value.includes('=')) {
    // Legacy form: `ENV NAME value with spaces`.
    const second = inst.operands[1];
    if (!second) return [];
    const at = indexOf(second.start);
    return at < 0 ? [] : [{ name: first.value, value: inst.argsText.slice(at).trimEnd(), valueAt: at }];
  }
  const pairs: Pair[] = [];
  for (const word of inst.operands) {
    const eq = word.value.indexOf('=');
    if (eq <= 0) continue;
    const at = indexOf(word.start);
    pairs.push({ name: word.value.slice(0, eq), value: word.value.slice(eq + 1), valueAt: at < 0 ? -1 : at + eq + 1 });
  }
  return pairs;
}

/** Index of the first `${name}` or `$name` (not followed by a name character) in text, or -1. */
function referenceAt(text: string, name: string): { index: number; length: number } | undefined {
  const braced = text.indexOf(`\${${name}}`);
  let bare = -1;
  for (let i = text.indexOf(`$${name}`); i >= 0; i = text.indexOf(`$${name}`, i + 1)) {
    if (!/[A-Za-z0-9_]/.test(text[i + name.length + 1] ?? '')) {
      bare = i;
      break;
    }
  }
  if (braced < 0 && bare < 0) return undefined;
  if (bare < 0 || (braced >= 0 && braced < bare)) return { index: braced, length: name.length + 3 };
  return { index: bare, length: name.length + 1 };
}

export const envSelfReference = defineDockerfileRule({
  id: 'DL3044',
  name: 'env-self-reference',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'An ENV refers to a variable that the same ENV defines.',
  fix: 'none',
  onFile(dockerfile, ctx) {
    const defined = new Set<string>();
    for (const outer of dockerfile.instructions) {
      const inst = outer.onbuild ?? outer;
      if (inst.keyword === 'ARG') {
        for (const w of inst.operands) {
          const eq = w.value.indexOf('=');
          defined.add(eq < 0 ? w.value : w.value.slice(0, eq));
        }
        continue;
      }
      if (inst.keyword !== 'ENV') continue;
      const pairs = envPairs(inst);
      // One pair cannot refer to another one (most ENVs): no set and no pairwise loop for them.
      let reported: Set<string> | undefined;
      for (const [i, pair] of pairs.entries()) {
        if (pairs.length < 2) break;
        if (defined.has(pair.name) || reported?.has(pair.name)) continue;
        for (const [j, other] of pairs.entries()) {
          if (i === j) continue;
          const ref = referenceAt(other.value, pair.name);
          if (!ref) continue;
          const start = inst.argsOffsets.at(other.valueAt + ref.index);
          const last = inst.argsOffsets.at(other.valueAt + ref.index + ref.length - 1);
          if (other.valueAt < 0 || start === undefined || last === undefined) continue;
          ctx.report({
            range: ctx.lines.range(start, last + 1),
            message: `${pair.name} is set in this same ENV, so ${other.name}=… sees its value from before this instruction, not the one set here: split it into two ENV instructions.`,
          });
          (reported ??= new Set()).add(pair.name);
          break;
        }
      }
      for (const pair of pairs) defined.add(pair.name);
    }
  },
});

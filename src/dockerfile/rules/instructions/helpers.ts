/** Small helpers shared by the instruction rules. */
import type { Instruction, Stage, Word } from '../../model';
import { execForm } from '../../scripts';

/** Removes every leading and trailing quote character, as hadolint's `dropQuotes` does. */
export function dropQuotes(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && (value[start] === '"' || value[start] === "'")) start++;
  while (end > start && (value[end - 1] === '"' || value[end - 1] === "'")) end--;
  return value.slice(start, end);
}

/** True when the arguments are a JSON array of strings (exec form), as BuildKit decides it. */
export function isJsonArray(instruction: Instruction): boolean {
  const trimmed = instruction.argsText.trim();
  if (!trimmed.startsWith('[') || !trimmed.endsWith(']')) return false;
  try {
    const parsed: unknown = JSON.parse(trimmed);
    return Array.isArray(parsed) && parsed.every((v) => typeof v === 'string');
  } catch {
    return false;
  }
}

/** The span of the instruction's operands (arguments after its flags), or its keyword when none. */
export function operandSpan(instruction: Instruction): { start: number; end: number } {
  const first = instruction.operands[0];
  const last = instruction.operands[instruction.operands.length - 1];
  if (!first || !last) return { start: instruction.keywordStart, end: instruction.keywordEnd };
  return { start: first.start, end: last.end };
}

/**
 * Every later instruction with `keyword` in the stage, paired with the one before it; instructions
 * wrapped in ONBUILD are compared only with each other (they run in a child image, not this one).
 */
export function repeatedInStage(stage: Stage, keyword: string): { previous: Instruction; repeated: Instruction }[] {
  const out: { previous: Instruction; repeated: Instruction }[] = [];
  let direct: Instruction | undefined;
  let onbuild: Instruction | undefined;
  for (const inst of stage.instructions) {
    if (inst.keyword === keyword) {
      if (direct) out.push({ previous: direct, repeated: inst });
      direct = inst;
    } else if (inst.onbuild?.keyword === keyword) {
      if (onbuild) out.push({ previous: onbuild, repeated: inst.onbuild });
      onbuild = inst.onbuild;
    }
  }
  return out;
}

/** The value of a `--name=value` flag, with the flag word. */
export function flagValue(instruction: Instruction, name: string): { word: Word; value: string } | undefined {
  const prefix = `--${name}=`;
  for (const word of instruction.flags) {
    if (word.value.toLowerCase().startsWith(prefix)) return { word, value: word.value.slice(prefix.length) };
  }
  return undefined;
}

/**
 * The exec-form (JSON array) operands of an instruction that may have flags before them
 * (`COPY --chown=app ["a", "b", "/dest/"]`); `execForm` itself expects the array at the start.
 */
export function execOperands(instruction: Instruction): { value: string; start: number; end: number }[] | undefined {
  const first = instruction.operands[0];
  if (!first?.value.startsWith('[')) return undefined;
  if (instruction.flags.length === 0) return execForm(instruction);
  const at = instruction.argsOffsets.indexOf(first.start);
  if (at < 0) return undefined;
  return execForm({ ...instruction, argsText: instruction.argsText.slice(at), argsOffsets: instruction.argsOffsets.slice(at) });
}

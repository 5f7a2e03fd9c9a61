/**
 * The shell scripts of RUN instructions, parsed once per file and shared by every rule:
 * shell form (`RUN a && b`), exec form (`RUN ["sh", "-c", "a && b"]` or `RUN ["apt-get", …]`) and
 * heredoc bodies (`RUN <<EOF`). Scripts are not parsed when the stage's shell is not a POSIX shell
 * (`SHELL ["pwsh", …]`, or `# hadolint shell=powershell`), because then hadolint's shell rules do
 * not apply either.
 */
import type { Dockerfile, Heredoc, Instruction } from './model';
import { parseShell, type ShellCommand } from './shell';

const POSIX_SHELLS = /^(?:\/(?:usr\/)?bin\/)?(?:sh|bash|dash|ash|zsh|ksh|busybox)$/;

export interface RunScripts {
  /** Parsed commands of every script of the instruction, in source order. */
  readonly commands: readonly ShellCommand[];
  /** How the instruction was written. */
  readonly form: 'shell' | 'exec' | 'heredoc';
}

/** Parses the JSON array of an exec-form instruction, with each element's offsets. */
export function execForm(instruction: Instruction): { value: string; start: number; end: number }[] | undefined {
  // Flags come first (`RUN --mount=… ["apt-get", …]`, `COPY --chown=x ["a", "/d/"]`).
  const first = instruction.operands[0];
  const from = first ? Math.max(0, instruction.argsOffsets.indexOf(first.start)) : 0;
  const text = instruction.argsText.slice(from);
  const trimmed = text.trim();
  if (!trimmed.startsWith('[') || !trimmed.endsWith(']')) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || !parsed.every((v) => typeof v === 'string')) return undefined;
  const values = parsed;
  // Find each string literal's position to map it back to document offsets.
  const out: { value: string; start: number; end: number }[] = [];
  const literal = /"(?:[^"\\]|\\.)*"/g;
  let i = 0;
  for (const m of text.matchAll(literal)) {
    const value = values[i];
    if (value === undefined) break;
    const begin = from + m.index;
    const last = begin + m[0].length - 1;
    out.push({
      value,
      start: instruction.argsOffsets.at(begin) ?? instruction.start,
      end: (instruction.argsOffsets.at(last) ?? instruction.end - 1) + 1,
    });
    i++;
  }
  return out.length === values.length ? out : undefined;
}

function isShellScriptHeredoc(heredoc: Heredoc): boolean {
  const first = heredoc.body.split('\n', 1)[0] ?? '';
  if (!first.startsWith('#!')) return true;
  const interpreter = first.slice(2).trim().split(/\s+/);
  const program = interpreter[0] === '/usr/bin/env' ? interpreter[1] : interpreter[0];
  return POSIX_SHELLS.test(program ?? '');
}

/** Which shell each RUN (and ONBUILD RUN) runs under: per stage, the last SHELL before it, else the pragma/default. */
export function posixShellByInstruction(dockerfile: Dockerfile, pragmaShell: string | undefined): Map<Instruction, boolean> {
  const result = new Map<Instruction, boolean>();
  const defaultPosix = pragmaShell === undefined || POSIX_SHELLS.test(pragmaShell.split(/\s+/)[0] ?? '');
  let posix = defaultPosix;
  for (const inst of dockerfile.instructions) {
    if (inst.keyword === 'FROM') posix = defaultPosix;
    if (inst.keyword === 'SHELL') {
      const program = execForm(inst)?.[0]?.value;
      posix = program !== undefined && POSIX_SHELLS.test(program);
    }
    // Only RUNs have scripts: no entry for the other instructions.
    if (inst.keyword === 'RUN') result.set(inst, posix);
    if (inst.onbuild?.keyword === 'RUN') result.set(inst.onbuild, posix);
  }
  return result;
}

export function parseRunScripts(instruction: Instruction, posix: boolean): RunScripts | undefined {
  if (instruction.keyword !== 'RUN') return undefined;
  const exec = execForm(instruction);
  if (exec) {
    const [program, flag, script] = exec;
    if (program && flag && script && POSIX_SHELLS.test(program.value) && /^-[a-z]*c$/.test(flag.value)) {
      const base = script.start + 1;
      return { form: 'exec', commands: parseShell(script.value, (k) => base + k).commands };
    }
    // Exec form without a shell: one command, its words straight from the JSON array.
    const words = exec.map((w) => ({ value: w.value, raw: w.value, start: w.start, end: w.end, quoted: true }));
    return {
      form: 'exec',
      commands: words.length ? [{ assignments: [], words, redirects: [], separator: 'end', pipeline: 0, depth: 0, fromShC: false }] : [],
    };
  }
  if (!posix) return undefined;
  // Skip leading flags (--mount=…, --network=…): they are BuildKit's, not the script's.
  const firstOperand = instruction.operands[0];
  const scriptStart = firstOperand ? instruction.argsOffsets.indexOf(firstOperand.start) : instruction.argsText.length;
  const from = scriptStart < 0 ? 0 : scriptStart;
  const text = instruction.argsText.slice(from);
  const commands: ShellCommand[] = [...parseShell(text, (k) => instruction.argsOffsets.at(from + k) ?? instruction.end).commands];
  const onlyHeredocMarkers = commands.every((c) => c.words.length === 0) || commands.length === 0;
  for (const heredoc of instruction.heredocs) {
    // `RUN <<EOF` runs the body as the script; `RUN python3 <<EOF` feeds it to python.
    if (!onlyHeredocMarkers || !isShellScriptHeredoc(heredoc)) continue;
    commands.push(...parseShell(heredoc.body, (k) => heredoc.bodyStart + k).commands);
  }
  return { form: instruction.heredocs.length && onlyHeredocMarkers ? 'heredoc' : 'shell', commands };
}

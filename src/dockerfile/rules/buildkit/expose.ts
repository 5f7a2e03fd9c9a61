/** EXPOSE port words as BuildKit splits them (`[ip:][hostPort:]containerPort[/proto]`). */
import type { Instruction, Stage, Word } from '../../model';

export interface PortSpec {
  readonly word: Word;
  /** The port spec with quotes removed. */
  readonly text: string;
  /** Whether `text` is exactly the word as written (so offsets inside it map 1:1). */
  readonly literal: boolean;
  readonly ip: string;
  readonly hostPort: string;
  readonly containerPort: string;
  /** Index of `containerPort` in `text`. */
  readonly containerFrom: number;
}

/** BuildKit's `splitParts`: more than three `:`-parts make the leading ones an (IPv6) address. */
export function splitPortSpec(word: Word): PortSpec {
  const raw = word.value;
  const quoted = raw.length >= 2 && (raw[0] === '"' || raw[0] === "'") && raw.endsWith(raw[0]);
  const text = quoted ? raw.slice(1, -1) : raw;
  const parts = text.split(':');
  const n = parts.length;
  const containerPort = parts[n - 1] ?? '';
  const hostPort = n >= 2 ? (parts[n - 2] ?? '') : '';
  const ip = n >= 3 ? parts.slice(0, n - 2).join(':') : '';
  return { word, text, literal: !quoted, ip, hostPort, containerPort, containerFrom: text.length - containerPort.length };
}

/**
 * EXPOSE instructions BuildKit dispatches: those of the stages, not the ones inside ONBUILD. An
 * array rather than a generator: a generator's resumption and result objects cost more than the
 * few EXPOSEs a file has.
 */
export function exposeInstructions(stages: readonly Stage[]): Instruction[] {
  const out: Instruction[] = [];
  for (const stage of stages) for (const inst of stage.instructions) if (inst.keyword === 'EXPOSE') out.push(inst);
  return out;
}

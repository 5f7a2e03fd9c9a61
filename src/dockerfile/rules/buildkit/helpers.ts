/**
 * Shared pieces of the BuildKit build checks: finding `$VAR` references the way BuildKit's word
 * lexer does, mapping a position inside a word back to the document, BuildKit's predefined
 * platform ARGs, the global (meta) ARG scope with defaults, "did you mean" suggestions, and the
 * image reference grammar of distribution/reference.
 */
import type { Dockerfile, Instruction, Stage, Word } from '../../model';
import { expandVariables, unquote } from '../../parse';

/** ARGs BuildKit defines in the global scope without a declaration (`defaultArgs`). */
export const PREDEFINED_PLATFORM_ARGS: ReadonlyMap<string, string> = new Map([
  ['BUILDPLATFORM', 'linux/amd64'],
  ['BUILDOS', 'linux'],
  ['BUILDOSVERSION', ''],
  ['BUILDARCH', 'amd64'],
  ['BUILDVARIANT', ''],
  ['TARGETPLATFORM', 'linux/amd64'],
  ['TARGETOS', 'linux'],
  ['TARGETOSVERSION', ''],
  ['TARGETARCH', 'amd64'],
  ['TARGETVARIANT', ''],
  ['TARGETSTAGE', ''],
]);

/** A `$NAME` / `${NAME…}` reference; `start`/`end` index the scanned string. */
export interface VariableRef {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

/**
 * The variables a word expands, as BuildKit's lexer sees them: nothing inside single quotes,
 * nothing after the escape character, and every name inside `${…}` (BuildKit evaluates the
 * modifier word before the variable, so `${A:-$B}` reads both A and B).
 */
export function variableRefs(text: string, escape: string): VariableRef[] {
  const refs: VariableRef[] = [];
  let inSingle = false;
  let inDouble = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inSingle) {
      if (c === "'") inSingle = false;
      continue;
    }
    if (c === escape) {
      i++;
      continue;
    }
    if (c === "'" && !inDouble) inSingle = true;
    else if (c === '"') inDouble = !inDouble;
    else if (c === '$') {
      const braced = text[i + 1] === '{';
      const nameStart = braced ? i + 2 : i + 1;
      if (!NAME_START.test(text[nameStart] ?? '')) continue;
      let j = nameStart + 1;
      while (j < text.length && NAME_CHAR.test(text[j] ?? '')) j++;
      const name = text.slice(nameStart, j);
      if (!braced) {
        refs.push({ name, start: i, end: j });
        i = j - 1;
        continue;
      }
      // `${NAME}` or `${NAME<modifier>word}`: find the closing brace (nested `${…}` allowed).
      let depth = 1;
      let k = j;
      for (; k < text.length && depth > 0; k++) {
        if (text[k] === escape) k++;
        else if (text[k] === '{' && text[k - 1] === '$') depth++;
        else if (text[k] === '}') depth--;
      }
      refs.push({ name, start: i, end: k });
      // Keep scanning inside the modifier word for nested references.
      i = j - 1;
    }
  }
  return refs;
}

/** Index in `instruction.argsText` of the character at document offset `offset` (binary search). */
export function argIndex(instruction: Instruction, offset: number): number {
  const offsets = instruction.argsOffsets;
  let low = 0;
  let high = offsets.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const value = offsets.at(mid) ?? 0;
    if (value === offset) return mid;
    if (value < offset) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** Document offsets of `[from, to)` inside `word` (continuations inside the word are skipped). */
export function wordSpan(instruction: Instruction, word: Word, from: number, to: number): { start: number; end: number } {
  const base = argIndex(instruction, word.start);
  if (base < 0) return { start: word.start, end: word.end };
  const start = instruction.argsOffsets.at(base + from) ?? word.start;
  const last = instruction.argsOffsets.at(base + Math.max(from, to - 1)) ?? word.end - 1;
  return { start, end: last + 1 };
}

/** A `--name=value` flag of an instruction, with the value's position inside the flag word. */
export function flagValue(instruction: Instruction, name: string): { word: Word; value: string; valueFrom: number } | undefined {
  const prefix = `--${name}=`;
  for (const word of instruction.flags) {
    if (word.value.toLowerCase().startsWith(prefix)) return { word, value: word.value.slice(prefix.length), valueFrom: prefix.length };
  }
  return undefined;
}

export interface GlobalScope {
  /** Every meta ARG name declared before the first FROM, with or without a default. */
  readonly declared: ReadonlySet<string>;
  /** Values usable in FROM with no --build-arg: predefined platform ARGs plus expanded defaults. */
  readonly values: ReadonlyMap<string, string | undefined>;
}

/** BuildKit's `buildMetaArgs` with no build arguments: defaults expanded in declaration order. */
export function globalScope(dockerfile: Dockerfile): GlobalScope {
  const declared = new Set<string>();
  const values = new Map<string, string | undefined>(PREDEFINED_PLATFORM_ARGS);
  const lastStage = dockerfile.stages[dockerfile.stages.length - 1];
  values.set('TARGETSTAGE', lastStage?.name ?? '');
  for (const inst of dockerfile.instructions) {
    if (inst.keyword === 'FROM') break;
    if (inst.keyword !== 'ARG') continue;
    for (const word of inst.operands) {
      const eq = word.value.indexOf('=');
      const name = eq < 0 ? word.value : word.value.slice(0, eq);
      declared.add(name);
      if (eq >= 0) values.set(name, expandVariables(unquote(word.value.slice(eq + 1)), values));
      else if (!values.has(name)) values.set(name, undefined);
    }
  }
  return { declared, values };
}

/** The earlier stage a FROM refers to (`FROM build`), compared case-insensitively as BuildKit does. */
export function baseStage(stage: Stage, dockerfile: Dockerfile, scope: GlobalScope): Stage | undefined {
  if (!stage.image) return undefined;
  const name = expandVariables(unquote(stage.image.value), scope.values).toLowerCase();
  for (let i = stage.index - 1; i >= 0; i--) {
    const candidate = dockerfile.stages[i];
    if (candidate?.name === name) return candidate;
  }
  return undefined;
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** BuildKit's `suggest.Search`: the closest option within an edit distance of 2, if any. */
export function suggest(value: string, options: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const option of options) {
    if (option === value) return undefined;
    // Cheap bound first: the distance is at least the length difference.
    if (Math.abs(option.length - value.length) >= bestDistance) continue;
    const distance = levenshtein(value, option);
    if (distance < bestDistance && distance < value.length) {
      best = option;
      bestDistance = distance;
    }
  }
  return best;
}

// distribution/reference's grammar (reference.ParseNormalizedNamed), without backtracking hazards:
// separators and alphanumerics are disjoint, so every repetition is deterministic.
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN_PART = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_PART}(?:\\.${DOMAIN_PART})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?`;
const PATH_RE = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`);
const DOMAIN_RE = new RegExp(`^${DOMAIN}$`);
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const DIGEST_RE = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;

/** Whether `ref` parses as a normalized image reference (`name[:tag][@digest]`). */
export function isValidImageReference(ref: string): boolean {
  if (ref === '' || /^[a-f0-9]{64}$/.test(ref)) return false;
  const at = ref.indexOf('@');
  const beforeDigest = at >= 0 ? ref.slice(0, at) : ref;
  if (at >= 0 && !DIGEST_RE.test(ref.slice(at + 1))) return false;
  const slash = beforeDigest.lastIndexOf('/');
  const colon = beforeDigest.lastIndexOf(':');
  const name = colon > slash ? beforeDigest.slice(0, colon) : beforeDigest;
  if (colon > slash && !TAG_RE.test(beforeDigest.slice(colon + 1))) return false;
  if (name.length === 0 || name.length > 255) return false;
  const firstSlash = name.indexOf('/');
  const first = firstSlash < 0 ? '' : name.slice(0, firstSlash);
  // splitDockerDomain: the first part is a registry when it has `.` or `:`, is localhost, or has capitals.
  const hasDomain = firstSlash >= 0 && (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first);
  const path = hasDomain ? name.slice(firstSlash + 1) : name;
  if (hasDomain && !DOMAIN_RE.test(first)) return false;
  return PATH_RE.test(path);
}

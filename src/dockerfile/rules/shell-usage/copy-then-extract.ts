/**
 * DL3010: an archive COPYed into the image and then unpacked by a later RUN (`tar -x`, `unzip`,
 * `gunzip`…). The copied archive stays in its own layer even after the RUN deletes it, so the
 * image carries the payload twice; `ADD app.tar.gz /dest/` unpacks a local tar archive in one
 * layer. Following hadolint, a COPY source (or, when the destination itself names an archive, the
 * destination) counts as an archive by its extension, and a RUN extracts it when an extracting
 * command gets an argument with the same file name. COPY --from is not considered. Instructions
 * before the first FROM are judged as a stage of their own, as hadolint does.
 * Deliberate differences from hadolint: findings are kept per stage (hadolint drops every finding
 * of a stage when the next FROM starts), old-style `tar xzf` bundles count as extraction, and
 * `--exclude` no longer counts as `-x`.
 */
import { ARCHIVE_EXTENSIONS } from '../../archives';
import type { Instruction, Word } from '../../model';
import { unquote } from '../../parse';
import { defineDockerfileRule, type DockerfileRuleContext } from '../../rule';
import type { ShellWord } from '../../shell';
import { preamble } from '../preamble';
import { argsNoFlags, basename, namedCommands, wordRange } from './commands';

const UNPACKERS = new Set(['unzip', 'gunzip', 'bunzip2', 'unlzma', 'unxz', 'zgz', 'uncompress', 'zcat', 'gzcat']);

function isArchive(name: string): boolean {
  return ARCHIVE_EXTENSIONS.some((ext) => name.endsWith(ext));
}

interface Copied {
  /** Offsets of the archive's path, without quotes or exec-form punctuation. */
  readonly word: { readonly start: number; readonly end: number };
  readonly name: string;
  extractedBy?: ShellWord;
}

/** A COPY operand with exec-form punctuation (`["a.tar",`) and quotes removed. */
function operandValue(word: Word): string {
  return unquote(
    word.value
      .replace(/^\[/, '')
      .replace(/[\],]+$/, '')
      .trim(),
  );
}

/** The operand's offsets without that punctuation (when the word has no line continuation). */
function operandSpan(word: Word): { start: number; end: number } {
  if (word.end - word.start !== word.value.length) return word;
  const lead = /^\[?["']?/.exec(word.value)?.[0].length ?? 0;
  const trail = /["']?[\],]*$/.exec(word.value)?.[0].length ?? 0;
  return lead + trail < word.value.length ? { start: word.start + lead, end: word.end - trail } : word;
}

/** The archives a COPY brings in: its destination when that is an archive, else its sources. */
function copiedArchives(copy: Instruction): Copied[] {
  if (copy.flags.some((f) => /^--from=/i.test(f.value))) return [];
  const operands = copy.operands.filter((w) => operandValue(w) !== '' && !w.value.startsWith('<<'));
  const target = operands[operands.length - 1];
  if (!target || operands.length < 2) return [];
  const targetName = basename(operandValue(target));
  if (isArchive(targetName)) return [{ word: operandSpan(target), name: targetName }];
  return operands
    .slice(0, -1)
    .map((word) => ({ word: operandSpan(word), name: basename(operandValue(word)) }))
    .filter((c) => isArchive(c.name));
}

function extracts(name: string, words: readonly ShellWord[]): boolean {
  if (UNPACKERS.has(name)) return true;
  if (name !== 'tar') return false;
  const rest = words.slice(1);
  if (rest.some((w) => w.value === '--extract' || w.value === '--get' || /^-[^-]*x/.test(w.value))) return true;
  // Old-style `tar xzf file.tgz`: the first argument is a bundle of letters without a dash.
  return /^[A-Za-z]*x[A-Za-z]*$/.test(rest[0]?.value ?? '');
}

function checkRun(run: Instruction, copied: readonly Copied[], ctx: DockerfileRuleContext): void {
  for (const { name, words } of namedCommands(run, ctx)) {
    if (!extracts(name.value, words)) continue;
    const names = new Set(argsNoFlags(words).flatMap((w) => [basename(w.value), basename(w.raw)]));
    for (const c of copied) if (c.extractedBy === undefined && names.has(c.name)) c.extractedBy = name;
  }
}

function checkStage(instructions: readonly Instruction[], ctx: DockerfileRuleContext): void {
  const copied: Copied[] = [];
  for (const outer of instructions) {
    const inst = outer.onbuild ?? outer;
    if (inst.keyword === 'COPY') copied.push(...copiedArchives(inst));
    else if (inst.keyword === 'RUN' && copied.length > 0) checkRun(inst, copied, ctx);
  }
  for (const c of copied) {
    if (!c.extractedBy) continue;
    const at = ctx.lines.range(c.extractedBy.start, c.extractedBy.end);
    ctx.report({
      range: wordRange(ctx, c.word),
      message: `Archive "${c.name}" is copied here and extracted by \`${c.extractedBy.value}\` on line ${at.start.line + 1}: ADD extracts a local tar archive (plain or gzip/bzip2/xz-compressed) in one layer, without keeping a copy of the archive.`,
      related: [{ message: `\`${c.extractedBy.value}\` extracts ${c.name} here`, range: at }],
    });
  }
}

export const copyThenExtract = defineDockerfileRule({
  id: 'DL3010',
  name: 'copy-then-extract',
  aliases: [],
  severity: 'info',
  confidence: 'medium',
  summary: 'An archive is COPYed and then extracted in a RUN; ADD can extract it in one layer.',
  fix: 'none',
  onFile(dockerfile, ctx) {
    checkStage(preamble(dockerfile), ctx);
  },
  onStage(stage, ctx) {
    checkStage(stage.instructions, ctx);
  },
});

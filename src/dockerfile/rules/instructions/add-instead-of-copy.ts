/**
 * DL3020: ADD used to copy plain files or folders. ADD also downloads URLs and unpacks local tar
 * archives, so for plain files it hides intent and can unpack a file nobody meant to unpack; COPY
 * does only the copy. As hadolint, a source that is a URL (`http://`, `https://`) or has an archive
 * extension (`.tar`, `.gz`, `.tgz`, `.xz`, `.bz2`, …) is fine; one plain source is enough to flag.
 *
 * The fix rewrites ADD as COPY when every source is a plain local path and ADD's own flags
 * (`--checksum`, `--keep-git-dir`, `--unpack`) are absent. It is `unsafe`: BuildKit decides
 * whether to unpack by a file's content, not its name, so a tar archive without an archive
 * extension would stop being unpacked.
 */
import { ARCHIVE_EXTENSIONS } from '../../archives';
import type { Instruction, Word } from '../../model';
import { defineDockerfileRule } from '../../rule';
import { dropQuotes, execOperands } from './helpers';

/** Flags COPY accepts too; anything else is ADD-only and blocks the fix. */
const COPY_FLAGS = new Set(['chown', 'chmod', 'link', 'exclude', 'parents']);

function isArchive(source: string): boolean {
  return ARCHIVE_EXTENSIONS.some((ext) => source.endsWith(ext));
}

function isUrl(source: string): boolean {
  return source.startsWith('https://') || source.startsWith('http://');
}

/** Looks like something ADD treats specially though hadolint does not: keep ADD then. */
function mayBeSpecial(source: string): boolean {
  return /^git@|\.git(?:#.*)?$|\.(?:zst|zstd|lz4|tar\.[A-Za-z0-9]+)$/i.test(source) || /^[a-z][a-z0-9+.-]*:\/\//i.test(source);
}

function sources(instruction: Instruction): string[] {
  const exec = execOperands(instruction);
  if (exec) return exec.slice(0, -1).map((e) => e.value);
  return instruction.operands.slice(0, -1).map((w: Word) => dropQuotes(w.value));
}

export const addInsteadOfCopy = defineDockerfileRule({
  id: 'DL3020',
  name: 'add-instead-of-copy',
  aliases: ['DS-0005', 'DS005', 'CKV_DOCKER_4'],
  severity: 'error',
  confidence: 'high',
  summary: 'ADD is used for plain files or folders where COPY is meant.',
  fix: 'unsafe',
  instructions: ['ADD'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword !== 'ADD') return;
    const srcs = sources(instruction);
    const plain = srcs.filter((s) => !isArchive(s) && !isUrl(s));
    const first = plain[0];
    if (first === undefined) return;
    const fixable =
      plain.length === srcs.length &&
      !srcs.some(mayBeSpecial) &&
      instruction.flags.every((f) => COPY_FLAGS.has(f.value.slice(2).split('=')[0]?.toLowerCase() ?? ''));
    const keyword = ctx.text.slice(instruction.keywordStart, instruction.keywordEnd);
    const range = ctx.lines.range(instruction.keywordStart, instruction.keywordEnd);
    ctx.report({
      range,
      message: `${first.startsWith('<<') ? 'ADD of an inline (heredoc) file' : `ADD of the plain path "${first}"`}: use COPY for files and folders (keep ADD for URLs and archives to unpack).`,
      fixes: fixable
        ? [
            {
              title: 'Replace ADD with COPY',
              applicability: 'unsafe',
              edits: [{ range, newText: keyword === keyword.toLowerCase() ? 'copy' : 'COPY' }],
            },
          ]
        : [],
    });
  },
});

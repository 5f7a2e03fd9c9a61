/**
 * DL4006: a RUN with a pipe (`curl … | tar -x`) while the shell does not have `pipefail` set. A
 * pipeline's status is that of its last command, so a failed download piped into `tar` or `wc`
 * still lets the build step succeed and caches a broken layer.
 * hadolint's logic: per stage, the last SHELL decides. It satisfies the rule when it is bash,
 * zsh or ash (any path) with `-o pipefail` among its arguments, or when it is a non-POSIX shell
 * (pwsh, powershell, cmd). `set -o pipefail` inside the RUN does not count, as in hadolint: the
 * default `/bin/sh` (dash on Debian) rejects it, and SHELL states it once for the whole stage.
 * Differences: exec-form RUNs (`RUN ["sh", "-c", "a | b"]`) do not use SHELL, so they are judged
 * on their own; pipes inside `sh -c '…'` and ONBUILD RUNs are checked too.
 * The fix inserts a SHELL line before the first such RUN of a stage, only when the stage has no
 * SHELL yet and its base image is known to ship bash (Debian, Ubuntu, RHEL-like, and the official
 * language images built on them) or ash (Alpine). It is unsafe: SHELL also changes every later
 * RUN, CMD and ENTRYPOINT in shell form, and a pipeline that used to pass may now fail the build.
 */
import type { Dockerfile, Instruction, Stage } from '../../model';
import { isStageReference, parseImageRef, resolvedImage } from '../../image';
import { defineDockerfileRule, type DockerfileRuleContext } from '../../rule';
import { execForm } from '../../scripts';
import type { ShellCommand, ShellWord } from '../../shell';
import { basename, flagParts, wordRange } from './commands';

const NON_POSIX = ['pwsh', 'powershell', 'cmd'];
const PIPEFAIL_SHELLS = new Set(['bash', 'zsh', 'ash']);

/** Base images (Docker Hub official names) known to ship /bin/bash in their non-Alpine variants. */
const BASH_IMAGES = new Set([
  'debian',
  'ubuntu',
  'buildpack-deps',
  'centos',
  'fedora',
  'rockylinux',
  'almalinux',
  'amazonlinux',
  'oraclelinux',
  'python',
  'node',
  'golang',
  'ruby',
  'rust',
  'openjdk',
  'eclipse-temurin',
  'php',
  'perl',
  'maven',
  'gradle',
]);

/** The SHELL instruction's argument list (exec form, or words when written without JSON). */
function shellArgs(shell: Instruction): string[] {
  return execForm(shell)?.map((w) => w.value) ?? shell.words.map((w) => w.value);
}

/** Whether SHELL leaves nothing to report: a non-POSIX shell, or bash/zsh/ash with `-o pipefail`. */
function shellSatisfies(args: readonly string[]): boolean {
  const joined = args.join(' ');
  if (NON_POSIX.some((p) => joined.startsWith(p))) return true;
  const program = args[0];
  if (program === undefined || !PIPEFAIL_SHELLS.has(basename(program))) return false;
  const words = args.map((value) => ({ value, raw: value, start: 0, end: 0, quoted: false }));
  return flagParts(words).some((p) => p.flag === 'o') && args.slice(1).includes('pipefail');
}

/** The `|` after a command whose separator is a pipe, or the command's name when it cannot be found. */
function pipeRange(command: ShellCommand, ctx: DockerfileRuleContext) {
  const ends = [...command.words.map((w) => w.end), ...command.redirects.map((r) => r.target?.end ?? 0)];
  let i = Math.max(0, ...ends);
  const limit = Math.min(ctx.text.length, i + 200);
  while (i < limit) {
    const c = ctx.text[i];
    if (c === '|') return ctx.lines.range(i, ctx.text[i + 1] === '&' ? i + 2 : i + 1);
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\\' || c === '"' || c === "'") i++;
    else break;
  }
  const name = command.words[0];
  return name ? wordRange(ctx, name) : ctx.lines.range(i, i);
}

/** `/bin/bash` or `/bin/ash` when the stage's base image is known to have it. */
function knownShell(stage: Stage, dockerfile: Dockerfile): string | undefined {
  let current: Stage | undefined = stage;
  for (let guard = 0; current && guard < 16; guard++) {
    const image: string | undefined = resolvedImage(current, dockerfile)?.expanded.toLowerCase();
    if (!image || image.includes('$')) return undefined;
    if (isStageReference(current, dockerfile)) {
      const from: Stage = current;
      current = dockerfile.stages.filter((s): boolean => s.index < from.index && s.name === image).pop();
      continue;
    }
    const ref = parseImageRef(image);
    const name = ref.name.replace(/^(?:docker\.io\/|index\.docker\.io\/)/, '').replace(/^library\//, '');
    const tag = ref.tag ?? '';
    if (name.includes('/') || /windows|nanoserver/.test(tag)) return undefined;
    if (name === 'alpine' || tag.includes('alpine')) return '/bin/ash';
    return BASH_IMAGES.has(name) ? '/bin/bash' : undefined;
  }
  return undefined;
}

/** A word holding a command substitution with a pipe in it: `$(curl … | jq …)`. */
function substitutionPipe(word: ShellWord): boolean {
  return (word.raw.includes('$(') || word.raw.includes('`')) && word.raw.replace(/\|\|/g, '').includes('|');
}

/**
 * Whether a command the shell reader ended at a `|` is really the first alternative of a `case`
 * pattern: the `case … in x` command itself, or a single word right after `in` or `;;`.
 */
function startsCasePattern(command: ShellCommand, ctx: DockerfileRuleContext): boolean {
  const first = command.words[0];
  if (!first) return false;
  if (first.value === 'case' && command.words.some((w, i) => i > 1 && w.value === 'in')) return true;
  if (command.words.length !== 1) return false;
  let i = first.start;
  const stop = Math.max(0, i - 200);
  while (i > stop && /[\s\\]/.test(ctx.text[i - 1] ?? '')) i--;
  const before = ctx.text.slice(Math.max(0, i - 3), i);
  return before.endsWith(';;') || before.endsWith(';&') || /(?:^|\s)in$/.test(before);
}

/** Where the RUN pipes, and the command whose failure the pipe hides. */
function findPipe(run: Instruction, ctx: DockerfileRuleContext): { range: ReturnType<typeof wordRange>; what: string } | undefined {
  const commands = ctx.scripts(run)?.commands ?? [];
  let inPattern = false;
  const piped = commands.find((c) => {
    // `case $arch in amd64|x86_64) …`: the shell reader takes pattern alternatives for pipes.
    const pattern = c.separator === '|' && (inPattern || startsCasePattern(c, ctx));
    inPattern = pattern;
    return c.separator === '|' && c.words.length > 0 && !pattern;
  });
  if (piped) return { range: pipeRange(piped, ctx), what: `The pipe after \`${piped.words[0]?.value ?? ''}\` hides its failure` };
  for (const command of commands) {
    const word = [...command.assignments, ...command.words].find(substitutionPipe);
    if (word) return { range: wordRange(ctx, word), what: 'The pipe in this command substitution hides a failure of its first command' };
  }
  return undefined;
}

export const pipefail = defineDockerfileRule({
  id: 'DL4006',
  name: 'pipefail',
  aliases: ['DS-0032', 'DS032'],
  severity: 'warning',
  confidence: 'medium',
  summary: 'A RUN uses a pipe but the shell does not set `-o pipefail`.',
  fix: 'unsafe',
  onFile(dockerfile, ctx) {
    let satisfied = false;
    let hasShell = false;
    let fixOffered = false;
    let stageShell: string | undefined;
    for (const inst of dockerfile.instructions) {
      if (inst.keyword === 'FROM') {
        satisfied = false;
        hasShell = false;
        fixOffered = false;
        const stage = ctx.stageOf(inst);
        stageShell = stage ? knownShell(stage, dockerfile) : undefined;
        continue;
      }
      if (inst.keyword === 'SHELL') {
        hasShell = true;
        satisfied = shellSatisfies(shellArgs(inst));
        continue;
      }
      const run = inst.keyword === 'RUN' ? inst : inst.onbuild?.keyword === 'RUN' ? inst.onbuild : undefined;
      if (!run) continue;
      const exec = ctx.scripts(run)?.form === 'exec';
      if (satisfied && !exec) continue;
      const pipe = findPipe(run, ctx);
      if (!pipe) continue;
      const shellLine = (shell: string) => `SHELL ["${shell}", "-o", "pipefail", "-c"]`;
      let fixes;
      if (stageShell && !exec && run === inst && !hasShell && !fixOffered) {
        // One SHELL line covers the whole stage, so only its first piped RUN gets the fix.
        fixOffered = true;
        const lineStart = ctx.text.lastIndexOf('\n', inst.start - 1) + 1;
        const before = ctx.text.slice(lineStart, inst.start);
        const indent = /^[ \t]*$/.test(before) ? before : '';
        const eol = ctx.text.includes('\r\n') ? '\r\n' : '\n';
        const line = shellLine(stageShell);
        fixes = [
          {
            title: `Insert ${line} before this RUN`,
            applicability: 'unsafe' as const,
            edits: [{ range: ctx.lines.range(lineStart, lineStart), newText: `${indent}${line}${eol}` }],
          },
        ];
      }
      const advice = exec
        ? `run it as ["${stageShell ?? '/bin/bash'}", "-o", "pipefail", "-c", "…"]`
        : stageShell
          ? `add ${shellLine(stageShell)} before it`
          : `add ${shellLine('/bin/bash')} before it (${shellLine('/bin/ash')} on Alpine/BusyBox)`;
      ctx.report({
        range: pipe.range,
        message: `${pipe.what} (a pipeline succeeds when its last command does): set pipefail, ${advice}.`,
        ...(fixes ? { fixes } : {}),
      });
    }
  },
});

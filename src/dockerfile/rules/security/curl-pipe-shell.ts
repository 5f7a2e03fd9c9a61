/**
 * curl-pipe-shell: a script downloaded and run in one step, with nothing checked in between:
 * `curl … | sh`, `wget -qO- … | sudo bash`, `curl … | python3 -`, `bash <(curl …)`,
 * `sh -c "$(curl …)"`, `eval "$(wget -O- …)"`. Whoever controls the URL, the server or the network
 * path (or a truncated download) decides what runs as root in the build, and the next build may run
 * something else: nothing in the repository changes when the script does.
 * An interpreter that does not read the download as its program is not flagged: `curl … | python3
 * -c '…json…'`, `curl … | bash script.sh`, `curl … | tar xz`. wget only counts when it writes to
 * stdout (`-O-`, `-O /dev/stdout`), and curl unless it writes to a file (`-o`, `-O`).
 */
import { defineDockerfileRule } from '../../rule';
import { hasFlag, unwrap, type ShellCommand, type ShellWord } from '../../shell';
import { programName } from './helpers';

const INTERPRETER = /^(?:sh|bash|dash|zsh|ksh|mksh|ash|fish|python[0-9.]*|perl|ruby|node|nodejs|php)$/;
const SHELL = /^(?:sh|bash|dash|zsh|ksh|mksh|ash|fish)$/;
/** `$(curl …`, `` `wget …``, also after sudo/env and with a path. */
const SUBSTITUTED_DOWNLOAD = /^\s*(?:\$\(|`)\s*(?:(?:sudo|env)\s+(?:-\S+\s+)*)?(?:\S*\/)?(?:curl|wget)\s/;

/** The name of the downloader when the command prints a download to stdout. */
function downloadToStdout(command: ShellCommand): string | undefined {
  const inner = unwrap(command);
  const name = programName(inner.words[0]);
  if (name === 'curl') return hasFlag(inner, 'o', 'output') || hasFlag(inner, 'O', 'remote-name', 'remote-name-all') ? undefined : name;
  if (name !== 'wget') return undefined;
  const words = inner.words;
  for (let i = 1; i < words.length; i++) {
    const v = words[i]?.value ?? '';
    const next = words[i + 1]?.value;
    if (/^-[A-Za-z]*O(?:-|\/dev\/stdout)$/.test(v) || v === '--output-document=-' || v === '--output-document=/dev/stdout') return name;
    if ((/^-[A-Za-z]*O$/.test(v) || v === '--output-document') && (next === '-' || next === '/dev/stdout')) return name;
  }
  return undefined;
}

/** True when the interpreter runs the program it reads on stdin. */
function runsStdin(command: ShellCommand): boolean {
  const name = programName(command.words[0]);
  if (SHELL.test(name)) {
    if (hasFlag(command, 'c')) return false;
    if (hasFlag(command, 's')) return true;
  } else if (
    hasFlag(command, 'c', 'command') ||
    hasFlag(command, 'm') ||
    hasFlag(command, 'e', 'eval') ||
    hasFlag(command, 'p', 'print') ||
    hasFlag(command, 'r')
  ) {
    return false;
  }
  const script = command.words.slice(1).find((w) => !w.value.startsWith('-') || w.value === '-');
  return script === undefined || script.value === '-';
}

/** How the command runs a download it does not get on stdin: `bash <(curl …)`, `sh -c "$(curl …)"`. */
function runsSubstitutedDownload(command: ShellCommand): string | undefined {
  const name = programName(command.words[0]);
  if (!INTERPRETER.test(name) && name !== 'eval' && name !== 'source' && name !== '.') return undefined;
  for (const r of command.redirects) {
    if (r.op === '<' && r.target && /^\(\s*(?:sudo\s+)?(?:\S*\/)?(?:curl|wget)$/.test(r.target.value))
      return `${name} <(${r.target.value.slice(1)} …)`;
  }
  if (command.words.slice(1).some((w) => SUBSTITUTED_DOWNLOAD.test(w.value))) return `${name} … "$(curl …)"`;
  return undefined;
}

export const curlPipeShell = defineDockerfileRule({
  id: 'curl-pipe-shell',
  name: 'curl-pipe-shell',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'A downloaded script is run without being verified (`curl … | sh`).',
  fix: 'none',
  instructions: ['RUN'],
  onInstruction(instruction, ctx) {
    const commands = ctx.scripts(instruction)?.commands;
    if (!commands) return;
    const report = (word: ShellWord | undefined, how: string) => {
      if (!word) return;
      ctx.report({
        range: ctx.lines.range(word.start, word.end),
        message: `${how} runs a downloaded script unverified: download it to a file, check its sha256 (sha256sum -c), then run it.`,
      });
    };
    commands.forEach((command, i) => {
      const inner = unwrap(command);
      const substituted = runsSubstitutedDownload(inner);
      if (substituted) report(inner.words[0], substituted);
      if (command.separator !== '|') return;
      const downloader = downloadToStdout(command);
      if (!downloader) return;
      // The rest of the pipeline: same depth, same pipeline; deeper commands (substitutions) between.
      for (let j = i + 1; j < commands.length; j++) {
        const next = commands[j];
        if (!next || next.depth < command.depth) break;
        if (next.depth > command.depth) continue;
        if (next.pipeline !== command.pipeline) break;
        const target = unwrap(next);
        const name = programName(target.words[0]);
        if (INTERPRETER.test(name) && runsStdin(target)) {
          report(target.words[0], `Piping ${downloader} into ${name}`);
          break;
        }
        if (next.separator !== '|') break;
      }
    });
  },
});

/**
 * Shared reading of yum, dnf, microdnf and zypper command lines for the rpm-packages rules: which
 * RUN commands call a tool with a given subcommand, which words are package specs, whether a RUN
 * cleans a cache (a clean command, an `rm` of the cache directory, or a BuildKit cache/tmpfs mount
 * over it), and the two text edits the rules offer (insert a flag, append a clean command).
 */
import type { Fix } from '../../../engine/types';
import type { Instruction } from '../../model';
import type { DockerfileRuleContext } from '../../rule';
import type { RunScripts } from '../../scripts';
import { unwrap, type ShellCommand, type ShellWord } from '../../shell';

/** A RUN command that calls one of the package tools, with its words after sudo/env unwrapping. */
export interface ToolCommand {
  readonly command: ShellCommand;
  /** Index of the command in `scripts.commands` (source order). */
  readonly index: number;
  /** `words[0]` is the tool name. */
  readonly words: readonly ShellWord[];
  readonly tool: string;
}

/** Every command of the RUN whose (unwrapped) name is one of `tools`. */
export function toolCommands(scripts: RunScripts, tools: ReadonlySet<string>): ToolCommand[] {
  const out: ToolCommand[] = [];
  scripts.commands.forEach((command, index) => {
    const words = unwrap(command).words;
    const tool = words[0]?.value;
    if (tool !== undefined && tools.has(tool)) out.push({ command, index, words, tool });
  });
  return out;
}

/**
 * The first argument (after the tool name) whose value is one of `names`, as hadolint matches a
 * subcommand: anywhere on the line, so `yum -y install` and `dnf module install` both count.
 */
export function findArg(words: readonly ShellWord[], names: ReadonlySet<string>): ShellWord | undefined {
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (w && names.has(w.value)) return w;
  }
  return undefined;
}

/** Whether any argument after the tool name has one of these values. */
export function hasArg(words: readonly ShellWord[], names: ReadonlySet<string>): boolean {
  return findArg(words, names) !== undefined;
}

/** Options of yum / dnf / microdnf that take their value as the next word. */
export const DNF_VALUE_OPTIONS: ReadonlySet<string> = new Set([
  '-c',
  '--config',
  '-d',
  '--debuglevel',
  '-e',
  '--errorlevel',
  '-x',
  '--exclude',
  '-R',
  '--randomwait',
  '--enablerepo',
  '--disablerepo',
  '--repo',
  '--repoid',
  '--setopt',
  '--installroot',
  '--releasever',
  '--downloaddir',
  '--destdir',
  '--rpmverbosity',
  '--forcearch',
  '--color',
  '--comment',
  '--advisory',
  '--advisories',
  '--bz',
  '--bzs',
  '--cve',
  '--cves',
  '--sec-severity',
  '--secseverity',
]);

/** Options of `zypper` (global and install) that take their value as the next word. */
export const ZYPPER_VALUE_OPTIONS: ReadonlySet<string> = new Set([
  '-R',
  '--root',
  '-c',
  '--config',
  '-D',
  '--reposd-dir',
  '-C',
  '--cache-dir',
  '--raw-cache-dir',
  '--solv-cache-dir',
  '--pkg-cache-dir',
  '--userdata',
  '-r',
  '--repo',
  '--from',
  '-t',
  '--type',
  '--download',
]);

/**
 * The package words after `subcommand`: arguments that are not options, skipping the value of an
 * option written as a separate word (`--enablerepo epel`). Words before the subcommand are global
 * options (or `module` / `group`), not packages.
 */
export function packageWords(
  words: readonly ShellWord[],
  subcommand: ShellWord,
  valueOptions: ReadonlySet<string>,
  skip: ReadonlySet<string> = new Set(),
): ShellWord[] {
  const start = words.indexOf(subcommand);
  const out: ShellWord[] = [];
  for (let i = start + 1; i < words.length; i++) {
    const w = words[i];
    if (!w) continue;
    const v = w.value;
    if (v === '--') continue;
    if (v.startsWith('-')) {
      if (valueOptions.has(v)) i++;
      continue;
    }
    if (v === '' || skip.has(v)) continue;
    out.push(w);
  }
  return out;
}

/** The value of `--type`/`-t` (zypper) or undefined. */
export function optionValue(words: readonly ShellWord[], names: readonly string[]): string | undefined {
  for (let i = 1; i < words.length; i++) {
    const v = words[i]?.value ?? '';
    if (names.includes(v)) return words[i + 1]?.value;
    for (const name of names) if (name.startsWith('--') && v.startsWith(`${name}=`)) return v.slice(name.length + 1);
  }
  return undefined;
}

/** Whether the command is an `rm` of a path under one of the cache directories. */
export function removesCache(command: ShellCommand, dirs: readonly string[]): boolean {
  const words = unwrap(command).words;
  if (words[0]?.value !== 'rm') return false;
  return words.slice(1).some((w) => !w.value.startsWith('-') && dirs.some((d) => w.value === d || w.value.startsWith(`${d}/`)));
}

/**
 * Whether the RUN mounts a BuildKit cache or tmpfs over one of the cache directories (or, unless
 * `exact`, a folder inside one): then the downloaded packages never reach the layer and no clean
 * is needed.
 */
export function mountsCache(instruction: Instruction, dirs: readonly string[], exact = false): boolean {
  for (const flag of instruction.flags) {
    const m = /^--mount=(.*)$/.exec(flag.value);
    if (!m) continue;
    let type = 'bind';
    let target: string | undefined;
    for (const part of (m[1] ?? '').split(',')) {
      const eq = part.indexOf('=');
      const key = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
      const value =
        eq < 0
          ? ''
          : part
              .slice(eq + 1)
              .trim()
              .replace(/^["']|["']$/g, '');
      if (key === 'type') type = value.toLowerCase();
      else if (key === 'target' || key === 'dst' || key === 'destination') target = value.replace(/\/+$/, '');
    }
    if ((type === 'cache' || type === 'tmpfs') && target && dirs.some((d) => target === d || (!exact && target.startsWith(`${d}/`))))
      return true;
  }
  return false;
}

/**
 * A fix inserting `arg` as a new argument after `after`: ` -y` in a shell script, `, "-y"` in an
 * exec-form JSON array. Undefined when the word's offsets cannot be trusted (an `sh -c` string
 * with escapes), so a fix never lands in the wrong place.
 */
export function insertArgFix(
  ctx: DockerfileRuleContext,
  scripts: RunScripts,
  command: ShellCommand,
  after: ShellWord,
  arg: string,
  title: string,
  applicability: Fix['applicability'],
): Fix | undefined {
  const rawExec = scripts.form === 'exec' && !command.fromShC && ctx.text.slice(after.start, after.end) === JSON.stringify(after.value);
  if (rawExec)
    return { title, applicability, edits: [{ range: ctx.lines.range(after.end, after.end), newText: `, ${JSON.stringify(arg)}` }] };
  if (ctx.text.slice(after.start, after.end) !== after.raw) return undefined;
  return { title, applicability, edits: [{ range: ctx.lines.range(after.end, after.end), newText: ` ${arg}` }] };
}

/**
 * A fix appending ` && <text>` after the last command of the RUN. Offered only when that command
 * is at the top level of a shell-form or heredoc script and nothing but whitespace follows it
 * (no closing `fi`/`done`/quote, no background `&`), so the new command runs once, last.
 */
export function appendCommandFix(
  ctx: DockerfileRuleContext,
  instruction: Instruction,
  scripts: RunScripts,
  text: string,
  title: string,
): Fix | undefined {
  if (scripts.form === 'exec') return undefined;
  const last = scripts.commands[scripts.commands.length - 1];
  if (!last || last.depth !== 0 || last.fromShC || last.separator === '&') return undefined;
  let at = 0;
  for (const w of last.words) at = Math.max(at, w.end);
  for (const r of last.redirects) if (r.target) at = Math.max(at, r.target.end);
  if (at <= instruction.start) return undefined;
  let scriptEnd = instruction.end;
  if (scripts.form === 'heredoc') {
    const heredoc = instruction.heredocs.find((h) => h.bodyStart <= at && at <= h.bodyEnd);
    if (!heredoc) return undefined;
    scriptEnd = heredoc.bodyEnd;
  }
  if (at > scriptEnd || ctx.text.slice(at, scriptEnd).trim() !== '') return undefined;
  return { title, applicability: 'unsafe', edits: [{ range: ctx.lines.range(at, at), newText: ` && ${text}` }] };
}

/**
 * For the "clean missing" rules: the subcommand word of the last install in the RUN that no clean
 * follows, or undefined when every install is followed by a clean (or there is none). `install`
 * returns the subcommand word of an install command; `clean` says whether a command cleans.
 */
export function uncleanedInstall(
  scripts: RunScripts,
  install: (command: ShellCommand) => ShellWord | undefined,
  clean: (command: ShellCommand) => boolean,
): ShellWord | undefined {
  let pending: ShellWord | undefined;
  for (const command of scripts.commands) {
    const word = install(command);
    if (word) pending = word;
    else if (pending && clean(command)) pending = undefined;
  }
  return pending;
}

/**
 * DL3030 / DL3038: report each `<tool> install` (or groupinstall / localinstall) that has neither
 * `-y` nor `--assumeyes`, at the subcommand word, with a fix inserting `-y` after it.
 */
export function reportMissingAssumeYes(instruction: Instruction, ctx: DockerfileRuleContext, tools: ReadonlySet<string>): void {
  const scripts = ctx.scripts(instruction);
  if (!scripts) return;
  for (const { command, words, tool } of toolCommands(scripts, tools)) {
    const sub = findArg(words, INSTALL_SUBCOMMANDS);
    if (!sub || hasShortOrLong(words, 'y', ['assumeyes'])) continue;
    const fix = insertArgFix(ctx, scripts, command, sub, '-y', `Add -y to ${tool} ${sub.value}`, 'safe');
    ctx.report({
      range: ctx.lines.range(sub.start, sub.end),
      message: `\`${tool} ${sub.value}\` without -y waits for a confirmation that never comes in a build: use \`${tool} ${sub.value} -y <package>\`.`,
      ...(fix ? { fixes: [fix] } : {}),
    });
  }
}

const INSTALL_SUBCOMMANDS: ReadonlySet<string> = new Set(['install', 'groupinstall', 'localinstall']);

/**
 * hadolint's flag test: `-abc` is the flags a, b, c and `--name[=value]` is the flag name, on any
 * argument of the command (not only before `--`).
 */
export function hasShortOrLong(words: readonly ShellWord[], short: string | undefined, long: readonly string[]): boolean {
  for (let i = 1; i < words.length; i++) {
    const v = words[i]?.value ?? '';
    if (v === '--' || v === '-') continue;
    if (v.startsWith('--')) {
      if (long.includes(v.slice(2).split('=')[0] ?? '')) return true;
    } else if (short && v.startsWith('-') && v.slice(1).includes(short)) return true;
  }
  return false;
}

export interface CleanSpec {
  /** The tool whose installs need a clean, e.g. `yum`. */
  readonly tool: string;
  /** Subcommands that download packages, e.g. `install`, `in`. */
  readonly install: ReadonlySet<string>;
  /** Subcommands of the same tool that clean, e.g. `clean`, `cc`. */
  readonly clean: ReadonlySet<string>;
  /** An argument the clean command must also have (`all` for `yum clean all`), if any. */
  readonly cleanArg?: string;
  /** Cache directories whose `rm`, or a cache/tmpfs mount over them, also counts. */
  readonly cacheDirs: readonly string[];
  /** The command the fix appends, e.g. `yum clean all`. */
  readonly cleanCommand: string;
  /** How the message names the missing clean, e.g. `zypper clean`. */
  readonly cleanLabel: string;
}

/**
 * DL3032 / DL3036 / DL3040: one finding per RUN and tool when the last install of the tool is not
 * followed by a clean, pointing at that install's subcommand.
 */
export function reportMissingClean(instruction: Instruction, ctx: DockerfileRuleContext, spec: CleanSpec): void {
  const scripts = ctx.scripts(instruction);
  if (!scripts || mountsCache(instruction, spec.cacheDirs)) return;
  const word = uncleanedInstall(
    scripts,
    (command) => {
      const words = unwrap(command).words;
      return words[0]?.value === spec.tool ? findArg(words, spec.install) : undefined;
    },
    (command) => {
      const words = unwrap(command).words;
      const cleans =
        words[0]?.value === spec.tool &&
        hasArg(words, spec.clean) &&
        (spec.cleanArg === undefined || words.some((w) => w.value === spec.cleanArg));
      return cleans || removesCache(command, spec.cacheDirs);
    },
  );
  if (!word) return;
  const fix = appendCommandFix(ctx, instruction, scripts, spec.cleanCommand, `Append && ${spec.cleanCommand}`);
  ctx.report({
    range: ctx.lines.range(word.start, word.end),
    message: `\`${spec.cleanLabel}\` missing after \`${spec.tool} ${word.value}\`: end this RUN with \`&& ${spec.cleanCommand}\` so the package cache does not stay in the layer.`,
    ...(fix ? { fixes: [fix] } : {}),
  });
}

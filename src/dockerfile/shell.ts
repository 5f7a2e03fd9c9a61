/**
 * A small POSIX-shell reader for RUN scripts, written for linting rather than executing: it splits
 * a script into simple commands (across `&&`, `||`, `;`, `|`, `&`, newlines, subshells, braces and
 * the `if`/`for`/`while` keywords), keeps the source offset of every word so a finding can point at
 * the offending package or flag, and looks inside `sh -c '…'`. It never throws; unbalanced quotes
 * simply end the word at the end of the script.
 *
 * Why not a full parser (mvdan-sh, tree-sitter-bash): hadolint's rules only need command names,
 * their arguments and how commands are chained, and a full parser costs more than the 2 ms budget
 * for a 300-line Dockerfile (see docs/architecture.md).
 */

import { WalkCache } from '../engine/lint-cache';

export interface ShellWord {
  /** The word with quotes removed and backslash escapes resolved; expansions kept as written. */
  readonly value: string;
  /** The word as written. */
  readonly raw: string;
  /** Offsets in the original document. */
  readonly start: number;
  readonly end: number;
  /** True when any part was quoted. */
  readonly quoted: boolean;
}

/** How a command is joined to the one after it. */
export type Separator = '&&' | '||' | ';' | '|' | '&' | '\n' | 'end';

export interface ShellCommand {
  /** Leading `NAME=value` assignments. */
  readonly assignments: readonly ShellWord[];
  /** Every word after the assignments; `words[0]` is the command name. */
  readonly words: readonly ShellWord[];
  /** Redirection operators with their targets, e.g. `>` `/dev/null`. */
  readonly redirects: readonly { readonly op: string; readonly target?: ShellWord }[];
  readonly separator: Separator;
  /** Index of the pipeline this command belongs to (commands joined by `|` share it). */
  readonly pipeline: number;
  /** Nesting depth: 0 at top level, deeper inside `( )`, `{ }`, `$( )` or `sh -c`. */
  readonly depth: number;
  /** True when this command came from the string of an `sh -c` / `bash -c`. */
  readonly fromShC: boolean;
}

export interface ShellScript {
  readonly commands: readonly ShellCommand[];
}

const NO_WORDS: readonly ShellWord[] = [];
const NO_REDIRECTS: ShellCommand['redirects'] = [];

const RESERVED_PREFIX = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', 'time']);
const RESERVED_ALONE = new Set(['fi', 'done', 'esac', '}', '{']);
const SHELLS = new Set([
  'sh',
  'bash',
  'dash',
  'ash',
  'zsh',
  'ksh',
  '/bin/sh',
  '/bin/bash',
  '/bin/dash',
  '/bin/ash',
  '/usr/bin/bash',
  '/usr/bin/env',
]);

interface Cursor {
  readonly text: string;
  readonly offsetAt: (index: number) => number;
  pos: number;
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\r';
}

/** Whether a word character needs no special handling in readWord (not a quote, `$`, escape or break). */
function isPlainWordCode(c: number): boolean {
  switch (c) {
    case 9: // \t
    case 10: // \n
    case 13: // \r
    case 32: // space
    case 34: // "
    case 36: // $
    case 38: // &
    case 39: // '
    case 40: // (
    case 41: // )
    case 59: // ;
    case 60: // <
    case 62: // >
    case 92: // \
    case 96: // `
    case 124: // |
      return false;
    default:
      return true;
  }
}

/** A `$( … )` or backtick command substitution inside a word: `start` indexes the script text. */
interface Substitution {
  readonly text: string;
  readonly start: number;
}

/**
 * Reads one word starting at cursor.pos (which is not whitespace or an operator). Command
 * substitutions stay part of the word's value and are also collected into `substitutions`, so the
 * commands inside them (`echo $(apt-get install x)`) are linted too.
 */
function readWord(cur: Cursor, substitutions: Substitution[] = []): ShellWord {
  const { text } = cur;
  const begin = cur.pos;
  let value = '';
  let quoted = false;
  /** No escape seen: unless quoted, the value is the word as written (no second string for `raw`). */
  let verbatim = true;
  while (cur.pos < text.length) {
    const c = text[cur.pos] ?? '';
    if (
      isSpace(c) ||
      c === '\n' ||
      c === ';' ||
      c === '&' ||
      c === '|' ||
      c === '<' ||
      c === '>' ||
      c === ')' ||
      (c === '(' && cur.pos > begin && text[cur.pos - 1] !== '$' && text[cur.pos - 1] !== '=')
    )
      break;
    if (c === '\\') {
      verbatim = false;
      const next = text[cur.pos + 1];
      if (next === '\n') {
        cur.pos += 2;
        continue;
      }
      if (next !== undefined) value += next;
      cur.pos += 2;
      continue;
    }
    if (c === "'") {
      quoted = true;
      const close = text.indexOf("'", cur.pos + 1);
      const end = close < 0 ? text.length : close;
      value += text.slice(cur.pos + 1, end);
      cur.pos = end + 1;
      continue;
    }
    if (c === '"') {
      quoted = true;
      cur.pos++;
      while (cur.pos < text.length && text[cur.pos] !== '"') {
        if (text[cur.pos] === '\\' && cur.pos + 1 < text.length && '"\\$`\n'.includes(text[cur.pos + 1] ?? '')) {
          if (text[cur.pos + 1] !== '\n') value += text[cur.pos + 1];
          cur.pos += 2;
        } else if (text[cur.pos] === '$' && text[cur.pos + 1] === '(') {
          // "$(…)" runs commands too.
          const end = matchParen(text, cur.pos + 1);
          if (text[cur.pos + 2] !== '(')
            substitutions.push({ text: text.slice(cur.pos + 2, Math.max(cur.pos + 2, end - 1)), start: cur.pos + 2 });
          value += text.slice(cur.pos, end);
          cur.pos = end;
        } else if (text[cur.pos] === '`') {
          const close = text.indexOf('`', cur.pos + 1);
          const end = close < 0 ? text.length : close + 1;
          substitutions.push({ text: text.slice(cur.pos + 1, close < 0 ? text.length : close), start: cur.pos + 1 });
          value += text.slice(cur.pos, end);
          cur.pos = end;
        } else {
          value += text[cur.pos];
          cur.pos++;
        }
      }
      cur.pos++;
      continue;
    }
    if (c === '$' && text[cur.pos + 1] === '(') {
      // Command substitution (or arithmetic `$((…))`, which holds no commands): keep it in the word.
      const end = matchParen(text, cur.pos + 1);
      if (text[cur.pos + 2] !== '(')
        substitutions.push({ text: text.slice(cur.pos + 2, Math.max(cur.pos + 2, end - 1)), start: cur.pos + 2 });
      value += text.slice(cur.pos, end);
      cur.pos = end;
      continue;
    }
    if (c === '`') {
      const close = text.indexOf('`', cur.pos + 1);
      const end = close < 0 ? text.length : close + 1;
      substitutions.push({ text: text.slice(cur.pos + 1, close < 0 ? text.length : close), start: cur.pos + 1 });
      value += text.slice(cur.pos, end);
      cur.pos = end;
      continue;
    }
    if (c === '$' && text[cur.pos + 1] === '{') {
      const close = text.indexOf('}', cur.pos + 2);
      const end = close < 0 ? text.length : close + 1;
      value += text.slice(cur.pos, end);
      cur.pos = end;
      continue;
    }
    // A run of ordinary characters: one slice rather than one concatenation per character.
    let run = cur.pos + 1;
    while (run < text.length && isPlainWordCode(text.charCodeAt(run))) run++;
    value += text.slice(cur.pos, run);
    cur.pos = run;
  }
  const end = Math.min(cur.pos, text.length);
  const raw = verbatim && !quoted ? value : text.slice(begin, end);
  return { value, raw, start: cur.offsetAt(begin), end: cur.offsetAt(Math.max(begin, end - 1)) + 1, quoted };
}

/** Index just past the `)` matching the `(` at `open`, honouring quotes; the end if unbalanced. */
function matchParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === "'") {
      const close = text.indexOf("'", i + 1);
      i = close < 0 ? text.length : close;
    } else if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      i = j;
    } else if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return text.length;
}

/**
 * Parses `text`. `offsetAt(i)` maps an index of `text` to a document offset (RUN arguments have
 * continuations removed, so the mapping is not a constant shift).
 */
export function parseShell(text: string, offsetAt: (index: number) => number = (i) => i, depth = 0, fromShC = false): ShellScript {
  const commands: ShellCommand[] = [];
  const cur: Cursor = { text, offsetAt, pos: 0 };
  let pipeline = 0;
  // Created on first use: most commands have no assignment or redirection.
  let assignments: ShellWord[] | undefined;
  let words: ShellWord[] = [];
  let redirects: { op: string; target?: ShellWord }[] | undefined;
  /** The command substitutions of the word just read (reused from word to word). */
  const substitutions: Substitution[] = [];
  let pendingHeredocs: { delimiter: string; stripTabs: boolean }[] = [];
  /** Open `case … in` statements: reading a pattern list (`a|b)`) or a clause's commands. */
  const cases: ('pattern' | 'body')[] = [];

  /** Skips the bodies of heredocs opened on the line just ended: they are data, not commands. */
  const skipHeredocBodies = () => {
    for (const { delimiter, stripTabs } of pendingHeredocs) {
      while (cur.pos < text.length) {
        const nl = text.indexOf('\n', cur.pos);
        const lineEnd = nl < 0 ? text.length : nl;
        const line = text.slice(cur.pos, lineEnd).replace(/\r$/, '');
        cur.pos = lineEnd + 1;
        if ((stripTabs ? line.replace(/^\t+/, '') : line) === delimiter) break;
      }
    }
    pendingHeredocs = [];
  };

  const flush = (separator: Separator) => {
    if (words.length > 0 || assignments !== undefined) {
      const command: ShellCommand = {
        assignments: assignments ?? NO_WORDS,
        words,
        redirects: redirects ?? NO_REDIRECTS,
        separator,
        pipeline,
        depth,
        fromShC,
      };
      commands.push(command);
      const nested = shCScript(command);
      if (nested) commands.push(...parseShell(nested.text, nested.offsetAt, depth + 1, true).commands);
    }
    if (separator !== '|') pipeline++;
    assignments = undefined;
    words = [];
    redirects = undefined;
  };

  while (cur.pos < text.length) {
    const c = text[cur.pos] ?? '';
    if (isSpace(c)) {
      cur.pos++;
      continue;
    }
    // Length checked first: reading index -1 of an empty array is a slow lookup of the property "-1".
    if (cases.length > 0 && cases[cases.length - 1] === 'pattern') {
      // `case` patterns are data (`amd64|x86_64)`), not pipelines: skip to the `)` or `esac`.
      if (c === '\n' || c === ';') {
        cur.pos++;
        continue;
      }
      if (/^esac(?![\w-])/.test(text.slice(cur.pos, cur.pos + 5))) {
        cases.pop();
        cur.pos += 4;
        continue;
      }
      while (cur.pos < text.length && text[cur.pos] !== ')') {
        const q = text[cur.pos];
        if (q === '\\') cur.pos++;
        else if (q === '"' || q === "'") {
          const close = text.indexOf(q, cur.pos + 1);
          cur.pos = close < 0 ? text.length : close;
        }
        cur.pos++;
      }
      cur.pos++;
      cases[cases.length - 1] = 'body';
      continue;
    }
    if (c === '\\' && text[cur.pos + 1] === '\n') {
      cur.pos += 2;
      continue;
    }
    if (c === '#' && (cur.pos === 0 || isSpace(text[cur.pos - 1]) || text[cur.pos - 1] === '\n' || text[cur.pos - 1] === ';')) {
      const nl = text.indexOf('\n', cur.pos);
      cur.pos = nl < 0 ? text.length : nl;
      continue;
    }
    const n = text[cur.pos + 1];
    const two = c === ';' || c === '&' || c === '|' ? c + (n ?? '') : '';
    if ((two === ';;' || two === ';&') && cases.length > 0) {
      // End of a case clause: the next thing is a pattern list.
      flush(';');
      cur.pos += text.slice(cur.pos, cur.pos + 3) === ';;&' ? 3 : 2;
      cases[cases.length - 1] = 'pattern';
      continue;
    }
    if (two === '&&' || two === '||' || two === ';;') {
      flush(two === ';;' ? ';' : two);
      cur.pos += 2;
      continue;
    }
    if (c === ';' || c === '\n') {
      flush(c);
      cur.pos++;
      if (c === '\n') skipHeredocBodies();
      continue;
    }
    if (c === '|') {
      flush('|');
      cur.pos += text[cur.pos + 1] === '&' ? 2 : 1;
      continue;
    }
    if (c === '&' && text[cur.pos + 1] !== '>') {
      flush('&');
      cur.pos++;
      continue;
    }
    if (c === '(' && words.length === 0) {
      // Subshell: its commands are read at a deeper level, then reading continues after it.
      const end = matchParen(text, cur.pos);
      const inner = parseShell(
        text.slice(cur.pos + 1, Math.max(cur.pos + 1, end - 1)),
        (i) => offsetAt(cur.pos + 1 + i),
        depth + 1,
        fromShC,
      );
      flush(';');
      commands.push(...inner.commands);
      cur.pos = end;
      continue;
    }
    if (c === ')') {
      cur.pos++;
      continue;
    }
    // Only `<`, `>`, `&` or a digit can start a redirection: skip the regex (and the slice) otherwise.
    const mayRedirect = c === '<' || c === '>' || c === '&' || (c >= '0' && c <= '9');
    const redirect = mayRedirect ? /^(?:\d*(?:>>|>&|<&|<<<|<<-|<<|<>|>\||>|<)|&>>|&>)/.exec(text.slice(cur.pos, cur.pos + 4)) : null;
    if (redirect) {
      cur.pos += redirect[0].length;
      while (isSpace(text[cur.pos])) cur.pos++;
      const op = redirect[0].replace(/^\d+/, '');
      if (cur.pos < text.length && !'\n;&|'.includes(text[cur.pos] ?? '')) {
        const target = readWord(cur);
        (redirects ??= []).push({ op, target });
        // A shell heredoc inside the script: its body starts at the next newline.
        if ((op === '<<' || op === '<<-') && target.value) pendingHeredocs.push({ delimiter: target.value, stripTabs: op === '<<-' });
      } else (redirects ??= []).push({ op });
      continue;
    }
    if (substitutions.length > 0) substitutions.length = 0; // setting length is a runtime call
    const word = readWord(cur, substitutions);
    for (const sub of substitutions) {
      commands.push(...parseShell(sub.text, (i) => offsetAt(sub.start + i), depth + 1, fromShC).commands);
    }
    if (word.raw === '') {
      cur.pos++;
      continue;
    }
    if (words.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(word.raw)) {
      (assignments ??= []).push(word);
      continue;
    }
    if (words.length === 0 && !word.quoted && word.value === 'case') {
      // `case WORD in`: skip to `in`; what follows are pattern lists and clauses.
      while (cur.pos < text.length) {
        while (isSpace(text[cur.pos]) || text[cur.pos] === '\n') cur.pos++;
        if (cur.pos >= text.length) break;
        const inWord: Substitution[] = [];
        const next = readWord(cur, inWord);
        for (const sub of inWord) commands.push(...parseShell(sub.text, (i) => offsetAt(sub.start + i), depth + 1, fromShC).commands);
        if (next.raw === '') cur.pos++;
        if (next.value === 'in' && !next.quoted) break;
      }
      cases.push('pattern');
      continue;
    }
    if (words.length === 0 && !word.quoted && word.value === 'esac' && cases.length > 0) {
      cases.pop();
      continue;
    }
    if (words.length === 0 && !word.quoted && RESERVED_PREFIX.has(word.value)) continue;
    if (words.length === 0 && !word.quoted && RESERVED_ALONE.has(word.value)) continue;
    words.push(word);
  }
  flush('end');
  return { commands };
}

/** The script of `sh -c '…'` (also `bash -c`, `env sh -c`), with its offset mapping. */
function shCScript(command: ShellCommand): { text: string; offsetAt: (i: number) => number } | undefined {
  const words = unwrap(command).words;
  const name = words[0]?.value;
  if (!name || !SHELLS.has(name)) return undefined;
  let i = 1;
  if (name === '/usr/bin/env') {
    if (!SHELLS.has(words[1]?.value ?? '')) return undefined;
    i = 2;
  }
  for (; i < words.length; i++) {
    const w = words[i];
    if (!w) break;
    if (/^-[a-z]*c[a-z]*$/.test(w.value)) {
      const script = words[i + 1];
      if (!script) return undefined;
      // Offsets inside the string are exact for a quoted script without escapes or continuations,
      // which is how `sh -c` is written in practice; otherwise they are close, never out of range.
      const quote = script.raw[0] === "'" || script.raw[0] === '"' ? 1 : 0;
      const base = script.start + quote;
      return { text: script.value, offsetAt: (k) => base + k };
    }
    if (!w.value.startsWith('-')) return undefined;
  }
  return undefined;
}

const WRAPPERS = new Set(['sudo', 'env', 'nohup', 'exec', 'command', 'time', 'nice', 'doas', 'stdbuf', 'ionice', 'chronic']);

/**
 * The command a wrapper runs: `sudo -u app apt-get install x` → `apt-get install x`;
 * `env DEBIAN_FRONTEND=noninteractive apt-get …` → `apt-get …`. Returns the command itself when
 * there is no wrapper.
 */
/** Unwrapped commands by command: ~30 rules unwrap the same commands on every keystroke. */
const unwrapped = new WalkCache<ShellCommand, ShellCommand>();

export function unwrap(command: ShellCommand): ShellCommand {
  const first = command.words[0]?.value;
  if (first === undefined || !WRAPPERS.has(first)) return command;
  let known = unwrapped.get(command);
  if (!known) {
    known = unwrapOnce(command);
    unwrapped.set(command, known);
  }
  return known;
}

function unwrapOnce(command: ShellCommand): ShellCommand {
  let words = command.words;
  let assignments = command.assignments;
  for (let guard = 0; guard < 4; guard++) {
    const name = words[0]?.value;
    if (!name || !WRAPPERS.has(name)) break;
    let i = 1;
    const takesValue = name === 'sudo' ? /^-[ugpChTrt]$/ : name === 'nice' ? /^-n$/ : name === 'ionice' ? /^-[cnp]$/ : undefined;
    while (i < words.length) {
      const w = words[i]?.value ?? '';
      if (w === '--') {
        i++;
        break;
      }
      if (name === 'env' && /^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) {
        assignments = [...assignments, words[i] as ShellWord];
        i++;
        continue;
      }
      if (!w.startsWith('-')) break;
      i += takesValue?.test(w) ? 2 : 1;
    }
    words = words.slice(i);
  }
  return words === command.words ? command : { ...command, words, assignments };
}

const SHORT_BUNDLE = /^-[A-Za-z0-9]+$/;

/** Convenience: the unwrapped command's name, e.g. `apt-get`. */
export function commandName(command: ShellCommand): string | undefined {
  return unwrap(command).words[0]?.value;
}

/** Arguments after the command name that are not flags. */
export function positionalArgs(command: ShellCommand): ShellWord[] {
  return unwrap(command)
    .words.slice(1)
    .filter((w) => !w.value.startsWith('-'));
}

/**
 * Whether a flag is present: `hasFlag(cmd, 'y', 'yes')` matches `-y`, `-qy`, `--yes`, `--yes=…`.
 * Short flags are matched inside bundles, so pass only single-letter short names.
 */
export function hasFlag(command: ShellCommand, short: string | undefined, ...long: string[]): ShellWord | undefined {
  // Allocation-free: every package rule asks this of every command on every keystroke.
  const words = unwrap(command).words;
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as ShellWord;
    const v = w.value;
    if (v.charCodeAt(0) !== 45 /* - */ || v.length < 2) continue;
    if (v === '--') break;
    if (v.charCodeAt(1) === 45) {
      const eq = v.indexOf('=');
      const nameLength = (eq < 0 ? v.length : eq) - 2;
      for (const name of long) if (name.length === nameLength && v.startsWith(name, 2)) return w;
    } else if (short && v.includes(short) && SHORT_BUNDLE.test(v)) return w;
  }
  return undefined;
}

/**
 * world-writable-permissions: a file mode that lets every user write: `chmod 777`, `chmod -R 0777`,
 * `chmod a+rwx`, `chmod o+w`, `find … -exec chmod 777 {} +`, `xargs chmod 777`, `mkdir -m 777`,
 * `install -m 666`, `COPY --chmod=777`. Any process in the container, whatever user it runs as,
 * can then replace those files (a binary, a script, a config), which turns a foothold as an
 * unprivileged user into control of what the image runs.
 * Usually the real need is ownership: `COPY --chown=app:app` or `chown` to the user that runs.
 * A mode with the sticky bit (`chmod 1777 /tmp/cache`, `+t`) is how shared temp directories are
 * meant to be made and is not flagged. Modes written with variables are not judged.
 */
import type { Instruction } from '../../model';
import { defineDockerfileRule } from '../../rule';
import { unwrap, type ShellWord } from '../../shell';
import { optionValues, programName } from './helpers';

/** True when `mode` (octal or symbolic) grants write permission to "others" without the sticky bit. */
export function worldWritable(mode: string): boolean {
  if (/^0*[0-7]{1,4}$/.test(mode)) {
    const bits = parseInt(mode, 8);
    return (bits & 0o002) !== 0 && (bits & 0o1000) === 0;
  }
  let writable = false;
  for (const clause of mode.split(',')) {
    const m = /^([ugoa]*)((?:[-+=][rwxXstugo]*)+)$/.exec(clause);
    if (!m) return false;
    const who = m[1] ?? '';
    for (const action of (m[2] ?? '').match(/[-+=][rwxXstugo]*/g) ?? []) {
      if (action[0] === '-') continue;
      if (action.includes('t')) return false;
      if ((who.includes('o') || who.includes('a')) && action.includes('w')) writable = true;
    }
  }
  return writable;
}

/** The mode word of a `chmod` (its first argument that is not an option). */
function chmodMode(words: readonly ShellWord[]): ShellWord | undefined {
  for (const w of words.slice(1)) {
    if (w.value.startsWith('--reference')) return undefined;
    if (/^-[RvcfH-]*$/.test(w.value) || w.value.startsWith('--')) continue;
    return w;
  }
  return undefined;
}

export const worldWritablePermissions = defineDockerfileRule({
  id: 'world-writable-permissions',
  name: 'world-writable-permissions',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'Files are made world-writable (chmod 777 and the like).',
  fix: 'none',
  instructions: ['COPY', 'ADD', 'RUN'],
  onInstruction(instruction: Instruction, ctx) {
    const report = (start: number, end: number, how: string, mode: string) => {
      ctx.report({
        range: ctx.lines.range(start, end),
        message: `${how}${mode} makes files writable by every user in the container: grant only what is needed (e.g. 755/644) and give ownership to the user that runs (chown / --chown).`,
      });
    };
    if (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') {
      for (const flag of instruction.flags) {
        const m = /^--chmod=(.*)$/i.exec(flag.value);
        const mode = m?.[1]?.replace(/^["']|["']$/g, '');
        if (mode && worldWritable(mode)) report(flag.start, flag.end, `${instruction.keyword} --chmod=`, mode);
      }
      return;
    }
    for (const command of ctx.scripts(instruction)?.commands ?? []) {
      const inner = unwrap(command);
      const name = programName(inner.words[0]);
      // `find … -exec chmod 777 {} +` and `xargs chmod 777` run chmod too.
      const at =
        name === 'chmod'
          ? 0
          : name === 'find' || name === 'xargs'
            ? inner.words.findIndex(
                (w, i) =>
                  i > 0 && programName(w) === 'chmod' && (name === 'xargs' || /^-exec(?:dir)?$/.test(inner.words[i - 1]?.value ?? '')),
              )
            : -1;
      if (at >= 0) {
        const mode = chmodMode(inner.words.slice(at));
        if (mode && worldWritable(mode.value)) report(mode.start, mode.end, 'chmod ', mode.value);
      } else if (name === 'mkdir' || name === 'install') {
        for (const mode of optionValues(inner, 'm', 'mode'))
          if (worldWritable(mode.value)) report(mode.start, mode.end, `${name} -m `, mode.value);
      }
    }
  },
});

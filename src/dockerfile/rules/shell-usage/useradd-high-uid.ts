/**
 * DL3046: `useradd` with a high UID and without `-l` (`--no-log-init`). useradd records every
 * user in /var/log/lastlog and /var/log/faillog, files indexed by UID; for a UID such as 1000000
 * the file is sparse on disk but a layer stores it in full, which can add gigabytes to the image.
 * `-l` skips those databases.
 * As in hadolint, a UID counts as high when it is written with more than five characters, and a
 * UID given by a variable counts as high too (hadolint cannot know its value); this rule first
 * tries the stage's ARG/ENV defaults, and reports an unresolved variable with low confidence.
 * Unlike hadolint, `--uid N`, `--uid=N` and `-uN` are read as well as `-u N`.
 */
import type { Instruction } from '../../model';
import { expandVariables } from '../../parse';
import { defineDockerfileRule, type DockerfileRuleContext } from '../../rule';
import type { ShellWord } from '../../shell';
import { findFlag, namedCommands, wordRange } from './commands';

/** The UID word of a useradd, and its text: `-u N`, `-uN`, `--uid N`, `--uid=N`, `-ou N`. */
function uidOf(words: readonly ShellWord[]): { word: ShellWord; value: string } | undefined {
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (!w) continue;
    const v = w.value;
    if (v === '--') break;
    if (v.startsWith('--uid=')) return { word: w, value: v.slice(6) };
    const next = words[i + 1];
    if (v === '--uid' && next) return { word: next, value: next.value };
    if (/^-[A-Za-z]*u$/.test(v) && next) return { word: next, value: next.value };
    const attached = /^-[A-Za-z]*u([0-9$].*)$/.exec(v);
    if (attached?.[1]) return { word: w, value: attached[1] };
  }
  return undefined;
}

/** ARG and ENV values known before `run` in its stage (global ARG defaults included). */
function knownVariables(run: Instruction, ctx: DockerfileRuleContext): Map<string, string | undefined> {
  const vars = new Map<string, string | undefined>(ctx.dockerfile.globalArgs);
  for (const inst of ctx.stageOf(run)?.instructions ?? []) {
    if (inst === run || inst.onbuild === run) break;
    if (inst.keyword !== 'ARG' && inst.keyword !== 'ENV') continue;
    for (const word of inst.operands) {
      const eq = word.value.indexOf('=');
      const name = eq < 0 ? word.value : word.value.slice(0, eq);
      if (eq < 0 && inst.keyword === 'ENV') continue;
      const value = eq < 0 ? ctx.dockerfile.globalArgs.get(name) : word.value.slice(eq + 1).replace(/^(["'])(.*)\1$/, '$2');
      if (eq >= 0 || !vars.has(name)) vars.set(name, value);
    }
  }
  return vars;
}

export const useraddHighUid = defineDockerfileRule({
  id: 'DL3046',
  name: 'useradd-high-uid',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: '`useradd` with a high UID and without `-l` bloats the image with a huge lastlog file.',
  fix: 'unsafe',
  instructions: ['RUN'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword !== 'RUN') return;
    const form = ctx.scripts(instruction)?.form;
    for (const { name, words } of namedCommands(instruction, ctx)) {
      if (name.value !== 'useradd') continue;
      if (findFlag(words, ['l', 'no-log-init'])) continue;
      const uid = uidOf(words);
      if (!uid || uid.value.length <= 5) continue;
      let shown = uid.value;
      let confidence: 'high' | 'low' = 'high';
      if (uid.value.includes('$')) {
        const resolved = expandVariables(uid.value, knownVariables(instruction, ctx));
        if (/^[0-9]+$/.test(resolved)) {
          if (resolved.length <= 5) continue;
          shown = `${uid.value} (= ${resolved})`;
        } else confidence = 'low';
      }
      const insert = form === 'exec' && name.raw === name.value && ctx.text[name.start] === '"' ? ', "-l"' : ' -l';
      ctx.report({
        range: wordRange(ctx, name),
        message: `useradd with UID ${shown} and without -l writes a huge sparse /var/log/lastlog into the layer: add -l (--no-log-init).`,
        confidence,
        fixes: [
          {
            title: 'Add -l (--no-log-init) to useradd',
            applicability: 'unsafe',
            edits: [{ range: ctx.lines.range(name.end, name.end), newText: insert }],
          },
        ],
      });
    }
  },
});

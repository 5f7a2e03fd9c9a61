/**
 * SecretsUsedInArgOrEnv (BuildKit build check): an ARG or ENV whose name looks like it holds a
 * secret (`GITHUB_TOKEN`, `DB_PASSWORD`, `API_KEY`). ARG and ENV values end up in the image
 * metadata and history, where anyone who can pull the image can read them; build secrets
 * (`RUN --mount=type=secret`) do not. BuildKit's name patterns, exactly: one of apikey, auth,
 * credential(s), key, password, pword, passwd, secret, token as a whole `_`-separated part of the
 * name (any case), unless the name also has a part public, file or version (`KEY_FILE`,
 * `PUBLIC_KEY`). As in BuildKit, ARGs before the first FROM and instructions inside ONBUILD are not
 * checked (BuildKit only checks what a stage executes); the value is never looked at (the secret
 * detectors do that).
 */
import type { Instruction, Word } from '../../model';
import { defineDockerfileRule } from '../../rule';

const DENY = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const ALLOW = /(?:_|^)(?:public|file|version)(?:_|$)/i;

export function looksSecret(name: string): boolean {
  return DENY.test(name) && !ALLOW.test(name);
}

/** The keys an ARG or ENV defines, as words-with-offsets (`A=1 B=2`, or legacy `ENV A 1`). */
function keys(inst: Instruction): { name: string; word: Word }[] {
  const words =
    inst.keyword === 'ENV' && inst.operands[0] && !inst.operands[0].value.includes('=') ? inst.operands.slice(0, 1) : inst.operands;
  return words.map((word) => {
    const eq = word.value.indexOf('=');
    return { name: eq < 0 ? word.value : word.value.slice(0, eq), word };
  });
}

export const secretsUsedInArgOrEnv = defineDockerfileRule({
  id: 'SecretsUsedInArgOrEnv',
  name: 'secrets-used-in-arg-or-env',
  aliases: [],
  severity: 'warning',
  confidence: 'medium',
  summary: 'Sensitive data should not be passed in ARG or ENV instructions.',
  fix: 'none',
  onFile(dockerfile, ctx) {
    for (const stage of dockerfile.stages) {
      for (const inst of stage.instructions) {
        if (inst.keyword !== 'ARG' && inst.keyword !== 'ENV') continue;
        for (const { name, word } of keys(inst)) {
          if (!looksSecret(name)) continue;
          ctx.report({
            range: ctx.lines.range(word.start, word.start + name.length),
            message: `Do not use ARG or ENV instructions for sensitive data (${inst.keyword} "${name}"): pass it as a build secret (RUN --mount=type=secret,id=…) instead.`,
          });
        }
      }
    }
  },
});

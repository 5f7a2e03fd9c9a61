/**
 * ExposeProtoCasing (BuildKit build check): an EXPOSE protocol that is not lowercase
 * (`EXPOSE 80/TCP`). BuildKit lower-cases it anyway; writing `tcp`/`udp`/`sctp` keeps the file
 * consistent with how the image metadata records it. Ports built from variables are not checked.
 * The fix lower-cases the protocol, which cannot change the exposed port.
 */
import { defineDockerfileRule } from '../../rule';
import { exposeInstructions, splitPortSpec } from './expose';
import { wordSpan } from './helpers';

export const exposeProtoCasing = defineDockerfileRule({
  id: 'ExposeProtoCasing',
  name: 'expose-proto-casing',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'The protocol in an EXPOSE instruction should be lowercase.',
  fix: 'safe',
  onFile(dockerfile, ctx) {
    for (const inst of exposeInstructions(dockerfile.stages)) {
      for (const word of inst.operands) {
        if (word.value.includes('$')) continue;
        const spec = splitPortSpec(word);
        const slash = spec.containerPort.indexOf('/');
        if (slash < 0) continue;
        const proto = spec.containerPort.slice(slash + 1);
        if (proto === proto.toLowerCase()) continue;
        const from = spec.containerFrom + slash + 1 + (spec.literal ? 0 : 1);
        const span = wordSpan(inst, word, from, from + proto.length);
        const range = ctx.lines.range(span.start, span.end);
        ctx.report({
          range,
          message: `Defined protocol '${spec.text}' in EXPOSE instruction should be lowercase: write '${proto.toLowerCase()}'.`,
          fixes: [{ title: `Write '${proto.toLowerCase()}'`, applicability: 'safe', edits: [{ range, newText: proto.toLowerCase() }] }],
        });
      }
    }
  },
});

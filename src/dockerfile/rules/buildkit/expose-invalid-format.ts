/**
 * ExposeInvalidFormat (BuildKit build check): an EXPOSE with an IP address or a host-port mapping
 * (`EXPOSE 127.0.0.1:80:80`, `EXPOSE 8080:80`). EXPOSE only documents the container's port;
 * BuildKit drops the address and the host port, and a future release will reject them. Publishing
 * to a host port is `docker run -p`'s job. Ports built from variables are not checked. The fix keeps
 * the container port (and protocol) only, which is exactly what BuildKit exposes today.
 */
import { defineDockerfileRule } from '../../rule';
import { exposeInstructions, splitPortSpec } from './expose';

export const exposeInvalidFormat = defineDockerfileRule({
  id: 'ExposeInvalidFormat',
  name: 'expose-invalid-format',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'EXPOSE should not define an IP address or a host-port mapping.',
  fix: 'safe',
  onFile(dockerfile, ctx) {
    for (const inst of exposeInstructions(dockerfile.stages)) {
      for (const word of inst.operands) {
        if (word.value.includes('$')) continue;
        const spec = splitPortSpec(word);
        if (spec.ip === '' && spec.hostPort === '') continue;
        const range = ctx.lines.range(word.start, word.end);
        const keep = spec.containerPort;
        ctx.report({
          range,
          message: `EXPOSE instruction should not define an IP address or host-port mapping, found '${spec.text}': expose '${keep}' and publish host ports with docker run -p.`,
          fixes: keep ? [{ title: `Expose '${keep}' only`, applicability: 'safe', edits: [{ range, newText: keep }] }] : [],
        });
      }
    }
  },
});

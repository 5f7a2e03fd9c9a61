/**
 * DL3026: an image pulled from a registry outside `dockerfile.trustedRegistries` (hadolint's
 * `trustedRegistries`). Off while the list is empty. Images without a registry come from Docker Hub
 * and pass when `docker.io` or `hub.docker.com` is listed; `scratch` and earlier stages always
 * pass. Entries may use a leading or trailing `*` (`*.corp.example`, `registry.example.com*`), and
 * `*` alone allows everything. As recent hadolint, the images of `COPY --from=<image>` and
 * `RUN --mount=…,from=<image>` are checked too.
 * Differences from hadolint: global ARG defaults are expanded in FROM when every variable has one,
 * and a numeric `--from=0` (a stage index, not an image) is not checked.
 */
import { expandVariables, unquote } from '../../parse';
import { parseImageRef } from '../../image';
import type { Word } from '../../model';
import { defineDockerfileRule, type DockerfileRuleContext } from '../../rule';
import { flagValue } from './helpers';

function matches(allow: string, registry: string): boolean {
  if (allow === '*') return true;
  if (allow.startsWith('*')) return registry.endsWith(allow.slice(1));
  if (allow.endsWith('*')) return registry.startsWith(allow.slice(0, -1));
  return registry === allow;
}

/** The registry an image is pulled from, or undefined when it is allowed. */
function untrustedRegistry(image: string, allowed: readonly string[], stageNames: ReadonlySet<string>): string | undefined {
  const ref = parseImageRef(image);
  const name = ref.registry ? ref.name.slice(ref.registry.length + 1) : ref.name;
  if (!ref.registry && stageNames.has(name.toLowerCase())) return undefined;
  if (ref.registry) return allowed.some((a) => matches(a, ref.registry ?? '')) ? undefined : ref.registry;
  if (name === 'scratch' || allowed.some((a) => matches(a, 'docker.io') || matches(a, 'hub.docker.com'))) return undefined;
  return 'docker.io';
}

function report(ctx: DockerfileRuleContext, word: Word, image: string, registry: string): void {
  ctx.report({
    range: ctx.lines.range(word.start, word.end),
    message: `Image "${image}" comes from ${registry}, which is not a trusted registry (${ctx.options.trustedRegistries.join(', ')}): use an image from a trusted registry or add ${registry} to dockerfile.trustedRegistries.`,
  });
}

export const trustedRegistry = defineDockerfileRule({
  id: 'DL3026',
  name: 'trusted-registry',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'An image comes from a registry outside the trusted list.',
  fix: 'none',
  onFile(dockerfile, ctx) {
    const allowed = ctx.options.trustedRegistries;
    if (allowed.length === 0) return;
    const stageNames = new Set<string>();
    for (const stage of dockerfile.stages) {
      const word = stage.image;
      if (word) {
        const written = unquote(word.value);
        const variables = [...written.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] ?? '');
        const resolvable = variables.length > 0 && variables.every((v) => dockerfile.globalArgs.get(v) !== undefined);
        const image = resolvable ? expandVariables(written, dockerfile.globalArgs) : written;
        const registry = untrustedRegistry(image, allowed, stageNames);
        if (registry) report(ctx, word, image, registry);
      }
      // The stage's own name counts from here on (COPY --from=<this stage> is another rule's business).
      if (stage.name) stageNames.add(stage.name);
      for (const inst of stage.instructions) {
        if (inst.keyword === 'COPY') {
          const from = flagValue(inst, 'from');
          if (!from) continue;
          const image = unquote(from.value);
          if (/^\d+$/.test(image)) continue;
          const registry = untrustedRegistry(image, allowed, stageNames);
          if (registry) report(ctx, from.word, image, registry);
        } else if (inst.keyword === 'RUN') {
          for (const flag of inst.flags) {
            if (!flag.value.toLowerCase().startsWith('--mount=')) continue;
            const options = new Map(
              flag.value
                .slice(8)
                .split(',')
                .map((kv) => [kv.split('=', 1)[0]?.toLowerCase() ?? '', kv.slice(kv.indexOf('=') + 1)] as const),
            );
            const type = options.get('type') ?? 'bind';
            const image = options.get('from');
            if ((type !== 'bind' && type !== 'cache') || !image || /^\d+$/.test(image)) continue;
            const registry = untrustedRegistry(unquote(image), allowed, stageNames);
            if (registry) report(ctx, flag, image, registry);
          }
        }
      }
    }
  },
});

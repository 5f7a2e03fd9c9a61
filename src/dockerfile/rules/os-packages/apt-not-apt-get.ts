/**
 * DL3027: a RUN that calls `apt`. apt is the interactive front end: its output and behaviour are
 * tuned for people and may change between releases, and it warns "apt does not have a stable CLI
 * interface. Use with caution in scripts." `apt-get` and `apt-cache` are the stable interfaces for
 * scripts.
 *
 * The fix rewrites `apt` to `apt-get` for the sub-commands apt-get has (`install`, `remove`,
 * `update`…) and to `apt-cache` for the query sub-commands (`show`, `search`, `policy`…). It is
 * unsafe: the commands are close, not identical (apt enables progress output, and `apt upgrade`,
 * `apt full-upgrade`, `apt list` and `apt reinstall` have no exact equivalent in every apt release, so they get no fix).
 */
import { defineDockerfileRule } from '../../rule';
import { unwrap } from '../../shell';
import { APT_GET_OPTIONS, parseArgs } from './package-managers';

const APT_GET_SUBCOMMANDS = new Set([
  'install',
  'remove',
  'purge',
  'update',
  'autoremove',
  'clean',
  'autoclean',
  'build-dep',
  'source',
  'download',
  'check',
  'changelog',
  'dist-upgrade',
]);
const APT_CACHE_SUBCOMMANDS = new Set(['show', 'search', 'policy', 'depends', 'rdepends', 'showsrc', 'showpkg', 'madison', 'pkgnames']);

export const aptNotAptGet = defineDockerfileRule({
  id: 'DL3027',
  name: 'apt-not-apt-get',
  aliases: ['CKV_DOCKER_9'],
  severity: 'warning',
  confidence: 'high',
  summary: 'apt is meant for people; use apt-get or apt-cache in a Dockerfile.',
  fix: 'unsafe',
  instructions: ['RUN'],
  onInstruction(instruction, ctx) {
    const scripts = ctx.scripts(instruction);
    if (!scripts) return;
    for (const command of scripts.commands) {
      const words = unwrap(command).words;
      const apt = words[0];
      if (apt?.value !== 'apt') continue;
      const sub = parseArgs(command, APT_GET_OPTIONS).operands[0]?.value;
      const replacement =
        sub === undefined ? undefined : APT_GET_SUBCOMMANDS.has(sub) ? 'apt-get' : APT_CACHE_SUBCOMMANDS.has(sub) ? 'apt-cache' : undefined;
      const range = ctx.lines.range(apt.start, apt.end);
      // `apt`, `"apt"`, `'apt'` or the JSON string of exec form: rewrite the three letters.
      const written = ctx.text.slice(apt.start, apt.end);
      const inner = written === 'apt' ? apt.start : written === '"apt"' || written === "'apt'" ? apt.start + 1 : undefined;
      ctx.report({
        range,
        message: `Do not use apt in a Dockerfile: it is meant for interactive use; use ${replacement ?? 'apt-get or apt-cache'} instead.`,
        fixes:
          replacement && inner !== undefined
            ? [
                {
                  title: `Replace apt with ${replacement}`,
                  applicability: 'unsafe',
                  edits: [{ range: ctx.lines.range(inner, inner + 3), newText: replacement }],
                },
              ]
            : [],
      });
    }
  },
});

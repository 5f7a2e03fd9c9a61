/**
 * CopyIgnoredFile (BuildKit build check): a `COPY` or `ADD` from the build context whose source
 * the context's `.dockerignore` excludes. The excluded file is not sent to the builder, so the
 * build fails with "not found" — or, for a folder with an exception inside it, silently copies
 * less than the Dockerfile says.
 * The build context is taken to be the Dockerfile's folder. `<Dockerfile name>.dockerignore` next
 * to the Dockerfile takes precedence over `.dockerignore`, as in BuildKit. Only literal sources are
 * checked: sources with wildcards or variables, URLs, heredocs, `--from` copies and the
 * instructions of `ONBUILD` (which run in another build's context) are skipped. Without a file
 * reader (or without an ignore file) the rule is silent.
 */
import { dockerignorePaths, isExcluded, parseDockerignore, type IgnorePattern } from '../../dockerignore';
import type { Instruction } from '../../model';
import { defineDockerfileRule, type DockerfileRuleContext } from '../../rule';
import { copyArgs } from '../stages/stage-refs';

/** Parsed ignore files by text: the same `.dockerignore` serves every Dockerfile of a folder. */
const parsed = new Map<string, readonly IgnorePattern[]>();

function patternsOf(text: string): readonly IgnorePattern[] {
  let patterns = parsed.get(text);
  if (!patterns) {
    patterns = parseDockerignore(text);
    if (parsed.size >= 16) parsed.clear();
    parsed.set(text, patterns);
  }
  return patterns;
}

/** The ignore file BuildKit would use for this Dockerfile, and its name for messages. */
function ignoreFile(ctx: DockerfileRuleContext): { name: string; patterns: readonly IgnorePattern[] } | undefined {
  const repoPath = ctx.repoPath;
  if (repoPath === undefined) return undefined;
  for (const path of dockerignorePaths(repoPath)) {
    const text = ctx.readRepoFile(path);
    if (text !== undefined) return { name: path.slice(path.lastIndexOf('/') + 1), patterns: patternsOf(text) };
  }
  return undefined;
}

/** A source BuildKit takes from the context as written: no wildcard, variable, URL or heredoc. */
function literalSource(value: string): boolean {
  return !/[*?[\\$]/.test(value) && !value.startsWith('<<') && !/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !value.startsWith('git@');
}

function fromContext(inst: Instruction): boolean {
  return (inst.keyword === 'COPY' || inst.keyword === 'ADD') && !inst.flags.some((f) => f.value.toLowerCase().startsWith('--from='));
}

export const copyIgnoredFile = defineDockerfileRule({
  id: 'CopyIgnoredFile',
  name: 'copy-ignored-file',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: "A COPY or ADD source is excluded by the build context's .dockerignore.",
  fix: 'none',
  onFile(dockerfile, ctx) {
    // Cheap checks first: most Dockerfiles are linted without reading any file.
    const candidates = dockerfile.instructions.filter(fromContext);
    if (candidates.length === 0) return;
    let looked = false;
    let ignore: ReturnType<typeof ignoreFile>;
    for (const inst of candidates) {
      for (const source of copyArgs(inst).sources) {
        if (!literalSource(source.value)) continue;
        if (!looked) {
          looked = true;
          ignore = ignoreFile(ctx);
        }
        if (!ignore || ignore.patterns.length === 0) return;
        const verdict = isExcluded(ignore.patterns, source.value);
        if (!verdict.excluded) continue;
        const by = verdict.pattern ? ` (pattern '${verdict.pattern.source}' on line ${verdict.pattern.line} of ${ignore.name})` : '';
        ctx.report({
          range: ctx.lines.range(source.start, source.end),
          message: `Attempting to ${inst.keyword === 'ADD' ? 'Add' : 'Copy'} file "${source.value}" that is excluded by .dockerignore${by}.`,
        });
      }
    }
  },
});

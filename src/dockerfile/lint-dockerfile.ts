/** Parses a Dockerfile once and walks it once, calling every enabled rule's hooks. */
import type { DockerfileOptions } from '../engine/config';
import type { ReportInput, RuleContext } from '../engine/context';
import type { LineIndex } from '../engine/text';
import type { LintDocument } from '../engine/types';
import type { RuleMeta } from '../engine/rule';
import { resolvedImage } from './image';
import type { Dockerfile, Instruction, Stage } from './model';
import { parseDockerfile } from './parse';
import type { DockerfileRule, DockerfileRuleContext } from './rule';
import { parseRunScripts, posixShellByInstruction, type RunScripts } from './scripts';

/** `# hadolint shell=powershell` anywhere in the file sets the default shell for shell rules. */
function pragmaShell(text: string): string | undefined {
  if (!text.includes('hadolint')) return undefined;
  return /^\s*#\s*hadolint\s+shell\s*=\s*(\S+)/m.exec(text)?.[1];
}

/**
 * Which lines belong to a stage that ships: the final stage and, transitively, the stages it is
 * built FROM (`FROM build AS final` ships `build`'s layers). Lines before the first FROM count.
 */
export function shippedLines(dockerfile: Dockerfile): (line: number) => boolean {
  const stages = dockerfile.stages;
  const last = stages[stages.length - 1];
  if (!last) return () => true;
  const shipped = new Set<number>([last.index]);
  for (let stage: Stage | undefined = last; stage;) {
    const current: Stage = stage;
    const image = resolvedImage(current, dockerfile)?.expanded.toLowerCase();
    const parent = image === undefined ? undefined : stages.find((s) => s.index < current.index && s.name === image);
    if (!parent || shipped.has(parent.index)) break;
    shipped.add(parent.index);
    stage = parent;
  }
  return (line) => {
    let owner: Stage | undefined;
    for (const stage of stages) {
      if (stage.from.startLine <= line) owner = stage;
      else break;
    }
    return owner === undefined || shipped.has(owner.index);
  };
}

/**
 * A rule's context: the engine's context plus the parsed file. A small class rather than
 * `Object.create(base)` per rule: ~100 rules run per keystroke and prototype-chained objects
 * made up of different shapes are slow to create and to read from.
 */
class DockerfileContext implements DockerfileRuleContext {
  constructor(
    private readonly base: RuleContext,
    readonly dockerfile: Dockerfile,
    readonly options: DockerfileOptions,
    readonly scripts: (instruction: Instruction) => RunScripts | undefined,
    readonly stageOf: (instruction: Instruction) => Stage | undefined,
    private readonly files: RepoFileAccess | undefined,
  ) {}
  readRepoFile(relativePath: string): string | undefined {
    return this.files?.readRepoFile?.(relativePath);
  }
  // Read on use: a front end may compute it lazily (the CLI finds the repository root on demand).
  get repoPath(): string | undefined {
    return this.files?.readRepoFile ? this.files.repoPath : undefined;
  }
  get imageMetadata(): LintDocument['imageMetadata'] {
    return this.files?.imageMetadata;
  }
  get path(): string {
    return this.base.path;
  }
  get text(): string {
    return this.base.text;
  }
  get lines(): LineIndex {
    return this.base.lines;
  }
  report(input: ReportInput): void {
    this.base.report(input);
  }
}

/** How rules reach other files of the repository: the document's reader and its own root-relative path. */
export type RepoFileAccess = Pick<LintDocument, 'readRepoFile' | 'repoPath' | 'imageMetadata'>;

export function lintDockerfile(
  text: string,
  rules: readonly DockerfileRule[],
  contextFor: (rule: RuleMeta) => RuleContext,
  options: DockerfileOptions,
  files?: RepoFileAccess,
): void {
  if (rules.length === 0) return;
  const dockerfile = parseDockerfile(text);
  const posix = posixShellByInstruction(dockerfile, pragmaShell(text));
  const scriptCache = new Map<Instruction, RunScripts | undefined>();
  const scripts = (instruction: Instruction): RunScripts | undefined => {
    if (instruction.keyword !== 'RUN') return undefined;
    if (!scriptCache.has(instruction)) scriptCache.set(instruction, parseRunScripts(instruction, posix.get(instruction) ?? true));
    return scriptCache.get(instruction);
  };
  const stageByInstruction = new Map<Instruction, Stage>();
  for (const stage of dockerfile.stages) {
    stageByInstruction.set(stage.from, stage);
    for (const inst of stage.instructions) {
      stageByInstruction.set(inst, stage);
      if (inst.onbuild) stageByInstruction.set(inst.onbuild, stage);
    }
  }
  const stageOf = (instruction: Instruction) => stageByInstruction.get(instruction);
  const shippedOnly = new Set(options.shippedStagesOnly.map((id) => id.toLowerCase()));
  const shipped = shippedOnly.size ? shippedLines(dockerfile) : undefined;
  const active = rules.map((rule) => {
    const base = contextFor(rule);
    const ctx = new DockerfileContext(base, dockerfile, options, scripts, stageOf, files);
    if (shipped && [rule.id, ...rule.aliases].some((id) => shippedOnly.has(id.toLowerCase()))) {
      // Findings in stages that do not ship (builders) are dropped for this rule.
      ctx.report = (input) => {
        if (shipped(input.range.start.line)) base.report(input);
      };
    }
    return { rule, ctx };
  });
  for (const { rule, ctx } of active) rule.onFile?.(dockerfile, ctx);
  for (const stage of dockerfile.stages) for (const { rule, ctx } of active) rule.onStage?.(stage, ctx);
  const withInstruction = active.filter(({ rule }) => rule.onInstruction !== undefined);
  if (withInstruction.length === 0) return;
  for (const instruction of dockerfile.instructions) {
    for (const { rule, ctx } of withInstruction) {
      rule.onInstruction?.(instruction, ctx);
      if (instruction.onbuild) rule.onInstruction?.(instruction.onbuild, ctx);
    }
  }
}

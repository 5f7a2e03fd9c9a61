/** Parses a Dockerfile once and walks it once, calling every enabled rule's hooks. */
import type { DockerfileOptions } from '../engine/config';
import { ForwardingContext, type ReportInput, type RuleContext } from '../engine/context';
import type { LintDocument } from '../engine/types';
import type { RuleMeta } from '../engine/rule';
import { resolvedImage } from './image';
import type { Dockerfile, Instruction, Stage } from './model';
import { parseDockerfile } from './parse';
import type { DockerfileRule, DockerfileRuleContext } from './rule';
import { parseRunScripts, posixShellByInstruction, type RunScripts } from './scripts';
import { beginWalk, endWalk } from '../engine/lint-cache';

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
 * What one file's rules share, built on first use: the parsed RUN scripts, the shell each RUN runs
 * under and the stage of each instruction. Methods on one object rather than closures per file.
 */
class FileFacts {
  private posix: Map<Instruction, boolean> | undefined;
  private readonly scriptCache = new Map<Instruction, RunScripts | undefined>();
  constructor(
    private readonly dockerfile: Dockerfile,
    private readonly text: string,
  ) {}
  scripts(instruction: Instruction): RunScripts | undefined {
    if (instruction.keyword !== 'RUN') return undefined;
    const cache = this.scriptCache;
    let found = cache.get(instruction);
    if (found === undefined && !cache.has(instruction)) {
      this.posix ??= posixShellByInstruction(this.dockerfile, pragmaShell(this.text));
      found = parseRunScripts(instruction, this.posix.get(instruction) ?? true);
      cache.set(instruction, found);
    }
    return found;
  }
  /**
   * The stage whose instructions include `instruction` (its FROM included; an ONBUILD's inner
   * instruction belongs to the ONBUILD's stage). Stages are in source order and own everything up
   * to the next FROM, so a binary search on offsets finds it without a map of every instruction.
   */
  stageOf(instruction: Instruction): Stage | undefined {
    const stages = this.dockerfile.stages;
    let low = 0;
    let high = stages.length - 1;
    let found: Stage | undefined;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const stage = stages[mid] as Stage;
      if (stage.from.start <= instruction.start) {
        found = stage;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found;
  }
}

/**
 * A rule's context: the engine's context plus the parsed file. A small class rather than
 * `Object.create(base)` per rule: ~100 rules run per keystroke and prototype-chained objects
 * made up of different shapes are slow to create and to read from.
 */
class DockerfileContext extends ForwardingContext implements DockerfileRuleContext {
  constructor(
    base: RuleContext,
    readonly dockerfile: Dockerfile,
    readonly options: DockerfileOptions,
    private readonly facts: FileFacts,
    private readonly files: RepoFileAccess | undefined,
  ) {
    super(base);
  }
  scripts(instruction: Instruction): RunScripts | undefined {
    return this.facts.scripts(instruction);
  }
  stageOf(instruction: Instruction): Stage | undefined {
    return this.facts.stageOf(instruction);
  }
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
}

/** The context of a rule listed in `shippedStagesOnly`: findings in stages that do not ship (builders) are dropped. */
class ShippedOnlyContext extends DockerfileContext {
  constructor(
    base: RuleContext,
    dockerfile: Dockerfile,
    options: DockerfileOptions,
    facts: FileFacts,
    files: RepoFileAccess | undefined,
    private readonly shipped: (line: number) => boolean,
  ) {
    super(base, dockerfile, options, facts, files);
  }
  override report(input: ReportInput): void {
    if (this.shipped(input.range.start.line)) this.base.report(input);
  }
}

/** How rules reach other files of the repository: the document's reader and its own root-relative path. */
export type RepoFileAccess = Pick<LintDocument, 'readRepoFile' | 'repoPath' | 'imageMetadata'>;

/**
 * Which rule runs which hook, as indexes into the rule list, computed once per list. The engine
 * keeps one list per config (engine/lint.ts), so this is built once per config, not per keystroke.
 */
interface Dispatch {
  readonly onFile: readonly number[];
  readonly onStage: readonly number[];
  /** Every rule with `onInstruction`, in rule order (the ONBUILD path walks it). */
  readonly onInstruction: readonly number[];
  /** Per declared keyword: the rules that declare it plus the undeclared ones, in rule order. */
  readonly byKeyword: ReadonlyMap<string, readonly number[]>;
  /** For any other keyword (and unknown ones): the undeclared rules only. */
  readonly undeclared: readonly number[];
}

const dispatchByRules = new WeakMap<readonly DockerfileRule[], Dispatch>();

/** Whether the walk calls `rule.onInstruction` for an instruction with this keyword. */
export function handlesKeyword(rule: DockerfileRule, keyword: string): boolean {
  return rule.onInstruction !== undefined && (rule.instructions === undefined || rule.instructions.includes(keyword));
}

function dispatchFor(rules: readonly DockerfileRule[]): Dispatch {
  let dispatch = dispatchByRules.get(rules);
  if (dispatch) return dispatch;
  const onFile: number[] = [];
  const onStage: number[] = [];
  const onInstruction: number[] = [];
  const undeclared: number[] = [];
  const keywords = new Set<string>();
  rules.forEach((rule, i) => {
    if (rule.onFile) onFile.push(i);
    if (rule.onStage) onStage.push(i);
    if (!rule.onInstruction) return;
    onInstruction.push(i);
    if (rule.instructions === undefined) undeclared.push(i);
    else for (const keyword of rule.instructions) keywords.add(keyword);
  });
  const byKeyword = new Map<string, number[]>();
  for (const keyword of keywords) {
    byKeyword.set(
      keyword,
      onInstruction.filter((i) => {
        const rule = rules[i];
        return rule !== undefined && handlesKeyword(rule, keyword);
      }),
    );
  }
  dispatch = { onFile, onStage, onInstruction, byKeyword, undeclared };
  dispatchByRules.set(rules, dispatch);
  return dispatch;
}

const NO_SHIPPED_ONLY: ReadonlySet<string> = new Set();
const shippedOnlyByOptions = new WeakMap<DockerfileOptions, ReadonlySet<string>>();

/** `shippedStagesOnly`, lower-cased, once per options object (one per config). */
function shippedOnlyIds(options: DockerfileOptions): ReadonlySet<string> {
  if (options.shippedStagesOnly.length === 0) return NO_SHIPPED_ONLY;
  let ids = shippedOnlyByOptions.get(options);
  if (!ids) {
    ids = new Set(options.shippedStagesOnly.map((id) => id.toLowerCase()));
    shippedOnlyByOptions.set(options, ids);
  }
  return ids;
}

export function lintDockerfile(
  text: string,
  rules: readonly DockerfileRule[],
  contextFor: (rule: RuleMeta) => RuleContext,
  options: DockerfileOptions,
  files?: RepoFileAccess,
): void {
  if (rules.length === 0) return;
  beginWalk();
  try {
    walk(text, rules, contextFor, options, files);
  } finally {
    endWalk();
  }
}

function walk(
  text: string,
  rules: readonly DockerfileRule[],
  contextFor: (rule: RuleMeta) => RuleContext,
  options: DockerfileOptions,
  files: RepoFileAccess | undefined,
): void {
  const dockerfile = parseDockerfile(text);
  const facts = new FileFacts(dockerfile, text);
  const dispatch = dispatchFor(rules);
  const shippedOnly = shippedOnlyIds(options);
  const shipped = shippedOnly.size ? shippedLines(dockerfile) : undefined;
  const contexts: DockerfileContext[] = [];
  for (const rule of rules) {
    const base = contextFor(rule);
    contexts.push(
      shipped && (shippedOnly.has(rule.id.toLowerCase()) || rule.aliases.some((id) => shippedOnly.has(id.toLowerCase())))
        ? new ShippedOnlyContext(base, dockerfile, options, facts, files, shipped)
        : new DockerfileContext(base, dockerfile, options, facts, files),
    );
  }
  // Indexed loops, not `for…of` over pairs: this walk runs ~50 hooks per instruction per keystroke.
  for (const i of dispatch.onFile) rules[i]?.onFile?.(dockerfile, contexts[i] as DockerfileContext);
  for (const stage of dockerfile.stages) for (const i of dispatch.onStage) rules[i]?.onStage?.(stage, contexts[i] as DockerfileContext);
  if (dispatch.onInstruction.length === 0) return;
  const instructions = dockerfile.instructions;
  for (let n = 0; n < instructions.length; n++) {
    const instruction = instructions[n] as Instruction;
    const inner = instruction.onbuild;
    if (inner) {
      // ONBUILD (rare): each rule sees the wrapper and then the wrapped instruction, as before.
      for (const i of dispatch.onInstruction) {
        const rule = rules[i] as DockerfileRule;
        const ctx = contexts[i] as DockerfileContext;
        if (handlesKeyword(rule, instruction.keyword)) rule.onInstruction?.(instruction, ctx);
        if (handlesKeyword(rule, inner.keyword)) rule.onInstruction?.(inner, ctx);
      }
      continue;
    }
    const list = dispatch.byKeyword.get(instruction.keyword) ?? dispatch.undeclared;
    for (let k = 0; k < list.length; k++) {
      const i = list[k] as number;
      (rules[i] as DockerfileRule).onInstruction?.(instruction, contexts[i] as DockerfileContext);
    }
  }
}

/** A Dockerfile rule: metadata plus hooks the engine calls during one walk of the file. */
import type { RuleContext } from '../engine/context';
import type { RuleMeta } from '../engine/rule';
import type { DockerfileOptions } from '../engine/config';
import type { LintDocument } from '../engine/types';
import type { Dockerfile, Instruction, Stage } from './model';
import type { RunScripts } from './scripts';

export interface DockerfileRuleContext extends RuleContext {
  readonly dockerfile: Dockerfile;
  /** Settings the Dockerfile rules read (trusted registries, label schema…). */
  readonly options: DockerfileOptions;
  /**
   * The parsed shell commands of a RUN (shell form, exec form, heredoc bodies), parsed once per
   * file and shared by all rules; undefined for other instructions and non-POSIX shells.
   */
  scripts(instruction: Instruction): RunScripts | undefined;
  /** The stage an instruction belongs to (undefined before the first FROM). */
  stageOf(instruction: Instruction): Stage | undefined;
  /**
   * Reads another file of the repository by its root-relative path (a `.dockerignore`); undefined
   * when it does not exist or the front end cannot read files.
   */
  readRepoFile(relativePath: string): string | undefined;
  /** The Dockerfile's own path relative to that root (`docker/Dockerfile`), when the front end knows it. */
  readonly repoPath: string | undefined;
  /** Registry metadata of a base image, when the front end fetched it (see LintDocument.imageMetadata). */
  readonly imageMetadata: LintDocument['imageMetadata'];
}

export interface DockerfileRule extends RuleMeta {
  readonly category: 'dockerfile';
  /**
   * The upper-cased keywords `onInstruction` handles (`['RUN']`). The walk then calls the hook
   * only for those instructions (an ONBUILD's inner instruction included, by its own keyword):
   * most rules look at one or two keywords, and calling ~50 hooks on every instruction only for
   * them to return was a sixth of the lint time. Without it, the hook sees every instruction.
   */
  readonly instructions?: readonly string[];
  onFile?(dockerfile: Dockerfile, ctx: DockerfileRuleContext): void;
  onStage?(stage: Stage, ctx: DockerfileRuleContext): void;
  /**
   * Called for every instruction (or only those of `instructions`), and again for the instruction
   * an `ONBUILD` wraps.
   */
  onInstruction?(instruction: Instruction, ctx: DockerfileRuleContext): void;
}

export function defineDockerfileRule(rule: Omit<DockerfileRule, 'category'>): DockerfileRule {
  return { ...rule, category: 'dockerfile' };
}

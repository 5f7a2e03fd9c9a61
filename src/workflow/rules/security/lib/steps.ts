/** Facts about steps and jobs that several security rules need: shells, envs, inputs, refs. */
import { WalkCache } from '../../../../engine/lint-cache';
import type { JobModel, StepModel, WorkflowModel } from '../../../model';
import { parseUses, type UsesRef } from '../../../uses';
import { deref, listOf, mapOf, pairOf, scalarOf, type YMap, type YNode, type YScalar } from '../../../yaml/node';

/** `bash -e {0}` → `bash`, `/usr/bin/pwsh` → `pwsh`, `C:\\…\\powershell.exe` → `powershell`. */
export function normalizeShell(shell: string): string {
  const first = shell.trim().split(/\s+/)[0] ?? '';
  const base = first.split(/[\\/]/).pop() ?? first;
  return base.replace(/\.exe$/i, '').toLowerCase();
}

function defaultRunShell(node: YNode | undefined): string | undefined {
  const shell = scalarOf(mapOf(node, 'run'), 'shell');
  return shell && shell.typed !== null ? shell.value : undefined;
}

/** The shell GitHub's hosted and self-hosted runners use when a step names none. */
function runnerShell(job: JobModel): string | undefined {
  const runsOn = deref(job.runsOn);
  if (!runsOn) return undefined;
  let labelsNode: YNode | undefined = runsOn;
  if (runsOn.kind === 'map') labelsNode = deref(pairOf(runsOn, 'labels')?.value);
  for (const item of listOf(labelsNode)) {
    const label = deref(item);
    if (label?.kind !== 'scalar' || label.value.includes('${{')) continue;
    const value = label.value;
    if (value === 'linux' || value === 'macOS') return 'bash';
    if (value === 'windows') return 'pwsh';
    const lower = value.toLowerCase();
    if (lower.includes('ubuntu-') || lower.includes('macos')) return 'bash';
    if (lower.includes('windows-')) return 'pwsh';
  }
  return undefined;
}

/**
 * The shell a `run:` step executes with, normalised: its `shell:`, the job's or workflow's
 * `defaults.run.shell`, or the runner's default. Undefined when it cannot be known statically.
 */
export function stepShell(step: StepModel, model: WorkflowModel): string | undefined {
  if (step.shell && step.shell.typed !== null) {
    return step.shell.value.includes('${{') ? undefined : normalizeShell(step.shell.value);
  }
  const job = step.job;
  if (!job) return undefined;
  const fromDefaults = defaultRunShell(mapOf(job.node, 'defaults')) ?? defaultRunShell(model.defaults);
  if (fromDefaults !== undefined) return fromDefaults.includes('${{') ? undefined : normalizeShell(fromDefaults);
  return runnerShell(job);
}

/** The value node of `with.<name>` (case-sensitive, as GitHub reads inputs). */
export function withInput(step: StepModel, name: string): YScalar | undefined {
  return scalarOf(step.with, name);
}

/** True when `key:` holds an expression instead of a mapping (`with: ${{ fromJSON(x) }}`). */
export function isExpressionValue(map: YNode | undefined, key: string): YScalar | undefined {
  const v = deref(pairOf(map, key)?.value);
  return v?.kind === 'scalar' && v.value.includes('${{') ? v : undefined;
}

/** Parsed `uses:` per scalar, so the rules that read the same step parse it once. */
const usesCache = new WalkCache<YScalar, UsesRef>();
export function usesOf(scalar: YScalar | undefined): UsesRef | undefined {
  if (!scalar) return undefined;
  let parsed = usesCache.get(scalar);
  if (!parsed) {
    parsed = parseUses(scalar.value);
    usesCache.set(scalar, parsed);
  }
  return parsed;
}

/**
 * A version-like ref (`v4`, `v4.2.1`, `4.2`) as numbers, or undefined (branches, SHAs).
 */
export function refVersion(ref: string | undefined): number[] | undefined {
  if (!ref) return undefined;
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(ref);
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
}

/** The `env:` maps a step sees, nearest first; `'expr'` stands for an env that is an expression. */
export function envChain(step: StepModel, model: WorkflowModel): Array<YMap | 'expr'> {
  const chain: Array<YMap | 'expr'> = [];
  const add = (owner: YNode | undefined, map: YMap | undefined) => {
    if (map) chain.push(map);
    else if (isExpressionValue(owner, 'env')) chain.push('expr');
  };
  add(step.node, step.env);
  if (step.job) {
    add(step.job.node, step.job.env);
    add(model.root, model.env);
  }
  return chain;
}

/** The job's `environment:` (a name, or a mapping with `name:`), if any. */
export function jobEnvironment(job: JobModel): YNode | undefined {
  return deref(pairOf(job.node, 'environment')?.value);
}

/** Column (0-based) of an offset: the indentation a sibling key must use. */
export function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

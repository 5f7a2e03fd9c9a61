/**
 * Output names of what a step or job calls in the same repository: a local action's `outputs:`
 * (`steps.<id>.outputs.*`) and a local reusable workflow's `on.workflow_call.outputs`
 * (`needs.<job>.outputs.*`). Parsed once per distinct file text; undefined whenever the file cannot
 * be read or understood, and then any output name is accepted.
 */
import { parseWorkflow } from '../../lint-workflow';
import type { WorkflowRuleContext } from '../../rule';
import { mapOf } from '../../yaml/node';

const byText = new Map<string, readonly string[] | null>();

function cached(text: string, read: () => readonly string[] | null): readonly string[] | null {
  let names = byText.get(text);
  if (names === undefined) {
    names = read();
    // Bounded: a session touches few callee files, but each keystroke in one is a new text.
    if (byText.size > 64) byText.clear();
    byText.set(text, names);
  }
  return names;
}

/** `uses: ./path` → the action's output names (lower case). */
export function localActionOutputs(uses: string, ctx: WorkflowRuleContext): readonly string[] | undefined {
  const dir = uses.trim().replace(/^\.\//, '').replace(/\/+$/, '');
  const prefix = dir === '' || dir === '.' ? '' : `${dir}/`;
  const text = ctx.readRepoFile(`${prefix}action.yml`) ?? ctx.readRepoFile(`${prefix}action.yaml`);
  if (text === undefined) return undefined;
  const names = cached(text, () => {
    const { model } = parseWorkflow(text, 'action');
    if (!model?.root || !model.action) return null;
    return (model.action.outputs?.pairs ?? []).map((p) => p.key.value.toLowerCase());
  });
  return names ?? undefined;
}

/** `uses: ./.github/workflows/x.yml` → its workflow_call output names (lower case). */
export function reusableWorkflowOutputs(uses: string, ctx: WorkflowRuleContext): readonly string[] | undefined {
  const path = uses.trim();
  if (!path.startsWith('./') || path.includes('@') || path.includes('${{')) return undefined;
  const text = ctx.readRepoFile(path.slice(2));
  if (text === undefined) return undefined;
  const names = cached(`workflow\u0000${text}`, () => {
    const { model } = parseWorkflow(text, 'workflow');
    const call = model?.events.find((e) => e.name === 'workflow_call');
    if (!call) return null;
    return (mapOf(call.config, 'outputs')?.pairs ?? []).map((p) => p.key.value.toLowerCase());
  });
  return names ?? undefined;
}

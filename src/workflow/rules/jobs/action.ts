/**
 * action: a step's `uses:` that GitHub cannot resolve, or `with:` inputs the action does not take.
 * A malformed `uses:` fails the whole run at startup; an unknown input is only a runtime warning and
 * is then ignored, so a typo (`keys:` for `key:`) silently changes what the step does. Inputs are
 * checked against a bundled table of popular actions (per major version) and against the action.yml
 * of local actions (`./path`). Composite action steps are checked the same way.
 */
import { didYouMean } from '../../actions/closest';
import { localAction } from '../../actions/metadata';
import { deprecationApplies, popularAction, versionOf, versionOfPinComment, type ActionInputs } from '../../actions/popular-actions';
import type { StepModel } from '../../model';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import type { YScalar } from '../../yaml/node';

const FORMATS = 'owner/repo@ref, owner/repo/path@ref, ./path/to/action or docker://image';

function invalid(uses: YScalar, ctx: WorkflowRuleContext, why: string): void {
  ctx.report({ range: ctx.nodeRange(uses), message: `Action "${uses.value.trim()}" is malformed (${why}): write ${FORMATS}.` });
}

function checkDocker(uses: YScalar, ctx: WorkflowRuleContext): void {
  const image = uses.value.trim().slice('docker://'.length);
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  if (image === '' || lastSegment === '') invalid(uses, ctx, 'no image name');
  else if (/\s/.test(image)) invalid(uses, ctx, 'spaces in the image reference');
  else if (lastSegment.endsWith(':') && !lastSegment.includes('@')) invalid(uses, ctx, 'an empty tag after ":"');
  else if (image.endsWith('@')) invalid(uses, ctx, 'an empty digest after "@"');
}

/** The version a step is pinned to: its ref, or for a SHA the `# v4.2.2` comment after it. */
function versionFor(uses: YScalar, ref: string, text: string): number[] | undefined {
  const version = versionOf(ref);
  if (version !== undefined) return version;
  const lineEnd = text.indexOf('\n', uses.end);
  return versionOfPinComment(text.slice(uses.end, lineEnd < 0 ? text.length : lineEnd).replace(/^["']/, ''));
}

/** `what` at the start of a sentence ("the local action …"; slugs keep their case). */
function capitalized(what: string): string {
  return what.startsWith('the ') ? `The ${what.slice(4)}` : what;
}

function checkInputs(
  step: StepModel,
  uses: YScalar,
  meta: ActionInputs,
  what: string,
  version: readonly number[] | undefined,
  versionKnown: boolean,
  ctx: WorkflowRuleContext,
): void {
  // Without a version the inputs are the union of every known major: a finding is still likely right.
  const confidence = versionKnown ? 'high' : 'medium';
  const passed = new Set<string>();
  for (const pair of step.with?.pairs ?? []) {
    const lower = pair.key.value.toLowerCase();
    passed.add(lower);
    const input = meta.inputs.get(lower);
    if (input) {
      if (input.deprecated !== undefined && deprecationApplies(input, version))
        ctx.report({
          range: ctx.nodeRange(pair.key),
          message: `Input "${pair.key.value}" of ${what} is deprecated: ${input.deprecated.replace(/\s+/g, ' ').replace(/[.\s]+$/, '')}.`,
          severity: 'info',
          confidence,
          tags: ['deprecated'],
        });
      continue;
    }
    if (meta.prefixes.some((p) => lower.startsWith(p))) continue;
    if (meta.docker && (lower === 'args' || lower === 'entrypoint')) continue;
    const names = [...meta.inputs.values()].map((i) => i.name);
    const hint = didYouMean(pair.key.value, names);
    ctx.report({
      range: ctx.nodeRange(pair.key),
      message: `${capitalized(what)} has no input "${pair.key.value}", so GitHub ignores it${hint ? `: ${hint}` : names.length > 0 ? `: its inputs are ${names.map((n) => `"${n}"`).join(', ')}.` : ': it takes no inputs.'}`,
      severity: 'warning',
      confidence,
    });
  }
  for (const input of meta.inputs.values()) {
    if (!input.required || passed.has(input.name.toLowerCase())) continue;
    ctx.report({
      range: ctx.nodeRange(uses),
      message: `${capitalized(what)} requires input "${input.name}", which this step does not pass: add it under with:.`,
      confidence,
    });
  }
}

function checkLocal(step: StepModel, uses: YScalar, ctx: WorkflowRuleContext): void {
  const dir = uses.value.trim().replace(/^\.\//, '').replace(/\/+$/, '');
  const prefix = dir === '' || dir === '.' ? '' : `${dir}/`;
  const text = ctx.readRepoFile(`${prefix}action.yml`) ?? ctx.readRepoFile(`${prefix}action.yaml`);
  if (text === undefined) return;
  const meta = localAction(text);
  if (!meta) return;
  checkInputs(step, uses, meta, `the local action "${uses.value.trim()}"${meta.name ? ` (${meta.name})` : ''}`, undefined, true, ctx);
}

function check(step: StepModel, ctx: WorkflowRuleContext): void {
  const uses = step.uses;
  if (!uses) return;
  const value = uses.value.trim();
  if (value === '' || value.includes('${{')) return;
  if (value.startsWith('docker://')) return checkDocker(uses, ctx);
  if (value.startsWith('./')) return checkLocal(step, uses, ctx);
  if (value.startsWith('.') || value.startsWith('/')) return invalid(uses, ctx, 'a local action path must start with "./"');
  const at = value.indexOf('@');
  if (at < 0) return invalid(uses, ctx, 'no @ref');
  const slug = value.slice(0, at);
  const ref = value.slice(at + 1);
  const slash = slug.indexOf('/');
  if (slash < 0) return invalid(uses, ctx, 'no owner');
  const owner = slug.slice(0, slash);
  const repo = slug.slice(slash + 1).split('/')[0] ?? '';
  if (owner === '' || repo === '' || ref === '')
    return invalid(uses, ctx, `an empty ${owner === '' ? 'owner' : repo === '' ? 'repository' : 'ref'}`);
  if (/\s/.test(value)) return invalid(uses, ctx, 'spaces in the reference');
  const version = versionFor(uses, ref, ctx.text);
  const match = popularAction(slug.replace(/\/+$/, ''), version?.[0]);
  if (!match) return;
  // A SHA reads better shortened; the version that decided the inputs is in the pin comment anyway.
  const shown = /^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 12) : ref;
  checkInputs(step, uses, match.metadata, `${slug}@${shown}`, version, match.versionKnown, ctx);
}

export const action = defineWorkflowRule({
  id: 'action',
  name: 'action',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A step `uses:` is malformed, or its `with:` inputs do not match the action (unknown, missing required, deprecated).',
  fix: 'none',
  onStep(step, ctx) {
    check(step, ctx);
  },
});

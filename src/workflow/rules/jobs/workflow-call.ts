/**
 * workflow-call: a job that calls a reusable workflow wrongly. GitHub accepts only
 * `owner/repo/.github/workflows/file.yml@ref` or `./.github/workflows/file.yml` (a local call has
 * no ref: it always runs the caller's own commit). For a local call Drydock also reads the called
 * file and checks what it declares under `on.workflow_call`: that it is callable at all, that every
 * required input and secret is passed, that nothing undeclared is passed, and that literal input
 * values have the declared type. GitHub checks all of this only when the run starts.
 */
import { didYouMean } from '../../actions/closest';
import { calledWorkflow, type WorkflowCallInput } from '../../actions/metadata';
import type { JobModel } from '../../model';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import { deref, type YScalar } from '../../yaml/node';

const REUSABLE_PATH = /^\.github\/workflows\/[^/]+\.ya?ml$/;

/** Checks the `uses:` format; returns the repository-relative path of a well-formed local call. */
function checkFormat(uses: YScalar, ctx: WorkflowRuleContext): string | undefined {
  const value = uses.value.trim();
  const range = ctx.nodeRange(uses);
  if (value.startsWith('./')) {
    const at = value.indexOf('@');
    if (at >= 0) {
      ctx.report({
        range,
        message: `Local reusable workflow "${value}" carries a ref, which GitHub rejects (a local call runs the caller's own commit): remove "${value.slice(at)}".`,
      });
      return undefined;
    }
    const path = value.slice(2);
    if (!REUSABLE_PATH.test(path)) {
      ctx.report({
        range,
        message: `Reusable workflow "${value}" is not a .yml or .yaml file directly in .github/workflows, where GitHub requires reusable workflows to be: move it there.`,
      });
      return undefined;
    }
    return path;
  }
  if (value.startsWith('.') || value.startsWith('/')) {
    ctx.report({
      range,
      message: `Reusable workflow "${value}" is neither "./.github/workflows/file.yml" nor "owner/repo/.github/workflows/file.yml@ref": start a local path with "./".`,
    });
    return undefined;
  }
  const at = value.indexOf('@');
  const slug = at < 0 ? value : value.slice(0, at);
  const ref = at < 0 ? '' : value.slice(at + 1);
  const parts = slug.split('/');
  const [owner = '', repo = ''] = parts;
  const path = parts.slice(2).join('/');
  if (owner === '' || repo === '' || path === '') {
    ctx.report({
      range,
      message: `"${value}" is not a reusable workflow call (owner/repo/.github/workflows/file.yml@ref); to run an action, use it in a step instead.`,
    });
    return undefined;
  }
  if (ref === '') {
    ctx.report({ range, message: `Reusable workflow "${slug}" has no ref: add @ and a tag, branch or commit SHA.` });
    return undefined;
  }
  if (!REUSABLE_PATH.test(path)) {
    ctx.report({
      range,
      message: `"${path}" is not a .yml or .yaml file directly in .github/workflows, where GitHub requires reusable workflows to be: fix the path.`,
    });
  }
  return undefined;
}

/** Whether a literal `with:` value fits the input's declared type; expressions are not judged here. */
function typeError(input: WorkflowCallInput, value: YScalar): string | undefined {
  if (value.value.includes('${{') || input.type === 'other') return undefined;
  const typed = value.typed;
  const quoted = value.style !== 'plain';
  const shown =
    typed === null && !quoted ? 'null' : typeof typed === 'string' ? 'a string' : typeof typed === 'boolean' ? 'a boolean' : 'a number';
  switch (input.type) {
    case 'boolean':
      return typeof typed === 'boolean' ? undefined : shown;
    case 'number':
      if (typeof typed === 'number') return undefined;
      // A quoted number still converts; a word or a boolean does not.
      return typeof typed === 'string' && typed.trim() !== '' && Number.isFinite(Number(typed)) ? undefined : shown;
    case 'string':
      return typed === null && !quoted ? shown : undefined;
  }
}

function check(job: JobModel, ctx: WorkflowRuleContext): void {
  const uses = job.uses;
  if (!uses || uses.value.trim() === '' || uses.value.includes('${{')) return;
  const path = checkFormat(uses, ctx);
  if (path === undefined) return;
  const text = ctx.readRepoFile(path);
  if (text === undefined) return;
  const callee = calledWorkflow(text);
  const name = uses.value.trim();
  const usesRange = ctx.nodeRange(uses);
  if (callee.kind === 'unparsable') {
    ctx.report({
      range: usesRange,
      message: `Reusable workflow "${name}" could not be parsed as a workflow: fix the errors shown in that file.`,
      severity: 'warning',
    });
    return;
  }
  if (callee.kind === 'not-callable') {
    ctx.report({
      range: usesRange,
      message: `"${name}" does not trigger on workflow_call, so it cannot be called: add workflow_call to its on: section.`,
    });
    return;
  }
  const passedInputs = new Map<string, YScalar>();
  for (const pair of job.with?.pairs ?? []) {
    const lower = pair.key.value.toLowerCase();
    passedInputs.set(lower, pair.key);
    const input = callee.inputs.get(lower);
    if (!input) {
      const names = [...callee.inputs.values()].map((i) => i.name);
      const hint = didYouMean(pair.key.value, names);
      ctx.report({
        range: ctx.nodeRange(pair.key),
        message: `Input "${pair.key.value}" is not declared by "${name}"${hint ? `: ${hint}` : names.length > 0 ? `: its inputs are ${names.map((n) => `"${n}"`).join(', ')}.` : ', which declares no inputs: remove it.'}`,
      });
      continue;
    }
    const value = deref(pair.value);
    const shown = value?.kind === 'scalar' ? typeError(input, value) : undefined;
    if (shown !== undefined && value)
      ctx.report({
        range: ctx.nodeRange(value),
        message: `Input "${input.name}" of "${name}" is a ${input.type}, but ${shown} is passed: pass a ${input.type}${shown === 'null' ? " (write ${{ 'null' }} for the text null)" : ''}.`,
      });
  }
  for (const input of callee.inputs.values()) {
    if (input.required && !passedInputs.has(input.name.toLowerCase()))
      ctx.report({
        range: usesRange,
        message: `"${name}" requires input "${input.name}", which this job does not pass: add it under with:.`,
      });
  }
  const secrets = deref(job.secrets);
  if (secrets?.kind === 'scalar' && secrets.value === 'inherit') return;
  const passedSecrets = new Set<string>();
  if (secrets?.kind === 'map') {
    for (const pair of secrets.pairs) {
      const lower = pair.key.value.toLowerCase();
      passedSecrets.add(lower);
      if (callee.secrets.has(lower)) continue;
      const names = [...callee.secrets.values()].map((s) => s.name);
      const hint = didYouMean(pair.key.value, names);
      ctx.report({
        range: ctx.nodeRange(pair.key),
        message: `Secret "${pair.key.value}" is not declared by "${name}"${hint ? `: ${hint}` : names.length > 0 ? `: its secrets are ${names.map((n) => `"${n}"`).join(', ')}.` : ', which declares no secrets: remove it.'}`,
      });
    }
  }
  for (const secret of callee.secrets.values()) {
    if (secret.required && !passedSecrets.has(secret.name.toLowerCase()))
      ctx.report({
        range: usesRange,
        message: `"${name}" requires secret "${secret.name}", which this job does not pass: add it under secrets:, or use secrets: inherit.`,
      });
  }
}

export const workflowCall = defineWorkflowRule({
  id: 'workflow-call',
  name: 'workflow-call',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary:
    'A reusable workflow call has a malformed `uses:`, or passes inputs and secrets the called workflow does not declare or require.',
  fix: 'none',
  onJob(job, ctx) {
    check(job, ctx);
  },
});

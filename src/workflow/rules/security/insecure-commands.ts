/**
 * insecure-commands: `ACTIONS_ALLOW_UNSECURE_COMMANDS` set to true at workflow, job or step level.
 * It re-enables the `::set-env::` and `::add-path::` workflow commands GitHub disabled in 2020:
 * any process that can print to the log (a test, a dependency, a file being `cat`-ed) can then set
 * environment variables such as `LD_PRELOAD` or `NODE_OPTIONS` for every later step.
 */
import type { StepModel } from '../../model';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import { deref, type YMap, type YNode, type YPair } from '../../yaml/node';
import { isExpressionValue } from './lib/steps';

const NAME = 'ACTIONS_ALLOW_UNSECURE_COMMANDS';

/** GitHub reads the variable as a C#-style boolean: "true" in any case. */
function enables(pair: YPair): boolean {
  const value = deref(pair.value);
  return value?.kind === 'scalar' && value.value.trim().toLowerCase() === 'true';
}

function removal(env: YMap, pair: YPair, ctx: WorkflowRuleContext) {
  // The variable's whole line goes; when it is the only entry, the `env:` mapping stays empty-safe
  // only in block style, so a lone flow-style entry is not fixed.
  if (env.flow) return undefined;
  const lineStart = ctx.text.lastIndexOf('\n', pair.start - 1) + 1;
  if (ctx.text.slice(lineStart, pair.start).trim() !== '' || env.pairs.length === 1) return undefined;
  const nl = ctx.text.indexOf('\n', pair.end);
  const lineEnd = nl < 0 ? ctx.text.length : nl + 1;
  if (
    ctx.text
      .slice(pair.end, nl < 0 ? undefined : nl)
      .replace(/#.*$/, '')
      .trim() !== ''
  )
    return undefined;
  return { title: `Remove ${NAME}`, applicability: 'unsafe' as const, edits: [{ range: ctx.rangeOf(lineStart, lineEnd), newText: '' }] };
}

function check(owner: YNode | undefined, env: YMap | undefined, ctx: WorkflowRuleContext): void {
  const dynamic = isExpressionValue(owner, 'env');
  if (dynamic) {
    if (ctx.shows('auditor'))
      ctx.report({
        range: ctx.nodeRange(dynamic),
        message: `This env: comes from an expression and may set ${NAME}: write the variables out.`,
        confidence: 'low',
      });
    return;
  }
  const pair = env?.pairs.find((p) => p.key.value === NAME);
  if (!env || !pair || !enables(pair)) return;
  const fix = removal(env, pair, ctx);
  ctx.report({
    range: ctx.rangeOf(pair.key.start, pair.end),
    message: `${NAME} re-enables the ::set-env:: and ::add-path:: commands, letting anything that prints to the log change later steps' environment: remove it and write to $GITHUB_ENV / $GITHUB_PATH instead.`,
    ...(fix ? { fixes: [fix] } : {}),
  });
}

function checkStep(step: StepModel, ctx: WorkflowRuleContext): void {
  // Only `run:` steps execute commands whose output the runner parses for workflow commands.
  if (step.run) check(step.node, step.env, ctx);
}

export const insecureCommands = defineWorkflowRule({
  id: 'insecure-commands',
  name: 'insecure-commands',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'ACTIONS_ALLOW_UNSECURE_COMMANDS re-enables the deprecated ::set-env:: and ::add-path:: commands.',
  fix: 'unsafe',
  onWorkflow(model, ctx) {
    check(model.root, model.env, ctx);
  },
  onJob(job, ctx) {
    if (!job.uses) check(job.node, job.env, ctx);
  },
  onStep: checkStep,
});

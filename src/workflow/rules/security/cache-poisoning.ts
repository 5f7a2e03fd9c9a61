/**
 * cache-poisoning: a release workflow (triggered by `release`, tag pushes or release branches, or
 * a job that runs a known publishing action) that restores a GitHub Actions cache. Any workflow
 * with a token for the repository, a pull request's included, can write cache entries that a
 * later run restores; in a release job that means attacker-chosen files inside shipped artifacts.
 */
import type { Fix } from '../../../engine/types';
import { parseExpression } from '../../expr/parse';
import type { Expr } from '../../expr/ast';
import type { EventModel, JobModel, StepModel, WorkflowModel } from '../../model';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import { deref, listOf, pairOf, scalarOf } from '../../yaml/node';
import { BOOLEAN, FREE, byOwner, coordinate, exact, field, firstUsage, type Control, type Coordinate } from './lib/coordinates';
import { accessOf } from './lib/expr-flow';
import { setInChildMap } from './lib/yaml-edit';

/** Actions that restore caches, and the input that turns their caching on or off (zizmor's list). */
const CACHE_AWARE = byOwner([
  coordinate('actions/cache', field('out', 'lookup-only', BOOLEAN, true)),
  coordinate('actions/setup-java', field('in', 'cache', FREE, false)),
  coordinate('actions/setup-go', field('in', 'cache', BOOLEAN, true)),
  coordinate('actions/setup-node', {
    kind: 'any',
    of: [field('in', 'cache', exact('npm', 'yarn', 'pnpm'), false), field('in', 'package-manager-cache', BOOLEAN, true)],
  }),
  coordinate('actions/setup-python', field('in', 'cache', FREE, false)),
  coordinate('actions/setup-dotnet', field('in', 'cache', BOOLEAN, false)),
  coordinate('astral-sh/setup-uv', {
    kind: 'any',
    of: [
      field('in', 'enable-cache', exact('true'), false),
      // Before v10, `enable-cache` defaulted to "auto", which caches on GitHub-hosted runners.
      { kind: 'all', of: [{ kind: 'version-below', major: 10 }, field('in', 'enable-cache', BOOLEAN, true)] },
    ],
  }),
  coordinate('Swatinem/rust-cache', field('out', 'lookup-only', BOOLEAN, true)),
  coordinate('ruby/setup-ruby', field('in', 'bundler-cache', BOOLEAN, false)),
  coordinate('PyO3/maturin-action', field('in', 'sccache', BOOLEAN, false)),
  coordinate('mlugg/setup-zig', field('in', 'use-cache', BOOLEAN, true)),
  coordinate('oven-sh/setup-bun', field('out', 'no-cache', BOOLEAN, true)),
  coordinate('DeterminateSystems/magic-nix-cache-action', field('in', 'use-gha-cache', BOOLEAN, true)),
  coordinate('graalvm/setup-graalvm', field('in', 'cache', FREE, false)),
  coordinate('gradle/actions/setup-gradle', field('out', 'cache-disabled', BOOLEAN, true)),
  coordinate('docker/setup-buildx-action', {
    kind: 'all',
    of: [field('in', 'cache-binary', BOOLEAN, true), field('in', 'version', FREE, false)],
  }),
  coordinate('actions-rust-lang/setup-rust-toolchain', field('in', 'cache', BOOLEAN, true)),
  coordinate('Mozilla-Actions/sccache-action'),
  coordinate('nix-community/cache-nix-action'),
  coordinate('jdx/mise-action', field('in', 'cache', BOOLEAN, true)),
  coordinate('ramsey/composer-install', field('out', 'ignore-cache', exact('yes', 'true', '1'), true)),
  coordinate('awalsh128/cache-apt-pkgs-action'),
]);

/** Actions whose presence marks a job as publishing what it builds. */
const PUBLISHERS = byOwner(
  [
    'pypa/gh-action-pypi-publish',
    'rubygems/release-gem',
    'jreleaser/release-action',
    'goreleaser/goreleaser-action',
    'softprops/action-gh-release',
    'release-drafter/release-drafter',
    'googleapis/release-please-action',
    'redhat-actions/push-to-registry',
    'aws-actions/amazon-ecs-deploy-task-definition',
    'aws-actions/aws-cloudformation-github-deploy',
    'Azure/aci-deploy',
    'Azure/container-apps-deploy-action',
    'Azure/functions-action',
    'Azure/sql-action',
    'cloudflare/wrangler-action',
    'google-github-actions/deploy-appengine',
    'google-github-actions/deploy-cloudrun',
    'google-github-actions/deploy-cloud-functions',
  ]
    .map((uses) => coordinate(uses))
    .concat([coordinate('docker/build-push-action', field('in', 'push', BOOLEAN, true))]),
);

type ReleaseTrigger = 'tag-push' | 'release-branch' | 'release';

function releaseTriggers(events: readonly EventModel[]): ReleaseTrigger[] {
  const triggers: ReleaseTrigger[] = [];
  for (const event of events) {
    if (event.name === 'release') triggers.push('release');
    if (event.name !== 'push' || event.config?.kind !== 'map') continue;
    if (pairOf(event.config, 'tags') || pairOf(event.config, 'tags-ignore')) triggers.push('tag-push');
    const branches = listOf(pairOf(event.config, 'branches')?.value);
    if (branches.some((b) => deref(b)?.kind === 'scalar' && (deref(b) as { value: string }).value.toLowerCase().includes('release')))
      triggers.push('release-branch');
  }
  return triggers;
}

/**
 * Evaluates the controlling input's expression for a tag push: `${{ true }}`,
 * `startsWith(github.ref, 'refs/tags/')`, `github.event_name == 'push' && github.ref_type == 'tag'`
 * and their negations. Undefined when the expression is none of those.
 */
function evalForTagPush(expr: Expr): boolean | undefined {
  if (expr.type === 'literal' && typeof expr.value === 'boolean') return expr.value;
  if (expr.type === 'not') {
    const inner = evalForTagPush(expr.operand);
    return inner === undefined ? undefined : !inner;
  }
  const isContext = (e: Expr | undefined, path: string) =>
    e !== undefined && (e.type === 'context' || e.type === 'property') && accessOf(e).pattern?.join('.') === path;
  const isString = (e: Expr | undefined, value: string) =>
    e?.type === 'literal' && typeof e.value === 'string' && e.value.toLowerCase() === value;
  if (expr.type === 'call' && expr.name.toLowerCase() === 'startswith')
    return isContext(expr.args[0], 'github.ref') && isString(expr.args[1], 'refs/tags/') ? true : undefined;
  if (expr.type === 'binary' && expr.op === '&&') {
    const sides = [expr.left, expr.right];
    const isEq = (e: Expr, path: string, value: string) =>
      e.type === 'binary' &&
      e.op === '==' &&
      ((isContext(e.left, path) && isString(e.right, value)) || (isContext(e.right, path) && isString(e.left, value)));
    if (sides.some((s) => isEq(s, 'github.event_name', 'push')) && sides.some((s) => isEq(s, 'github.ref_type', 'tag'))) return true;
  }
  return undefined;
}

/** zizmor's refinement of an expression-controlled cache in tag/release workflows. */
function refine(control: Control | undefined, step: StepModel, triggers: readonly ReleaseTrigger[]): boolean {
  if (!control || control.kind !== 'field' || control.type.kind !== 'boolean' || triggers.length === 0) return true;
  if (!triggers.every((t) => t === 'tag-push' || t === 'release')) return true;
  const raw = scalarOf(step.with, control.name)?.value.trim();
  if (!raw?.startsWith('${{') || !raw.endsWith('}}')) return true;
  const parsed = parseExpression(raw.slice(3, -2));
  const value = parsed.ok ? evalForTagPush(parsed.expr) : undefined;
  if (value === undefined) return true;
  return control.toggle === 'in' ? value : !value;
}

function disableFix(coord: Coordinate, step: StepModel, ctx: WorkflowRuleContext): Fix | undefined {
  const control = coord.control;
  if (!control || control.kind !== 'field' || control.type.kind !== 'boolean') return undefined;
  const value = control.toggle === 'out' ? 'true' : 'false';
  const title = `Set ${control.name}: ${value} to stop restoring the cache`;
  const current = scalarOf(step.with, control.name);
  if (current) return { title, applicability: 'unsafe', edits: [{ range: ctx.nodeRange(current), newText: value }] };
  const edit = setInChildMap(ctx, step.node, 'with', control.name, value);
  return edit ? { title, applicability: 'unsafe', edits: [edit] } : undefined;
}

function publisherOf(job: JobModel): StepModel | undefined {
  return job.steps.find((step) => firstUsage(PUBLISHERS, step) !== undefined);
}

function check(job: JobModel, model: WorkflowModel, ctx: WorkflowRuleContext): void {
  const triggers = releaseTriggers(model.events);
  const publisher = triggers.length === 0 ? publisherOf(job) : undefined;
  if (triggers.length === 0 && !publisher) return;
  const why =
    triggers.length > 0
      ? { message: 'a trigger usually used to publish release artifacts', range: ctx.nodeRange(model.on?.key ?? job.key) }
      : { message: 'artifacts are published here', range: ctx.nodeRange(publisher?.uses ?? job.key) };
  for (const step of job.steps) {
    if (!step.uses) continue;
    const found = firstUsage(CACHE_AWARE, step);
    if (!found) continue;
    if (found.how === 'maybe' && !refine(found.coord.control, step, triggers)) continue;
    const fix = disableFix(found.coord, step, ctx);
    const what =
      found.how === 'default' ? 'restores a cache by default' : found.how === 'maybe' ? 'may restore a cache' : 'restores a cache';
    ctx.report({
      range: ctx.nodeRange(step.uses),
      message: `${step.uses.value.split('@')[0] ?? step.uses.value} ${what} in a job that publishes release artifacts, where a poisoned cache entry ships to users: disable caching in this job.`,
      related: [why],
      ...(fix ? { fixes: [fix] } : {}),
    });
  }
}

export const cachePoisoning = defineWorkflowRule({
  id: 'cache-poisoning',
  name: 'cache-poisoning',
  aliases: [],
  severity: 'error',
  confidence: 'low',
  summary: 'A release or publishing job restores a GitHub Actions cache that other workflows can poison.',
  fix: 'unsafe',
  onJob(job, ctx) {
    if (!job.uses) check(job, ctx.model, ctx);
  },
});

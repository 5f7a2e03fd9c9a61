/**
 * unpinned-images: a job container, service container or Docker action image without a digest.
 * With no tag or `:latest`, each run may get a different image; with a tag (pedantic), whoever
 * controls the registry can still move it. A digest (`image@sha256:…`) is the only reference
 * that always names the same bytes.
 */
import type { Range, RelatedLocation } from '../../../engine/types';
import { parseSpan, findExpressions } from '../../expr/extract';
import type { JobModel } from '../../model';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import { deref, scalarOf, type YNode, type YScalar } from '../../yaml/node';
import { accessOf, valueLeaves } from './lib/expr-flow';
import { parseImage } from './lib/images';
import { matrixOf } from './lib/matrix';

function reportConcrete(image: string, range: Range, related: RelatedLocation[], ctx: WorkflowRuleContext): void {
  const ref = parseImage(image);
  if (ref.name === '' || ref.digest) return;
  if (ref.tag === undefined || ref.tag === 'latest') {
    ctx.report({
      range,
      message: `Container image "${image}" ${ref.tag === 'latest' ? 'is pinned to latest' : 'has no tag'}, so each run may get a different image: pin it to a digest (image@sha256:…).`,
      related,
    });
  } else if (ctx.shows('pedantic')) {
    ctx.report({
      range,
      message: `Container image "${image}" is pinned to a tag, which the registry can move: pin it to a digest (image@sha256:…).`,
      related,
    });
  }
}

function reportOpaque(range: Range, related: RelatedLocation[], ctx: WorkflowRuleContext): void {
  ctx.report({
    range,
    message: 'This container image comes from an expression and may be unpinned: pin the images it can name to digests.',
    confidence: 'low',
    related,
  });
}

function checkImage(node: YScalar, job: JobModel | undefined, ctx: WorkflowRuleContext): void {
  const raw = node.value.trim();
  const image = raw.startsWith('docker://') ? raw.slice('docker://'.length) : raw;
  if (image === '') return;
  const spans = findExpressions(ctx.text, node.valueStart, node.valueEnd);
  const only = spans[0];
  const whole = ctx.nodeRange(node);
  // Only a value that is one `${{ }}` is an expression; `name:${{ tag }}` reads as a tagged name.
  if (!only || spans.length !== 1 || !only.terminated || raw !== ctx.text.slice(only.start, only.end)) {
    reportConcrete(image, whole, [], ctx);
    return;
  }
  const parsed = parseSpan(only);
  if (!parsed.ok) {
    reportOpaque(whole, [], ctx);
    return;
  }
  const leaves = valueLeaves(parsed.expr);
  for (const leaf of leaves) {
    const range = leaves.length === 1 ? whole : ctx.rangeOf(leaf.start, leaf.end);
    if (leaf.type === 'literal') {
      if (typeof leaf.value === 'string' && leaf.value !== '') reportConcrete(leaf.value, range, [], ctx);
      continue;
    }
    const access =
      leaf.type === 'context' || leaf.type === 'property' || leaf.type === 'index' || leaf.type === 'star' ? accessOf(leaf) : undefined;
    if (access?.root !== 'matrix' || !access.pattern) {
      reportOpaque(range, [], ctx);
      continue;
    }
    // Expand `matrix.image` into the images the matrix lists.
    const matrix = matrixOf(job);
    if (!matrix) continue;
    const path = access.pattern.join('.');
    for (const v of matrix.values) {
      if (v.path !== path) continue;
      const related = [
        { message: 'this matrix', range: ctx.nodeRange(matrix.key) },
        { message: `this expansion of ${v.path}`, range: ctx.nodeRange(v.node) },
      ];
      if (v.dynamic) reportOpaque(range, related, ctx);
      else reportConcrete(v.value, range, related, ctx);
    }
  }
}

function imageOf(container: YNode | undefined): YScalar | undefined {
  const c = deref(container);
  if (c?.kind === 'scalar') return c.typed === null ? undefined : c;
  return c?.kind === 'map' ? scalarOf(c, 'image') : undefined;
}

export const unpinnedImages = defineWorkflowRule({
  id: 'unpinned-images',
  name: 'unpinned-images',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A container, service or Docker action image is not pinned to a digest.',
  fix: 'none',
  onJob(job, ctx) {
    if (job.uses) return;
    const container = imageOf(job.container);
    if (container) checkImage(container, job, ctx);
    for (const service of job.services?.pairs ?? []) {
      const s = deref(service.value);
      // Services are mappings with an `image:`; a bare string is not a service GitHub accepts.
      const image = s?.kind === 'map' ? scalarOf(s, 'image') : undefined;
      if (image) checkImage(image, job, ctx);
    }
  },
  onAction(model, ctx) {
    const image = scalarOf(model.action?.runs, 'image');
    if (model.action?.using?.value !== 'docker' || !image || !image.value.trim().startsWith('docker://')) return;
    checkImage(image, undefined, ctx);
  },
});

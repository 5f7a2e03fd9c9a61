/**
 * events: triggers under `on:` that GitHub will not run as written: unknown event names and
 * activity types, filters an event does not have (`branches` on `issues`), `paths` with
 * `paths-ignore` (GitHub refuses both), `workflow_run` without `workflows`, invalid cron
 * expressions and time zones, schedules more frequent than GitHub runs them, and inconsistent
 * `workflow_dispatch` / `workflow_call` inputs and outputs. Most of these make GitHub reject the
 * file or silently never trigger the workflow.
 */
import type { EventModel } from '../../model';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import { parseCron } from '../../schema/cron';
import {
  CALL_INPUT_TYPES,
  DISPATCH_INPUT_TYPES,
  EVENT_NAMES,
  EVENTS,
  EVENTS_BY_FILTER,
  EXCLUSIVE_FILTERS,
  type EventFilter,
  type EventSpec,
} from '../../schema/events';
import { firstReport, hasExpression, isNull, scalarItems, spanOf } from '../../schema/scalars';
import { closest, quoteList } from '../../schema/suggest';
import { deref, pairOf, type YMap, type YNode, type YPair, type YScalar } from '../../yaml/node';

const FILTERS: ReadonlySet<string> = new Set<EventFilter>([
  'branches',
  'branches-ignore',
  'tags',
  'tags-ignore',
  'paths',
  'paths-ignore',
  'workflows',
  'names',
  'versions',
]);
const FLOAT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function at(ctx: WorkflowRuleContext, node: YNode, message: string, severity?: 'error' | 'warning'): void {
  if (!firstReport(ctx, node)) return; // a configuration shared through a YAML alias
  const [start, end] = spanOf(node);
  ctx.report({ range: ctx.rangeOf(start, end), message, ...(severity ? { severity } : {}) });
}

function mapOfNode(node: YNode | null | undefined): YMap | undefined {
  const n = deref(node);
  return n?.kind === 'map' ? n : undefined;
}

function scalarOfNode(node: YNode | null | undefined): YScalar | undefined {
  const n = deref(node);
  return n?.kind === 'scalar' && !isNull(n) ? n : undefined;
}

// --- webhook events ------------------------------------------------------------------------------

function checkTypes(event: EventModel, spec: EventSpec, types: YPair, ctx: WorkflowRuleContext): void {
  const allowed = spec.types;
  if (allowed === undefined) return; // repository_dispatch: any string
  const items = scalarItems(types.value);
  if (allowed.length === 0) {
    if (items.length > 0) at(ctx, types.key, `"${event.name}" has no activity types: remove "types".`);
    return;
  }
  for (const item of items) {
    if (allowed.includes(item.value) || hasExpression(item.value)) continue;
    const suggestion = closest(item.value, allowed);
    at(
      ctx,
      item,
      suggestion !== undefined
        ? `"${item.value}" is not an activity type of "${event.name}": did you mean "${suggestion}"?`
        : `"${item.value}" is not an activity type of "${event.name}": expected ${quoteList(allowed)}.`,
    );
  }
}

function checkWebhook(event: EventModel, spec: EventSpec, ctx: WorkflowRuleContext): void {
  const config = mapOfNode(event.config);
  if (event.name === 'workflow_run' && !config?.pairs.some((p) => p.key.value === 'workflows' && !isNull(p.value)))
    at(ctx, event.key, '"workflow_run" needs "workflows": name the workflows whose runs trigger this one.');
  if (!config) return;
  for (const pair of config.pairs) {
    const key = pair.key.value;
    if (key === 'types') checkTypes(event, spec, pair, ctx);
    else if (FILTERS.has(key) && !spec.filters.includes(key as EventFilter) && scalarItems(pair.value).length > 0) {
      const owners = EVENTS_BY_FILTER.get(key as EventFilter) ?? [];
      at(ctx, pair.key, `"${event.name}" has no "${key}" filter: it only exists for ${quoteList(owners)}.`);
    }
  }
  for (const [include, exclude] of EXCLUSIVE_FILTERS) {
    if (!spec.filters.includes(include)) continue; // already reported as a filter the event lacks
    const a = pairOf(config, include);
    const b = pairOf(config, exclude);
    if (!a || !b) continue;
    const later = a.start > b.start ? a : b;
    at(
      ctx,
      later.key,
      `"${include}" and "${exclude}" cannot both be used for "${event.name}": keep "${include}" and exclude with "!" patterns.`,
    );
  }
}

// --- schedule ------------------------------------------------------------------------------------

const timeZones = new Map<string, boolean>();

/** IANA time zone names, checked with the platform's own database (cached per name). */
function isTimeZone(name: string): boolean {
  let known = timeZones.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
      known = true;
    } catch {
      known = false;
    }
    if (timeZones.size < 1000) timeZones.set(name, known);
  }
  return known;
}

function checkSchedule(event: EventModel, ctx: WorkflowRuleContext): void {
  const seq = deref(event.config);
  if (seq?.kind !== 'seq') return;
  for (const item of seq.items) {
    const entry = mapOfNode(item);
    if (!entry) continue;
    const cron = scalarOfNode(pairOf(entry, 'cron')?.value);
    if (cron && !hasExpression(cron.value)) {
      const result = parseCron(cron.value);
      if (result.error !== undefined) at(ctx, cron, `Invalid cron "${cron.value}": ${result.error}.`);
      else if ((result.minIntervalMinutes ?? Infinity) < 5) {
        const every = result.minIntervalMinutes ?? 0;
        at(
          ctx,
          cron,
          `"${cron.value}" asks for a run every ${every} minute${every === 1 ? '' : 's'}, but GitHub runs scheduled workflows at most once every 5 minutes.`,
          'warning',
        );
      }
    }
    const zone = scalarOfNode(pairOf(entry, 'timezone')?.value);
    if (zone && !hasExpression(zone.value) && !isTimeZone(zone.value))
      at(ctx, zone, `"${zone.value}" is not an IANA time zone: use a name like "America/New_York" or "Europe/London".`);
  }
}

// --- workflow_dispatch and workflow_call -----------------------------------------------------------

/** A default that must be a boolean: `true`/`false` in any case, as GitHub's input parser reads it. */
function isBooleanDefault(node: YScalar): boolean {
  return typeof node.typed === 'boolean' || /^(true|false)$/i.test(node.value);
}

function isNumberDefault(node: YScalar): boolean {
  return typeof node.typed === 'number' || FLOAT.test(node.value.trim());
}

function checkDefault(name: string, type: string, def: YScalar, ctx: WorkflowRuleContext): void {
  if (hasExpression(def.value)) return;
  if (type === 'boolean' && !isBooleanDefault(def))
    at(ctx, def, `Input "${name}" is a boolean, so its default must be true or false, not "${def.value}".`);
  else if (type === 'number' && !isNumberDefault(def))
    at(ctx, def, `Input "${name}" is a number, so its default must be a number, not "${def.value}".`);
}

function checkDispatch(event: EventModel, ctx: WorkflowRuleContext): void {
  const inputs = mapOfNode(pairOf(event.config, 'inputs')?.value);
  if (!inputs) return;
  for (const input of inputs.pairs) {
    const name = input.key.value;
    const spec = mapOfNode(input.value);
    const typeNode = scalarOfNode(pairOf(spec, 'type')?.value);
    const type = typeNode?.value ?? 'string';
    if (typeNode && !DISPATCH_INPUT_TYPES.includes(type) && !hasExpression(type)) {
      const suggestion = closest(type, DISPATCH_INPUT_TYPES);
      at(
        ctx,
        typeNode,
        `"${type}" is not an input type of "workflow_dispatch": ${suggestion !== undefined ? `did you mean "${suggestion}"?` : `expected ${quoteList(DISPATCH_INPUT_TYPES)}.`}`,
      );
      continue;
    }
    const optionsPair = pairOf(spec, 'options');
    const defaultNode = scalarOfNode(pairOf(spec, 'default')?.value);
    if (type !== 'choice') {
      if (optionsPair)
        at(ctx, optionsPair.key, `"options" only applies to "type: choice" inputs: remove it or make input "${name}" a choice.`);
      if (defaultNode) checkDefault(name, type, defaultNode, ctx);
      continue;
    }
    const options = optionsPair ? scalarItems(optionsPair.value) : [];
    if (!optionsPair || isNull(optionsPair.value)) {
      at(ctx, input.key, `Input "${name}" is a choice but has no "options": list the values to choose from.`);
      continue;
    }
    const seen = new Set<string>();
    for (const option of options) {
      if (seen.has(option.value)) at(ctx, option, `Option "${option.value}" of input "${name}" is listed twice: remove one.`);
      seen.add(option.value);
    }
    if (defaultNode && !seen.has(defaultNode.value) && !hasExpression(defaultNode.value) && options.length > 0)
      at(ctx, defaultNode, `The default "${defaultNode.value}" of input "${name}" is not one of its options: use ${quoteList([...seen])}.`);
  }
}

function checkCall(event: EventModel, ctx: WorkflowRuleContext): void {
  const config = event.config;
  const inputs = mapOfNode(pairOf(config, 'inputs')?.value);
  for (const input of inputs?.pairs ?? []) {
    const name = input.key.value;
    const spec = mapOfNode(input.value);
    const typeNode = scalarOfNode(pairOf(spec, 'type')?.value);
    if (!typeNode) {
      at(ctx, input.key, `Input "${name}" of "workflow_call" has no "type": set it to string, number or boolean.`);
      continue;
    }
    if (!CALL_INPUT_TYPES.includes(typeNode.value)) {
      const suggestion = closest(typeNode.value, CALL_INPUT_TYPES);
      at(
        ctx,
        typeNode,
        `"${typeNode.value}" is not an input type of "workflow_call": ${suggestion !== undefined ? `did you mean "${suggestion}"?` : `expected ${quoteList(CALL_INPUT_TYPES)}.`}`,
      );
      continue;
    }
    const defaultNode = scalarOfNode(pairOf(spec, 'default')?.value);
    if (!defaultNode) continue;
    checkDefault(name, typeNode.value, defaultNode, ctx);
    const required = scalarOfNode(pairOf(spec, 'required')?.value);
    if (required?.typed === true)
      at(ctx, defaultNode, `Input "${name}" is required, so its default is never used: remove the default or "required: true".`, 'warning');
  }
  const outputs = mapOfNode(pairOf(config, 'outputs')?.value);
  for (const output of outputs?.pairs ?? [])
    if (!pairOf(output.value, 'value'))
      at(
        ctx,
        output.key,
        `Output "${output.key.value}" of "workflow_call" has no "value": set it, usually to "\${{ jobs.<job>.outputs.<name> }}".`,
      );
}

export const events = defineWorkflowRule({
  id: 'events',
  name: 'events',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A trigger under "on:" names an unknown event, activity type or filter, or is misconfigured.',
  fix: 'none',
  onWorkflow(model, ctx) {
    for (const event of model.events) {
      if (event.name === '') continue;
      const spec = EVENTS.get(event.name);
      if (!spec) {
        const suggestion = closest(event.name, EVENT_NAMES);
        at(
          ctx,
          event.key,
          suggestion !== undefined
            ? `Unknown event "${event.name}": did you mean "${suggestion}"?`
            : `Unknown event "${event.name}": see GitHub's "Events that trigger workflows" for the list.`,
        );
        continue;
      }
      switch (spec.shape) {
        case 'webhook':
          checkWebhook(event, spec, ctx);
          break;
        case 'image_version': {
          const types = pairOf(event.config, 'types');
          if (types) checkTypes(event, spec, types, ctx);
          break;
        }
        case 'schedule':
          checkSchedule(event, ctx);
          break;
        case 'workflow_dispatch':
          checkDispatch(event, ctx);
          break;
        case 'workflow_call':
          checkCall(event, ctx);
          break;
        case 'repository_dispatch':
          break;
      }
    }
  },
});

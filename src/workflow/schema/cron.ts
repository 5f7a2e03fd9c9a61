/**
 * POSIX cron as `on.schedule[*].cron` takes it: five fields (minute, hour, day of month, month,
 * day of week), each a list of `*`, `n`, `a-b`, with an optional `/step`; month and weekday names
 * (JAN, MON…). Follows the parser actionlint uses (robfig/cron with the standard five fields),
 * so `?` means "any" and `@daily`-style shortcuts are rejected, as GitHub rejects them.
 */

interface FieldSpec {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly names?: ReadonlyMap<string, number>;
}

const MONTHS = new Map(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m, i) => [m, i + 1]));
const WEEKDAYS = new Map(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((d, i) => [d, i]));

const FIELDS: readonly FieldSpec[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS },
  { name: 'day of week', min: 0, max: 6, names: WEEKDAYS },
];

const NUMBER = /^\d+$/;
const SPACES = /\s+/;

export interface CronResult {
  /** Why the expression is invalid; undefined when it parses. */
  readonly error?: string;
  /** The shortest gap between two runs, in minutes (only meaningful without `error`). */
  readonly minIntervalMinutes?: number;
}

function value(text: string, field: FieldSpec): number | string {
  const named = field.names?.get(text.toLowerCase());
  if (named !== undefined) return named;
  if (!NUMBER.test(text)) return `"${text}" is not a number${field.names ? ' or a name' : ''} in the ${field.name} field`;
  return Number(text);
}

/** The values a field selects, as a boolean array indexed by value; or an error message. */
function parseField(text: string, field: FieldSpec): boolean[] | string {
  const selected = new Array<boolean>(field.max + 1).fill(false);
  for (const part of text.split(',')) {
    if (part === '') return `empty list item in the ${field.name} field`;
    const [range = '', stepText, extra] = part.split('/');
    if (extra !== undefined) return `too many "/" in "${part}"`;
    let start: number;
    let end: number;
    if (range === '*' || range === '?') {
      start = field.min;
      end = field.max;
    } else {
      const [lowText = '', highText, more] = range.split('-');
      if (more !== undefined) return `too many "-" in "${part}"`;
      const low = value(lowText, field);
      if (typeof low === 'string') return low;
      start = low;
      if (highText !== undefined) {
        const high = value(highText, field);
        if (typeof high === 'string') return high;
        end = high;
      } else end = stepText !== undefined ? field.max : low;
    }
    let step = 1;
    if (stepText !== undefined) {
      if (!NUMBER.test(stepText) || Number(stepText) === 0) return `step "${stepText}" in "${part}" must be a positive number`;
      step = Number(stepText);
    }
    if (start < field.min || end > field.max)
      return `${start < field.min ? start : end} is out of range for the ${field.name} field (${field.min}-${field.max})`;
    if (start > end) return `range "${range}" in the ${field.name} field starts after it ends`;
    for (let v = start; v <= end; v += step) selected[v] = true;
  }
  return selected;
}

function setValues(selected: readonly boolean[]): number[] {
  const out: number[] = [];
  selected.forEach((on, i) => {
    if (on) out.push(i);
  });
  return out;
}

const cache = new Map<string, CronResult>();

/** Parses a cron expression; results are cached (a workflow's schedules rarely change). */
export function parseCron(expression: string): CronResult {
  let result = cache.get(expression);
  if (!result) {
    result = parse(expression);
    if (cache.size >= 500) cache.clear();
    cache.set(expression, result);
  }
  return result;
}

function parse(expression: string): CronResult {
  const trimmed = expression.trim();
  if (trimmed.startsWith('@'))
    return { error: `shortcuts like "${trimmed.split(SPACES)[0] ?? ''}" are not supported: write the five fields` };
  const parts = trimmed === '' ? [] : trimmed.split(SPACES);
  if (parts.length !== 5) return { error: `expected 5 fields (minute hour day-of-month month day-of-week), found ${parts.length}` };
  const sets: boolean[][] = [];
  for (let i = 0; i < 5; i++) {
    const parsed = parseField(parts[i] ?? '', FIELDS[i] as FieldSpec);
    if (typeof parsed === 'string') return { error: parsed };
    sets.push(parsed);
  }
  return { minIntervalMinutes: minInterval(setValues(sets[0] ?? []), setValues(sets[1] ?? [])) };
}

/**
 * The shortest gap between runs: between consecutive minutes within an hour, and across an hour
 * boundary when two consecutive hours both run. Day fields only thin runs out, so they are
 * ignored; that can only make the gap look shorter than some calendars allow, never longer.
 */
function minInterval(minutes: readonly number[], hours: readonly number[]): number {
  let best = Infinity;
  for (let i = 1; i < minutes.length; i++) best = Math.min(best, (minutes[i] ?? 0) - (minutes[i - 1] ?? 0));
  const first = minutes[0];
  const last = minutes[minutes.length - 1];
  if (first !== undefined && last !== undefined) {
    const hourSet = new Set(hours);
    const consecutiveHours = hours.some((h) => hourSet.has((h + 1) % 24));
    if (consecutiveHours) best = Math.min(best, 60 - last + first);
  }
  return best === Infinity ? 24 * 60 : best;
}

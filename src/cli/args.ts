/**
 * A small argument parser. Written by hand rather than with node:util's parseArgs because
 * `--fix` takes a value only in the `--fix=all` form (so `--fix src/` keeps `src/` as a path),
 * which parseArgs cannot express, and because every error must be a one-line UsageError.
 */
import { quote, UsageError } from './errors';

/** `boolean`: no value; `string`: `--x v` or `--x=v`; `optional`: a value only as `--x=v`. */
export type OptionKind = 'boolean' | 'string' | 'optional';

export interface OptionSpec {
  readonly kind: OptionKind;
  readonly choices?: readonly string[];
  readonly short?: string;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

export interface ParsedArgs {
  /** `true` for a flag given without a value. The last occurrence wins. */
  readonly options: ReadonlyMap<string, string | true>;
  readonly positionals: readonly string[];
}

function checkChoice(name: string, value: string, spec: OptionSpec): void {
  if (spec.choices && !spec.choices.includes(value)) {
    throw new UsageError(`invalid value ${quote(value)} for --${name}: expected one of ${spec.choices.join(', ')}`);
  }
}

export function parseArgs(argv: readonly string[], specs: OptionSpecs): ParsedArgs {
  const options = new Map<string, string | true>();
  const positionals: string[] = [];
  const byShort = new Map(Object.entries(specs).flatMap(([name, spec]) => (spec.short ? [[spec.short, name] as const] : [])));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    // `-` alone is a path like any other (there is no implicit stdin; use --stdin).
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (!arg.startsWith('--')) {
      const name = byShort.get(arg.slice(1));
      if (name === undefined || specs[name]?.kind !== 'boolean') throw new UsageError(`unknown option ${quote(arg)}`);
      options.set(name, true);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    const inline = eq < 0 ? undefined : arg.slice(eq + 1);
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (spec === undefined) throw new UsageError(`unknown option ${quote(`--${name}`)}`);
    if (spec.kind === 'boolean') {
      if (inline !== undefined) throw new UsageError(`option --${name} does not take a value`);
      options.set(name, true);
    } else if (spec.kind === 'optional') {
      if (inline !== undefined) checkChoice(name, inline, spec);
      options.set(name, inline ?? true);
    } else {
      let value = inline;
      if (value === undefined) {
        const next = argv[i + 1];
        // `--format --verbose` is a forgotten value, not a format called "--verbose".
        if (next === undefined || (next.startsWith('-') && next !== '-')) throw new UsageError(`option --${name} needs a value`);
        value = next;
        i++;
      }
      checkChoice(name, value, spec);
      options.set(name, value);
    }
  }
  return { options, positionals };
}

/** The value of a `string` option, or undefined when it was not given. */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.options.get(name);
  return typeof value === 'string' ? value : undefined;
}

export function flag(args: ParsedArgs, name: string): boolean {
  return args.options.has(name);
}

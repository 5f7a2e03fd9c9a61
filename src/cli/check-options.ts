/** `drydock check`'s flags, validated into one object before any file is touched. */
import type { Severity } from '../engine/types';
import { flag, type OptionSpecs, parseArgs, stringOption } from './args';
import { UsageError } from './errors';
import type { FixMode } from './fix';

export type OutputFormat = 'text' | 'json' | 'sarif';
export type FailOn = Severity | 'never';

export interface CheckOptions {
  readonly help: boolean;
  readonly paths: readonly string[];
  readonly format: OutputFormat;
  /** Undefined when not given: each file's config decides (hadolint's failure-threshold), else warning. */
  readonly failOn: FailOn | undefined;
  readonly configFile: string | undefined;
  readonly fix: FixMode;
  readonly stdin: boolean;
  readonly stdinFilename: string | undefined;
  readonly verbose: boolean;
  /** Worker threads for big trees; undefined: one per core when there are enough files. */
  readonly jobs: number | undefined;
  readonly quiet: boolean;
  /** Run ShellCheck on Dockerfile RUN and workflow `run:` scripts when it is installed (`--no-shellcheck` turns it off). */
  readonly shellcheck: boolean;
  /** Ask registries for the base images' platforms (InvalidBaseImagePlatform) for every Dockerfile. */
  readonly registry: boolean;
}

const FORMATS = ['text', 'json', 'sarif'] as const;
const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;

const SPECS: OptionSpecs = {
  format: { kind: 'string', choices: FORMATS },
  'fail-on': { kind: 'string', choices: FAIL_ON },
  config: { kind: 'string' },
  fix: { kind: 'optional', choices: ['safe', 'all'] },
  stdin: { kind: 'boolean' },
  'stdin-filename': { kind: 'string' },
  verbose: { kind: 'boolean' },
  jobs: { kind: 'string' },
  quiet: { kind: 'boolean' },
  'no-shellcheck': { kind: 'boolean' },
  registry: { kind: 'boolean' },
  help: { kind: 'boolean', short: 'h' },
};

/** Narrows a string parseArgs already checked against `choices`. */
function oneOf<T extends string>(choices: readonly T[], value: string | undefined, fallback: T): T {
  return choices.find((c) => c === value) ?? fallback;
}

function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9][0-9]?$/.test(value)) throw new UsageError(`--jobs expects a number of threads from 1 to 99, not ${JSON.stringify(value)}`);
  return Number(value);
}

export function parseCheckOptions(argv: readonly string[]): CheckOptions {
  const args = parseArgs(argv, SPECS);
  const fix = args.options.get('fix');
  const options: CheckOptions = {
    help: flag(args, 'help'),
    paths: args.positionals,
    format: oneOf(FORMATS, stringOption(args, 'format'), 'text'),
    failOn: FAIL_ON.find((c) => c === stringOption(args, 'fail-on')),
    configFile: stringOption(args, 'config'),
    fix: fix === undefined ? 'none' : fix === 'all' ? 'all' : 'safe',
    stdin: flag(args, 'stdin'),
    stdinFilename: stringOption(args, 'stdin-filename'),
    verbose: flag(args, 'verbose'),
    jobs: parseJobs(stringOption(args, 'jobs')),
    quiet: flag(args, 'quiet'),
    shellcheck: !flag(args, 'no-shellcheck'),
    registry: flag(args, 'registry'),
  };
  if (options.stdinFilename !== undefined && !options.stdin) throw new UsageError('--stdin-filename needs --stdin');
  if (options.stdin && options.paths.length > 0) throw new UsageError('--stdin does not take paths: name the input with --stdin-filename');
  return options;
}

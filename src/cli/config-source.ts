/**
 * Where each file's configuration comes from: one `--config` file for every file, or the
 * `.drydock.yaml` files discovered from the root down to the file's folder. Discovery results are
 * cached per folder, so a tree of ten thousand files parses each config file a handful of times
 * at most. Config problems are warnings, printed once each.
 */
import { promises as fsPromises, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, sep } from 'node:path';
import {
  type ConfigProblem,
  DEFAULT_CONFIG,
  type DrydockConfig,
  mergeConfig,
  CONFIG_PATHS_IN_FOLDER,
  parseConfigFile,
  parseHadolintConfig,
  resolveConfigForFile,
} from '../engine/config';
import { parseActionlintConfig, parseZizmorConfig } from '../engine/workflow-config';
import { quote, UsageError } from './errors';
import { displayPath, toSlashes } from './paths';

const SEP_CODE = sep.charCodeAt(0);

export interface ConfigSource {
  forFile(path: string): Promise<DrydockConfig>;
  /**
   * The file's config when it is known without waiting: its folder's config was resolved before,
   * or the folder holds no config file and its parent's is known. Undefined otherwise (ask
   * forFile). Lets a big tree's files be checked without a promise each.
   */
  settledFor(path: string): DrydockConfig | undefined;
}

type ProblemSink = (problem: ConfigProblem) => void;

/** Reports each distinct problem once, with the config file shown relative to the cwd. */
export function problemPrinter(cwd: string, print: (line: string) => void): ProblemSink {
  const seen = new Set<string>();
  return (problem) => {
    const line = `${displayPath(problem.source, cwd)}: ${problem.message}`;
    if (seen.has(line)) return;
    seen.add(line);
    print(line);
  };
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await fsPromises.readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** `--config FILE`: a missing file is a usage error, since the user named it. */
export async function fixedConfig(file: string, report: ProblemSink): Promise<ConfigSource> {
  const text = await readIfExists(file);
  if (text === undefined) throw new UsageError(`cannot read config file ${quote(file)}`);
  const problems: ConfigProblem[] = [];
  // `--config .hadolint.yaml` (or zizmor.yml, actionlint.yaml) keeps working for teams coming
  // from those tools.
  const parse = /hadolint[^/\\]*\.ya?ml$/i.test(file)
    ? parseHadolintConfig
    : /zizmor[^/\\]*\.ya?ml$/i.test(file)
      ? parseZizmorConfig
      : /actionlint[^/\\]*\.ya?ml$/i.test(file)
        ? parseActionlintConfig
        : parseConfigFile;
  const config = mergeConfig(DEFAULT_CONFIG, parse(text, file, problems));
  problems.forEach(report);
  return { forFile: () => Promise.resolve(config), settledFor: () => config };
}

/** Every path that can configure a folder (see resolveConfigForFile). */
const CONFIG_NAMES = CONFIG_PATHS_IN_FOLDER;

/**
 * Every name that appears in a config path (`.drydock.yaml`, `.github`, `zizmor.yml`…): a folder
 * listing reduced to these names still answers every config lookup in it and in its `.github`.
 */
export const CONFIG_ENTRY_NAMES: ReadonlySet<string> = new Set(CONFIG_NAMES.flatMap((path) => path.split('/')));

/** The config-relevant names of a folder's listing (most folders: none). */
export function configEntries(names: readonly string[]): string[] {
  return names.filter((name) => CONFIG_ENTRY_NAMES.has(name));
}

/**
 * Folder listings made by someone else (the main thread's walk), keyed by `/` path, reduced to
 * CONFIG_ENTRY_NAMES.
 */
export type KnownListings = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * A synchronous reader for worker threads. A tree of thousands of folders asks for ten missing
 * config files in each: the walk's listing of the folder (`known`) answers them all without a
 * system call; a folder the walk did not list is listed here once (a failed open throws, and an
 * existence check per name is ten system calls).
 */
export function syncConfigReader(known: KnownListings = new Map()): (path: string) => Promise<string | undefined> {
  const listings = new Map<string, ReadonlySet<string>>();
  const fromWalk = (dir: string): ReadonlySet<string> | undefined => {
    const slashed = toSlashes(dir);
    const names = known.get(slashed);
    if (names) return names;
    // A folder the walk listed without this entry does not exist (`<folder>/.github`, mostly).
    const parent = known.get(toSlashes(dirname(dir)));
    return parent && !parent.has(basename(dir)) ? EMPTY : undefined;
  };
  const listing = (dir: string): ReadonlySet<string> => {
    let names = listings.get(dir);
    if (!names) {
      try {
        names = new Set(readdirSync(dir));
      } catch {
        names = EMPTY;
      }
      listings.set(dir, names);
    }
    return names;
  };
  return (path) => {
    try {
      const dir = dirname(path);
      const name = basename(path);
      // The walk's listings hold only config names; anything else is looked up on disk.
      const names = (CONFIG_ENTRY_NAMES.has(name) ? fromWalk(dir) : undefined) ?? listing(dir);
      return Promise.resolve(names.has(name) ? readFileSync(path, 'utf8') : undefined);
    } catch {
      return Promise.resolve(undefined);
    }
  };
}

const EMPTY: ReadonlySet<string> = new Set();

/**
 * `holdsNoConfig(folder)` may say, from a listing already made, that a folder holds no config file
 * (nor a `.github` folder), so its config is its parent's without a lookup per config name.
 */
export function discoveredConfig(
  root: string,
  report: ProblemSink,
  reader: (path: string) => Promise<string | undefined> = readIfExists,
  holdsNoConfig: (folder: string) => boolean = () => false,
): ConfigSource {
  const byFolder = new Map<string, Promise<DrydockConfig>>();
  const files = new Map<string, Promise<string | undefined>>();
  // Sibling folders share their ancestors' config files: read each file once.
  const read = (path: string): Promise<string | undefined> => {
    let text = files.get(path);
    if (text === undefined) {
      text = reader(path);
      files.set(path, text);
    }
    return text;
  };
  // Folders governed by the same config files share one config object, so the engine's caches
  // (enabled rules, the secret scanner's keyword automaton) are built once, not per folder.
  const byFiles = new Map<string, DrydockConfig>();
  const resolveFully = async (folder: string): Promise<DrydockConfig> => {
    // resolveConfigForFile only looks at the file's folder, so any name inside it will do.
    const { config, problems, files: found } = await resolveConfigForFile(`${toSlashes(folder)}/file`, toSlashes(root), read);
    problems.forEach(report);
    const key = found.join('\n');
    const shared = byFiles.get(key);
    if (shared) return shared;
    byFiles.set(key, config);
    return config;
  };
  const rootPrefix = root.endsWith(sep) ? root : root + sep;
  const insideRoot = (folder: string, parent: string) => folder.startsWith(rootPrefix) && parent !== folder;
  // Most folders hold no config file: they get their parent's config without walking the
  // ancestors again (a tree of thousands of folders resolves each one with a few existence checks).
  const resolveFolder = async (folder: string): Promise<DrydockConfig> => {
    const parent = dirname(folder);
    if (!insideRoot(folder, parent)) return resolveFully(folder);
    if (holdsNoConfig(folder)) return forFolder(parent);
    const own = await Promise.all(CONFIG_NAMES.map((name) => read(`${toSlashes(folder)}/${name}`)));
    if (own.some((text) => text !== undefined)) return resolveFully(folder);
    return forFolder(parent);
  };
  const settled = new Map<string, DrydockConfig>();
  const forFolder = (folder: string): Promise<DrydockConfig> => {
    let config = byFolder.get(folder);
    if (config === undefined) {
      config = resolveFolder(folder);
      byFolder.set(folder, config);
      // A failure is forFile's caller's to see; here it only leaves the folder unsettled.
      config.then(
        (value) => settled.set(folder, value),
        () => undefined,
      );
    }
    return config;
  };
  // resolveFolder's rule, answered from what is settled: a folder without config files inside the
  // root has its parent's config.
  const settledFolder = (folder: string): DrydockConfig | undefined => {
    const known = settled.get(folder);
    if (known !== undefined) return known;
    const parent = dirname(folder);
    if (!insideRoot(folder, parent) || !holdsNoConfig(folder)) return undefined;
    const inherited = settledFolder(parent);
    if (inherited !== undefined) settled.set(folder, inherited);
    return inherited;
  };
  // Files come folder by folder: the previous answer's folder is often this file's too, and is
  // recognised without making and hashing a dirname.
  let lastFolder = '';
  let lastConfig: DrydockConfig | undefined;
  const settledFor = (path: string): DrydockConfig | undefined => {
    const end = lastFolder.length;
    if (lastConfig !== undefined && path.charCodeAt(end) === SEP_CODE && path.startsWith(lastFolder) && path.indexOf(sep, end + 1) === -1)
      return lastConfig;
    const folder = dirname(path);
    const config = settledFolder(folder);
    if (config !== undefined) {
      lastFolder = folder;
      lastConfig = config;
    }
    return config;
  };
  return { forFile: (path) => forFolder(dirname(path)), settledFor };
}

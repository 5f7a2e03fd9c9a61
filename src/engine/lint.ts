/**
 * The engine's entry point: classify a document, run the enabled rules of its domain and the
 * secret detectors, apply severity overrides and inline ignores. Pure: no I/O, no `vscode`.
 */
import type { ReportInput, RuleContext } from './context';
import { classify } from './classify';
import { type DrydockConfig, type RuleSetting, ruleSetting } from './config';
import { docsUrl, type RuleMeta } from './rule';
import { dockerfileRules, SECRET_RULES, workflowRules } from './registry';
import { dockerfileLinter, workflowLinter } from './lazy';
import { ignoredByConfig, SuppressionIndex } from './suppressions';
import { lineIndexOf, type LineIndex } from './text';
import { isWorkflowFileKind, type FileKind, type Finding, type LintDocument } from './types';
import type { DockerfileRule } from '../dockerfile/rule';
import type { WorkflowRule } from '../workflow/rule';
import type { SecretDetector } from '../secrets/detector';
import { decodedForScan, scanSecrets, secretsMayMatch, secretsMayMatchUtf8 } from '../secrets/scan';

export type SkipReason = 'disabled' | 'binary' | 'too-large';

export interface LintResult {
  readonly kind: FileKind;
  readonly findings: readonly Finding[];
  /** Set when the document was not linted at all, and why. */
  readonly skipped?: SkipReason;
  /** Findings that an inline ignore silenced (for `--verbose` and reports). */
  readonly suppressed: number;
}

/** A NUL in the first 8 KiB is how git and ripgrep tell a binary file; so do we. */
export function looksBinary(text: string): boolean {
  return text.slice(0, 8192).includes('\u0000');
}

export function isRuleEnabled(rule: RuleMeta, config: DrydockConfig): boolean {
  const setting = ruleSetting(rule, config);
  if (setting === 'off') return false;
  return setting !== undefined || rule.enabledByDefault !== false;
}

/** Docs URLs by rule: computed once, not per rule per keystroke. */
const docsUrls = new WeakMap<RuleMeta, string>();
function docsUrlOf(rule: RuleMeta): string {
  let url = docsUrls.get(rule);
  if (url === undefined) {
    url = docsUrl(rule.id, rule.docsPage);
    docsUrls.set(rule, url);
  }
  return url;
}

interface EnabledRules {
  readonly dockerfile: readonly DockerfileRule[];
  readonly workflow: readonly WorkflowRule[];
  readonly secrets: readonly SecretDetector[];
}

/**
 * The enabled rules per config object, computed once: the secret scanner caches its keyword
 * automaton per detector list, so the same list must come back for every file of a config.
 */
const enabledByConfig = new WeakMap<DrydockConfig, EnabledRules>();

/**
 * The built-in detectors, or what a `.gitleaks.toml` makes of them: its custom rules, plus the
 * built-ins (minus `disabledRules`, matched by id or alias) only with `[extend] useDefault = true`.
 */
function secretDetectors(config: DrydockConfig): readonly SecretDetector[] {
  const gitleaks = config.secrets.gitleaks;
  if (!gitleaks) return SECRET_RULES;
  const disabled = new Set(gitleaks.disabledRules.map((id) => id.toLowerCase()));
  const builtIn = gitleaks.useDefault
    ? SECRET_RULES.filter((d) => !disabled.has(d.id.toLowerCase()) && !d.aliases.some((a) => disabled.has(a.toLowerCase())))
    : [];
  // The user's rules first: where two detectors match the same text, the first one reports it.
  return [...gitleaks.detectors, ...builtIn];
}

/**
 * One array per distinct set of detectors. Configs differ per folder (a CLI run over a big tree
 * resolves thousands), but their detector sets rarely do; the scanner caches its keyword
 * automaton per array, so equal sets must be the same array or the automaton is rebuilt per folder.
 */
const detectorSets = new Map<string, readonly SecretDetector[]>();

function internDetectors(detectors: readonly SecretDetector[]): readonly SecretDetector[] {
  // Custom (.gitleaks.toml) detectors are new objects per parse: key them by object, not id.
  const key = detectors.map((d) => (d.family === 'custom' ? `${d.id}#${customIdentity(d)}` : d.id)).join('\u0000');
  const known = detectorSets.get(key);
  if (known) return known;
  if (detectorSets.size > 64) detectorSets.clear();
  detectorSets.set(key, detectors);
  return detectors;
}

const customIds = new WeakMap<SecretDetector, number>();
let nextCustomId = 0;
function customIdentity(detector: SecretDetector): number {
  let id = customIds.get(detector);
  if (id === undefined) {
    id = nextCustomId++;
    customIds.set(detector, id);
  }
  return id;
}

/** A config's enabled rules of each kind; the Dockerfile and workflow lists (and their modules) only once asked for. */
class ConfigRules implements EnabledRules {
  private dockerfileList: readonly DockerfileRule[] | undefined;
  private workflowList: readonly WorkflowRule[] | undefined;
  readonly secrets: readonly SecretDetector[];

  constructor(private readonly config: DrydockConfig) {
    this.secrets = internDetectors(this.enabled(secretDetectors(config)));
  }

  get dockerfile(): readonly DockerfileRule[] {
    return (this.dockerfileList ??= this.enabled(dockerfileRules()));
  }

  get workflow(): readonly WorkflowRule[] {
    return (this.workflowList ??= this.enabled(workflowRules()));
  }

  private enabled<R extends RuleMeta>(list: readonly R[]): readonly R[] {
    return list.filter((r) => isRuleEnabled(r, this.config));
  }
}

function enabledRules(config: DrydockConfig): EnabledRules {
  let rules = enabledByConfig.get(config);
  if (!rules) {
    rules = new ConfigRules(config);
    enabledByConfig.set(config, rules);
  }
  return rules;
}

/** Each rule's setting (`off`, a severity override, or none) per config, computed once per config. */
const settingsByConfig = new WeakMap<DrydockConfig, Map<RuleMeta, RuleSetting | undefined>>();

/** A lazy map: rules of a big `.gitleaks.toml` are looked up only when they report. */
function settingsFor(config: DrydockConfig): { get(rule: RuleMeta): RuleSetting | undefined } {
  let cache = settingsByConfig.get(config);
  if (!cache) {
    cache = new Map();
    settingsByConfig.set(config, cache);
  }
  const known = cache;
  return {
    get(rule) {
      if (known.has(rule)) return known.get(rule);
      const setting = Object.keys(config.rules).length === 0 ? undefined : ruleSetting(rule, config);
      known.set(rule, setting);
      return setting;
    },
  };
}

/** What every rule of one file shares: the text, its line index (built on first use) and the findings. */
class FileState {
  private index: LineIndex | undefined;
  constructor(
    readonly text: string,
    readonly findings: Finding[],
  ) {}
  // Built on first use: most files scanned for secrets have no finding and never need it.
  get lines(): LineIndex {
    return (this.index ??= lineIndexOf(this.text));
  }
}

/**
 * A rule's view of the file. A class, not an object literal with closures: a file runs ~100
 * rules per keystroke, and a small instance per rule is the cheapest way to bind `report`.
 */
class BoundContext implements RuleContext {
  constructor(
    readonly path: string,
    private readonly file: FileState,
    private readonly rule: RuleMeta,
    private readonly setting: RuleSetting | undefined,
    private readonly url: string,
  ) {}
  get text(): string {
    return this.file.text;
  }
  get lines(): LineIndex {
    return this.file.lines;
  }
  report(input: ReportInput): void {
    const rule = this.rule;
    const setting = this.setting;
    this.file.findings.push({
      ruleId: rule.id,
      aliases: rule.aliases,
      category: rule.category,
      severity: setting !== undefined && setting !== 'off' ? setting : (input.severity ?? rule.severity),
      confidence: input.confidence ?? rule.confidence,
      message: input.message,
      range: input.range,
      docsUrl: this.url,
      fixes: input.fixes ?? [],
      related: input.related ?? [],
      tags: input.tags ?? [],
    });
  }
}

/**
 * False when lint() of `text` as `path` would certainly find nothing: the file is neither a
 * Dockerfile nor a workflow file (or their rules are off) and no enabled secret detector's
 * keyword occurs in it. A quarter of a typical tree is like that, and a workspace scan skips
 * linting them; the keyword pass is not repeated for the others (the matcher keeps its answer).
 * True says nothing (lint to know). Size, binary and `enable` checks are the caller's, as they
 * change the result from "nothing found" to "skipped".
 */
export function mayHaveFindings(path: string, text: string, config: DrydockConfig): boolean {
  if (hasOwnRules(path, config)) return true;
  return config.secrets.enable && secretsMayMatch(text, enabledRules(config).secrets);
}

/** A Dockerfile or workflow file whose rules are on: linted whatever its words. */
function hasOwnRules(path: string, config: DrydockConfig): boolean {
  const kind = classify(path);
  return (kind === 'dockerfile' && config.dockerfile.enable) || (isWorkflowFileKind(kind) && config.workflow.enable);
}

/**
 * mayHaveFindings for a file still in UTF-8 bytes (without a BOM): the text to lint, which
 * `decode` makes from the bytes, or undefined when the file cannot have findings. The keyword
 * pass runs over the bytes, so the files of a big tree that hold no detector keyword are never
 * decoded, and linting the text that is returned reuses the pass.
 */
export function textWorthLinting(
  path: string,
  bytes: Uint8Array,
  config: DrydockConfig,
  decode: (bytes: Uint8Array) => string,
): string | undefined {
  if (hasOwnRules(path, config)) return decode(bytes);
  if (!config.secrets.enable) return undefined;
  const detectors = enabledRules(config).secrets;
  const may = secretsMayMatchUtf8(bytes, detectors);
  if (may === false) return undefined;
  const text = decode(bytes);
  // Short texts (and every text where WebAssembly is unavailable) are scanned as text.
  if (may === undefined) return mayHaveFindings(path, text, config) ? text : undefined;
  decodedForScan(text, detectors);
  return text;
}

export function lint(doc: LintDocument, config: DrydockConfig): LintResult {
  const kind = classify(doc.path, doc.languageId);
  if (!config.enable) return { kind, findings: [], skipped: 'disabled', suppressed: 0 };
  if (doc.text.length > config.secrets.maxFileSizeKb * 1024) return { kind, findings: [], skipped: 'too-large', suppressed: 0 };
  if (looksBinary(doc.text)) return { kind, findings: [], skipped: 'binary', suppressed: 0 };

  const findings: Finding[] = [];
  const file = new FileState(doc.text, findings);
  const settings = settingsFor(config);
  const contextFor = (rule: RuleMeta): RuleContext => new BoundContext(doc.path, file, rule, settings.get(rule), docsUrlOf(rule));
  const rules = enabledRules(config);
  if (kind === 'dockerfile' && config.dockerfile.enable)
    dockerfileLinter().lintDockerfile(doc.text, rules.dockerfile, contextFor, config.dockerfile, doc);
  if (isWorkflowFileKind(kind) && config.workflow.enable)
    workflowLinter().lintWorkflow(doc.text, kind, rules.workflow, contextFor, config.workflow, doc.readRepoFile);
  if (config.secrets.enable)
    scanSecrets(doc.text, rules.secrets, contextFor, { path: doc.path, allowlists: config.secrets.gitleaks?.allowlists ?? [] });

  if (findings.length === 0) return { kind, findings, suppressed: 0 };
  const suppressions = SuppressionIndex.build(doc.text, kind, file.lines);
  const ignored = config.secrets.ignoredFindings;
  // zizmor.yml / actionlint.yaml ignores concern workflow and action files only.
  const configIgnores = isWorkflowFileKind(kind) ? config.workflow.ignores : undefined;
  const kept = findings.filter(
    (f) =>
      !suppressions.isSuppressed(f) &&
      !(ignored && f.category === 'secret' && ignored.has(`${doc.path}:${f.ruleId}:${f.range.start.line + 1}`)) &&
      !(configIgnores && ignoredByConfig(f, doc.path, configIgnores)),
  );
  kept.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.ruleId.localeCompare(b.ruleId),
  );
  return { kind, findings: kept, suppressed: findings.length - kept.length };
}

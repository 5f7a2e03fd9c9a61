/**
 * The engine's vocabulary. Positions and ranges are LSP's (0-based lines, UTF-16 columns), so the
 * language server forwards them untouched and the CLI adds 1 when it prints.
 */
import type { Position, Range, TextEdit } from 'vscode-languageserver-types';

export type { Position, Range, TextEdit };

export type Severity = 'error' | 'warning' | 'info';
/** How sure a rule is that a finding is a real problem; independent of how bad it would be. */
export type Confidence = 'high' | 'medium' | 'low';
export type Category = 'dockerfile' | 'workflow' | 'secret';

/**
 * Whether a fix may be applied without a human looking at it.
 * - `safe`: keeps the meaning of the file; may run in fix-all, on save and in `drydock check --fix`.
 * - `unsafe`: may change behaviour (or needs a choice); offered as a quick fix and `--fix=all` only.
 * - `display-only`: shown as a suggestion, never applied automatically.
 */
export type Applicability = 'safe' | 'unsafe' | 'display-only';

export interface Fix {
  readonly title: string;
  readonly applicability: Applicability;
  readonly edits: readonly TextEdit[];
}

export interface RelatedLocation {
  readonly message: string;
  readonly range: Range;
}

export type FindingTag = 'deprecated' | 'unnecessary';

export interface Finding {
  readonly ruleId: string;
  readonly aliases: readonly string[];
  readonly category: Category;
  readonly severity: Severity;
  readonly confidence: Confidence;
  readonly message: string;
  readonly range: Range;
  readonly docsUrl: string;
  readonly fixes: readonly Fix[];
  readonly related: readonly RelatedLocation[];
  readonly tags: readonly FindingTag[];
}

/** What kind of file a document is; every text file is also scanned for secrets. */
export type FileKind = 'dockerfile' | 'workflow' | 'action' | 'dependabot' | 'other';

/** The YAML files the workflow linter reads: workflows, action metadata, and Dependabot's config. */
export type WorkflowFileKind = 'workflow' | 'action' | 'dependabot';

export function isWorkflowFileKind(kind: FileKind): kind is WorkflowFileKind {
  return kind === 'workflow' || kind === 'action' || kind === 'dependabot';
}

export interface LintDocument {
  /** A path (or URI path) used for classification and messages; `/` separated. */
  readonly path: string;
  readonly text: string;
  /** The editor's language id, when there is one: classifies untitled documents. */
  readonly languageId?: string;
  /**
   * Reads another file of the same repository by its root-relative path (a called workflow, a
   * local action's action.yml). Front ends that can read files supply it; rules that need it
   * skip their cross-file checks without it.
   */
  readonly readRepoFile?: (relativePath: string) => string | undefined;
  /**
   * The document's own path relative to the root `readRepoFile` resolves against
   * (`docker/Dockerfile`), so rules can read files next to it (a Dockerfile's `.dockerignore`).
   */
  readonly repoPath?: string | undefined;
  /**
   * What a registry said about a base image (`FROM <ref>`), answered synchronously from metadata a
   * front end fetched before the lint (`--registry`, `dockerfile.registryLookups`). Undefined for
   * a reference that was not looked up or whose lookup failed: rules that need it stay silent.
   */
  readonly imageMetadata?: ((ref: string) => ImagePlatforms | undefined) | undefined;
}

/** One platform of an image, in OCI's terms (`linux`, `arm64`, `v8`). */
export interface ImagePlatform {
  readonly os: string;
  readonly architecture: string;
  readonly variant?: string;
}

/** The platforms an image reference provides: one for a single-platform image, each entry of an index. */
export interface ImagePlatforms {
  readonly platforms: readonly ImagePlatform[];
  /** True when the reference names an index (manifest list), so a build picks one of `platforms`. */
  readonly index: boolean;
}

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 1, warning: 2, error: 3 };

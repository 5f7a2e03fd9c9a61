/** Custom messages between the Drydock client and server (beyond standard LSP). */

/** Server → client: read a workspace file (the server may run in a web worker with no fs). */
export const READ_FILE_REQUEST = 'drydock/readFile';
export interface ReadFileParams {
  readonly uri: string;
}
/** The file's text, or null when it does not exist or cannot be read. */
export type ReadFileResult = string | null;

/** Server → client: how many findings a document has, for the language status item. */
export const STATUS_NOTIFICATION = 'drydock/status';
export interface StatusParams {
  readonly uri: string;
  readonly version: number | null;
  readonly findings: number;
  readonly skipped?: string;
  readonly configProblems?: readonly string[];
}

/** The command the "Show documentation" code action runs. */
export const SHOW_DOCUMENTATION_COMMAND = 'drydock.showDocumentation';

/** The code action kind of Drydock's fix-all (safe fixes only). */
export const FIX_ALL_KIND = 'source.fixAll.drydock';

/** The language server's `initializationOptions`. */
export interface InitializationOptions {
  /** Whether the workspace is trusted: only then does the server run ShellCheck (a local binary). */
  readonly workspaceTrusted?: boolean;
}

/** Client → server: the user trusted the workspace (trust cannot be withdrawn without a reload). */
export const WORKSPACE_TRUSTED_NOTIFICATION = 'drydock/workspaceTrusted';

/** Client → server: lint a file's text with that file's config (used by the workspace scan). */
export const LINT_TEXT_REQUEST = 'drydock/lintText';
export interface LintTextParams {
  readonly uri: string;
  readonly text: string;
  /** Only the secret detectors (the "Scan workspace for secrets" command). */
  readonly secretsOnly: boolean;
}
export interface LintTextResult {
  /** LSP diagnostics, as the server publishes them for open documents. */
  readonly diagnostics: import('vscode-languageserver-types').Diagnostic[];
}

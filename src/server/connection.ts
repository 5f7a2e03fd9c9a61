/**
 * The language server, shared by the Node (IPC) and web-worker entries: diagnostics on open and
 * change (debounced per document, never published for an older version of the text), code
 * actions built from the engine's fixes, and the safe fix-all. With a ShellCheck runner (the Node
 * entry passes one; the web worker cannot) and a trusted workspace, ShellCheck's findings for a
 * Dockerfile's RUN scripts and a workflow's `run:` scripts follow the engine's: the engine's are
 * published first (with the cached ShellCheck results of unchanged scripts), then the merged set
 * once ShellCheck is done. Workflow rules that read other files of the repository (a called
 * workflow, a local action) get them prefetched through the client before each lint.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { mergeFindings, planShellcheck, shellcheckEnabled, type ShellcheckComment, type ShellcheckRunner } from '../dockerfile/shellcheck';
import { classify } from '../engine/classify';
import type { ConfigProblem, DrydockConfig } from '../engine/config';
import { lint, type LintResult } from '../engine/lint';
import { planWorkflowShellcheck, workflowShellcheckEnabled, type ShellcheckPlanLike } from '../workflow/shellcheck';
import { type LineIndex, lineIndexOf } from '../engine/text';
import type { Finding } from '../engine/types';
import {
  FIX_ALL_KIND,
  READ_FILE_REQUEST,
  STATUS_NOTIFICATION,
  WORKSPACE_TRUSTED_NOTIFICATION,
  type InitializationOptions,
  type ReadFileParams,
  type ReadFileResult,
  type StatusParams,
  LINT_TEXT_REQUEST,
  type LintTextParams,
  type LintTextResult,
} from '../shared/protocol';
import { codeActionsFor, type LintedDocument } from './code-actions';
import { ConfigStore, splitUri } from './config-store';
import { toDiagnostic } from './diagnostics';
import { isConfigFileUri, RepoFileCache } from './repo-files';
import { RegistryClient } from '../registry/client';
import { RegistryLookups } from './registry-lookups';

/** Long enough to coalesce a burst of keystrokes, short enough to feel instant. */
const DEBOUNCE_MS = 60;

export interface ServerOptions {
  /** Runs ShellCheck (Node entry only). Without it, no SC findings. */
  readonly shellcheck?: ShellcheckRunner;
  /** Answers `drydock.dockerfile.registryLookups` (a default client on the global `fetch` otherwise). */
  readonly registry?: RegistryClient;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  const linted = new Map<string, LintedDocument & { version: number }>();
  /** The latest run per document: a ShellCheck result from an older run is dropped. */
  const runs = new Map<string, number>();
  let runCounter = 0;
  let folders: string[] = [];
  let hasConfigurationCapability = false;
  // ShellCheck is a binary on the user's machine: run it only once the workspace is trusted.
  let workspaceTrusted = false;
  const { shellcheck } = options;

  const readThroughClient = async (uri: string): Promise<string | undefined> => {
    const text = await connection.sendRequest<ReadFileResult>(READ_FILE_REQUEST, { uri } satisfies ReadFileParams);
    return text ?? undefined;
  };
  const configs = new ConfigStore({
    readFile: readThroughClient,
    getSettings: async (uri): Promise<unknown> =>
      hasConfigurationCapability
        ? ((await connection.workspace.getConfiguration({ scopeUri: uri, section: 'drydock' })) as unknown)
        : undefined,
    workspaceFolders: () => folders,
  });
  // An open document is read as the user sees it, unsaved edits included.
  const repoFiles = new RepoFileCache({
    readFile: readThroughClient,
    openText: (uri) => documents.get(uri)?.getText(),
    workspaceFolders: () => folders,
  });
  // Base image platforms (InvalidBaseImagePlatform): fetched in the background, then a re-lint.
  const registryLookups = new RegistryLookups(options.registry ?? new RegistryClient(), (uri) => {
    if (documents.get(uri)) schedule(uri, 0);
  });

  connection.onInitialize((params): InitializeResult => {
    hasConfigurationCapability = params.capabilities.workspace?.configuration === true;
    folders = (params.workspaceFolders ?? []).map((f) => f.uri);
    workspaceTrusted = (params.initializationOptions as InitializationOptions | undefined)?.workspaceTrusted === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'drydock' },
    };
  });

  connection.onInitialized(() => {
    if (hasConfigurationCapability) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'drydock' });
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(event.removed.map((f) => f.uri));
      folders = [...folders.filter((f) => !removed.has(f)), ...event.added.map((f) => f.uri)];
      refreshAll();
    });
  });

  const pathOf = (uri: string): string => {
    const split = splitUri(uri);
    try {
      return split ? decodeURIComponent(split.path) : uri;
    } catch {
      return split?.path ?? uri;
    }
  };

  /** The ShellCheck plan for a linted document, when ShellCheck may run on it. */
  const shellcheckPlan = (result: LintResult, config: DrydockConfig, text: string, path: string): ShellcheckPlanLike | undefined => {
    if (shellcheck === undefined || !workspaceTrusted || result.skipped !== undefined) return undefined;
    if (result.kind === 'dockerfile') return shellcheckEnabled(config) ? planShellcheck(text, config) : undefined;
    if (result.kind === 'workflow' || result.kind === 'action')
      return workflowShellcheckEnabled(config) ? planWorkflowShellcheck(text, result.kind, path, config) : undefined;
    return undefined;
  };

  function publish(
    uri: string,
    version: number,
    result: LintResult,
    findings: readonly Finding[],
    problems: readonly ConfigProblem[],
  ): void {
    void connection.sendDiagnostics({ uri, version, diagnostics: findings.map((f) => toDiagnostic(f, uri)) });
    const status: StatusParams = {
      uri,
      version,
      findings: findings.length,
      ...(result.skipped ? { skipped: result.skipped } : {}),
      ...(problems.length ? { configProblems: problems.map((p) => `${p.source}: ${p.message}`) } : {}),
    };
    void connection.sendNotification(STATUS_NOTIFICATION, status);
  }

  async function validate(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    const { config, problems } = await configs.get(uri);
    const path = pathOf(uri);
    const kind = classify(path, document.languageId);
    const readRepoFile =
      (kind === 'workflow' || kind === 'action') && config.workflow.enable
        ? await repoFiles.prefetch(uri, document.getText(), kind).catch(() => undefined)
        : undefined;
    // A Dockerfile reads its .dockerignore (CopyIgnoredFile).
    const dockerfileFiles =
      kind === 'dockerfile' && config.dockerfile.enable ? await repoFiles.prefetchDockerfile(uri).catch(() => undefined) : undefined;
    // The text may have changed while the config was read: a newer run is already scheduled.
    const current = documents.get(uri);
    if (!current || current.version !== version) return;
    const run = ++runCounter;
    runs.set(uri, run);
    const text = current.getText();
    // Registry lookups reach the network: only when asked for, and only in a trusted workspace.
    const imageMetadata =
      kind === 'dockerfile' && config.dockerfile.enable && config.dockerfile.registryLookups && workspaceTrusted
        ? registryLookups.lookupFor(uri, text, config)
        : undefined;
    let result: LintResult;
    try {
      result = lint(
        {
          path,
          text,
          languageId: current.languageId,
          ...(readRepoFile ? { readRepoFile } : {}),
          ...dockerfileFiles,
          ...(imageMetadata ? { imageMetadata } : {}),
        },
        config,
      );
    } catch (error) {
      // A rule bug must never take the server (and every other file's diagnostics) down.
      connection.console.error(
        `drydock: linting ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      return;
    }
    // ShellCheck results already cached (RUNs that did not change) go out with the engine's.
    let plan: ShellcheckPlanLike | undefined;
    let cached: (readonly ShellcheckComment[] | undefined)[] = [];
    let shellFindings: Finding[] = [];
    if (shellcheck) {
      try {
        plan = shellcheckPlan(result, config, text, path);
        if (plan) {
          cached = plan.jobs.map((j) => shellcheck.peek?.(j.script, j.shell));
          shellFindings = plan.resolve(cached).findings;
        }
      } catch (error) {
        connection.console.error(
          `drydock: preparing ShellCheck for ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        plan = undefined;
      }
    }
    // Only code actions ("ignore on this line") need line offsets: build them on first use, not
    // on every keystroke.
    let lineIndex: LineIndex | undefined;
    const record = (findings: readonly Finding[]) =>
      linted.set(uri, {
        uri,
        path,
        languageId: current.languageId,
        kind: result.kind,
        text,
        get lines() {
          return (lineIndex ??= lineIndexOf(text));
        },
        findings,
        version,
      });
    const first = mergeFindings(result.findings, shellFindings);
    record(first);
    publish(uri, version, result, first, problems);
    for (const p of problems) connection.console.warn(`drydock: ${p.source}: ${p.message}`);

    if (!shellcheck || !plan || cached.every((c) => c !== undefined)) return;
    // The rest runs in the background: diagnostics and code actions never wait for ShellCheck.
    const jobs = plan.jobs;
    const resolvePlan = plan.resolve.bind(plan);
    void Promise.all(jobs.map((j) => shellcheck(j.script, j.shell).catch(() => undefined)))
      .then((results) => {
        // Never publish for an older version, nor over a newer run of the same version.
        if (runs.get(uri) !== run || documents.get(uri)?.version !== version) return;
        const next = resolvePlan(results).findings;
        if (JSON.stringify(next) === JSON.stringify(shellFindings)) return;
        const merged = mergeFindings(result.findings, next);
        record(merged);
        publish(uri, version, result, merged, problems);
      })
      .catch((error: unknown) =>
        connection.console.error(
          `drydock: ShellCheck for ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        ),
      );
  }

  function schedule(uri: string, delay: number): void {
    const existing = pending.get(uri);
    if (existing) clearTimeout(existing);
    pending.set(
      uri,
      setTimeout(() => {
        pending.delete(uri);
        validate(uri).catch((error: unknown) => connection.console.error(`drydock: ${String(error)}`));
      }, delay),
    );
  }

  function refreshAll(): void {
    configs.invalidate();
    repoFiles.invalidateAll();
    for (const doc of documents.all()) schedule(doc.uri, 0);
  }

  /** Re-lints the open documents that read `uri` (a called workflow or local action changed). */
  function refreshDependents(uri: string, delay: number): void {
    for (const dependent of repoFiles.dependentsOf(uri)) if (dependent !== uri && documents.get(dependent)) schedule(dependent, delay);
  }

  documents.onDidOpen((e) => {
    schedule(e.document.uri, 0);
    // Its live text now replaces what was read from disk for the documents that refer to it.
    refreshDependents(e.document.uri, 0);
  });
  documents.onDidChangeContent((e) => {
    void configs.get(e.document.uri).then(({ editor }) => {
      if (editor.run === 'onType') {
        schedule(e.document.uri, DEBOUNCE_MS);
        refreshDependents(e.document.uri, DEBOUNCE_MS);
      }
    });
  });
  documents.onDidSave((e) => schedule(e.document.uri, 0));
  documents.onDidClose((e) => {
    // Back to the file on disk for the documents that refer to this one.
    repoFiles.invalidate(e.document.uri);
    refreshDependents(e.document.uri, 0);
    const timer = pending.get(e.document.uri);
    if (timer) clearTimeout(timer);
    pending.delete(e.document.uri);
    linted.delete(e.document.uri);
    runs.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration(() => refreshAll());
  connection.onNotification(WORKSPACE_TRUSTED_NOTIFICATION, () => {
    if (workspaceTrusted) return;
    workspaceTrusted = true;
    // ShellCheck and registry lookups wait for trust: what was linted without them is linted again.
    refreshAll();
  });
  connection.onDidChangeWatchedFiles((params) => {
    // A config file changes every document's config; a workflow or action.yml only those that read it.
    if (params.changes.some((c) => isConfigFileUri(c.uri))) {
      refreshAll();
      return;
    }
    for (const change of params.changes) {
      repoFiles.invalidate(change.uri);
      refreshDependents(change.uri, 0);
    }
  });

  // The workspace scan: lint a file's text (not an open document) with that file's config.
  connection.onRequest(LINT_TEXT_REQUEST, async (params: LintTextParams): Promise<LintTextResult> => {
    const { config } = await configs.get(params.uri);
    const effective = params.secretsOnly
      ? { ...config, dockerfile: { ...config.dockerfile, enable: false }, workflow: { ...config.workflow, enable: false } }
      : config;
    try {
      const result = lint({ path: pathOf(params.uri), text: params.text }, effective);
      return { diagnostics: result.findings.map((f) => toDiagnostic(f, params.uri)) };
    } catch (error) {
      connection.console.error(`drydock: scanning ${params.uri} failed: ${error instanceof Error ? error.message : String(error)}`);
      return { diagnostics: [] };
    }
  });

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    let entry = linted.get(document.uri);
    if (!entry || entry.version !== document.version) {
      // Actions are asked for right after a keystroke, before the debounced run: lint now.
      await validate(document.uri);
      entry = linted.get(document.uri);
    }
    if (!entry || entry.version !== document.version) return [];
    const { editor } = await configs.get(document.uri);
    return codeActionsFor(entry, params, editor);
  });

  documents.listen(connection);
  connection.listen();
}

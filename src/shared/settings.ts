/**
 * The one source of truth for `drydock.*` settings: the client reads them, the server receives
 * them, and a unit test checks this table against package.json `contributes.configuration`.
 * Engine settings share their keys with `.drydock.yaml` (see engine/config.ts); editor-only ones
 * are listed in EDITOR_ONLY_SETTINGS and never reach the engine.
 */

export interface SettingSpec {
  readonly key: string;
  readonly type: 'boolean' | 'number' | 'string' | 'object' | 'array';
  readonly default: unknown;
  readonly enum?: readonly string[];
}

export const SETTINGS: readonly SettingSpec[] = [
  { key: 'drydock.enable', type: 'boolean', default: true },
  { key: 'drydock.rules', type: 'object', default: {} },
  { key: 'drydock.dockerfile.enable', type: 'boolean', default: true },
  { key: 'drydock.dockerfile.trustedRegistries', type: 'array', default: [] },
  { key: 'drydock.dockerfile.labelSchema', type: 'object', default: {} },
  { key: 'drydock.dockerfile.strictLabels', type: 'boolean', default: false },
  { key: 'drydock.dockerfile.shippedStagesOnly', type: 'array', default: [] },
  { key: 'drydock.dockerfile.shellcheck', type: 'boolean', default: true },
  { key: 'drydock.dockerfile.registryLookups', type: 'boolean', default: false },
  { key: 'drydock.dockerfile.targetPlatform', type: 'string', default: 'linux/amd64' },
  { key: 'drydock.workflow.enable', type: 'boolean', default: true },
  { key: 'drydock.workflow.persona', type: 'string', default: 'regular', enum: ['regular', 'pedantic', 'auditor'] },
  { key: 'drydock.workflow.runnerLabels', type: 'array', default: [] },
  // null: `vars.*` are not checked (actionlint's default); a list, even empty, is checked.
  { key: 'drydock.workflow.configVariables', type: 'array', default: null },
  { key: 'drydock.workflow.shellcheck', type: 'boolean', default: true },
  { key: 'drydock.secrets.enable', type: 'boolean', default: true },
  { key: 'drydock.secrets.maxFileSizeKb', type: 'number', default: 1024 },
  { key: 'drydock.run', type: 'string', default: 'onType', enum: ['onType', 'onSave'] },
  { key: 'drydock.codeActions.ignoreComment', type: 'boolean', default: true },
  { key: 'drydock.codeActions.showDocumentation', type: 'boolean', default: true },
  { key: 'drydock.trace.server', type: 'string', default: 'off', enum: ['off', 'messages', 'verbose'] },
];

/** Top-level keys (under `drydock.`) that configure the editor, not the engine. */
export const EDITOR_ONLY_SETTINGS = ['run', 'codeActions', 'trace'] as const;

export interface EditorSettings {
  readonly run: 'onType' | 'onSave';
  readonly ignoreComment: boolean;
  readonly showDocumentation: boolean;
}

export const DEFAULT_EDITOR_SETTINGS: EditorSettings = { run: 'onType', ignoreComment: true, showDocumentation: true };

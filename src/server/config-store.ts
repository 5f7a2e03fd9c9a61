/**
 * Resolves the engine config for a document: the editor's `drydock.*` settings for its folder,
 * then `.drydock.yaml` files from the workspace folder down to the document. Reads go through a
 * port (the client serves them, so the same code works in a web worker and for virtual
 * workspaces); results are cached until settings or a config file change.
 */
import { resolveConfigForFile, toPartialConfig, type ConfigProblem, type DrydockConfig, type PartialConfig } from '../engine/config';
import { DEFAULT_EDITOR_SETTINGS, EDITOR_ONLY_SETTINGS, type EditorSettings } from '../shared/settings';

export interface ConfigPorts {
  readFile(uri: string): Promise<string | undefined>;
  /** The `drydock` settings section for a document (or undefined when the client has none). */
  getSettings(uri: string): Promise<unknown>;
  workspaceFolders(): readonly string[];
}

export interface ResolvedDocumentConfig {
  readonly config: DrydockConfig;
  readonly editor: EditorSettings;
  readonly problems: readonly ConfigProblem[];
}

interface SplitUri {
  readonly prefix: string;
  readonly path: string;
}

/** `file:///a/b` → prefix `file://`, path `/a/b`; keeps the scheme and authority for rebuilding. */
export function splitUri(uri: string): SplitUri | undefined {
  const m = /^([a-zA-Z][\w+.-]*:\/\/[^/]*)(\/.*)?$/.exec(uri);
  if (!m?.[1]) return undefined;
  return { prefix: m[1], path: m[2] ?? '/' };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function editorSettings(raw: unknown): EditorSettings {
  if (!isRecord(raw)) return DEFAULT_EDITOR_SETTINGS;
  const actions = isRecord(raw['codeActions']) ? raw['codeActions'] : {};
  return {
    run: raw['run'] === 'onSave' ? 'onSave' : 'onType',
    ignoreComment: actions['ignoreComment'] !== false,
    showDocumentation: actions['showDocumentation'] !== false,
  };
}

export class ConfigStore {
  private readonly cache = new Map<string, Promise<ResolvedDocumentConfig>>();

  constructor(private readonly ports: ConfigPorts) {}

  invalidate(): void {
    this.cache.clear();
  }

  get(uri: string): Promise<ResolvedDocumentConfig> {
    const split = splitUri(uri);
    // One cache entry per folder: every file in a folder shares its config.
    const key = split ? split.prefix + split.path.slice(0, split.path.lastIndexOf('/') + 1) : uri;
    let entry = this.cache.get(key);
    if (!entry) {
      entry = this.resolve(uri, split);
      this.cache.set(key, entry);
    }
    return entry;
  }

  private async resolve(uri: string, split: SplitUri | undefined): Promise<ResolvedDocumentConfig> {
    const problems: ConfigProblem[] = [];
    const raw = await this.ports.getSettings(uri).catch(() => undefined);
    const engineSettings: Record<string, unknown> = {};
    if (isRecord(raw)) {
      for (const [k, v] of Object.entries(raw)) if (!(EDITOR_ONLY_SETTINGS as readonly string[]).includes(k)) engineSettings[k] = v;
    }
    const base: PartialConfig = toPartialConfig(engineSettings, 'settings', problems);
    if (!split) {
      const { config } = await resolveConfigForFile('/untitled', '/', () => Promise.resolve(undefined), base);
      return { config, editor: editorSettings(raw), problems };
    }
    const folder = this.ports
      .workspaceFolders()
      .map(splitUri)
      .filter(
        (f): f is SplitUri =>
          f !== undefined && f.prefix === split.prefix && (split.path === f.path || split.path.startsWith(f.path.replace(/\/?$/, '/'))),
      )
      .sort((a, b) => b.path.length - a.path.length)[0];
    // Without a workspace folder, look only next to the file, never up to the filesystem root.
    const root = folder ? folder.path.replace(/\/$/, '') || '/' : split.path.slice(0, split.path.lastIndexOf('/')) || '/';
    const resolved = await resolveConfigForFile(split.path, root, (path) => this.ports.readFile(split.prefix + path), base);
    return { config: resolved.config, editor: editorSettings(raw), problems: [...problems, ...resolved.problems] };
  }
}

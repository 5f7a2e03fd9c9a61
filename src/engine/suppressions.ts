/**
 * Inline ignores. Drydock's own syntax works after any comment marker, so it also silences
 * secrets in any language:
 *
 *   # drydock-ignore-next-line DL3007, unpinned-uses -- reason
 *   FROM node:latest   # drydock-ignore DL3007 -- reason
 *   # drydock-ignore-file github-pat
 *
 * An empty id list (or `all`) silences every rule. Ids match a rule's id or any alias, so peers'
 * ids keep working. Peers' own syntaxes are registered below as `SuppressionSyntax`es; the rule
 * issues add theirs (hadolint, zizmor, BuildKit `check=skip`, gitleaks).
 */
import { isWorkflowFileKind, type Category, type FileKind, type Finding } from './types';
import { basename, normalizeSlashes } from './path';
import { type LineIndex, lineIndexOf } from './text';
import type { FindingIgnore } from './workflow-config';
import { yamlComment, yamlLayout } from './yaml-comments';

export type SuppressionScope = 'line' | 'next-line' | 'file';

export interface Suppression {
  /** Lower-cased ids; empty means every rule. */
  readonly ids: ReadonlySet<string>;
  readonly scope: SuppressionScope;
  /** The line the comment is on (0-based). */
  readonly line: number;
  /** Only findings of this category, when set (e.g. `gitleaks:allow` only silences secrets). */
  readonly category?: Category;
  /**
   * Also silences a finding whose related locations reach this line, not only its own range:
   * zizmor honours an ignore comment anywhere in any span of a finding.
   */
  readonly anySpan?: boolean;
}

export interface SuppressionSyntax {
  readonly name: string;
  /** A cheap substring that must occur in the text for this syntax to be looked for at all. */
  readonly marker: string;
  readonly appliesTo: (kind: FileKind) => boolean;
  /**
   * Parses one line that contains the marker; returns undefined when it is not a directive. `lines`
   * gives the rest of the document, for syntaxes whose meaning depends on where the line is.
   */
  readonly parse: (lineText: string, line: number, lines: LineIndex) => Suppression | undefined;
}

function idSet(list: string | undefined): Set<string> {
  const ids = new Set<string>();
  for (const id of (list ?? '').split(/[\s,]+/)) {
    const trimmed = id.trim().toLowerCase();
    if (trimmed && trimmed !== 'all') ids.add(trimmed);
  }
  return ids;
}

const DRYDOCK = /drydock-ignore(-next-line|-file)?(?![\w-])(?:[ \t]+((?:(?!--)[^\n*]|\*(?!\/))*))?/;

const drydockSyntax: SuppressionSyntax = {
  name: 'drydock',
  marker: 'drydock-ignore',
  appliesTo: () => true,
  parse(lineText, line) {
    const m = DRYDOCK.exec(lineText);
    if (!m) return undefined;
    const scope: SuppressionScope = m[1] === '-next-line' ? 'next-line' : m[1] === '-file' ? 'file' : 'line';
    // Trailing comment closers (`-->`, `*/`) are not ids.
    const list = (m[2] ?? '').replace(/(?:-->|\*\/).*$/, '');
    return { ids: idSet(list), scope, line };
  },
};

const gitleaksSyntax: SuppressionSyntax = {
  name: 'gitleaks',
  marker: 'gitleaks:allow',
  appliesTo: () => true,
  parse: (_text, line) => ({ ids: new Set(), scope: 'line', line, category: 'secret' }),
};

const HADOLINT = /^\s*#\s*hadolint\s+(global\s+)?ignore\s*=\s*([\w\s,-]+)/;
const hadolintSyntax: SuppressionSyntax = {
  name: 'hadolint',
  marker: 'hadolint',
  appliesTo: (kind) => kind === 'dockerfile',
  parse(lineText, line) {
    const m = HADOLINT.exec(lineText);
    if (!m) return undefined;
    return { ids: idSet(m[2]), scope: m[1] ? 'file' : 'next-line', line };
  },
};

/**
 * zizmor's own pattern, as strict as zizmor is: exactly `# zizmor: ignore[a,b]`, ids separated by
 * commas only, anything after the `]` separated by a blank; and only in a real YAML comment, not
 * in the text of a `run: |` script or a quoted string.
 */
const ZIZMOR = /# zizmor: ignore\[(.+)\](?:\s+.*)?$/;
const zizmorSyntax: SuppressionSyntax = {
  name: 'zizmor',
  marker: 'zizmor:',
  appliesTo: (kind) => isWorkflowFileKind(kind),
  parse(_lineText, line, lines) {
    const comment = yamlComment(lines, line);
    const m = comment === undefined ? null : ZIZMOR.exec(comment.trimEnd());
    if (!m) return undefined;
    const ids = new Set((m[1] ?? '').split(',').map((id) => id.trim().toLowerCase()));
    ids.delete('');
    // `ignore[]` ignores nothing (an empty set would mean "every rule" here).
    return ids.size ? { ids, scope: 'line', line, anySpan: true } : undefined;
  },
};

/** BuildKit's build checks, which `# check=skip=all` turns off (and nothing else). */
const BUILDKIT_CHECKS = [
  'StageNameCasing',
  'FromAsCasing',
  'NoEmptyContinuation',
  'ConsistentInstructionCasing',
  'DuplicateStageName',
  'ReservedStageName',
  'JSONArgsRecommended',
  'MaintainerDeprecated',
  'UndefinedArgInFrom',
  'WorkdirRelativePath',
  'UndefinedVar',
  'MultipleInstructionsDisallowed',
  'LegacyKeyValueFormat',
  'InvalidBaseImagePlatform',
  'RedundantTargetPlatform',
  'SecretsUsedInArgOrEnv',
  'InvalidDefaultArgInFrom',
  'FromPlatformFlagConstDisallowed',
  'CopyIgnoredFile',
  'InvalidDefinitionDescription',
  'ExposeProtoCasing',
  'ExposeInvalidFormat',
].map((id) => id.toLowerCase());

/** The parser directives BuildKit knows; any other line ends the directive block. */
const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);

const CHECK_OPTIONS = new Set(['skip', 'error', 'experimental']);

/** BuildKit's parser-directive shape: `# key = value`, the key a letter then letters or digits. */
const DIRECTIVE_LINE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;

/**
 * BuildKit's `check` directive: `# check=skip=Rule1,Rule2` (or `skip=all`), optionally with
 * `;error=true` / `;experimental=…` parts that Drydock ignores. In the parser-directive block at the
 * top of the file it applies to the whole file; anywhere else (Dockerfile frontend 1.21+) it applies
 * to the instruction right below the comment block. Rule names are case-sensitive in BuildKit but,
 * like every Drydock ignore, matched here without case. `skip=all` silences only BuildKit's checks
 * (and the rules that carry their names as aliases), not every Drydock rule.
 */
const buildkitSyntax: SuppressionSyntax = {
  name: 'buildkit',
  marker: 'check',
  appliesTo: (kind) => kind === 'dockerfile',
  parse(lineText, line, lines) {
    const m = DIRECTIVE_LINE.exec(lineText.trim());
    if (m?.[1]?.toLowerCase() !== 'check') return undefined;
    // At the top of the file every line up to this one is a directive; further down, a comment
    // before an instruction is read up to its first space, as BuildKit does.
    let top = true;
    for (let l = 0; l < line && top; l++)
      top = KNOWN_DIRECTIVES.has(DIRECTIVE_LINE.exec(lines.lineText(l).trim())?.[1]?.toLowerCase() ?? '');
    const value = top ? (m[2] ?? '') : ((m[2] ?? '').split(' ')[0] ?? '');
    let skip: string | undefined;
    for (const part of value.split(';')) {
      const eq = part.indexOf('=');
      const key = part.slice(0, eq).trim();
      // BuildKit rejects the whole directive when a part is not `key=value` with a known key.
      if (eq < 0 || !CHECK_OPTIONS.has(key)) return undefined;
      if (key === 'skip') skip = part.slice(eq + 1).trim();
    }
    if (skip === undefined || skip === '') return undefined;
    const ids = skip === 'all' ? new Set(BUILDKIT_CHECKS) : idSet(skip);
    if (ids.size === 0) return undefined;
    return { ids, scope: top ? 'file' : 'next-line', line };
  },
};

export const SUPPRESSION_SYNTAXES: readonly SuppressionSyntax[] = [
  drydockSyntax,
  gitleaksSyntax,
  hadolintSyntax,
  zizmorSyntax,
  buildkitSyntax,
];

const COMMENT_ONLY = /^\s*(?:#|\/\/|\/\*|\*|<!--|;|--\s|REM\s)/;

export class SuppressionIndex {
  private readonly byLine = new Map<number, Suppression[]>();
  private readonly fileWide: Suppression[] = [];
  /** Whether some suppression also applies to related locations (only then are they looked at). */
  private anySpan = false;

  private constructor(private readonly kind: FileKind) {}

  static build(text: string, kind: FileKind, lines?: LineIndex): SuppressionIndex {
    const index = new SuppressionIndex(kind);
    const syntaxes = SUPPRESSION_SYNTAXES.filter((s) => s.appliesTo(kind) && text.includes(s.marker));
    if (syntaxes.length === 0) return index;
    const lineIndex = lines ?? lineIndexOf(text);
    for (const syntax of syntaxes) {
      let from = 0;
      let lastLine = -1;
      for (;;) {
        const at = text.indexOf(syntax.marker, from);
        if (at < 0) break;
        from = at + syntax.marker.length;
        const line = lineIndex.positionAt(at).line;
        if (line === lastLine) continue;
        lastLine = line;
        const found = syntax.parse(lineIndex.lineText(line), line, lineIndex);
        if (found) index.add(found, lineIndex);
      }
    }
    return index;
  }

  private add(s: Suppression, lines: LineIndex): void {
    if (s.scope === 'file') {
      this.fileWide.push(s);
      return;
    }
    if (s.anySpan) this.anySpan = true;
    const targets: number[] = [];
    if (s.scope === 'line') {
      targets.push(s.line);
      // In YAML, a comment on `run: |` (a block scalar's indicator line) covers the whole block:
      // a comment line inside it would be part of the script, not a comment.
      const yaml = isWorkflowFileKind(this.kind);
      const end = yaml ? yamlLayout(lines).bodyEnd.get(s.line) : undefined;
      if (end !== undefined) for (let l = s.line + 1; l <= end; l++) targets.push(l);
    } else {
      // The next line that is code, and the lines it continues onto (`\` continuations in
      // Dockerfiles and shell), so a multi-line instruction is covered whole.
      let line = s.line + 1;
      while (line < lines.lineCount && (lines.lineText(line).trim() === '' || COMMENT_ONLY.test(lines.lineText(line)))) line++;
      if (line >= lines.lineCount) return;
      targets.push(line);
      while (/\\\s*$/.test(lines.lineText(line)) && line + 1 < lines.lineCount) targets.push(++line);
    }
    for (const t of targets) {
      const list = this.byLine.get(t);
      if (list) list.push(s);
      else this.byLine.set(t, [s]);
    }
  }

  get isEmpty(): boolean {
    return this.byLine.size === 0 && this.fileWide.length === 0;
  }

  isSuppressed(finding: Pick<Finding, 'ruleId' | 'aliases' | 'category' | 'range'> & Partial<Pick<Finding, 'related'>>): boolean {
    if (this.isEmpty) return false;
    const matches = (s: Suppression) =>
      (s.category === undefined || s.category === finding.category) &&
      (s.ids.size === 0 || s.ids.has(finding.ruleId.toLowerCase()) || finding.aliases.some((a) => s.ids.has(a.toLowerCase())));
    if (this.fileWide.some(matches)) return true;
    for (let line = finding.range.start.line; line <= finding.range.end.line; line++) {
      if (this.byLine.get(line)?.some(matches)) return true;
    }
    if (this.anySpan && finding.related) {
      for (const related of finding.related) {
        for (let line = related.range.start.line; line <= related.range.end.line; line++) {
          if (this.byLine.get(line)?.some((s) => s.anySpan === true && matches(s))) return true;
        }
      }
    }
    return false;
  }
}

/**
 * Whether a peer's config file silences `finding` of the file at `path` (a workflow or action):
 * a zizmor.yml `rules.<id>.ignore` entry (the rule's id or alias, the file's base name, and the
 * 1-based line and column of the finding's start when given), or an actionlint.yaml
 * `paths.<glob>.ignore` regex matching the finding's message in a file the glob matches.
 */
export function ignoredByConfig(
  finding: Pick<Finding, 'ruleId' | 'aliases' | 'message' | 'range'>,
  path: string,
  ignores: readonly FindingIgnore[] | undefined,
  actionlintWording?: string,
): boolean {
  if (!ignores || ignores.length === 0) return false;
  const file = basename(path);
  for (const ignore of ignores) {
    if (ignore.from === 'zizmor') {
      if (ignore.file !== file) continue;
      const id = ignore.rule;
      if (finding.ruleId.toLowerCase() !== id && !finding.aliases.some((a) => a.toLowerCase() === id)) continue;
      if (ignore.line !== undefined && ignore.line !== finding.range.start.line + 1) continue;
      if (ignore.column !== undefined && ignore.column !== finding.range.start.character + 1) continue;
      return true;
    }
    const relative = relativeTo(path, ignore.root);
    if (relative === undefined || !ignore.glob.testExact(relative)) continue;
    const texts = actionlintMessages(finding, actionlintWording);
    if (ignore.messages.some((re) => texts.some((t) => re.test(t)))) return true;
  }
  return false;
}

/** `path` relative to `root`, or undefined when it is not inside; tolerates a URI-encoded root. */
function relativeTo(path: string, root: string): string | undefined {
  const p = normalizeSlashes(path);
  for (const candidate of [root, safeDecode(root)]) {
    const r = normalizeSlashes(candidate).replace(/\/+$/, '');
    if (p.startsWith(`${r}/`)) return p.slice(r.length + 1);
  }
  return undefined;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The texts an actionlint `ignore` regex is tried on: Drydock's message, the message followed by
 * the rule's ids in brackets (as actionlint prints its `[kind]`), and actionlint's own wording of
 * the finding when the caller knows it (ShellCheck's: `shellcheck reported issue in this script:
 * SC2086:info:1:6: …`), so patterns written for actionlint keep working.
 */
function actionlintMessages(finding: Pick<Finding, 'ruleId' | 'aliases' | 'message'>, wording: string | undefined): string[] {
  const texts = [finding.message, `${finding.message} [${[finding.ruleId, ...finding.aliases].join('] [')}]`];
  if (wording !== undefined) texts.push(wording);
  return texts;
}

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
import type { Category, FileKind, Finding } from './types';
import { LineIndex } from './text';

export type SuppressionScope = 'line' | 'next-line' | 'file';

export interface Suppression {
  /** Lower-cased ids; empty means every rule. */
  readonly ids: ReadonlySet<string>;
  readonly scope: SuppressionScope;
  /** The line the comment is on (0-based). */
  readonly line: number;
  /** Only findings of this category, when set (e.g. `gitleaks:allow` only silences secrets). */
  readonly category?: Category;
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

const ZIZMOR = /#\s*zizmor:\s*ignore\[([^\]]*)\]/;
const zizmorSyntax: SuppressionSyntax = {
  name: 'zizmor',
  marker: 'zizmor:',
  appliesTo: (kind) => kind === 'workflow' || kind === 'action',
  parse(lineText, line) {
    const m = ZIZMOR.exec(lineText);
    return m ? { ids: idSet(m[1]), scope: 'line', line } : undefined;
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

  private constructor() {}

  static build(text: string, kind: FileKind, lines?: LineIndex): SuppressionIndex {
    const index = new SuppressionIndex();
    const syntaxes = SUPPRESSION_SYNTAXES.filter((s) => s.appliesTo(kind) && text.includes(s.marker));
    if (syntaxes.length === 0) return index;
    const lineIndex = lines ?? new LineIndex(text);
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
    const targets: number[] = [];
    if (s.scope === 'line') targets.push(s.line);
    else {
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

  isSuppressed(finding: Pick<Finding, 'ruleId' | 'aliases' | 'category' | 'range'>): boolean {
    if (this.isEmpty) return false;
    const matches = (s: Suppression) =>
      (s.category === undefined || s.category === finding.category) &&
      (s.ids.size === 0 || s.ids.has(finding.ruleId.toLowerCase()) || finding.aliases.some((a) => s.ids.has(a.toLowerCase())));
    if (this.fileWide.some(matches)) return true;
    for (let line = finding.range.start.line; line <= finding.range.end.line; line++) {
      if (this.byLine.get(line)?.some(matches)) return true;
    }
    return false;
  }
}

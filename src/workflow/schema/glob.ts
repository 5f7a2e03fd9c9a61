/**
 * GitHub's filter pattern syntax for `branches`, `tags` and `paths` (the "filter pattern cheat
 * sheet"): `*`, `**`, `?` and `+` (zero-or-one / one-or-more of the preceding character), `[…]`
 * classes with ranges, a leading `!` to negate, and `\` to escape a special character. Branch and
 * tag patterns must also be possible Git ref names (`man git-check-ref-format`): no spaces, `~`,
 * `^`, `:`, `..`, `@{`, no leading `/`, no trailing `/` or `.`. The checks follow actionlint's
 * `glob.go`; the ref-name rules go a little further (`..`, `@{`).
 */

export interface GlobProblem {
  /** Index of the offending character in the pattern. */
  readonly index: number;
  /** How many characters to underline (at least 1). */
  readonly length: number;
  readonly message: string;
  /** Patterns that are valid but cannot do what was meant are warnings. */
  readonly severity: 'error' | 'warning';
}

const REF_SPECIAL = new Set([' ', '\t', '~', '^', ':']);

function show(c: string): string {
  return c === ' ' ? 'a space' : c === '\t' ? 'a tab' : c === '\n' || c === '\r' ? 'a line break' : `"${c}"`;
}

/**
 * `ref`: branch and tag filters; `path`: path filters; `plain`: other patterns with the same glob
 * syntax and no naming rules of their own (image names and versions).
 */
export type GlobKind = 'ref' | 'path' | 'plain';

export function validateGlob(pattern: string, kind: GlobKind): GlobProblem[] {
  const problems: GlobProblem[] = [];
  const isRef = kind === 'ref';
  const error = (index: number, message: string, length = 1, severity: 'error' | 'warning' = 'error'): void => {
    problems.push({ index, length: Math.max(1, length), message, severity });
  };
  if (pattern === '') return problems; // the schema rule reports empty values
  if (kind === 'path') {
    if (pattern.startsWith(' ')) return [{ index: 0, length: 1, message: 'a path pattern must not start with a space', severity: 'error' }];
    if (pattern.endsWith(' '))
      return [{ index: pattern.length - 1, length: 1, message: 'a path pattern must not end with a space', severity: 'error' }];
  }
  let i = 0;
  // `prec`: whether the previous token is a character that `?` and `+` can apply to.
  let prec = false;
  if (pattern[0] === '!') {
    if (pattern.length === 1) {
      error(0, 'a "!" pattern needs something to negate after the "!"');
      return problems;
    }
    i = 1;
  } else if (isRef && pattern[0] === '/') {
    error(0, 'a branch or tag name cannot start with "/"');
    i = 1;
    prec = true;
  }
  if (kind === 'path' && pattern.startsWith('./', i))
    error(i, 'path filters are matched against paths without a leading "./", so this pattern never matches: remove "./"', 2, 'warning');
  let last = '';
  while (i < pattern.length) {
    const start = i;
    const c = pattern[i] ?? '';
    i++;
    let nextPrec = true;
    switch (c) {
      case '\\': {
        const escaped = pattern[i];
        if (escaped === '[' || escaped === '?' || escaped === '*') {
          i++;
          if (isRef) error(start, `a branch or tag name cannot contain "${escaped}", escaped or not`, 2);
        } else if (escaped === '+' || escaped === '\\' || escaped === '!') {
          i++;
        } else if (isRef) {
          error(start, 'a branch or tag name cannot contain "\\"; it may only escape [, ?, *, +, \\ and !');
          if (escaped !== undefined) i++;
        }
        break;
      }
      case '?':
      case '+':
        if (!prec)
          error(
            start,
            `"${c}" repeats the character before it (${c === '?' ? 'zero or one' : 'one or more'}), and there is none here: escape it as "\\${c}"`,
          );
        nextPrec = false;
        break;
      case '*':
        nextPrec = false;
        break;
      case '[': {
        if (pattern[i] === ']') {
          error(start, 'an empty character class "[]" matches nothing', 2);
          i++;
          break;
        }
        let chars = 0;
        let closed = false;
        while (i < pattern.length) {
          const d = pattern[i] ?? '';
          i++;
          if (d === ']') {
            closed = true;
            break;
          }
          if (pattern[i] !== '-') {
            chars++;
            continue;
          }
          chars += 2;
          i++; // the `-`
          const end = pattern[i];
          if (end === ']') {
            error(i - 2, `the range "${d}-" in "[…]" has no end`, 2);
            i++;
            closed = true;
            break;
          }
          if (end === undefined) break;
          i++;
          if (d > end) error(i - 3, `the range "${d}-${end}" starts after it ends: write "${end}-${d}"`, 3);
        }
        if (!closed) {
          error(start, 'the character class "[" is never closed with "]"', pattern.length - start);
          return problems;
        }
        if (chars === 1)
          error(start, `"${pattern.slice(start, i)}" matches a single character: write it without the brackets`, i - start, 'warning');
        break;
      }
      case '\n':
      case '\r':
        error(start, 'a filter pattern cannot contain a line break');
        break;
      default:
        if (isRef) {
          if (REF_SPECIAL.has(c))
            error(start, `a branch or tag name cannot contain ${show(c)} (filters are globs, not regular expressions)`);
          else if (c === '.' && pattern[i] === '.') error(start, 'a branch or tag name cannot contain ".."', 2);
          else if (c === '@' && pattern[i] === '{') error(start, 'a branch or tag name cannot contain "@{"', 2);
          else if (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127) error(start, 'a branch or tag name cannot contain control characters');
        }
    }
    prec = nextPrec;
    last = c;
  }
  if (isRef && (last === '/' || last === '.')) error(pattern.length - 1, `a branch or tag name cannot end with "${last}"`);
  return problems;
}

/**
 * Validators for the typed labels of a label schema (hadolint's `label-schema`): each returns
 * undefined when the value conforms, else a short reason for the message. Written as linear scans
 * and anchored regular expressions without nested quantifiers, so no input can make them slow.
 */
import { SPDX_EXCEPTION_IDS, SPDX_LICENSE_IDS } from './spdx-ids';

// ---------------------------------------------------------------------------------------------
// URL: an absolute URI per RFC 3986 (scheme ":" hier-part ["?" query] ["#" fragment]), as
// hadolint's Network.URI.parseURI accepts it.

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
/** pchar, "/" and "?": the characters of a path, query or fragment. */
const PATH_CHARS = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*$/;
const PATH_ONLY = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*$/;
const USERINFO = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*$/;
const REG_NAME = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
const IP_LITERAL = /^\[(?:[0-9A-Fa-f:.]+|v[0-9A-Fa-f]+\.[A-Za-z0-9\-._~!$&'()*+,;=:]+)\]$/;
const PORT = /^[0-9]*$/;

function validAuthority(authority: string): boolean {
  const at = authority.indexOf('@');
  if (at >= 0 && !USERINFO.test(authority.slice(0, at))) return false;
  const hostPort = authority.slice(at + 1);
  if (hostPort.startsWith('[')) {
    const close = hostPort.indexOf(']');
    if (close < 0 || !IP_LITERAL.test(hostPort.slice(0, close + 1))) return false;
    const rest = hostPort.slice(close + 1);
    return rest === '' || (rest.startsWith(':') && PORT.test(rest.slice(1)));
  }
  const colon = hostPort.indexOf(':');
  if (colon < 0) return REG_NAME.test(hostPort);
  return REG_NAME.test(hostPort.slice(0, colon)) && PORT.test(hostPort.slice(colon + 1));
}

export function urlProblem(value: string): string | undefined {
  const scheme = SCHEME.exec(value);
  if (!scheme) return 'it has no scheme';
  let rest = value.slice(scheme[0].length);
  const hash = rest.indexOf('#');
  if (hash >= 0) {
    if (!PATH_CHARS.test(rest.slice(hash + 1))) return 'its fragment has characters that must be percent-encoded';
    rest = rest.slice(0, hash);
  }
  const question = rest.indexOf('?');
  if (question >= 0) {
    if (!PATH_CHARS.test(rest.slice(question + 1))) return 'its query has characters that must be percent-encoded';
    rest = rest.slice(0, question);
  }
  if (rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    const authority = slash < 0 ? rest.slice(2) : rest.slice(2, slash);
    if (!validAuthority(authority)) return 'its host or port is malformed';
    rest = slash < 0 ? '' : rest.slice(slash);
  }
  return PATH_ONLY.test(rest) ? undefined : 'its path has characters that must be percent-encoded';
}

// ---------------------------------------------------------------------------------------------
// RFC 3339 date-time: full-date "T" full-time, with a Z or ±hh:mm offset.

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function rfc3339Problem(value: string): string | undefined {
  const m = RFC3339.exec(value);
  if (!m) return 'it is not YYYY-MM-DDThh:mm:ss with a Z or ±hh:mm offset';
  const [year, month, day, hour, minute, second, offsetHour, offsetMinute] = m
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part)));
  if (month === undefined || month < 1 || month > 12) return 'the month is out of range';
  if (day === undefined || day < 1 || day > daysInMonth(year ?? 0, month)) return 'the day is out of range';
  if ((hour ?? 0) > 23 || (minute ?? 0) > 59 || (second ?? 0) > 60) return 'the time is out of range';
  if ((offsetHour ?? 0) > 23 || (offsetMinute ?? 0) > 59) return 'the time zone offset is out of range';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Git commit hash: hadolint accepts 7 (short) or 40 (SHA-1) lower-case hex digits; SHA-256
// repositories have 64.

const GIT_HASH = /^(?:[0-9a-f]{7}|[0-9a-f]{40}|[0-9a-f]{64})$/;

export function gitHashProblem(value: string): string | undefined {
  if (/[^0-9a-f]/.test(value))
    return /^[0-9a-fA-F]+$/.test(value) ? 'it has upper-case hex digits' : 'it has characters other than 0-9 and a-f';
  return GIT_HASH.test(value) ? undefined : `it has ${value.length} hex digits, not 7 or 40`;
}

// ---------------------------------------------------------------------------------------------
// Semantic versioning 2.0.0 (semver.org): MAJOR.MINOR.PATCH[-pre.release][+build.meta], no `v`.

const NUMBER = /^(?:0|[1-9][0-9]*)$/;
const IDENTIFIER = /^[0-9A-Za-z-]+$/;

export function semverProblem(value: string): string | undefined {
  const plus = value.indexOf('+');
  const build = plus >= 0 ? value.slice(plus + 1) : undefined;
  const beforeBuild = plus >= 0 ? value.slice(0, plus) : value;
  const dash = beforeBuild.indexOf('-');
  const core = dash >= 0 ? beforeBuild.slice(0, dash) : beforeBuild;
  const pre = dash >= 0 ? beforeBuild.slice(dash + 1) : undefined;
  if (/^[vV=]/.test(core)) return 'it has a prefix before MAJOR.MINOR.PATCH';
  const parts = core.split('.');
  if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p))) return 'it is not MAJOR.MINOR.PATCH with numbers without leading zeros';
  if (pre !== undefined && !pre.split('.').every((p) => IDENTIFIER.test(p) && (!/^[0-9]+$/.test(p) || NUMBER.test(p))))
    return 'its pre-release part is malformed';
  if (build !== undefined && !build.split('.').every((p) => IDENTIFIER.test(p))) return 'its build metadata is malformed';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Email: an RFC 5322 addr-spec (local-part "@" domain), as hadolint's email-validate accepts it;
// no display name, no angle brackets.

const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const QUOTED = '"(?:[^"\\\\\\r\\n]|\\\\[^\\r\\n])*"';
const LOCAL_PART = new RegExp(`^(?:${ATOM}|${QUOTED})(?:\\.(?:${ATOM}|${QUOTED}))*$`);
const DOMAIN = new RegExp(`^(?:${ATOM}(?:\\.${ATOM})*|\\[[\\x21-\\x5a\\x5e-\\x7e]*\\])$`);

export function emailProblem(value: string): string | undefined {
  const at = value.lastIndexOf('@');
  if (at < 0) return 'it has no @';
  if (!LOCAL_PART.test(value.slice(0, at)))
    return value.includes('<') ? 'it has a display name or angle brackets' : 'the part before @ is malformed';
  if (!DOMAIN.test(value.slice(at + 1))) return 'the domain is malformed';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// SPDX license expression: license ids (optionally `+`), LicenseRef-…, `WITH` exception,
// `AND`, `OR` and parentheses. Ids match case-insensitively, operators only in upper case, as the
// SPDX specification says.

let licenses: ReadonlySet<string> | undefined;
let exceptions: ReadonlySet<string> | undefined;

function idSet(list: string): ReadonlySet<string> {
  return new Set(
    list
      .trim()
      .split(/\s+/)
      .map((id) => id.toLowerCase()),
  );
}

function isLicenseId(id: string): boolean {
  licenses ??= idSet(SPDX_LICENSE_IDS);
  return licenses.has(id.toLowerCase());
}

function isExceptionId(id: string): boolean {
  exceptions ??= idSet(SPDX_EXCEPTION_IDS);
  return exceptions.has(id.toLowerCase());
}

const LICENSE_REF = /^(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/;
const ADDITION_REF = /^(?:DocumentRef-[A-Za-z0-9.-]+:)?AdditionRef-[A-Za-z0-9.-]+$/;

/** Recursive-descent validation of a token list; `error` holds the first problem found. */
class SpdxParser {
  private index = 0;
  private depth = 0;
  error: string | undefined;

  constructor(private readonly tokens: readonly string[]) {}

  parse(): void {
    if (this.tokens.length === 0) {
      this.error = 'it is empty';
      return;
    }
    this.orExpression();
    const extra = this.tokens[this.index];
    if (!this.error && extra !== undefined) this.error = `unexpected "${extra}"`;
  }

  private orExpression(): void {
    this.andExpression();
    while (!this.error && this.tokens[this.index] === 'OR') {
      this.index++;
      this.andExpression();
    }
  }

  private andExpression(): void {
    this.withExpression();
    while (!this.error && this.tokens[this.index] === 'AND') {
      this.index++;
      this.withExpression();
    }
  }

  private withExpression(): void {
    const token = this.tokens[this.index];
    if (token === '(') {
      if (++this.depth > 32) {
        this.error = 'it nests parentheses too deeply';
        return;
      }
      this.index++;
      this.orExpression();
      this.depth--;
      if (this.error) return;
      if (this.tokens[this.index] !== ')') {
        this.error = 'a "(" is not closed';
        return;
      }
      this.index++;
      return;
    }
    if (token === undefined) {
      this.error = 'it ends after an operator';
      return;
    }
    if (token === ')' || token === 'AND' || token === 'OR' || token === 'WITH') {
      this.error = `unexpected "${token}"`;
      return;
    }
    this.index++;
    const base = token.endsWith('+') ? token.slice(0, -1) : token;
    if (!(isLicenseId(base) || (base === token && LICENSE_REF.test(token)))) {
      this.error = /^(?:and|or|with)$/i.test(token)
        ? `operators are upper case ("${token.toUpperCase()}")`
        : `"${token}" is not an SPDX license id`;
      return;
    }
    if (this.tokens[this.index] === 'WITH') {
      this.index++;
      const exception = this.tokens[this.index];
      if (exception === undefined || !(isExceptionId(exception) || ADDITION_REF.test(exception))) {
        this.error = exception === undefined ? 'WITH needs an exception id' : `"${exception}" is not an SPDX license exception id`;
        return;
      }
      this.index++;
    }
  }
}

export function spdxProblem(value: string): string | undefined {
  const tokens = value.match(/[()]|[^\s()]+/g) ?? [];
  const parser = new SpdxParser(tokens);
  parser.parse();
  return parser.error;
}

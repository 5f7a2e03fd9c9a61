/**
 * What is never a secret, whatever detector matched it: placeholders people write in docs and
 * templates, references to a secret kept elsewhere (a reference to a secret is never a secret),
 * and values that merely look random (UUIDs, git SHAs, lockfile integrity hashes).
 */

const PLACEHOLDER_WORDS =
  /(?:example|sample|placeholder|changeme|change_me|replace[_-]?me|your[_-]|dummy|redacted|<[^>]*>|\*{3,}|x{6,}|\.{3}|\u2026)/i;
const REPEATED = /^(.)\1+$/;
const SEQUENTIAL = /(?:0123456789|abcdefghij|ABCDEFGHIJ|1234567890)/;

/** `EXAMPLE`, `YOUR_API_KEY`, `xxxxxxxx`, `<token>`, `changeme`, `****`, `abcdefghij…`. */
export function isPlaceholder(secret: string): boolean {
  return PLACEHOLDER_WORDS.test(secret) || REPEATED.test(secret) || SEQUENTIAL.test(secret);
}

const REFERENCE = /^(?:\$\{\{.*\}\}|\$\{[A-Za-z_][\w.:-]*\}|\$[A-Za-z_]\w*|%[A-Za-z_]\w*%|\{\{.*\}\}|<%=.*%>|#\{.*\})$/;
const REFERENCE_INSIDE =
  /\$\{\{|\$\{[A-Za-z_]|process\.env\.|os\.environ|os\.getenv|getenv\(|ENV\[|System\.getenv|secrets\.[A-Za-z_]|vault:|arn:aws:secretsmanager|\{\{\s*\.?[A-Za-z_]/;

/** `${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ .Values.x }}`, `process.env.X`, `os.environ[...]`. */
export function isReference(secret: string): boolean {
  return REFERENCE.test(secret) || REFERENCE_INSIDE.test(secret);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const GIT_SHA = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/;
const INTEGRITY = /^(?:sha1|sha256|sha384|sha512)-[A-Za-z0-9+/]+={0,2}$/;

/** Values that look random by design and are public: UUIDs, commit SHAs, SRI integrity hashes. */
export function isPublicRandom(secret: string): boolean {
  return UUID.test(secret) || GIT_SHA.test(secret) || INTEGRITY.test(secret);
}

/** The whole global allowlist, for detectors whose pattern is loose (generic assignments). */
export function isAllowlisted(secret: string): boolean {
  return isPlaceholder(secret) || isReference(secret) || isPublicRandom(secret);
}

/** Lines that say the value is fake ("fake", "dummy", "not a real") are test fixtures. */
export function lineSaysFake(line: string): boolean {
  return /\b(?:fake|dummy|not[ _-]a[ _-]real|for[ _-]testing[ _-]only|test[ _-]fixture)\b/i.test(line);
}

/**
 * Context checks for the keys-and-generic detectors: what the variable a value is assigned to is
 * called, whether the value is a credential or one of the many random-looking things that are
 * not (versions, UUIDs, paths, hashes, references), and whether a more specific detector already
 * recognises the same text (a `ghp_` token in `GITHUB_TOKEN=` is a GitHub finding, not a generic one).
 */
import { isPlaceholder, isReference, lineSaysFake } from '../allowlist';
import type { SecretDetector } from '../detector';
import { shannonEntropy } from '../entropy';
import { decodeBase64, isPrintable } from './keys-and-generic-structure';
import { AI_PROVIDERS_DETECTORS } from './ai-providers';
import { CLOUD_DETECTORS } from './cloud';
import { MESSAGING_DETECTORS } from './messaging';
import { OBSERVABILITY_DETECTORS } from './observability';
import { PACKAGE_REGISTRIES_DETECTORS } from './package-registries';
import { PAYMENTS_DETECTORS } from './payments';
import { PLATFORMS_DETECTORS } from './platforms';
import { SERVICES_DETECTORS } from './services';
import { SOURCE_HOSTING_DETECTORS } from './source-hosting';

export const FAMILY = 'keys-and-generic';

// ---------------------------------------------------------------------------------------------
// Where the match is

/** Start and end offsets of the secret in the scanned text. */
export function secretRange(secret: string, match: RegExpMatchArray | undefined): { start: number; end: number } | undefined {
  if (match?.index === undefined) return undefined;
  const start = match.index + Math.max(0, match[0].indexOf(secret));
  return { start, end: start + secret.length };
}

/** How far around a match its context reaches on a long (minified) line. */
const CONTEXT_REACH = 240;

/** The line(s) a range spans, cut to a window around it on long lines. */
export function linesAround(text: string, start: number, end: number): { text: string; offset: number } {
  const from = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - CONTEXT_REACH);
  const newline = text.indexOf('\n', end);
  const to = Math.min(newline < 0 ? text.length : newline, end + CONTEXT_REACH);
  return { text: text.slice(from, to), offset: from };
}

/** Lines that say the value is not real, or that are not assignments at all. */
export function lineIsExcused(line: string): boolean {
  return (
    lineSaysFake(line) ||
    /--mount=type=secret|^\s*import\s+\{[\s\w,]+\}\s+from\s|^\s*from\s+[\w.]+\s+import\s|^\s*import\s+[\w.]+(?:\s+as\s+\w+)?\s*$|^\s*(?:export\s+)?(?:declare\s+)?type\s+\w+\s*(?:<[^>]*>\s*)?=|badge\.svg\?token=/.test(
      line,
    )
  );
}

// ---------------------------------------------------------------------------------------------
// Overlap with specific detectors

let specific: readonly SecretDetector[] | undefined;

/**
 * Every other family's detectors. Imported family by family rather than through index.ts, which
 * imports this family: the cycle would break whenever this module is loaded first.
 */
function specificDetectors(): readonly SecretDetector[] {
  specific ??= [
    ...CLOUD_DETECTORS,
    ...SOURCE_HOSTING_DETECTORS,
    ...PACKAGE_REGISTRIES_DETECTORS,
    ...MESSAGING_DETECTORS,
    ...PAYMENTS_DETECTORS,
    ...AI_PROVIDERS_DETECTORS,
    ...OBSERVABILITY_DETECTORS,
    ...PLATFORMS_DETECTORS,
    ...SERVICES_DETECTORS,
  ];
  return specific;
}

/**
 * Whether a detector of another family matches text overlapping `start..end` on the same line.
 * The generic detectors run last and defer to the specific ones: their finding names the provider
 * and has a checksum or prefix behind it, so a second, generic finding would only be noise.
 */
export function coveredBySpecificDetector(
  input: string,
  start: number,
  end: number,
  detectors: readonly SecretDetector[] = specificDetectors(),
): boolean {
  const region = linesAround(input, start, end);
  const lower = region.text.toLowerCase();
  for (const detector of detectors) {
    if (detector.family === FAMILY) continue;
    if (!detector.keywords.some((k) => lower.includes(k.toLowerCase()))) continue;
    for (const m of region.text.matchAll(detector.pattern)) {
      const found = m.groups?.['secret'] ?? m[0];
      const foundStart = region.offset + (m.index ?? 0) + Math.max(0, m[0].indexOf(found));
      if (foundStart < end && foundStart + found.length > start) return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Names

/** Splits `mySecretKey`, `API_KEY`, `client-secret`, `db.password` into lowercase words. */
export function identifierWords(identifier: string): string[] {
  return identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

const SECRET_WORDS = new Set([
  'key',
  'token',
  'secret',
  'password',
  'passwd',
  'passphrase',
  'pwd',
  'credential',
  'credentials',
  'creds',
  'cred',
  'auth',
]);

/** `APIKEY`, `SECRETKEY`, `ACCESSTOKEN`, `DBPASSWORD`: one word that is a credential's name. */
const COMPOUND_SECRET_WORD =
  /^(?:api|app|access|secret|auth|private|client|master|signing|session|bearer|refresh|encryption|admin|root|user|service|webhook|deploy|bot|db|consumer|oauth|my|prod|live|shared|license|account|storage|integration|personal|server|mail|smtp|database)(?:key|token|secret|password|passwd|pwd|pass)$/;

/** Words that make a name public or not a credential at all, wherever they stand in it. */
const PUBLIC_WORDS = new Set([
  'public',
  'pub',
  'publishable',
  'primary',
  'foreign',
  'partition',
  'sort',
  'cache',
  'idempotency',
  'shortcut',
  'hotkey',
  'csrf',
  'xsrf',
  'next',
  'page',
  'continuation',
  'cursor',
  'sync',
  'cancellation',
  'max',
  'min',
  'num',
  'count',
  'total',
  'site',
  'map',
  'dict',
  'row',
  'range',
  'object',
  'routing',
  'i18n',
  'translation',
  'lookup',
  'sequence',
  'schema',
  'bucket',
  'unique',
  'composite',
  'natural',
  'index',
  'idx',
  'anon',
  'ai',
  'instrumentation',
  'telemetry',
  'sha',
  'sha1',
  'sha256',
  'sha512',
  'md5',
  'checksum',
  'digest',
  'integrity',
  'fingerprint',
  'thumbprint',
]);

/** Last words that make a name hold something about a credential, not the credential itself. */
const DESCRIPTIVE_SUFFIXES = new Set(
  (
    'id ids uid guid uuid name names url uri urls endpoint host hostname server port domain path file filename dir directory location ' +
    'type kind length len size bits version field fields label prefix suffix header headers param params count format hint help ' +
    'policy algorithm algo alg mode method index ref reference arn region provider env var variable vars hash digest checksum sha ' +
    'sha1 sha256 sha512 md5 fingerprint thumbprint expiry expires expiration expire exp ttl timeout lifetime age duration enabled ' +
    'enable disabled required regex regexp pattern placeholder description desc title text message msg error errors class style ' +
    'icon column col user username email login account owner issuer audience scope scopes role roles store vault manager status ' +
    'state valid validation validator rotation created updated date time timestamp list config configuration settings options ' +
    'property properties attribute attr input button dialog modal form view screen route link callback handler factory builder ' +
    'helper util utils module spec mock stub example sample template model entity dto table event events changed change reset ' +
    'forgot confirm confirmation strength rule rules complexity visible visibility toggle show hide hidden mask masked invalid ' +
    'mismatch match empty missing expired revoked prompt request response result payload length name source target generator ' +
    'selector class'
  ).split(' '),
);

function isSecretWord(word: string): boolean {
  return SECRET_WORDS.has(word) || COMPOUND_SECRET_WORD.test(word);
}

/**
 * Whether a variable name holds a credential: it has a credential word (`key`, `token`,
 * `secret`, `password`…), no word that makes it public or a counter (`public_key`, `max_tokens`,
 * `csrf_token`, `next_page_token`), and does not end in a word that describes the credential
 * instead of holding it (`api_key_id`, `token_url`, `secret_name`, `password_hint`).
 */
export function namesACredential(identifier: string): boolean {
  const words = identifierWords(identifier);
  if (!words.some(isSecretWord)) return false;
  // `keyVaultName`, `keyVaultToStoreSecrets`: an Azure Key Vault, not a key.
  if (words.some((w, i) => w === 'key' && words[i + 1] === 'vault')) return false;
  if (words.some((w) => PUBLIC_WORDS.has(w))) return false;
  const last = words[words.length - 1] ?? '';
  return !DESCRIPTIVE_SUFFIXES.has(last);
}

/** The full variable name around a keyword match: walks back over identifier characters. */
export function identifierBefore(input: string, keywordStart: number, keywordEnd: number): string {
  let from = keywordStart;
  while (from > 0 && keywordStart - from < 60 && /[\w.-]/.test(input.charAt(from - 1))) from--;
  return input.slice(from, keywordEnd);
}

// ---------------------------------------------------------------------------------------------
// Values

/** Filler words that, with digits and symbols around them, make a value a sample: `secret123`, `mypassword`. */
const FILLER =
  /^(?:test|testing|fake|mock|dummy|demo|sample|example|placeholder|changeme|secret|secrets|password|passwd|pass|pwd|token|api|apikey|key|admin|administrator|root|default|guest|user|foo|bar|baz|qux|foobar|my|qwerty|asdf|letmein|welcome|hello|world|hunter|abc|xyz|none|null|nil|undefined|todo|tbd|fixme|local|dev|development|prod|production|staging|your|value|string|insert|enter|postgres|postgresql|mysql|mariadb|redis|mongo|mongodb|rabbitmq|oracle|changeit|master|super|private|access|auth|login|database|app|web|server|client|service|jwt|bearer|session)+$/;

const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

/** `secret123`, `Password1!`, `p@ssw0rd`, `test-token-42`: filler words plus digits and punctuation. */
export function isFillerValue(value: string): boolean {
  const lower = value.toLowerCase();
  const letters = lower.replace(/[^a-z]/g, '');
  if (letters === '' || FILLER.test(letters)) return true;
  const unleet = lower.replace(/[013457@$]/g, (c) => LEET[c] ?? c).replace(/[^a-z]/g, '');
  return FILLER.test(unleet);
}

/**
 * Credentials printed in specifications and their libraries' docs: RFC 6749's and RFC 6750's
 * sample tokens and client credentials (`s6BhdRkqt3:gX1fBat3bV` as Basic), jwt.io's secret.
 */
const KNOWN_EXAMPLES = new Set([
  '2YotnFZFEjr1zCsicMWpAA',
  'tGzv3JOkF0XG5Qx2TlKWIA',
  'SplxlOBeZQQYbYS6WxSbIA',
  'mF_9.B5f-4.1JqM',
  'czZCaGRSa3F0MzpnWDFmQmF0M2JW',
  'gX1fBat3bV',
  '8xLOxBtZp8',
  'your-256-bit-secret',
  // An Algolia search key printed in Yarn's documentation (gitleaks stop-words it too).
  '6fe4476ee5a1832882e326b506d14126',
]);

/** A specification's or a library's documented sample credential. */
export function isKnownExample(value: string): boolean {
  return KNOWN_EXAMPLES.has(value);
}

const UUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;
const VERSION = /^v?\d+(?:\.\d+){1,3}(?:[-+._][\w.]+)?$/i;
const FILE_EXTENSION =
  /\.(?:pem|key|json|ya?ml|txt|p12|pfx|crt|cer|der|jks|keystore|env|ini|cfg|conf|toml|xml|gpg|asc|pub|js|mjs|ts|py|rb|go|java|php|png|jpe?g|gif|svg|html?|css|md|lock|sh|ps1|bat|exe|dll|so|zip|gz|tgz)$/i;
const PASSWORD_HASH = /^\$(?:2[abxy]?|5|6|y|argon2(?:id|i|d)?|scrypt|pbkdf2[\w-]*)\$/;
const HASH_PREFIX = /^(?:sha(?:1|224|256|384|512)?|md5|blake2b?|h1)[-:=]/i;
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;

/** A value that is random-looking by design and public, or not a value at all. */
export function isNotACredential(value: string): boolean {
  if (/^[A-Za-z_.-]+$/.test(value)) return true; // words and identifiers (gitleaks' own rule)
  if (/^[\d.\-_:+/]+$/.test(value)) return true; // numbers, dates, versions
  if (VERSION.test(value) || UUID.test(value) || HASH_PREFIX.test(value) || PASSWORD_HASH.test(value) || EMAIL.test(value)) return true;
  if (/^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)/.test(value) || FILE_EXTENSION.test(value)) return true; // paths and file names
  if (value.includes('/') && !/[+=]/.test(value) && value.split('/').every((part) => /^[a-z0-9_.-]*$/.test(part))) return true;
  if (/^[^A-Za-z0-9]*[A-Za-z_.-]+[^A-Za-z0-9]*$/.test(value)) return true; // `#comment`, `--verbose`, `*Password*`
  // code: `r=e.charCode`, `t!==void` (base64 padding, `…Q==` at the end, is not a comparison)
  if (/^[A-Za-z_$][\w$.]*=[^=]|[!=]=(?!=*$)/.test(value)) return true;
  if (/^[A-Za-z_$][A-Za-z_$]*\d{0,3}(?:\.[A-Za-z_$][A-Za-z_$-]*\d{0,3})+$/.test(value)) return true; // `search.keyF4`, `app.secret.name`
  if (/[-+_.:/]/.test(value) && value.split(/[-+_.:/]/).every((part) => /^[A-Za-z]*\d{0,4}$|^\d{1,4}[A-Za-z]?$/.test(part))) return true; // `ctrl+shift+f4`, `ecdsa-sha2-nistp256`, `gss_krb5_key`
  if (/\w\*\w/.test(value)) return true; // arithmetic: `8*length`
  if (KNOWN_EXAMPLES.has(value)) return true;
  if (/^[0-9A-F]{40}$/.test(value)) return true; // an uppercase hex fingerprint (GPG key ids)
  if (/^eyJ[\w-]+\.eyJ/.test(value)) return true; // a JWT: the jwt detector's finding
  if (value.startsWith('LS0tLS1CRUdJTi')) return true; // base64 PEM: private-key's finding (or a certificate)
  if (isReference(value) || /^\{[\w.]*\}$|^%\(?\w*\)?s$/.test(value)) return true;
  return false;
}

/**
 * `CustomAuthFlowScenarioV2`, `SIGN_UP_V2_SUBMIT_PASSWORD`, `mySecretString2`: names made of
 * words, not random text. Mixed-case or snake-case values are split into words; a name has long
 * segments, few single letters and a word's share of vowels, random base62 has none of these.
 * All-lowercase values (hex, base36) are never judged wordy: nothing splits them into words.
 */
export function isWordy(value: string): boolean {
  const mixedCase = /[a-z]/.test(value) && /[A-Z]/.test(value);
  if (!mixedCase && !/[A-Za-z]_[A-Za-z]/.test(value)) return false;
  const segments = value.match(/[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|[A-Z]/g) ?? [];
  if (segments.length < 2) return false;
  const letters = segments.join('');
  const singles = segments.filter((s) => s.length === 1).length;
  const vowels = (letters.match(/[aeiouy]/gi) ?? []).length;
  return letters.length / segments.length >= 3.3 && singles * 3 <= segments.length && vowels / letters.length >= 0.28;
}

/**
 * An unquoted value that is code, not a literal: a property path (`config.apiKey`,
 * `Kind.Keyword`), a constant (`SIGN_IN_SUBMIT_PASSWORD`), a name with `$` in it
 * (`peg$currPos`), a negation (`!!options.key`).
 */
export function isCodeExpression(value: string): boolean {
  return (
    /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+(?:[-+*/]\w+)?$/.test(value) ||
    /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value) ||
    /^[\w]+\$/.test(value) ||
    /^[!~]/.test(value)
  );
}

/**
 * `sdlfkj452`, `lsdkfol23w54jlksdef`: a sample typed by mashing the home row, as library docs do.
 * Only lowercase, non-hex values are judged; random ones have about a third of their letters there.
 */
export function isKeyboardMash(value: string): boolean {
  if (/[A-Z]/.test(value) || value.length > 32) return false;
  const letters = value.replace(/[^a-z]/g, '');
  if (letters.length < 6 || /^[a-f]*$/.test(letters)) return false;
  const home = letters.replace(/[^asdfghjkl]/g, '').length;
  return home / letters.length >= 0.65;
}

/**
 * `AbCeFG123`, `abcd1234efgh`: mostly runs of the alphabet or of digits, as people type sample
 * values. Random text has an ascending neighbour pair about one time in 30.
 */
export function isAlphabetRun(value: string): boolean {
  const chars = value.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (chars.length < 6) return false;
  let ascending = 0;
  for (let i = 1; i < chars.length; i++) if (chars.charCodeAt(i) === chars.charCodeAt(i - 1) + 1) ascending++;
  return ascending / (chars.length - 1) >= 0.6;
}

/**
 * Entropy a value needs for its length. gitleaks asks 3.5 bits/char of every generic match; a
 * string of n characters cannot exceed log2(n), so short passwords get a proportionate floor.
 */
export function entropyFloor(length: number): number {
  return Math.min(3.5, Math.log2(length) - 0.35);
}

/**
 * Whether an assigned value looks like a live credential: random enough for its length, mixing
 * letters with digits or symbols, and neither a placeholder, a filler word, a public random value
 * nor a reference. A base64 value that decodes to text (a Kubernetes Secret's `data:`) is judged
 * by what it decodes to as well.
 */
export function looksLikeCredential(value: string): boolean {
  if (
    isNotACredential(value) ||
    isPlaceholder(value) ||
    isFillerValue(value) ||
    isWordy(value) ||
    isKeyboardMash(value) ||
    isAlphabetRun(value)
  )
    return false;
  if (value.length < 16 && !/[A-Za-z]/.test(value)) return false;
  if (shannonEntropy(value) < entropyFloor(value.length)) return false;
  if (/^[A-Za-z0-9+/]{8,}={0,2}$/.test(value) && value.length % 4 === 0) {
    const decoded = decodeBase64(value);
    if (decoded !== undefined && decoded.length >= 4 && isPrintable(decoded)) {
      const text = decoded.trim();
      if (isPlaceholder(text) || isReference(text) || isFillerValue(text) || /^[A-Za-z_.-]+$/.test(text)) return false;
    }
  }
  return true;
}

/** Passwords in URIs that are not real: defaults, the user name again, placeholders. */
export function isTrivialPassword(password: string, user: string): boolean {
  if (password.length < 6 || password === user || isKnownExample(password)) return true;
  if (isPlaceholder(password) || isReference(password) || /^\{[\w.]*\}$|^%\(?\w*\)?s$|^:\w+$/.test(password)) return true;
  return isFillerValue(password);
}

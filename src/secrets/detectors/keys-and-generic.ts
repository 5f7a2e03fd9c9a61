/**
 * Keys and generic credentials: private keys (PEM, OpenSSH, PGP, PuTTY), JSON Web Tokens,
 * passwords inside connection URIs and Authorization headers, and the generic `api_key = "…"`
 * assignment. None of these has a provider prefix or a checksum, so each one leans on structure
 * (the decoded key or token must be well-formed) or on context (the variable's name, the value's
 * randomness) and defers to a specific detector wherever one recognises the same text.
 */
import { defineSecretDetector, type SecretDetector } from '../detector';
import { shannonEntropy } from '../entropy';
import { classifyJwt, classifyKeyMatch, decodeBase64, isPrintable, isSignedJwt } from './keys-and-generic-structure';
import {
  coveredBySpecificDetector,
  FAMILY,
  identifierBefore,
  isCodeExpression,
  isKnownExample,
  lineIsExcused,
  linesAround,
  looksLikeCredential,
  isTrivialPassword,
  namesACredential,
  secretRange,
} from './keys-and-generic-context';

/** The line a match stands on does not excuse it (fake/dummy, a Docker secret mount, an import). */
function lineAllows(secret: string, match?: RegExpMatchArray): boolean {
  const range = secretRange(secret, match);
  if (!range || match?.input === undefined) return true;
  return !lineIsExcused(linesAround(match.input, range.start, range.end).text);
}

/** No detector of another family recognises the same text (that finding is the better one). */
function notCoveredElsewhere(secret: string, match?: RegExpMatchArray): boolean {
  const range = secretRange(secret, match);
  if (!range || match?.input === undefined) return true;
  return !coveredBySpecificDetector(match.input, range.start, range.end);
}

/**
 * A private key block in any of the three forms it is committed in: PEM armor (the body between
 * the BEGIN and END lines is the secret, also inside a code string with `\n` escapes or quotes),
 * a PuTTY key file (from its first line to the private lines), or base64-encoded PEM as
 * Kubernetes Secrets and Helm values hold it (`LS0tLS1CRUdJTi…`).
 */
const KEY_BLOCK =
  /-----BEGIN (?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?-----(?:\\[nr]|[\s"'`+,])*(?<secret>[\s\S]{60,32768}?)(?:\\[nr]|[\s"'`+,])*-----END (?:[A-Z0-9]+ ){0,3}PRIVATE KEY|PuTTY-User-Key-File-[23]: *[\w@.-]{1,60}\r?\nEncryption: *[\w-]{1,40}\r?\n[\s\S]{0,4000}?Private-Lines: *\d{1,3}(?:\r?\n[A-Za-z0-9+/=]{1,128}(?=\r?\n|$)){1,200}|(?<![A-Za-z0-9+/])LS0tLS1CRUdJTi[A-Za-z0-9+/]{80,60000}={0,2}(?![A-Za-z0-9+/=])/g;

const KEY_KEYWORDS = ['-----begin', 'putty-user-key-file-', 'ls0tls1crudjti'];

/**
 * Private keys with no passphrase: PKCS#1 (`RSA`), SEC1 (`EC`), `DSA`, PKCS#8 (`PRIVATE KEY`),
 * OpenSSH keys whose cipher is `none`, PGP secret-key blocks, unencrypted PuTTY files, and any of
 * these base64-encoded. The body must decode to the format's own structure (a DER SEQUENCE, the
 * `openssh-key-v1` magic, a PGP secret-key packet) and hold at least 64 base64 characters of
 * random-looking data, so documentation with `...` or made-up bodies stays silent.
 */
export const privateKey = defineSecretDetector({
  id: 'private-key',
  family: FAMILY,
  aliases: ['@secretlint/secretlint-rule-privatekey'],
  severity: 'error',
  confidence: 'high',
  summary: 'A private key (PEM, OpenSSH, PGP or PuTTY) without a passphrase is written in the file.',
  keywords: KEY_KEYWORDS,
  pattern: KEY_BLOCK,
  label: 'Private key',
  revealPrefix: 4,
  allowlist: 'placeholders',
  validate: (secret, match) => classifyKeyMatch(secret, match) === 'plain',
});

/**
 * Passphrase-protected private keys: PKCS#8 `ENCRYPTED PRIVATE KEY`, legacy PEM with a
 * `Proc-Type: 4,ENCRYPTED` header, OpenSSH keys with a cipher, PuTTY files whose `Encryption:`
 * is not `none`. Still a leak (the passphrase can be guessed offline, forever), but not a usable
 * key by itself: reported as a warning. gitleaks reports these as `private-key`.
 */
export const encryptedPrivateKey = defineSecretDetector({
  id: 'encrypted-private-key',
  family: FAMILY,
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'A passphrase-protected private key is written in the file.',
  keywords: KEY_KEYWORDS,
  pattern: new RegExp(KEY_BLOCK.source, 'g'),
  label: 'Encrypted private key',
  revealPrefix: 4,
  allowlist: 'placeholders',
  validate: (secret, match) => classifyKeyMatch(secret, match) === 'encrypted',
});

const JWT_PATTERN = /(?<![\w-])eyJ[\w-]{15,2000}\.ey[\w-]{15,12000}\.[\w-]{16,2000}={0,2}(?![\w-])/g;
const JWT_BASE64_PATTERN = /(?<![A-Za-z0-9+/_-])ZXlK[A-Za-z0-9+/_-]{60,16000}={0,2}(?![A-Za-z0-9+/=_-])/g;

/** The JWT a `ZXlK…` match holds once decoded, or undefined when it does not decode to text. */
function decodedJwt(secret: string): string | undefined {
  const decoded = decodeBase64(secret);
  return decoded !== undefined && isPrintable(decoded) ? decoded.trim() : undefined;
}

/**
 * JSON Web Tokens: three base64url segments, the first two JSON. The header must name a real
 * algorithm (`alg: none` tokens can be minted by anyone and prove nothing), the payload must be a
 * JSON object, and the claims must not be a sample's (`"name": "John Doe"`, `example.com`). Many
 * committed JWTs are expired test tokens, hence a warning; long-lived ones (Supabase service
 * keys, Kubernetes service-account tokens) are as good as passwords.
 */
export const jwt = defineSecretDetector({
  id: 'jwt',
  family: FAMILY,
  aliases: [],
  severity: 'warning',
  confidence: 'medium',
  summary: 'A signed JSON Web Token is written in the file.',
  keywords: ['eyj'],
  startsAtKeyword: true,
  pattern: JWT_PATTERN,
  label: 'JSON Web Token',
  revealPrefix: 6,
  allowlist: 'placeholders',
  validate: (secret, match) => isSignedJwt(secret) && lineAllows(secret, match) && notCoveredElsewhere(secret, match),
});

/**
 * A JWT base64-encoded once more (`ZXlK…` is base64 for `eyJ`), as some configuration stores and
 * Kubernetes Secrets hold them. The decoded text must be a signed JWT by the rules above.
 */
export const jwtBase64 = defineSecretDetector({
  id: 'jwt-base64',
  family: FAMILY,
  aliases: [],
  severity: 'warning',
  confidence: 'medium',
  summary: 'A base64-encoded JSON Web Token is written in the file.',
  keywords: ['zxlk'],
  pattern: JWT_BASE64_PATTERN,
  label: 'Base64-encoded JSON Web Token',
  revealPrefix: 6,
  allowlist: 'placeholders',
  validate: (secret, match) => {
    const decoded = decodedJwt(secret);
    return decoded !== undefined && isSignedJwt(decoded) && lineAllows(secret, match);
  },
});

/**
 * JWTs, plain or base64-encoded, that pass every `jwt` check but one that a scanner cannot settle
 * (see `classifyJwt`): a header without `alg`, or RFC 7519's sample claims in a token that is not
 * one of the RFCs' own. Not the published sample, so possibly signed with a live key; not
 * provably a credential either: a warning with low confidence, under its own id so that it can be
 * turned off alone (`jwt-low-confidence: off`).
 */
export const jwtLowConfidence = defineSecretDetector({
  id: 'jwt-low-confidence',
  family: FAMILY,
  aliases: [],
  severity: 'warning',
  confidence: 'low',
  summary: 'A JSON Web Token with an incomplete header or sample claims, not a published sample, is written in the file.',
  keywords: ['eyj', 'zxlk'],
  startsAtKeyword: true,
  pattern: new RegExp(`${JWT_PATTERN.source}|${JWT_BASE64_PATTERN.source}`, 'g'),
  label: 'JSON Web Token (incomplete header or sample claims)',
  revealPrefix: 6,
  allowlist: 'placeholders',
  validate: (secret, match) => {
    if (secret.startsWith('ZXlK')) {
      const decoded = decodedJwt(secret);
      return decoded !== undefined && classifyJwt(decoded) === 'doubtful' && lineAllows(secret, match);
    }
    return classifyJwt(secret) === 'doubtful' && lineAllows(secret, match) && notCoveredElsewhere(secret, match);
  },
});

const URI_SCHEMES =
  'postgres(?:ql)?|mysql|mariadb|mssql|sqlserver|oracle|cockroachdb|mongodb(?:\\+srv)?|rediss?|amqps?|ftps?|sftp|smtps?|imaps?|ldaps?|nats|https?|ssh|git|svn';

/** Hosts of documentation and of the developer's own machine: a password there protects nothing. */
const LOCAL_OR_EXAMPLE_HOST =
  /^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\]|host\.docker\.internal|(?:[\w-]+\.)*example(?:\.(?:com|org|net))?|(?:[\w-]+\.)*(?:invalid|test|localhost)|host|hostname|server|domain|your[\w-]*|my[\w-]*host[\w-]*|db-host|dbhost)$/i;

/**
 * The password of `scheme://user:password@host` connection strings and URLs: databases
 * (`postgres://`, `mysql://`, `mongodb+srv://`, `redis://:pw@`), brokers (`amqp://`), file
 * transfer and mail (`ftp://`, `smtp://`), and `https://user:token@host` remotes. Only the
 * password is reported. Placeholders and references (`${DB_PASSWORD}`, `<password>`, `****`),
 * defaults (`postgres:postgres`, `guest:guest`, `password`), and example or local hosts
 * (`example.com`, `localhost`) stay silent.
 */
export const uriCredentials = defineSecretDetector({
  id: 'uri-credentials',
  family: FAMILY,
  aliases: ['@secretlint/secretlint-rule-basicauth', '@secretlint/secretlint-rule-database-connection-string'],
  severity: 'error',
  confidence: 'medium',
  summary: 'A password is written inside a connection string or URL (scheme://user:password@host).',
  keywords: ['://'],
  pattern: new RegExp(
    String.raw`:\/\/(?<=(?<![A-Za-z0-9+.-])(?:jdbc:)?(?:${URI_SCHEMES}):\/\/)(?<user>[^\s:@\/?#'"\x60<>{}]{0,100}):(?<secret>[^\s:@\/?#'"\x60<>]{1,200})@(?<host>\[[0-9A-Fa-f:.]{2,45}\]|[A-Za-z0-9._-]{1,253})`,
    'gi',
  ),
  label: 'Password in a URI',
  revealPrefix: 2,
  allowlist: 'placeholders',
  validate: (secret, match) => {
    const user = match?.groups?.['user'] ?? '';
    const host = match?.groups?.['host'] ?? '';
    let password = secret;
    try {
      password = decodeURIComponent(secret);
    } catch {
      // a lone % is part of the password
    }
    if (isTrivialPassword(password, user) || LOCAL_OR_EXAMPLE_HOST.test(host)) return false;
    return lineAllows(secret, match) && notCoveredElsewhere(secret, match);
  },
});

/**
 * `Authorization: Basic <base64 user:password>` and `Authorization: Bearer <token>` written into
 * code, configuration, curl commands or HTTP files. A Basic value must decode to `user:password`
 * with a real password; a Bearer value must be random (not `YOUR_TOKEN`, not `${TOKEN}`), and is
 * left to the jwt detector or a provider's detector when one of them recognises it.
 */
export const authorizationHeader = defineSecretDetector({
  id: 'authorization-header',
  family: FAMILY,
  aliases: ['curl-auth-header'],
  severity: 'warning',
  confidence: 'medium',
  summary: 'An Authorization header with a Basic or Bearer credential is written in the file.',
  keywords: ['authorization'],
  pattern:
    /(?<![\w-])(?:proxy-)?authorization(?:\\{0,2}["'`])?(?:[ \t]{0,3}(?:=>|[:=,])[ \t]{0,3}|[ \t]{1,3}(?=\\{0,2}["'`]))(?:\\{0,2}["'`])?[ \t]{0,2}(?<scheme>basic|bearer|token)[ \t]{1,3}(?<secret>[A-Za-z0-9._~+/=-]{12,4096})(?![A-Za-z0-9._~+/=$<{-])/gi,
  label: 'Authorization header credential',
  revealPrefix: 3,
  allowlist: 'placeholders',
  validate: (secret, match) => {
    const scheme = (match?.groups?.['scheme'] ?? '').toLowerCase();
    if (scheme === 'basic') {
      const decoded = decodeBase64(secret);
      if (decoded === undefined || !isPrintable(decoded)) return false;
      const colon = decoded.indexOf(':');
      if (colon < 0) return false;
      if (isKnownExample(secret) || isTrivialPassword(decoded.slice(colon + 1), decoded.slice(0, colon))) return false;
    } else {
      if (isSignedJwt(secret) || !looksLikeCredential(secret)) return false;
    }
    return lineAllows(secret, match) && notCoveredElsewhere(secret, match);
  },
});

/**
 * From `curl` to one of its options, across `\` line continuations (and across an indented
 * line that starts with an option, as docs print commands whose backslash got lost): the command
 * the option belongs to. Lazy and bounded, and each character can be taken by one alternative
 * only (a CRLF is never split), so each `curl` costs at most one bounded scan.
 */
const CURL_UP_TO_OPTION = String.raw`\bcurl(?=[ \t])(?:[^\r\n\\]|\r(?!\n)|\\[^\r\n]|\\\r?\n|\r?\n(?=[ \t]+-)){0,2000}?[ \t]`;

/** One shell word: unquoted text and quoted strings side by side (`kevin:'pRf7…'`). */
const SHELL_WORD = String.raw`(?:[^\s'"|;&<>()\x60\\]|'[^'\n]{0,300}'|"[^"\n]{0,300}")+?`;

/** `{value}` as API docs print values to replace: the value inside, or the text as it is. */
function unbraced(value: string): string {
  return /^\{[^{}]*\}$/.test(value) ? value.slice(1, -1) : value;
}

/** `$VAR`, `${VAR}`, `$(cmd)`, `{{ .Values.x }}`, backticks: the shell or a template fills it in. */
const SHELL_REFERENCE = /\$[A-Za-z_{(]|\{\{|\x60/;

/**
 * `curl -u user:password` / `--user user:password`: basic-auth credentials on a curl command line,
 * quoted or not, across continuation lines. With an empty password (`-u sk_…:`) the user is the
 * API key, as Stripe's and Mailgun's docs have it; with an empty user, the password is the
 * credential. A user without a colon makes curl prompt for the password: nothing to report.
 * References (`$USER:$PASS`, `${{ secrets.X }}`, `$(cat file)`), placeholders (`<user:password>`,
 * `[PASSWORD]`, `xxx:yyy`) and defaults (`test:test`, `user:pass`, `username:password`) stay silent.
 * The host is not judged: the account's password works against every host of the service.
 */
export const curlAuthUser = defineSecretDetector({
  id: 'curl-auth-user',
  family: FAMILY,
  aliases: [],
  severity: 'warning',
  confidence: 'medium',
  summary: 'A user name and password (or API key) is passed to curl with -u / --user.',
  keywords: ['curl'],
  pattern: new RegExp(String.raw`${CURL_UP_TO_OPTION}(?:-u|--user)[ \t]+['"]?(?<secret>${SHELL_WORD})['"]?(?=[ \t\r\n\\]|$)`, 'g'),
  label: 'curl credentials',
  revealPrefix: 2,
  allowlist: 'placeholders',
  validate: (secret, match) => {
    const word = secret.replace(/['"]/g, '');
    if (SHELL_REFERENCE.test(word)) return false;
    const colon = word.indexOf(':');
    if (colon < 0) return false;
    const user = unbraced(word.slice(0, colon));
    const password = unbraced(word.slice(colon + 1));
    if (user === '' && password === '') return false;
    const real =
      password === '' ? looksLikeCredential(user) : !isTrivialPassword(password, user) && (user !== '' || looksLikeCredential(password));
    return real && lineAllows(secret, match) && notCoveredElsewhere(secret, match);
  },
});

/**
 * A credential header on a curl command line (`-H "X-Api-Key: …"`, `--header 'Api-Token: …'`,
 * `-H "Authorization: <key>"` without a scheme or with an API's own scheme such as `Api-Token`
 * or `SSWS`). `Authorization: Basic|Bearer|Token` is authorization-header's; the header's name must
 * hold a credential by the generic rule's test (`Idempotency-Key`, `X-CSRF-Token` and
 * `Sec-WebSocket-Key` do not), and the value must be random, a UUID included: in a header that
 * names a key, a UUID is the key (Octopus, Heroku and many others issue them). Only headers whose
 * name has a credential word end the search, so `-H "Content-Type: …"` before the key is skipped.
 */
export const curlHeaderCredential = defineSecretDetector({
  id: 'curl-header-credential',
  family: FAMILY,
  aliases: [],
  severity: 'warning',
  confidence: 'medium',
  summary: 'An API key or token is passed to curl in a request header (-H "X-Api-Key: …").',
  keywords: ['curl'],
  pattern: new RegExp(
    String.raw`${CURL_UP_TO_OPTION}(?:-H|--header)[ \t]+(?<q>['"])(?!(?:proxy-)?authorization:[ \t]*(?:basic|bearer|token)[ \t])(?=[\w-]{0,60}?(?:key|token|secret|auth|pass|pwd|cred))(?<name>[A-Za-z][\w-]{0,60}):[ \t]{0,3}(?:(?<scheme>[A-Za-z][\w-]{1,20})[ \t]{1,3})?(?<secret>[^\s'"]{8,4096})\k<q>`,
    'gi',
  ),
  label: 'Credential in a curl header',
  revealPrefix: 2,
  allowlist: 'placeholders',
  validate: (secret, match) => {
    const name = match?.groups?.['name'] ?? '';
    const scheme = match?.groups?.['scheme'];
    const isAuthorization = /^(?:proxy-)?authorization$/i.test(name);
    if (!isAuthorization && (scheme !== undefined || !namesACredential(name) || /websocket/i.test(name))) return false;
    if (SHELL_REFERENCE.test(secret)) return false;
    const value = unbraced(secret);
    // A UUID counts when random (`00000000-…` and `12345678-…` are docs' fillers).
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) && shannonEntropy(value) >= 3;
    if (!uuid && (isSignedJwt(value) || !looksLikeCredential(value))) return false;
    return lineAllows(secret, match) && notCoveredElsewhere(secret, match);
  },
});

/**
 * The assignment: a credential word in the variable's name, a bounded gap (the rest of the name,
 * a closing quote, an optional type annotation such as `: string` or Go's `string`), an operator
 * (`=`, `:`, `:=`, `=>`, `?=`, `+=`, `.=`, `>` of an XML element, `,` of a CSV row or a default
 * argument), and a value on the same line or, after a YAML `|`/`>` or an XML tag, on the next
 * one. The value is captured atomically (a lookahead and a backreference), so a long run of
 * value characters is never re-scanned.
 */
const ASSIGNMENT = new RegExp(
  [
    String.raw`(?<kw>key|token|secret|passw(?:or)?d|passphrase|pwd|cred|auth)(?=(?<tail>[\w.-]{0,30}))\k<tail>`,
    String.raw`(?:\\{0,2}["'\x60])?[ \t]{0,3}`,
    String.raw`(?<op>(?::[ \t]{0,3}[A-Za-z_][\w.<>\[\]?|]{0,30}|[ \t]{1,3}(?:string|String|str|\[\]byte))[ \t]{0,3}={1,3}(?![=>])|[?+.]?={1,3}>?|:{1,3}=?|>(?:[ \t]{0,3}\r?\n[ \t]{1,16})?|,)`,
    String.raw`[ \t]{0,5}(?<block>[|>][-+]?[ \t]{0,3}\r?\n[ \t]{1,16})?`,
    String.raw`(?<quote>\\{0,2}["'\x60])?`,
    String.raw`(?=(?<secret>[\w.~+/=!@#$^*-]{8,150}))\k<secret>(?![^"'\x60\s;,)\\<&])`,
  ].join(''),
  'gi',
);

/**
 * `api_key = "…"`, `client_secret: …`, `DB_PASSWORD=…`, `<apiToken>…</apiToken>`: a value
 * assigned to a name that says it is a credential. What keeps it quiet: the name must hold the
 * credential (`public_key`, `api_key_id`, `token_url`, `max_tokens`, `csrf_token`,
 * `password_hint` do not); the value must be random for its length (gitleaks' 3.5 bits/char, less
 * for short passwords) and mix letters with digits or symbols; references (`process.env.X`,
 * `${VAR}`, `${{ secrets.X }}`), placeholders, filler words (`secret123`, `p@ssw0rd`), versions,
 * UUIDs, hashes, paths, emails, JWTs and PEM keys (their own detectors' findings) are skipped,
 * as are lines that say fake/dummy, and values a specific detector recognises.
 */
export const genericApiKey = defineSecretDetector({
  id: 'generic-api-key',
  family: FAMILY,
  aliases: [],
  severity: 'warning',
  confidence: 'medium',
  summary: 'A random-looking value is assigned to a variable named like a credential (api_key, secret, password, token).',
  keywords: ['key', 'token', 'secret', 'passw', 'passphrase', 'pwd', 'cred', 'auth'],
  pattern: ASSIGNMENT,
  // ASSIGNMENT begins with its `kw` group, whose every alternative begins with one of the keywords.
  startsAtKeyword: true,
  label: 'Generic credential',
  revealPrefix: 2,
  allowlist: 'placeholders',
  validate: (secret, match) => {
    if (match?.index === undefined || match.input === undefined) return false;
    const keyword = match.groups?.['kw'] ?? '';
    const tail = match.groups?.['tail'] ?? '';
    const identifier = identifierBefore(match.input, match.index, match.index + keyword.length + tail.length);
    const before = match.input.slice(
      Math.max(0, match.index + keyword.length + tail.length - identifier.length - 24),
      match.index + keyword.length + tail.length - identifier.length,
    );
    // `<apiToken>…`: the `>` operator only counts after an XML start tag; `# public key: …` is public.
    if (match.groups?.['op']?.startsWith('>') === true && !before.endsWith('<')) return false;
    if (/\b(?:public|pub|publishable)[ \t]+$/i.test(before)) return false;
    if (!namesACredential(identifier) || !looksLikeCredential(secret)) return false;
    // An unquoted value in code is an expression (`key = peg$currPos`, `token = Kind.Keyword`);
    // in an XML element, a YAML block or an .env line it is a literal, and only its wordiness counts.
    const literal =
      match.groups?.['quote'] !== undefined || match.groups?.['block'] !== undefined || match.groups?.['op']?.startsWith('>') === true;
    if (!literal && isCodeExpression(secret)) return false;
    return lineAllows(secret, match) && notCoveredElsewhere(secret, match);
  },
});

export const KEYS_AND_GENERIC_DETECTORS: readonly SecretDetector[] = [
  privateKey,
  encryptedPrivateKey,
  jwt,
  jwtBase64,
  jwtLowConfidence,
  uriCredentials,
  authorizationHeader,
  curlAuthUser,
  curlHeaderCredential,
  genericApiKey,
];

/**
 * Structure checks for the keys-and-generic detectors: what a private key block, a PuTTY key file
 * and a JSON Web Token look like once decoded. A string that merely has the right shape (a docs
 * snippet with `...`, a made-up body, a header that is not JSON) fails here and is not reported.
 */
import { decodeBase64Binary } from '../encoding';
import { isPlaceholder } from '../allowlist';
import { shannonEntropy } from '../entropy';

/** Decodes base64 or base64url (padding optional) to a latin-1 string; undefined when it is not base64. */
export function decodeBase64(text: string): string | undefined {
  return decodeBase64Binary(text);
}

/** Printable ASCII (and tabs/newlines) only: what decoded text, not decoded binary, looks like. */
export function isPrintable(text: string): boolean {
  return /^[\x20-\x7e\t\r\n]*$/.test(text);
}

// ---------------------------------------------------------------------------------------------
// Private keys

/** What a key block holds, as far as a scanner can tell without the passphrase. */
export type KeyKind = 'plain' | 'encrypted' | 'invalid';

/** Base64 body characters a real key has at least (gitleaks requires 64 as well). */
const MIN_KEY_BODY = 64;
/** Random base64 is ~6 bits/char; a made-up body (`AAAA…`, `abcabc…`) is far below this. */
const MIN_KEY_ENTROPY = 4.5;

/** The first bytes of a base64 body (enough to read a DER tag or the OpenSSH magic). */
function leadingBytes(base64: string, chars = 96): string {
  const head = base64.slice(0, Math.min(base64.length, chars) - (Math.min(base64.length, chars) % 4));
  return decodeBase64(head) ?? '';
}

/** OpenSSH's own format: `openssh-key-v1\0`, then the cipher name (`none` when unencrypted). */
function classifyOpenSsh(base64: string): KeyKind {
  const bytes = leadingBytes(base64);
  const magic = 'openssh-key-v1\u0000';
  if (!bytes.startsWith(magic)) return 'invalid';
  const at = magic.length;
  const length =
    ((bytes.charCodeAt(at) << 24) | (bytes.charCodeAt(at + 1) << 16) | (bytes.charCodeAt(at + 2) << 8) | bytes.charCodeAt(at + 3)) >>> 0;
  if (length === 0 || length > 64) return 'invalid';
  return bytes.slice(at + 4, at + 4 + length) === 'none' ? 'plain' : 'encrypted';
}

/** An OpenPGP secret-key packet (tag 5), in the old or the new packet format. */
function isPgpSecretKeyPacket(base64: string): boolean {
  const first = leadingBytes(base64, 8).charCodeAt(0);
  if ((first & 0xc0) === 0x80) return ((first >> 2) & 0x0f) === 5;
  if ((first & 0xc0) === 0xc0) return (first & 0x3f) === 5;
  return false;
}

/**
 * Unwraps a key body written inside code: `\n` escapes, quotes and `+` concatenations around
 * each line, YAML indentation. Returns the lines that remain.
 */
function bodyLines(body: string): string[] {
  const unescaped = body.replace(/\\r\\n|\\n|\\r/g, '\n');
  return unescaped
    .split(/\r?\n/)
    .map((line) =>
      line
        .trim()
        .replace(/\s*\+$/, '')
        .replace(/^\+\s*/, '')
        .replace(/^["'`]|["'`],?$/g, '')
        .replace(/^["'`]|["'`],?$/g, '')
        .trim(),
    )
    .filter((line) => line !== '');
}

/**
 * Classifies a PEM block: `kind` is what stands between BEGIN and PRIVATE KEY (`RSA `, `EC `,
 * `OPENSSH `, `ENCRYPTED `, `PGP `, or nothing for PKCS#8), `body` what stands between the
 * BEGIN and END lines. Headers (`Proc-Type: 4,ENCRYPTED`, `Version: GnuPG`) and the PGP
 * checksum line are allowed; every other line must be base64, and the decoded bytes must start
 * as the format says (a DER SEQUENCE, the OpenSSH magic, a PGP secret-key packet).
 */
export function classifyPemBody(kind: string, body: string): KeyKind {
  let encryptedHeader = false;
  let base64 = '';
  for (const line of bodyLines(body)) {
    if (/^[A-Za-z][\w-]{0,40}:\s/.test(line)) {
      if (/^Proc-Type:\s*4,\s*ENCRYPTED/i.test(line)) encryptedHeader = true;
      continue;
    }
    if (/^=[A-Za-z0-9+/]{4}$/.test(line)) continue; // PGP armor checksum
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(line)) return 'invalid';
    base64 += line;
  }
  if (base64.length < MIN_KEY_BODY || shannonEntropy(base64) < MIN_KEY_ENTROPY) return 'invalid';
  const type = kind.trim().toUpperCase();
  if (type === 'OPENSSH') return classifyOpenSsh(base64);
  if (type === 'PGP') return isPgpSecretKeyPacket(base64) ? 'plain' : 'invalid';
  if (encryptedHeader) return 'encrypted';
  if (leadingBytes(base64, 4).charCodeAt(0) !== 0x30) return 'invalid'; // DER SEQUENCE
  return type === 'ENCRYPTED' ? 'encrypted' : 'plain';
}

const PEM_BLOCK = /-----BEGIN ((?:[A-Z0-9]+ ){0,3})PRIVATE KEY(?: BLOCK)?-----([\s\S]{64,32768}?)-----END ((?:[A-Z0-9]+ ){0,3})PRIVATE KEY/;

/** Classifies a whole PEM block (BEGIN line to END line), as found decoded from base64. */
export function classifyPemText(text: string): KeyKind {
  const m = PEM_BLOCK.exec(text);
  if (!m || m[1] !== m[3]) return 'invalid';
  return classifyPemBody(m[1] ?? '', m[2] ?? '');
}

/** A PuTTY key file (`PuTTY-User-Key-File-2/3`): the `Encryption:` line says whether it is protected. */
export function classifyPutty(block: string): KeyKind {
  const encryption = /^Encryption: *([\w-]+)/m.exec(block)?.[1];
  const privateLines = /Private-Lines: *\d+\r?\n([\s\S]*)$/.exec(block)?.[1];
  if (encryption === undefined || privateLines === undefined) return 'invalid';
  const base64 = privateLines.replace(/\s+/g, '');
  if (base64.length < MIN_KEY_BODY || shannonEntropy(base64) < MIN_KEY_ENTROPY || decodeBase64(base64) === undefined) return 'invalid';
  return encryption === 'none' ? 'plain' : 'encrypted';
}

/** A base64-encoded PEM block (`LS0tLS1CRUdJTi…`, as in a Kubernetes Secret's `data:`). */
export function classifyBase64Pem(base64: string): KeyKind {
  const text = decodeBase64(base64);
  if (text === undefined || !isPrintable(text)) return 'invalid';
  return classifyPemText(text);
}

/** Classifies a match of the private-key pattern: a PEM body, a PuTTY file, or base64 PEM. */
export function classifyKeyMatch(secret: string, match?: RegExpMatchArray): KeyKind {
  const whole = match?.[0] ?? secret;
  if (whole.startsWith('PuTTY-User-Key-File-')) return classifyPutty(whole);
  if (whole.startsWith('LS0tLS1CRUdJTi')) return classifyBase64Pem(whole);
  const begin = /^-----BEGIN ((?:[A-Z0-9]+ ){0,3})PRIVATE KEY/.exec(whole);
  const end = /-----END ((?:[A-Z0-9]+ ){0,3})PRIVATE KEY$/.exec(whole);
  if (!begin || !end || begin[1] !== end[1]) return 'invalid';
  return classifyPemBody(begin[1] ?? '', secret);
}

// ---------------------------------------------------------------------------------------------
// JSON Web Tokens

function decodeJson(segment: string): unknown {
  const text = decodeBase64(segment);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * RFC 7519's sample claims (§3.1: `iss` joe, expired in 2011, an `example.com` claim name), which
 * RFC 7515's appendices sign under three headers. Library test suites copy them everywhere.
 */
const RFC_SAMPLE_CLAIMS = '{"iss":"joe",\r\n "exp":1300819380,\r\n "http://example.com/is_root":true}';

/**
 * The published tokens for those claims: RFC 7515 A.1 (HS256), A.2 (RS256) and A.3 (ES256), each
 * a header and the start of its signature (base64url, enough to tell it from any other).
 */
const RFC_SAMPLE_TOKENS: readonly { readonly header: string; readonly signature: string }[] = [
  { header: '{"typ":"JWT",\r\n "alg":"HS256"}', signature: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk' },
  { header: '{"alg":"RS256"}', signature: 'cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2Vt' },
  { header: '{"alg":"ES256"}', signature: 'DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjD' },
];

/** The signature as base64url without padding, so both alphabets compare equal. */
function normalizedSignature(signature: string): string {
  return signature.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

/**
 * What a `eyJ….eyJ….…` string is worth reporting:
 * - `signed`: a header naming a signing algorithm, a JSON object of claims that are not a
 *   sample's, a signature: reported by `jwt` / `jwt-base64`;
 * - `doubtful`: a token that would be `signed` but for one thing that a scanner cannot settle. Its
 *   header lacks `alg` (every JOSE header must name one, so the header was cut or edited, and
 *   nobody can say which key signed it), or it carries RFC 7519's sample claims without being one
 *   of the RFCs' published tokens (someone signed the sample claims with a key of their own, or
 *   put the RFC's signature under another header). Reported by `jwt-low-confidence`;
 * - `none`: not a credential: no signature, `alg: none` (anyone can mint it), a payload that is
 *   not a JSON object, sample claims (jwt.io's `John Doe`, `example`), or an RFC's own token.
 */
export type JwtVerdict = 'signed' | 'doubtful' | 'none';

export function classifyJwt(token: string): JwtVerdict {
  const parts = token.replace(/=+$/, '').split('.');
  if (parts.length !== 3) return 'none';
  const [headerPart = '', payloadPart = '', signature = ''] = parts;
  if (signature.length < 16) return 'none';
  const headerText = decodeBase64(headerPart) ?? '';
  const header = decodeJson(headerPart);
  let namesAlgorithm = true;
  if (isObject(header)) {
    const alg = header['alg'];
    if (alg === undefined) namesAlgorithm = false;
    else if (typeof alg !== 'string' || alg.toLowerCase() === 'none') return 'none';
    // `{}` says nothing at all: not a JOSE header.
    if (Object.keys(header).length === 0) return 'none';
  } else {
    // A hand-edited header that no longer parses still names its fields: keep those, drop noise.
    if (!headerText.startsWith('{"') || !/"(?:alg|typ)"/.test(headerText) || /"alg":"none"/i.test(headerText)) return 'none';
  }
  const payloadText = decodeBase64(payloadPart);
  if (payloadText === undefined) return 'none';
  let payload: unknown;
  try {
    payload = JSON.parse(payloadText);
  } catch {
    return 'none';
  }
  if (!isObject(payload)) return 'none';
  if (payloadText === RFC_SAMPLE_CLAIMS) {
    const published = normalizedSignature(signature);
    return RFC_SAMPLE_TOKENS.some((t) => t.header === headerText && published.startsWith(t.signature)) ? 'none' : 'doubtful';
  }
  if (isPlaceholder(payloadText) || /"name":"John Doe"/.test(payloadText)) return 'none';
  return namesAlgorithm ? 'signed' : 'doubtful';
}

/** A signed JWT by the checks above (`classifyJwt` says `signed`). */
export function isSignedJwt(token: string): boolean {
  return classifyJwt(token) === 'signed';
}

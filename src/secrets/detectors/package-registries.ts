/**
 * Package registry credentials: npm, PyPI, RubyGems, NuGet, Docker Hub, JFrog Artifactory,
 * Clojars, crates.io, Cloudsmith, and the auth settings of `.npmrc` and `.yarnrc.yml`. A publish
 * token is a supply-chain credential: whoever holds it can ship a release in the owner's name.
 * npm tokens carry GitHub's CRC32 checksum and PyPI tokens are macaroons with a verifiable
 * structure; the other formats rely on their prefix, an exact length and entropy.
 */
import { hasValidCrcSuffix } from '../checksum';
import { defineSecretDetector, type SecretDetector } from '../detector';

/**
 * npm access tokens (granular and legacy-automation tokens since 2021): `npm_` + 30 base62
 * characters + the 6-character base62 CRC32 of those 30, the scheme GitHub uses. A checksum that
 * holds is reported whatever the line says; one that fails is a low-confidence warning at most.
 */
export const npmAccessToken = defineSecretDetector({
  id: 'npm-access-token',
  family: 'package-registries',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'An npm access token (npm_) is written in the file.',
  keywords: ['npm_'],
  pattern: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/g,
  label: 'npm access token',
  revealPrefix: 8,
  allowlist: 'none',
  checksum: (secret) => hasValidCrcSuffix(secret.slice('npm_'.length)),
});

/** Values that another detector reports under its own id (kept out of the settings detectors). */
const PREFIXED_ELSEWHERE = '(?!npm_|gh[pousr]_|github_pat_|glpat-|cmVmd|AKCp)';
/** A registry credential's characters: base64, base64url, hex, UUIDs, JWT-free tokens. */
const SETTING_VALUE = '[A-Za-z0-9._~+/=-]{16,512}(?![A-Za-z0-9._~+/=-])';

/**
 * `.npmrc` credentials: `_authToken=` (a bearer token for any registry: legacy npm UUID tokens,
 * GitHub Packages, Artifactory, Nexus…) and `_auth=` (base64 `user:password`). npm's own `npm_`
 * tokens and other prefixed formats are left to their detectors; `${NPM_TOKEN}` and other
 * references never match (a reference to a secret is never a secret). UUIDs are not dropped as
 * public values here, because a legacy npm token is a UUID.
 */
export const npmrcAuthToken = defineSecretDetector({
  id: 'npmrc-auth-token',
  family: 'package-registries',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A registry credential is written in an `.npmrc` `_authToken`/`_auth` setting.',
  keywords: ['_auth'],
  pattern: new RegExp(`(?<![\\w.$-])_auth(?:Token)?[ \\t]*=[ \\t]*["']?${PREFIXED_ELSEWHERE}(?<secret>${SETTING_VALUE})`, 'g'),
  label: '.npmrc registry credential',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Yarn Berry's registry credentials in `.yarnrc.yml`: `npmAuthToken:` (bearer token) and
 * `npmAuthIdent:` (base64 `user:password`), top-level or under `npmScopes`/`npmRegistries`. Yarn
 * reads `"${NPM_TOKEN}"` from the environment, which is what the docs recommend and never matches.
 */
export const yarnrcNpmAuthToken = defineSecretDetector({
  id: 'yarnrc-npm-auth-token',
  family: 'package-registries',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A registry credential is written in a `.yarnrc.yml` `npmAuthToken`/`npmAuthIdent` setting.',
  keywords: ['npmauth'],
  pattern: new RegExp(`(?<![\\w-])npmAuth(?:Token|Ident)["']?[ \\t]*:[ \\t]*["']?${PREFIXED_ELSEWHERE}(?<secret>${SETTING_VALUE})`, 'g'),
  label: 'Yarn registry credential',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'placeholders',
});

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Decodes unpadded base64url (standard `+`/`/` accepted too); undefined when it is not base64. */
export function decodeBase64Url(text: string): Uint8Array | undefined {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let n = 0;
  for (const ch of text) {
    const index = ch === '+' ? 62 : ch === '/' ? 63 : BASE64URL.indexOf(ch);
    if (index < 0) return undefined;
    value = ((value << 6) | index) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (value >> bits) & 0xff;
    }
  }
  return text.length % 4 === 1 ? undefined : out.subarray(0, n);
}

/**
 * True when the bytes are a complete macaroon in the v2 binary format PyPI issues: version 2; a
 * location and an identifier; the caveats, each made of location/identifier/verification-id fields
 * and an end marker; an end marker; then a 32-byte signature and nothing after it. Random text with
 * the right prefix essentially never parses; a truncated or edited token does not either.
 */
export function isMacaroonV2(bytes: Uint8Array): boolean {
  let i = 0;
  const varint = (): number => {
    let result = 0;
    for (let shift = 0; shift <= 28 && i < bytes.length; shift += 7) {
      const b = bytes[i++] ?? 0;
      result += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return result;
    }
    return -1;
  };
  /** A field's type (0 = end marker) and data length; undefined when the bytes run out. */
  const field = (): { type: number; length: number } | undefined => {
    const type = varint();
    if (type < 0) return undefined;
    if (type === 0) return { type, length: 0 };
    const length = varint();
    if (length < 0 || i + length > bytes.length) return undefined;
    i += length;
    return { type, length };
  };
  if (bytes[i++] !== 2) return false;
  let f = field();
  if (f?.type === 1) f = field();
  if (f?.type !== 2 || field()?.type !== 0) return false;
  for (let caveats = 0; ; caveats++) {
    if (caveats > 64) return false;
    f = field();
    if (!f) return false;
    if (f.type === 0) break;
    while (f.type !== 0) {
      if (f.type !== 1 && f.type !== 2 && f.type !== 4) return false;
      f = field();
      if (!f) return false;
    }
  }
  f = field();
  return f?.type === 6 && f.length === 32 && i === bytes.length;
}

/**
 * PyPI API tokens: `pypi-` + a base64url macaroon whose first bytes (version 2, location
 * `pypi.org`) always encode to `AgEIcHlwaS5vcmc`. The whole macaroon is decoded and its structure
 * checked like a checksum: a token that parses down to its 32-byte signature is reported whatever
 * the line says; one that does not (truncated, edited, made up) is a low-confidence warning at most.
 */
export const pypiUploadToken = defineSecretDetector({
  id: 'pypi-upload-token',
  family: 'package-registries',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A PyPI API token (pypi-AgEIcHlwaS5vcmc…) is written in the file.',
  keywords: ['pypi-ageichlwas5vcmc'],
  pattern: /(?<![A-Za-z0-9_-])pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000}(?![A-Za-z0-9_-])/g,
  label: 'PyPI API token',
  revealPrefix: 12,
  allowlist: 'none',
  checksum: (secret) => {
    const bytes = decodeBase64Url(secret.slice('pypi-'.length));
    return bytes !== undefined && isMacaroonV2(bytes);
  },
});

/**
 * RubyGems API keys: `rubygems_` + 48 lowercase hex characters. They push and yank gems of every
 * gem their owner maintains, within the key's scopes.
 */
export const rubygemsApiToken = defineSecretDetector({
  id: 'rubygems-api-token',
  family: 'package-registries',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A RubyGems API key (rubygems_) is written in the file.',
  keywords: ['rubygems_'],
  pattern: /(?<![A-Za-z0-9_])rubygems_[a-f0-9]{48}(?![A-Za-z0-9_])/g,
  label: 'RubyGems API key',
  revealPrefix: 12,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * NuGet.org API keys: `oy2` + 43 lowercase alphanumerics (46 in all). The prefix is short, so the
 * whole token must stand alone (no letter, digit or `_` on either side, which rules out the inside
 * of base64 blobs), be all lowercase, and be random enough.
 */
export const nugetApiKey = defineSecretDetector({
  id: 'nuget-api-key',
  family: 'package-registries',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A NuGet.org API key (oy2…) is written in the file.',
  keywords: ['oy2'],
  startsAtKeyword: true,
  pattern: /(?<![A-Za-z0-9_+/-])oy2[a-z0-9]{43}(?![A-Za-z0-9_+/-])/g,
  label: 'NuGet API key',
  revealPrefix: 6,
  minEntropy: 3.5,
  allowlist: 'placeholders',
});

/**
 * Docker Hub personal access tokens: `dckr_pat_` + 27 characters of `[A-Za-z0-9_-]`. They are
 * `docker login` passwords: push access to every repository of the account, unless scoped down.
 */
export const dockerHubPat = defineSecretDetector({
  id: 'docker-hub-pat',
  family: 'package-registries',
  aliases: ['@secretlint/secretlint-rule-docker'],
  severity: 'error',
  confidence: 'high',
  summary: 'A Docker Hub personal access token (dckr_pat_) is written in the file.',
  keywords: ['dckr_pat_'],
  pattern: /(?<![A-Za-z0-9_-])dckr_pat_[A-Za-z0-9_-]{27}(?![A-Za-z0-9_-])/g,
  label: 'Docker Hub personal access token',
  revealPrefix: 11,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Docker Hub organization access tokens: `dckr_oat_` + 32 characters of `[A-Za-z0-9_-]`, used with
 * the organization's name as the `docker login` user, with access to the organization's
 * repositories as scoped when the token was created.
 */
export const dockerHubOat = defineSecretDetector({
  id: 'docker-hub-oat',
  family: 'package-registries',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Docker Hub organization access token (dckr_oat_) is written in the file.',
  keywords: ['dckr_oat_'],
  pattern: /(?<![A-Za-z0-9_-])dckr_oat_[A-Za-z0-9_-]{32}(?![A-Za-z0-9_-])/g,
  label: 'Docker Hub organization access token',
  revealPrefix: 11,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * JFrog Artifactory API keys (deprecated by JFrog, still accepted by many instances): `AKCp` + 69
 * alphanumerics, 73 in all. gitleaks also finds 73-character values next to "jfrog" or
 * "artifactory" (`jfrog-api-key`); every such key starts with `AKCp`, so the prefix alone is used.
 */
export const artifactoryApiKey = defineSecretDetector({
  id: 'artifactory-api-key',
  family: 'package-registries',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A JFrog Artifactory API key (AKCp…) is written in the file.',
  keywords: ['akcp'],
  pattern: /(?<![A-Za-z0-9_])AKCp[A-Za-z0-9]{69}(?![A-Za-z0-9_])/g,
  label: 'Artifactory API key',
  revealPrefix: 8,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * JFrog reference tokens (the short form of access and identity tokens): 64 base64 characters that
 * decode to `reftkn:<version>:<expiry>:…`, hence the `cmVmd` start. The decoded text is checked, so
 * a base64 string that merely starts with `ref` stays silent.
 */
export const artifactoryReferenceToken = defineSecretDetector({
  id: 'artifactory-reference-token',
  family: 'package-registries',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A JFrog Artifactory reference (identity) token (cmVmdGtu…) is written in the file.',
  keywords: ['cmvmd'],
  pattern: /(?<![A-Za-z0-9_+/])cmVmd[A-Za-z0-9]{59}(?![A-Za-z0-9_+/])/g,
  label: 'Artifactory reference token',
  revealPrefix: 10,
  minEntropy: 3,
  allowlist: 'placeholders',
  validate: (secret) => {
    const bytes = decodeBase64Url(secret);
    if (!bytes) return false;
    let text = '';
    for (const b of bytes.subarray(0, 11)) text += String.fromCharCode(b);
    return /^reftkn:\d\d:/.test(text);
  },
});

/**
 * Clojars deploy tokens: `CLOJARS_` + 60 lowercase hex characters, which deploy artifacts to the
 * groups their owner can publish to.
 */
export const clojarsApiToken = defineSecretDetector({
  id: 'clojars-api-token',
  family: 'package-registries',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Clojars deploy token (CLOJARS_) is written in the file.',
  keywords: ['clojars_'],
  pattern: /(?<![A-Za-z0-9_])CLOJARS_[a-z0-9]{60}(?![A-Za-z0-9_])/gi,
  label: 'Clojars deploy token',
  revealPrefix: 12,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * crates.io API tokens: `cio` + 32 mixed-case alphanumerics. The prefix is a common syllable, so the
 * token must stand alone and its body must mix upper case, lower case and digits, as a random
 * 32-character string almost always does and words never do.
 */
export const cratesIoApiToken = defineSecretDetector({
  id: 'crates-io-api-token',
  family: 'package-registries',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A crates.io API token (cio…) is written in the file.',
  keywords: ['cio'],
  startsAtKeyword: true,
  pattern: /(?<![A-Za-z0-9_])cio[A-Za-z0-9]{32}(?![A-Za-z0-9_])/g,
  label: 'crates.io API token',
  revealPrefix: 6,
  minEntropy: 3.5,
  allowlist: 'placeholders',
  validate: (secret) => {
    const body = secret.slice('cio'.length);
    return /[A-Z]/.test(body) && /[a-z]/.test(body) && /\d/.test(body);
  },
});

/**
 * Cloudsmith API keys: 40 hex characters without a prefix, so only when assigned to a setting named
 * like `CLOUDSMITH_API_KEY` or `cloudsmith_token`. The git-SHA allowlist is not applied, because a
 * key has exactly a SHA's shape; the name carries the evidence.
 */
export const cloudsmithApiKey = defineSecretDetector({
  id: 'cloudsmith-api-key',
  family: 'package-registries',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Cloudsmith API key is assigned to a cloudsmith-named setting.',
  keywords: ['cloudsmith'],
  pattern:
    /cloudsmith[\w.-]{0,20}?(?:key|token|password|secret)[\w.-]{0,10}?[\s'"`]{0,3}(?:=>|:=|\?=|=|:|,)[\s'"`]{0,5}(?<secret>[a-f0-9]{40})(?![\w=+/-])/gi,
  label: 'Cloudsmith API key',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'placeholders',
});

export const PACKAGE_REGISTRIES_DETECTORS: readonly SecretDetector[] = [
  npmAccessToken,
  npmrcAuthToken,
  yarnrcNpmAuthToken,
  pypiUploadToken,
  rubygemsApiToken,
  nugetApiKey,
  dockerHubPat,
  dockerHubOat,
  artifactoryApiKey,
  artifactoryReferenceToken,
  clojarsApiToken,
  cratesIoApiToken,
  cloudsmithApiKey,
];

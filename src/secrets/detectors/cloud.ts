/**
 * Cloud provider credentials: AWS, Google Cloud, Azure, DigitalOcean, Alibaba Cloud, IBM Cloud,
 * Cloudflare, Yandex Cloud, Scaleway, Linode, Hetzner Cloud and Tencent Cloud.
 *
 * Prefixed formats (`AKIA…`, `AIza…`, `dop_v1_…`) are matched on their own; formats without a
 * prefix are matched only as the value of a provider-named assignment (`LINODE_TOKEN=…`), with an
 * entropy floor. Structure checks (canonical base64 of the right size, DER inside a PEM) keep
 * hand-made look-alikes quiet where the format allows.
 */
import { defineSecretDetector, type SecretDetector } from '../detector';
import { assignment, assignmentPrefix, assignmentSource, ci, isCanonicalBase64, isDerPrivateKeyPem } from './cloud-assign';

// ---------------------------------------------------------------------------------------------
// AWS

/**
 * AWS access key ID: `AKIA` (long-term IAM user key), `ASIA` (temporary STS key), `ABIA` (STS
 * service bearer token) or `ACCA` (context-specific credential), then 16 base32 characters (current
 * IDs use A–Z and 2–7 only, as in gitleaks). The ID alone is not the secret, but it is the half of
 * the pair that is easy to find, it names the account, and the secret is rarely far away. AWS's own
 * documentation key `AKIAIOSFODNN7EXAMPLE` and any ID ending in `EXAMPLE` fall to the placeholder
 * allowlist; an entropy floor drops `AKIAXXXXXXXXXXXXXXXX`-style fillers. gitleaks' `A3T…` prefix is
 * not matched: no issued key uses it, and it only adds noise.
 */
export const awsAccessToken = defineSecretDetector({
  id: 'aws-access-token',
  family: 'cloud',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'An AWS access key ID (AKIA…, ASIA…) is written in the file.',
  keywords: ['akia', 'asia', 'abia', 'acca'],
  startsAtKeyword: true,
  pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])/g,
  label: 'AWS access key ID',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * AWS secret access key: 40 base64 characters, the value of `aws_secret_access_key`,
 * `AWS_SECRET_ACCESS_KEY`, `"SecretAccessKey"` or `aws_secret_key`. It has no prefix, so only that
 * assignment context finds it, and a high entropy floor (a real key is ~5 bits/char) drops words
 * and fillers. The documentation key `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY` is a placeholder.
 */
export const awsSecretAccessKey = defineSecretDetector({
  id: 'aws-secret-access-key',
  family: 'cloud',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'An AWS secret access key is assigned in the file (aws_secret_access_key = …).',
  keywords: [
    'secret_access_key',
    'secretaccesskey',
    'secret-access-key',
    'secret.access.key',
    'aws_secret_key',
    'awssecretkey',
    'aws-secret-key',
    'aws.secret.key',
  ],
  pattern: assignment(
    `${ci('secret')}([_.-]?)${ci('access')}\\1${ci('key')}|${ci('aws')}([_.-]?)${ci('secret')}\\2${ci('key')}`,
    '[A-Za-z0-9/+]{40}',
    '[A-Za-z0-9/+=]',
  ),
  label: 'AWS secret access key',
  revealPrefix: 4,
  minEntropy: 4,
  allowlist: 'all',
});

/**
 * AWS session token: the third part of temporary STS credentials, a long base64 blob assigned to
 * `aws_session_token`, `AWS_SECURITY_TOKEN` or `"SessionToken"`. It expires (an hour to a few
 * days), but while it lives it acts with the role's permissions. Only that context finds it; the
 * value must be at least 100 base64 characters with `+` or `/` in it (a JWT or a hex session id
 * is not an STS token) and highly random.
 */
export const awsSessionToken = defineSecretDetector({
  id: 'aws-session-token',
  family: 'cloud',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'An AWS session token (temporary STS credential) is assigned in the file.',
  keywords: [
    'session_token',
    'sessiontoken',
    'session-token',
    'session.token',
    'security_token',
    'securitytoken',
    'security-token',
    'security.token',
  ],
  pattern: new RegExp(
    assignmentSource(
      `${ci('aws')}([_.-]?)(?:${ci('session')}|${ci('security')})\\1${ci('token')}|(?<![A-Za-z0-9_])SessionToken`,
      '[A-Za-z0-9/+]{100,2000}={0,2}',
      '[A-Za-z0-9/+=]',
    ),
    'g',
  ),
  label: 'AWS session token',
  revealPrefix: 4,
  minEntropy: 4.5,
  allowlist: 'all',
  validate: (secret) => /[+/]/.test(secret),
});

/**
 * Amazon Bedrock long-term API key: `ABSK` then the base64 of `BedrockAPIKey-…`, 110–270
 * characters. It calls Bedrock models on the account's bill until it expires or is deleted. The
 * fixed base64 of `BedrockAPIKey-` after the prefix makes the pattern precise; an entropy floor
 * drops padded samples.
 */
export const awsBedrockApiKeyLongLived = defineSecretDetector({
  id: 'aws-amazon-bedrock-api-key-long-lived',
  family: 'cloud',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A long-term Amazon Bedrock API key (ABSK…) is written in the file.',
  keywords: ['absk'],
  pattern: /(?<![A-Za-z0-9+/])ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{91,251}={0,2}(?![A-Za-z0-9+/=])/g,
  label: 'Amazon Bedrock API key',
  revealPrefix: 8,
  minEntropy: 4,
  allowlist: 'placeholders',
});

// ---------------------------------------------------------------------------------------------
// Google Cloud

/**
 * Keys printed in the Firebase SDKs' sources and tests (the ones gitleaks allowlists): samples
 * every clone of those repositories carries, not anyone's leak.
 */
const PUBLISHED_GOOGLE_API_KEYS = new Set([
  'AIzaSyabcdefghijklmnopqrstuvwxyz1234567',
  'AIzaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs',
  'AIzaSyCkEhVjf3pduRDt6d1yKOMitrUEke8agEM',
  'AIzaSyDMAScliyLx7F0NPDEJi1QmyCgHIAODrlU',
  'AIzaSyD3asb-2pEZVqMkmL6M9N6nHZRR_znhrh0',
  'AIzayDNSXIbFmlXbIE6mCzDLQAqITYefhixbX4A',
  'AIzaSyAdOS2zB6NCsk1pCdZ4-P6GBdi_UUPwX7c',
  'AIzaSyASWm6HmTMdYWpgMnjRBjxcQ9CKctWmLd4',
  'AIzaSyANUvH9H9BsUccjsu2pCmEkOPjjaXeDQgY',
  'AIzaSyA5_iVawFQ8ABuTZNUdcwERLJv_a_p4wtM',
  'AIzaSyA4UrcGxgwQFTfaI3no3t7Lt1sjmdnP5sQ',
  'AIzaSyDSb51JiIcB6OJpwwMicseKRhhrOq1cS7g',
  'AIzaSyBF2RrAIm4a0mO64EShQfqfd2AFnzAvvuU',
  'AIzaSyBcE-OOIbhjyR83gm4r2MFCu4MJmprNXsw',
  'AIzaSyB8qGxt4ec15vitgn44duC5ucxaOi4FmqE',
  'AIzaSyA8vmApnrHNFE0bApF4hoZ11srVL_n0nvY',
]);

/**
 * Google API key: `AIza` + 35 characters of `[A-Za-z0-9_-]`. Keys for Maps or Firebase web apps
 * are shipped to browsers by design, but an unrestricted key can call any enabled API on the
 * project's bill (Gemini included), so a key in a repository should be restricted or rotated. The
 * entropy floor (4, as in gitleaks) drops `AIzaaaaa…` fillers.
 */
export const gcpApiKey = defineSecretDetector({
  id: 'gcp-api-key',
  family: 'cloud',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Google Cloud / Firebase API key (AIza…) is written in the file.',
  keywords: ['aiza'],
  pattern: /(?<![A-Za-z0-9_-])AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])/g,
  startsAtKeyword: true,
  label: 'Google API key',
  revealPrefix: 6,
  minEntropy: 4,
  allowlist: 'placeholders',
  validate: (secret) => !PUBLISHED_GOOGLE_API_KEYS.has(secret),
});

/**
 * Google Cloud service-account key file: JSON with `"type": "service_account"` and a
 * `"private_key"` holding a PEM key. The key signs tokens as the service account for as long as
 * the key exists. The finding is the `private_key` value, and only when the same object (no brace
 * in between, either order) says `service_account`; the PEM body must decode to a DER key of
 * consistent length, so truncated documentation snippets stay silent.
 */
export const gcpServiceAccountKey = defineSecretDetector({
  id: 'gcp-service-account-key',
  family: 'cloud',
  aliases: ['gcp-service-account'],
  severity: 'error',
  confidence: 'high',
  summary: 'A Google Cloud service-account key (JSON key file with a private key) is in the file.',
  keywords: ['service_account'],
  pattern:
    /"private_key"(?:(?<="type"\s{0,5}:\s{0,5}"service_account"[^{}]{0,4000}"private_key")|(?=\s{0,5}:\s{0,5}"-----BEGIN[^{}]{0,9000}?"type"\s{0,5}:\s{0,5}"service_account"))\s{0,5}:\s{0,5}"(?<secret>-----BEGIN (?:RSA )?PRIVATE KEY-----(?:\\[nr]|[A-Za-z0-9+/=\s]){64,8000}?-----END (?:RSA )?PRIVATE KEY-----(?:\\n)?)"/g,
  label: 'Google Cloud service-account private key',
  revealPrefix: 27,
  allowlist: 'placeholders',
  validate: (secret) => isDerPrivateKeyPem(secret),
});

/**
 * Google OAuth client secret: `GOCSPX-` + 28 characters. With the client ID it lets anyone run
 * the OAuth flow as the application (and redeem leaked codes or refresh tokens). The prefix makes
 * the format unambiguous; placeholders are allowlisted.
 */
export const googleOauthClientSecret = defineSecretDetector({
  id: 'google-oauth-client-secret',
  family: 'cloud',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Google OAuth client secret (GOCSPX-…) is written in the file.',
  keywords: ['gocspx-'],
  pattern: /(?<![A-Za-z0-9_-])GOCSPX-[A-Za-z0-9_-]{28}(?![A-Za-z0-9_-])/g,
  label: 'Google OAuth client secret',
  revealPrefix: 8,
  minEntropy: 3,
  allowlist: 'placeholders',
});

// ---------------------------------------------------------------------------------------------
// Azure

/**
 * Microsoft Entra ID (Azure AD) application client secret: three characters, a digit, `Q~`, then
 * 31–34 characters of `[A-Za-z0-9_~.-]` (the `Q~` marker is gitleaks' finding). It signs in as the
 * application. The secret must stand alone between quotes, spaces or delimiters, as in gitleaks,
 * so `~` sequences inside URLs and CSS do not match; placeholders and low-entropy strings drop.
 */
export const azureAdClientSecret = defineSecretDetector({
  id: 'azure-ad-client-secret',
  family: 'cloud',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Microsoft Entra ID (Azure AD) client secret (…Q~…) is written in the file.',
  keywords: ['0q~', '1q~', '2q~', '3q~', '4q~', '5q~', '6q~', '7q~', '8q~', '9q~'],
  pattern: /(?<![^\\'"`\s>=:(,)])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![^\\'"`\s<),])/g,
  label: 'Microsoft Entra ID client secret',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Azure Storage (or Cosmos DB) account key: 64 random bytes in base64 (86 characters and `==`),
 * after `AccountKey=` in a connection string or assigned to `AZURE_STORAGE_KEY` and kin. It grants
 * full access to every blob, queue, table and file share of the account. The value must be
 * canonical base64 of exactly 64 bytes; the storage emulator's published development key
 * (`Eby8vdM02xNOcqFl…`) is not reported.
 */
export const azureStorageAccountKey = defineSecretDetector({
  id: 'azure-storage-account-key',
  family: 'cloud',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'An Azure Storage or Cosmos DB account key (AccountKey=…) is written in the file.',
  keywords: ['accountkey', 'azure_storage', 'azure-storage', 'azurestorage', 'azure.storage'],
  pattern: new RegExp(
    `(?:${ci('accountkey')}[ \\t]{0,3}=[ \\t]{0,3}|${assignmentPrefix(
      `${ci('azure')}([_.-]?)${ci('storage')}\\1(?:${ci('account')}\\1)?(?:${ci('access')}\\1)?${ci('key')}`,
    )})(?<secret>[A-Za-z0-9+/]{85}[AQgw]==)(?![A-Za-z0-9+/=])`,
    'g',
  ),
  label: 'Azure Storage account key',
  revealPrefix: 4,
  minEntropy: 4,
  allowlist: 'placeholders',
  validate: (secret) => isCanonicalBase64(secret, 64) && !secret.startsWith('Eby8vdM02xNOcqFl'),
});

/**
 * Azure shared access key: `SharedAccessKey=` + 32 random bytes in base64, in Service Bus, Event
 * Hubs, IoT Hub and Relay connection strings. With the key name it issues SAS tokens for the
 * namespace or hub. The value must be canonical base64 of exactly 32 bytes.
 */
export const azureSharedAccessKey = defineSecretDetector({
  id: 'azure-shared-access-key',
  family: 'cloud',
  aliases: ['azure-servicebus-connection-string'],
  severity: 'error',
  confidence: 'high',
  summary: 'An Azure Service Bus / Event Hubs / IoT Hub shared access key is written in the file.',
  keywords: ['sharedaccesskey'],
  pattern: /SharedAccessKey[ \t]{0,3}=[ \t]{0,3}(?<secret>[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)(?![A-Za-z0-9+/=])/g,
  label: 'Azure shared access key',
  revealPrefix: 4,
  minEntropy: 4,
  allowlist: 'placeholders',
  validate: (secret) => isCanonicalBase64(secret, 32),
});

/**
 * Azure shared access signature (SAS): the `sig=` of a URL query that also carries a service
 * version `sv=YYYY-MM-DD`. Anyone with the URL has the SAS's permissions until it expires, often
 * months later. The signature must be a URL-encoded base64 HMAC-SHA256 (exactly 32 bytes), which
 * `sig=` parameters of other services rarely are.
 */
export const azureSasToken = defineSecretDetector({
  id: 'azure-sas-token',
  family: 'cloud',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'An Azure shared access signature (a URL with sv=…&sig=…) is written in the file.',
  keywords: ['sig='],
  pattern:
    /[?&;]sig=(?<secret>(?:[A-Za-z0-9+/]|%2[BbFf]){43}(?:%3[Dd]|=))(?![A-Za-z0-9%])(?:(?<=[?&;]sv=\d{4}-\d{2}-\d{2}&[^\s"'<>#]{0,600})|(?=[^\s"'<>#]{0,600}[?&;]sv=\d{4}-\d{2}-\d{2}(?![\d-])))/g,
  label: 'Azure shared access signature',
  revealPrefix: 4,
  minEntropy: 4,
  allowlist: 'placeholders',
  validate: (secret) => isCanonicalBase64(decodeURIComponent(secret), 32),
});

/**
 * Azure DevOps personal access token. Current PATs are 84 characters: 52 random, the `JQQJ`
 * signature of Microsoft's identifiable keys at offset 52 and the `AZDO` provider mark at offset
 * 76, so they are found anywhere. Legacy 52-character base32 PATs have no marker and are found
 * only as the value of `AZURE_DEVOPS_EXT_PAT`, `AZURE_DEVOPS_PAT` or `AZDO_PERSONAL_ACCESS_TOKEN`.
 */
export const azureDevopsPat = defineSecretDetector({
  id: 'azure-devops-pat',
  family: 'cloud',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'An Azure DevOps personal access token is written in the file.',
  keywords: ['jqqj', 'azure_devops_ext_pat', 'azure_devops_pat', 'azdo_personal_access_token'],
  pattern:
    /(?<![A-Za-z0-9])(?<secret>[A-Za-z0-9]{52}JQQJ[A-Za-z0-9]{20}AZDO[A-Za-z0-9]{4}|(?<=(?:AZURE_DEVOPS_EXT_PAT|AZURE_DEVOPS_PAT|AZDO_PERSONAL_ACCESS_TOKEN|azure_devops_ext_pat|azure_devops_pat|azdo_personal_access_token)[ \t'"`]{0,3}[:=][ \t'"`]{0,5})[a-z2-7]{52})(?![A-Za-z0-9])/g,
  label: 'Azure DevOps personal access token',
  revealPrefix: 4,
  minEntropy: 3.5,
  allowlist: 'placeholders',
});

/**
 * Azure Data Factory self-hosted integration runtime key:
 * `IR@<guid>@<factory>@<region>@<base64>`. It registers a machine as a runtime of the factory and
 * so receives its linked-service credentials. The four `@`-separated parts make it precise.
 */
export const datafactoryShirToken = defineSecretDetector({
  id: 'datafactory-shir-token',
  family: 'cloud',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'An Azure Data Factory self-hosted integration runtime key (IR@…) is written in the file.',
  keywords: ['ir@'],
  pattern: /(?<![A-Za-z0-9])IR@[0-9a-zA-Z-]{36}@[^@\s'"]{1,100}@[0-9a-zA-Z=-]{0,40}@[A-Za-z0-9+/]{43}=(?![A-Za-z0-9+/=])/g,
  label: 'Azure Data Factory integration runtime key',
  revealPrefix: 3,
  minEntropy: 3.5,
  allowlist: 'placeholders',
});

// ---------------------------------------------------------------------------------------------
// DigitalOcean

/** DigitalOcean tokens are `do?_v1_` + 64 lowercase hex digits; only the middle letter differs. */
function digitalOcean(id: string, letter: string, what: string): SecretDetector {
  return defineSecretDetector({
    id,
    family: 'cloud',
    aliases: [],
    severity: 'error',
    confidence: 'high',
    summary: `A DigitalOcean ${what} (do${letter}_v1_…) is written in the file.`,
    keywords: [`do${letter}_v1_`],
    pattern: new RegExp(`(?<![A-Za-z0-9_])do${letter}_v1_[a-f0-9]{64}(?![A-Za-z0-9_])`, 'g'),
    label: `DigitalOcean ${what}`,
    revealPrefix: 10,
    minEntropy: 3,
    allowlist: 'placeholders',
  });
}

/** DigitalOcean personal access token (`dop_v1_`): the API as its owner, every team resource. */
export const digitaloceanPat = digitalOcean('digitalocean-pat', 'p', 'personal access token');

/** DigitalOcean OAuth access token (`doo_v1_`): the API as the user who authorised an app. */
export const digitaloceanAccessToken = digitalOcean('digitalocean-access-token', 'o', 'OAuth access token');

/** DigitalOcean OAuth refresh token (`dor_v1_`): mints new access tokens with the app's secret. */
export const digitaloceanRefreshToken = digitalOcean('digitalocean-refresh-token', 'r', 'OAuth refresh token');

// ---------------------------------------------------------------------------------------------
// Alibaba Cloud

/**
 * Alibaba Cloud AccessKey ID: `LTAI` + 20 alphanumerics (current) or 12 (older keys). Like the
 * AWS key ID it is half of a pair, but it names the account and travels with its secret. An
 * entropy floor drops fillers.
 */
export const alibabaAccessKeyId = defineSecretDetector({
  id: 'alibaba-access-key-id',
  family: 'cloud',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'An Alibaba Cloud AccessKey ID (LTAI…) is written in the file.',
  keywords: ['ltai'],
  pattern: /(?<![A-Za-z0-9])LTAI(?:[A-Za-z0-9]{20}|[A-Za-z0-9]{12})(?![A-Za-z0-9])/g,
  label: 'Alibaba Cloud AccessKey ID',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Alibaba Cloud AccessKey secret: 30 alphanumerics assigned to a name with `alibaba`, `aliyun` or
 * `alicloud` in it, or to `access_key_secret` / `accessKeySecret` (the SDKs' name for it). It has
 * no prefix, so only that context finds it, with an entropy floor.
 */
export const alibabaSecretKey = defineSecretDetector({
  id: 'alibaba-secret-key',
  family: 'cloud',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'An Alibaba Cloud AccessKey secret is assigned in the file.',
  keywords: ['alibaba', 'aliyun', 'alicloud', 'accesskeysecret', 'access_key_secret', 'access-key-secret'],
  pattern: assignment(
    `${ci('alibaba')}|${ci('aliyun')}|${ci('alicloud')}|${ci('access')}([_-]?)${ci('key')}\\1${ci('secret')}`,
    '[A-Za-z0-9]{30}',
    '[\\w+/=.-]',
  ),
  label: 'Alibaba Cloud AccessKey secret',
  revealPrefix: 4,
  minEntropy: 3.5,
  allowlist: 'all',
});

// ---------------------------------------------------------------------------------------------
// IBM Cloud

/**
 * IBM Cloud API key: 44 characters of `[A-Za-z0-9_-]`, assigned to a name with `ibm` or
 * `bluemix` in it or to `IC_API_KEY` (the Terraform provider's variable). It logs in to IBM Cloud
 * as its user or service ID. Context and an entropy floor keep it quiet.
 */
export const ibmCloudApiKey = defineSecretDetector({
  id: 'ibm-cloud-api-key',
  family: 'cloud',
  aliases: ['ibm-cloud-user-api-key'],
  severity: 'error',
  confidence: 'medium',
  summary: 'An IBM Cloud API key is assigned in the file.',
  keywords: ['ibm', 'ic_api_key', 'bluemix'],
  startsAtKeyword: true,
  pattern: assignment(`${ci('ibm')}|${ci('bluemix')}|${ci('ic_api_key')}`, '[A-Za-z0-9_-]{44}', '[\\w+/=.-]'),
  label: 'IBM Cloud API key',
  revealPrefix: 4,
  minEntropy: 3.5,
  allowlist: 'all',
});

// ---------------------------------------------------------------------------------------------
// Cloudflare

/**
 * Cloudflare API credential in the current scannable format: `cfut_` (user API token), `cfat_`
 * (account API token) or `cfk_` (global API key), 40 alphanumerics and an 8-hex-digit checksum.
 * Cloudflare has not published the checksum algorithm, so it is not verified; the prefix and the
 * exact shape keep the pattern precise.
 */
export const cloudflareApiToken = defineSecretDetector({
  id: 'cloudflare-api-token',
  family: 'cloud',
  aliases: ['cloudflare-api-key.2'],
  severity: 'error',
  confidence: 'high',
  summary: 'A Cloudflare API token or key in the scannable format (cfut_, cfat_, cfk_) is written in the file.',
  keywords: ['cfut_', 'cfat_', 'cfk_'],
  pattern: /(?<![A-Za-z0-9_])cf(?:ut|at|k)_[A-Za-z0-9]{40}[a-f0-9]{8}(?![A-Za-z0-9_])/g,
  label: 'Cloudflare API token',
  revealPrefix: 5,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Cloudflare API token in the older format: 40 characters of `[A-Za-z0-9_-]` assigned to a name
 * with `cloudflare` in it (`CLOUDFLARE_API_TOKEN=…`). No prefix, so the context and an entropy
 * floor (3.5) are what keep it quiet.
 */
export const cloudflareApiKey = defineSecretDetector({
  id: 'cloudflare-api-key',
  family: 'cloud',
  aliases: ['cloudflare-api-key.1'],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Cloudflare API token is assigned in the file (CLOUDFLARE_API_TOKEN = …).',
  keywords: ['cloudflare'],
  pattern: assignment(ci('cloudflare'), '[A-Za-z0-9_-]{40}', '[\\w+/=.-]'),
  label: 'Cloudflare API token',
  revealPrefix: 4,
  minEntropy: 3.5,
  allowlist: 'all',
});

/**
 * Cloudflare Global API Key (legacy): 37 lowercase hex digits assigned to a name with
 * `cloudflare` in it. With the account email it has every permission of the user. Context and an
 * entropy floor keep it quiet.
 */
export const cloudflareGlobalApiKey = defineSecretDetector({
  id: 'cloudflare-global-api-key',
  family: 'cloud',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Cloudflare Global API Key is assigned in the file.',
  keywords: ['cloudflare'],
  pattern: assignment(ci('cloudflare'), '[a-f0-9]{37}', '[\\w+/=.-]'),
  label: 'Cloudflare Global API Key',
  revealPrefix: 4,
  minEntropy: 3.3,
  allowlist: 'all',
});

/**
 * Cloudflare Origin CA key: `v1.0-` + 24 hex + `-` + 146 hex. It issues origin certificates for
 * the account's zones. The exact shape makes it precise.
 */
export const cloudflareOriginCaKey = defineSecretDetector({
  id: 'cloudflare-origin-ca-key',
  family: 'cloud',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Cloudflare Origin CA key (v1.0-…) is written in the file.',
  keywords: ['v1.0-'],
  pattern: /(?<![A-Za-z0-9_.-])v1\.0-[a-f0-9]{24}-[a-f0-9]{146}(?![A-Za-z0-9_-])/g,
  label: 'Cloudflare Origin CA key',
  revealPrefix: 9,
  minEntropy: 3,
  allowlist: 'placeholders',
});

// ---------------------------------------------------------------------------------------------
// Yandex Cloud

/** Yandex Cloud credentials are found, as in gitleaks, only when assigned to a `yandex…` name. */
function yandex(id: string, what: string, value: string, prefix: string, summary: string): SecretDetector {
  return defineSecretDetector({
    id,
    family: 'cloud',
    aliases: [],
    severity: 'error',
    confidence: 'high',
    summary,
    keywords: ['yandex'],
    pattern: assignment(ci('yandex'), value, '[A-Za-z0-9_=-]'),
    label: `Yandex Cloud ${what}`,
    revealPrefix: prefix.length,
    minEntropy: 3,
    allowlist: 'all',
  });
}

/** Yandex Cloud API key: `AQVN` + 35–38 characters; it authenticates as a service account. */
export const yandexApiKey = yandex(
  'yandex-api-key',
  'API key',
  'AQVN[A-Za-z0-9_-]{35,38}',
  'AQVN',
  'A Yandex Cloud API key (AQVN…) is assigned in the file.',
);

/** Yandex Cloud IAM token: `t1.` + a base64url payload + `.` + an 86-character signature. */
export const yandexAccessToken = yandex(
  'yandex-access-token',
  'IAM token',
  't1\\.[A-Za-z0-9_-]{1,300}={0,2}\\.[A-Za-z0-9_-]{86}={0,2}',
  't1.',
  'A Yandex Cloud IAM token (t1.…) is assigned in the file.',
);

/** Yandex Cloud static access key secret (S3-compatible API): `YC` + 38 characters. */
export const yandexAwsAccessToken = yandex(
  'yandex-aws-access-token',
  'static access key',
  'YC[A-Za-z0-9_-]{38}',
  'YC',
  'A Yandex Cloud static access key secret (YC…) is assigned in the file.',
);

// ---------------------------------------------------------------------------------------------
// Scaleway, Linode, Hetzner, Tencent

/**
 * Scaleway secret key: a UUID assigned to a name like `SCW_SECRET_KEY` or `scaleway_token`. UUIDs
 * are otherwise allowlisted as public identifiers; here the name says it is a secret, so only
 * placeholders and references are skipped (plus an entropy floor for `0000…` UUIDs).
 */
export const scalewaySecretKey = defineSecretDetector({
  id: 'scaleway-secret-key',
  family: 'cloud',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Scaleway secret key is assigned in the file (SCW_SECRET_KEY = …).',
  keywords: ['scaleway', 'scw'],
  startsAtKeyword: true,
  pattern: assignment(
    `(?:${ci('scaleway')}|${ci('scw')})[\\w.-]{0,20}?(?:${ci('secret')}|${ci('token')})`,
    '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
    '[\\w-]',
  ),
  label: 'Scaleway secret key',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Linode (Akamai Cloud) personal access token: 64 lowercase hex digits assigned to a name with
 * `linode` in it. A 64-hex value looks like a SHA-256, which the global allowlist skips, so only
 * placeholders and references are allowlisted here; the name is what makes it a token.
 */
export const linodeApiToken = defineSecretDetector({
  id: 'linode-api-token',
  family: 'cloud',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Linode personal access token is assigned in the file (LINODE_TOKEN = …).',
  keywords: ['linode'],
  pattern: assignment(ci('linode'), '[a-f0-9]{64}', '[\\w+/=.-]'),
  label: 'Linode personal access token',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Hetzner Cloud API token: 64 alphanumerics assigned to `HCLOUD_TOKEN` or a name with `hetzner` in
 * it. It controls every server and volume of the project. A high entropy floor (4) drops hex
 * digests, which top out at 4 bits per character.
 */
export const hetznerCloudApiToken = defineSecretDetector({
  id: 'hetzner-cloud-api-token',
  family: 'cloud',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Hetzner Cloud API token is assigned in the file (HCLOUD_TOKEN = …).',
  keywords: ['hcloud', 'hetzner'],
  pattern: assignment(`${ci('hcloud')}|${ci('hetzner')}`, '[A-Za-z0-9]{64}', '[\\w+/=.-]'),
  label: 'Hetzner Cloud API token',
  revealPrefix: 4,
  minEntropy: 4,
  allowlist: 'all',
});

/**
 * Tencent Cloud SecretId: `AKID` + 32 alphanumerics. Half of the SecretId/SecretKey pair, and the
 * half that a scanner can find on its own; an entropy floor drops fillers.
 */
export const tencentCloudSecretId = defineSecretDetector({
  id: 'tencent-cloud-secret-id',
  family: 'cloud',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Tencent Cloud SecretId (AKID…) is written in the file.',
  keywords: ['akid'],
  pattern: /(?<![A-Za-z0-9])AKID[A-Za-z0-9]{32}(?![A-Za-z0-9])/g,
  label: 'Tencent Cloud SecretId',
  revealPrefix: 4,
  minEntropy: 3.5,
  allowlist: 'placeholders',
});

export const CLOUD_DETECTORS: readonly SecretDetector[] = [
  awsAccessToken,
  awsSecretAccessKey,
  awsSessionToken,
  awsBedrockApiKeyLongLived,
  gcpApiKey,
  gcpServiceAccountKey,
  googleOauthClientSecret,
  azureAdClientSecret,
  azureStorageAccountKey,
  azureSharedAccessKey,
  azureSasToken,
  azureDevopsPat,
  datafactoryShirToken,
  digitaloceanPat,
  digitaloceanAccessToken,
  digitaloceanRefreshToken,
  alibabaAccessKeyId,
  alibabaSecretKey,
  ibmCloudApiKey,
  cloudflareApiToken,
  cloudflareApiKey,
  cloudflareGlobalApiKey,
  cloudflareOriginCaKey,
  yandexApiKey,
  yandexAccessToken,
  yandexAwsAccessToken,
  scalewaySecretKey,
  linodeApiToken,
  hetznerCloudApiToken,
  tencentCloudSecretId,
];

/**
 * Observability and on-call credentials: Datadog, New Relic, Sentry, Grafana, Dynatrace,
 * Honeycomb, Splunk, Sumo Logic, PagerDuty, Opsgenie, Elastic and Rollbar. These keys read (and
 * often write) production telemetry, which carries hostnames, request data and user identifiers,
 * and on-call keys can silence or trigger pages. Prefixed formats are matched anywhere; hex and
 * UUID formats only as the value of a name that says which service they belong to.
 */
import { crc32 } from '../checksum';
import { defineSecretDetector, type SecretDetector } from '../detector';
import { ASSIGN, END, assignment, decodeBase64, decodeJsonObject, namedAsCredential } from './ai-providers-assign';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * Datadog API keys: 32 hex digits with no prefix, so only as the value of `DD_API_KEY`,
 * `DATADOG_API_KEY`, `datadog.api_key` or the `DD-API-KEY` HTTP header. An API key submits
 * metrics, logs and events on behalf of the organisation.
 */
export const datadogApiKey = defineSecretDetector({
  id: 'datadog-api-key',
  family: 'observability',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Datadog API key is assigned in the file.',
  keywords: ['dd_api', 'dd-api', 'ddapi', 'datadog'],
  pattern: assignment('(?:dd|datadog)[_.-]?api[_-]?key', '[a-f0-9]{32}'),
  label: 'Datadog API key',
  revealPrefix: 4,
  minEntropy: 3,
});

/**
 * Datadog application keys (gitleaks' `datadog-access-token`): 40 characters assigned to
 * `DD_APP_KEY`, `DD_APPLICATION_KEY` or any name mentioning Datadog. An application key, paired
 * with an API key, reads and changes everything the creating user can. The value is usually hex,
 * so it looks like a git SHA: the name is what makes it a credential, and the SHA allowlist is
 * not applied.
 */
export const datadogAccessToken = defineSecretDetector({
  id: 'datadog-access-token',
  family: 'observability',
  aliases: ['datadog-app-key'],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Datadog application key is assigned in the file.',
  keywords: ['dd_app', 'dd-app', 'ddapp', 'datadog'],
  pattern: assignment('(?:dd|datadog)[_.-]?app(?:lication)?[_-]?key|datadog', '[a-z0-9]{40}'),
  label: 'Datadog application key',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'placeholders',
  validate: namedAsCredential,
});

/** New Relic user API keys: `NRAK-` + 27 upper-case alphanumeric characters. */
export const newRelicUserApiKey = defineSecretDetector({
  id: 'new-relic-user-api-key',
  family: 'observability',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A New Relic user API key (NRAK-…) is written in the file.',
  keywords: ['nrak-'],
  pattern: /(?<![A-Za-z0-9_-])NRAK-[A-Za-z0-9]{27}(?![A-Za-z0-9_-])/g,
  label: 'New Relic user API key',
  revealPrefix: 7,
  minEntropy: 3.5,
  allowlist: 'placeholders',
});

/** New Relic Insights insert keys: `NRII-` + 32 characters; they write events into an account. */
export const newRelicInsertKey = defineSecretDetector({
  id: 'new-relic-insert-key',
  family: 'observability',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A New Relic insert key (NRII-…) is written in the file.',
  keywords: ['nrii-'],
  pattern: /(?<![A-Za-z0-9_-])NRII-[A-Za-z0-9_-]{32}(?![A-Za-z0-9_-])/g,
  label: 'New Relic insert key',
  revealPrefix: 7,
  minEntropy: 3.5,
  allowlist: 'placeholders',
});

/**
 * New Relic ingest license keys: 36 hex digits followed by `NRAL`, 40 characters in all. The
 * suffix is what makes them recognisable; older license keys (40 plain hex digits) cannot be told
 * from a git SHA and are not reported.
 */
export const newRelicLicenseKey = defineSecretDetector({
  id: 'new-relic-license-key',
  family: 'observability',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A New Relic ingest license key (…NRAL) is written in the file.',
  keywords: ['nral'],
  pattern: /(?<![A-Za-z0-9_-])[a-f0-9]{36}NRAL(?![A-Za-z0-9_-])/g,
  startsBeforeKeyword: 36,
  label: 'New Relic license key',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/** A Sentry organisation token's payload: JSON with the issue time, the org, and its URLs. */
function isSentryPayload(payload: string | undefined): boolean {
  const json = payload === undefined ? null : decodeJsonObject(payload);
  return json !== null && 'iat' in json && typeof json['org'] === 'string' && ('url' in json || 'region_url' in json);
}

/**
 * Sentry organisation auth tokens: `sntrys_` + base64 JSON (`iat`, `url`, `region_url`, `org`) +
 * `_` + 43 base64 characters. The JSON is the format's integrity check, as for Grafana's keys: a
 * payload that decodes to it is reported; one that does not decode to JSON (mangled or made up)
 * is at most a low-confidence warning, when random; one that decodes to other JSON stays quiet.
 */
export const sentryOrgToken = defineSecretDetector({
  id: 'sentry-org-token',
  family: 'observability',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Sentry organization auth token (sntrys_…) is written in the file.',
  keywords: ['sntrys_'],
  pattern: /(?<![A-Za-z0-9_])sntrys_(?<payload>eyJ[A-Za-z0-9+/]{20,400}={0,2})_[A-Za-z0-9+/]{43}(?![A-Za-z0-9+/=_])/g,
  label: 'Sentry organization auth token',
  revealPrefix: 10,
  minEntropy: 4,
  allowlist: 'placeholders',
  validate: (_secret, match) => {
    const payload = match?.groups?.['payload'];
    return payload === undefined || decodeJsonObject(payload) === null || isSentryPayload(payload);
  },
  checksum: (secret) => isSentryPayload(/^sntrys_([^_]+)_/.exec(secret)?.[1]),
});

/** Sentry user auth tokens: `sntryu_` + 64 hex digits; they act as the user who created them. */
export const sentryUserToken = defineSecretDetector({
  id: 'sentry-user-token',
  family: 'observability',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Sentry user auth token (sntryu_…) is written in the file.',
  keywords: ['sntryu_'],
  pattern: /(?<![A-Za-z0-9_])sntryu_[a-f0-9]{64}(?![A-Za-z0-9_])/g,
  label: 'Sentry user auth token',
  revealPrefix: 10,
  minEntropy: 3.5,
  allowlist: 'placeholders',
});

/**
 * Legacy Sentry auth tokens: 64 hex digits assigned to a name mentioning Sentry
 * (`SENTRY_AUTH_TOKEN=…`). A DSN is not a secret (Sentry designed it to ship in browser code) and
 * never matches: its key is 32 hex digits inside a URL.
 */
export const sentryAccessToken = defineSecretDetector({
  id: 'sentry-access-token',
  family: 'observability',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Sentry auth token (legacy format) is assigned in the file.',
  keywords: ['sentry'],
  pattern: assignment('sentry', '[a-f0-9]{64}'),
  label: 'Sentry auth token',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'placeholders',
  validate: namedAsCredential,
});

/** A Grafana API key's payload: JSON with the key (`k`), its name (`n`) and the org id (`id`). */
function isGrafanaApiKeyPayload(secret: string): boolean {
  const json = decodeJsonObject(secret);
  return json !== null && typeof json['k'] === 'string' && 'n' in json && 'id' in json;
}

/**
 * Grafana API keys (legacy, replaced by service accounts): base64 of `{"k":…,"n":…,"id":…}`,
 * which always starts `eyJrIjoi`. That JSON is the format's integrity check, as a checksum is
 * for other tokens: a value that decodes to it is reported; one that does not decode to JSON at
 * all (a mangled, truncated or made-up key) is at most a low-confidence warning, and only when
 * it is random (the scanner's rule for failed checksums). A value that decodes to other JSON is
 * something else that starts the same way (Power BI report links carry `{"k":…,"t":…}`) and
 * stays quiet.
 */
export const grafanaApiKey = defineSecretDetector({
  id: 'grafana-api-key',
  family: 'observability',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Grafana API key (eyJrIjoi…) is written in the file.',
  keywords: ['eyjrijoi'],
  pattern: /(?<![A-Za-z0-9_+/-])eyJrIjoi[A-Za-z0-9+/]{40,400}={0,3}(?![A-Za-z0-9_+/=-])/g,
  label: 'Grafana API key',
  revealPrefix: 8,
  minEntropy: 3,
  allowlist: 'placeholders',
  validate: (secret) => decodeJsonObject(secret) === null || isGrafanaApiKeyPayload(secret),
  checksum: isGrafanaApiKeyPayload,
});

/** A Grafana Cloud token's payload: base64 JSON after `glc_` with the key (`k`). */
function isGrafanaCloudPayload(secret: string): boolean {
  return typeof decodeJsonObject(secret.slice(4))?.['k'] === 'string';
}

/**
 * Grafana Cloud tokens (access policy and API tokens): `glc_` + base64 JSON holding the org,
 * the token name and the key. As for API keys, the JSON is the integrity check: a payload with a
 * `k` field is reported; a `glc_` value that does not decode to JSON is a low-confidence warning
 * when random (a made-up `glc_` sample is not random enough); one that decodes to other JSON
 * stays quiet. The prefix is lowercase: `GLC_CreateLightmapTexture` identifiers do not match.
 */
export const grafanaCloudApiToken = defineSecretDetector({
  id: 'grafana-cloud-api-token',
  family: 'observability',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Grafana Cloud token (glc_…) is written in the file.',
  keywords: ['glc_'],
  pattern: /(?<![A-Za-z0-9_])glc_[A-Za-z0-9+/]{32,400}={0,3}(?![A-Za-z0-9_+/=-])/g,
  label: 'Grafana Cloud token',
  revealPrefix: 8,
  minEntropy: 3,
  allowlist: 'placeholders',
  validate: (secret) => decodeJsonObject(secret.slice(4)) === null || isGrafanaCloudPayload(secret),
  checksum: isGrafanaCloudPayload,
});

/**
 * The checksum Grafana appends to service account tokens: the CRC32 (IEEE) of everything before
 * the last `_`, its four bytes in little-endian order, as 8 hex digits.
 */
export function hasValidGrafanaChecksum(token: string): boolean {
  const cut = token.lastIndexOf('_');
  const value = crc32(token.slice(0, cut));
  const bytes = [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff];
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join('') === token.slice(cut + 1).toLowerCase();
}

/**
 * Grafana service account tokens: `glsa_` + 32 alphanumeric characters + `_` + an 8-hex-digit
 * CRC32 of the part before it. Drydock checks the checksum, so a token that passes is reported
 * whatever the line around it says, and one that fails is at most a low-confidence warning.
 */
export const grafanaServiceAccountToken = defineSecretDetector({
  id: 'grafana-service-account-token',
  family: 'observability',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Grafana service account token (glsa_…) is written in the file.',
  keywords: ['glsa_'],
  pattern: /(?<![A-Za-z0-9_])glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}(?![A-Za-z0-9_])/g,
  label: 'Grafana service account token',
  revealPrefix: 9,
  allowlist: 'none',
  checksum: hasValidGrafanaChecksum,
});

/** Dynatrace API tokens: `dt0c01.` + a 24-character token id + `.` + a 64-character secret. */
export const dynatraceApiToken = defineSecretDetector({
  id: 'dynatrace-api-token',
  family: 'observability',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Dynatrace API token (dt0c01.…) is written in the file.',
  keywords: ['dt0c01.'],
  pattern: /(?<![A-Za-z0-9_])dt0c01\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{64}(?![A-Za-z0-9_])/g,
  label: 'Dynatrace API token',
  revealPrefix: 11,
  minEntropy: 4,
  allowlist: 'placeholders',
});

/**
 * Honeycomb API keys: configuration keys (22 alphanumeric characters), classic keys (32 hex
 * digits) and ingest keys (`hcaik_…`/`hcxik_…`), assigned to a name mentioning Honeycomb or sent
 * in the `X-Honeycomb-Team` header.
 */
export const honeycombApiKey = defineSecretDetector({
  id: 'honeycomb-api-key',
  family: 'observability',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Honeycomb API key is assigned in the file.',
  keywords: ['honeycomb'],
  pattern: assignment('honeycomb', 'hc[a-z]ik_[a-z0-9]{40,80}|[a-f0-9]{32}|[A-Za-z0-9]{22}'),
  label: 'Honeycomb API key',
  revealPrefix: 4,
  minEntropy: 3,
});

/**
 * Splunk HTTP Event Collector tokens: a UUID, recognisable only by where it is written: the value
 * of a Splunk HEC token setting, or after `Authorization: Splunk`. UUIDs are otherwise
 * allowlisted; here only placeholders and low-entropy values (`00000000-…`) are dropped.
 */
export const splunkHecToken = defineSecretDetector({
  id: 'splunk-hec-token',
  family: 'observability',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Splunk HTTP Event Collector token is written in the file.',
  keywords: ['splunk', 'hec_token', 'hec-token', 'hectoken'],
  pattern: new RegExp(
    `(?:(?:splunk[\\w.-]{0,20}?(?:hec|token)|hec[_-]?token)[\\w.-]{0,20}${ASSIGN}|\\bSplunk[ \\t]+)(?<secret>${UUID})${END}`,
    'gi',
  ),
  label: 'Splunk HEC token',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Sumo Logic access keys: 64 alphanumeric characters assigned to a name mentioning Sumo Logic
 * (`SUMO_ACCESS_KEY`, `sumologic.accessKey`). The access id that goes with it is an identifier,
 * not a secret, and is not reported.
 */
export const sumologicAccessToken = defineSecretDetector({
  id: 'sumologic-access-token',
  family: 'observability',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Sumo Logic access key is assigned in the file.',
  keywords: ['sumo'],
  pattern: assignment('sumo', '[A-Za-z0-9]{64}'),
  label: 'Sumo Logic access key',
  revealPrefix: 4,
  minEntropy: 4,
  validate: namedAsCredential,
});

/**
 * PagerDuty REST API keys: 20 characters (user keys start `u+`), assigned to a name mentioning
 * PagerDuty or sent as `Authorization: Token token=…`, PagerDuty's own header format.
 */
export const pagerdutyApiKey = defineSecretDetector({
  id: 'pagerduty-api-key',
  family: 'observability',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A PagerDuty API key is written in the file.',
  keywords: ['pagerduty', 'token token='],
  pattern: new RegExp(`(?:pagerduty[\\w.-]{0,20}${ASSIGN}|\\bToken[ \\t]+token=)(?<secret>[A-Za-z0-9_+-]{20})${END}`, 'gi'),
  label: 'PagerDuty API key',
  revealPrefix: 4,
  minEntropy: 3.5,
  validate: namedAsCredential,
});

/**
 * Opsgenie API keys: a UUID assigned to a name mentioning Opsgenie or sent as
 * `Authorization: GenieKey …`. With the key, alerts can be created, closed and silenced.
 */
export const opsgenieApiKey = defineSecretDetector({
  id: 'opsgenie-api-key',
  family: 'observability',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'An Opsgenie API key is written in the file.',
  keywords: ['opsgenie', 'geniekey'],
  pattern: new RegExp(`(?:opsgenie[\\w.-]{0,20}${ASSIGN}|\\bGenieKey[ \\t]+)(?<secret>${UUID})${END}`, 'gi'),
  label: 'Opsgenie API key',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'placeholders',
  validate: namedAsCredential,
});

/** An Elasticsearch API key credential decodes to `<id>:<api_key>`, both URL-safe random strings. */
function isElasticCredential(secret: string): boolean {
  const decoded = decodeBase64(secret);
  return decoded !== null && /^[\w-]{16,40}:[\w-]{16,64}$/.test(decoded);
}

/**
 * Elasticsearch / Elastic Cloud API keys in their encoded form: base64 of `<id>:<api_key>`, as
 * sent in `Authorization: ApiKey …` or assigned to a name like `ELASTIC_API_KEY`. The value must
 * decode to an id and a key, which keeps other base64 values quiet.
 */
export const elasticApiKey = defineSecretDetector({
  id: 'elastic-api-key',
  family: 'observability',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'An Elasticsearch API key is written in the file.',
  keywords: ['elastic', 'apikey '],
  pattern: new RegExp(
    `(?:elastic(?:search)?[\\w.-]{0,20}?api[_-]?key[\\w.-]{0,10}${ASSIGN}|\\bApiKey[ \\t]+)(?<secret>[A-Za-z0-9+/]{40,120}={0,2})${END}`,
    'gi',
  ),
  label: 'Elasticsearch API key',
  revealPrefix: 4,
  minEntropy: 4,
  validate: (secret) => isElasticCredential(secret),
});

/**
 * Rollbar access tokens: 32 hex digits assigned to a name mentioning Rollbar. `post_client_item`
 * tokens are meant to ship in browser code, so names that say `client`, `browser` or `public`
 * are not reported; server tokens (`ROLLBAR_ACCESS_TOKEN`, `post_server_item`) are.
 */
export const rollbarAccessToken = defineSecretDetector({
  id: 'rollbar-access-token',
  family: 'observability',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Rollbar server access token is assigned in the file.',
  keywords: ['rollbar'],
  pattern: assignment('rollbar', '[a-f0-9]{32}'),
  label: 'Rollbar access token',
  revealPrefix: 4,
  minEntropy: 3,
  validate: (secret, match) => namedAsCredential(secret, match) && !/client|browser|public/i.test(match?.[0] ?? ''),
});

export const OBSERVABILITY_DETECTORS: readonly SecretDetector[] = [
  datadogApiKey,
  datadogAccessToken,
  newRelicUserApiKey,
  newRelicInsertKey,
  newRelicLicenseKey,
  sentryOrgToken,
  sentryUserToken,
  sentryAccessToken,
  grafanaApiKey,
  grafanaCloudApiToken,
  grafanaServiceAccountToken,
  dynatraceApiToken,
  honeycombApiKey,
  splunkHecToken,
  sumologicAccessToken,
  pagerdutyApiKey,
  opsgenieApiKey,
  elasticApiKey,
  rollbarAccessToken,
];

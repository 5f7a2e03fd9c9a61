/** Samples for the observability detectors: positives generated at test time, negatives that must stay silent. */
import { crc32 } from '../../../../src/secrets/checksum';
import { randomBase62 } from '../../support';
import type { SecretSamples } from '../samples';
import { randomHex, randomUpper } from './ai-providers';

const b64 = (text: string): string => Buffer.from(text, 'latin1').toString('base64');

/** A UUID built from deterministic hex. */
export function randomUuid(seed: number): string {
  const h = randomHex(32, seed);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
}

/** A Sentry organisation token with a real JSON payload. */
export function fakeSentryOrgToken(seed: number, payload?: string): string {
  const json =
    payload ??
    JSON.stringify({
      iat: 1700000000 + seed,
      url: 'https://sentry.io',
      region_url: 'https://us.sentry.io',
      org: `org${randomBase62(6, seed)}`,
    });
  return `sntrys_${b64(json)}_${randomBase62(43, seed + 1)}`;
}

/** A legacy Grafana API key: base64 of {"k":…,"n":…,"id":…}. */
function grafanaApiKey(seed: number): string {
  return b64(JSON.stringify({ k: randomBase62(32, seed), n: `deploy-${seed}`, id: 1 }));
}

/** A Grafana Cloud token: glc_ + base64 of the org, name, key and region. */
function grafanaCloudToken(seed: number): string {
  return `glc_${b64(JSON.stringify({ o: String(700000 + seed), n: `stack-${seed}-logs-write`, k: randomBase62(24, seed), m: { r: 'prod-us-east-0' } }))}`;
}

/** A Grafana service account token with a valid checksum. */
export function fakeGrafanaServiceAccountToken(seed: number): string {
  const head = `glsa_${randomBase62(32, seed)}`;
  const value = crc32(head);
  const bytes = [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff];
  return `${head}_${bytes.map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** An encoded Elasticsearch API key: base64 of `<id>:<api_key>`. */
function elasticKey(seed: number): string {
  return b64(`${randomBase62(20, seed)}:${randomBase62(22, seed + 1)}`);
}

export const OBSERVABILITY_SAMPLES: Readonly<Record<string, SecretSamples>> = {
  'datadog-api-key': {
    positives: () => [
      `DD_API_KEY=${randomHex(32, 201)}`,
      `curl -X POST "https://api.datadoghq.com/api/v2/series" -H "DD-API-KEY: ${randomHex(32, 202)}"`,
      `datadog_api_key: "${randomHex(32, 203)}"`,
    ],
    negatives: [
      'DD_API_KEY=${DD_API_KEY}',
      'DD_API_KEY=<DATADOG_API_KEY>',
      'DD_API_KEY=00000000000000000000000000000000',
      `DD_SITE=${randomHex(32, 204)}`,
    ],
  },
  'datadog-access-token': {
    positives: () => [
      `DD_APP_KEY=${randomHex(40, 211)}`,
      `datadog_application_key = "${randomHex(40, 212)}"`,
      `-H "DD-APPLICATION-KEY: ${randomHex(40, 213)}"`,
    ],
    negatives: [
      'DD_APP_KEY=${DD_APP_KEY}',
      'DD_APP_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `DD_VERSION=${randomHex(40, 214)}`,
      `datadog_commit_sha: ${randomHex(40, 215)}`,
    ],
  },
  'new-relic-user-api-key': {
    positives: () => [
      `NEW_RELIC_API_KEY=NRAK-${randomUpper(27, 221)}`,
      `-H "API-Key: NRAK-${randomUpper(27, 222)}"`,
      `provider "newrelic" { api_key = "NRAK-${randomUpper(27, 223)}" }`,
    ],
    negatives: [
      'NEW_RELIC_API_KEY=NRAK-XXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'NEW_RELIC_API_KEY=NRAK-<your user key>',
      `NEW_RELIC_API_KEY=NRAK-${randomUpper(12, 224)}`,
    ],
  },
  'new-relic-insert-key': {
    positives: () => [
      `NEW_RELIC_INSERT_KEY=NRII-${randomBase62(32, 231)}`,
      `-H "X-Insert-Key: NRII-${randomBase62(32, 232)}"`,
      `insert_key: 'NRII-${randomBase62(32, 233)}'`,
    ],
    negatives: [
      'NEW_RELIC_INSERT_KEY=NRII-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'NEW_RELIC_INSERT_KEY=${NEW_RELIC_INSERT_KEY}',
      `NEW_RELIC_INSERT_KEY=NRII-${randomBase62(16, 234)}`,
    ],
  },
  'new-relic-license-key': {
    positives: () => [
      `NEW_RELIC_LICENSE_KEY=${randomHex(36, 241)}NRAL`,
      `license_key: '${randomHex(36, 242)}NRAL'`,
      `newrelic.license_key = "${randomHex(36, 243)}NRAL"`,
    ],
    negatives: [
      'NEW_RELIC_LICENSE_KEY=${NEW_RELIC_LICENSE_KEY}',
      'NEW_RELIC_LICENSE_KEY=000000000000000000000000000000000000NRAL',
      `NEW_RELIC_LICENSE_KEY=${randomHex(40, 244)}`,
      'The agent is generally configured with a license key.',
    ],
  },
  'sentry-org-token': {
    positives: () => [
      `SENTRY_AUTH_TOKEN=${fakeSentryOrgToken(251)}`,
      `sentry-cli --auth-token ${fakeSentryOrgToken(252)} releases new 1.0.0`,
      `[auth]\ntoken=${fakeSentryOrgToken(253)}`,
    ],
    negatives: [
      `SENTRY_AUTH_TOKEN=sntrys_${randomBase62(90, 254)}_${randomBase62(43, 255)}`,
      `SENTRY_AUTH_TOKEN=${fakeSentryOrgToken(256, JSON.stringify({ hello: 'world', list: [1, 2, 3] }))}`,
      'SENTRY_AUTH_TOKEN=sntrys_YOUR_TOKEN_HERE',
    ],
  },
  'sentry-user-token': {
    positives: () => [
      `SENTRY_AUTH_TOKEN=sntryu_${randomHex(64, 261)}`,
      `-H "Authorization: Bearer sntryu_${randomHex(64, 262)}"`,
      `auth_token: "sntryu_${randomHex(64, 263)}"`,
    ],
    negatives: [
      `SENTRY_AUTH_TOKEN=sntryu_${'a'.repeat(64)}`,
      `SENTRY_AUTH_TOKEN=sntryu_${randomHex(63, 264)}`,
      `SENTRY_AUTH_TOKEN=sntryu_${randomHex(65, 265)}`,
    ],
  },
  'sentry-access-token': {
    positives: () => [
      `SENTRY_AUTH_TOKEN=${randomHex(64, 271)}`,
      `sentry_token: "${randomHex(64, 272)}"`,
      `defaults.sentry.authToken = '${randomHex(64, 273)}'`,
    ],
    negatives: [
      `SENTRY_DSN=https://${randomHex(32, 274)}@o123456.ingest.sentry.io/4504`,
      'SENTRY_AUTH_TOKEN=${SENTRY_AUTH_TOKEN}',
      'SENTRY_AUTH_TOKEN=0000000000000000000000000000000000000000000000000000000000000000',
      `SENTRY_RELEASE=${randomHex(40, 275)}`,
      `SENTRY_RELEASE=${randomHex(64, 276)}`,
    ],
  },
  'grafana-api-key': {
    positives: () => [
      `GRAFANA_API_KEY=${grafanaApiKey(281)}`,
      `-H "Authorization: Bearer ${grafanaApiKey(282)}"`,
      `grafana:\n  api_key: "${grafanaApiKey(283)}"`,
    ],
    negatives: [
      // a made-up body that is not random enough for a low-confidence warning (random ones get one)
      `GRAFANA_API_KEY=eyJrIjoi${'abc123'.repeat(8)}`,
      `https://app.powerbi.com/view?r=${b64(JSON.stringify({ k: randomUuid(285), t: randomUuid(286), c: 5 }))}`,
      'GRAFANA_API_KEY=eyJrIjoi...',
    ],
  },
  'grafana-cloud-api-token': {
    positives: () => [
      `GRAFANA_CLOUD_TOKEN=${grafanaCloudToken(291)}`,
      `loki_key: ${grafanaCloudToken(292)}`,
      `basic_auth:\n  password: "${grafanaCloudToken(293)}"`,
    ],
    negatives: [
      'static void GLC_CreateLightmapTextureArray(void);',
      `GRAFANA_CLOUD_TOKEN=glc_${'abcd1234'.repeat(5)}`,
      // base64 JSON of something else that happens to follow glc_
      `GRAFANA_CLOUD_TOKEN=glc_${b64(JSON.stringify({ name: 'stack-logs-write', region: 'prod-us-east-0' }))}`,
      'GRAFANA_CLOUD_TOKEN=glc_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
  'grafana-service-account-token': {
    positives: () => [
      `GRAFANA_TOKEN=${fakeGrafanaServiceAccountToken(301)}`,
      `'Authorization': 'Bearer ${fakeGrafanaServiceAccountToken(302)}'`,
      `grafana_auth = "${fakeGrafanaServiceAccountToken(303)}"`,
    ],
    negatives: [
      'GRAFANA_TOKEN=glsa_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX_AAAAAAAA',
      'GRAFANA_TOKEN=glsa_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef_01234567',
      'GRAFANA_TOKEN=glsa_<service account token>',
    ],
  },
  'dynatrace-api-token': {
    positives: () => [
      `DT_API_TOKEN=dt0c01.${randomUpper(24, 311)}.${randomUpper(64, 312)}`,
      `-H "Authorization: Api-Token dt0c01.${randomUpper(24, 313)}.${randomUpper(64, 314)}"`,
      `dynatrace:\n  token: dt0c01.${randomUpper(24, 315)}.${randomUpper(64, 316)}`,
    ],
    negatives: [
      'DT_API_TOKEN=dt0c01.XXXXXXXXXXXXXXXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      `DT_API_TOKEN=dt0c01.${randomUpper(24, 317)}`,
      'DT_API_TOKEN=dt0c01.<token id>.<secret>',
    ],
  },
  'honeycomb-api-key': {
    positives: () => [
      `HONEYCOMB_API_KEY=${randomBase62(22, 321)}`,
      `-H "X-Honeycomb-Team: ${randomHex(32, 322)}"`,
      `honeycomb_writekey: "${randomBase62(22, 323)}"`,
    ],
    negatives: [
      'HONEYCOMB_API_KEY=${HONEYCOMB_API_KEY}',
      'HONEYCOMB_API_KEY=xxxxxxxxxxxxxxxxxxxxxx',
      `HONEYCOMB_DATASET=${randomBase62(12, 324)}`,
    ],
  },
  'splunk-hec-token': {
    positives: () => [
      `SPLUNK_HEC_TOKEN=${randomUuid(331)}`,
      `curl -k https://splunk.internal:8088/services/collector -H "Authorization: Splunk ${randomUuid(332)}"`,
      `splunk:\n  hec_token: "${randomUuid(333)}"`,
    ],
    negatives: [
      'SPLUNK_HEC_TOKEN=00000000-0000-0000-0000-000000000000',
      'SPLUNK_HEC_TOKEN=${SPLUNK_HEC_TOKEN}',
      `request_id: "${randomUuid(334)}"`,
      'SPLUNK_HEC_TOKEN=12345678-1234-1234-1234-123456789012',
    ],
  },
  'sumologic-access-token': {
    positives: () => [
      `SUMO_ACCESS_KEY=${randomBase62(64, 341)}`,
      `export SUMOLOGIC_ACCESSKEY="${randomBase62(64, 342)}"`,
      `sumologic_access_key = "${randomBase62(64, 343)}"`,
    ],
    negatives: [
      '#   SUMO_ACCESS_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SUMO_ACCESS_KEY=${SUMO_ACCESS_KEY:=$2}',
      'sumo_access_key   = "<SUMOLOGIC ACCESS KEY>"',
      'SUMO_ACCESS_KEY: AbCeFG123',
    ],
  },
  'pagerduty-api-key': {
    positives: () => [
      `PAGERDUTY_API_KEY=u+${randomBase62(18, 351)}`,
      `-H "Authorization: Token token=${randomBase62(20, 352)}"`,
      `pagerduty_token: "${randomBase62(20, 353)}"`,
    ],
    negatives: [
      'PAGERDUTY_API_KEY=${PAGERDUTY_API_KEY}',
      'PAGERDUTY_API_KEY=xxxxxxxxxxxxxxxxxxxx',
      `PAGERDUTY_SERVICE_ID=${randomBase62(7, 354)}`,
    ],
  },
  'opsgenie-api-key': {
    positives: () => [
      `OPSGENIE_API_KEY=${randomUuid(361)}`,
      `-H "Authorization: GenieKey ${randomUuid(362)}"`,
      `opsgenie_api_key: ${randomUuid(363)}`,
    ],
    negatives: [
      'OPSGENIE_API_KEY=00000000-0000-0000-0000-000000000000',
      'OPSGENIE_API_KEY=${OPSGENIE_API_KEY}',
      `team_id: ${randomUuid(364)}`,
      `opsgenie_team_id: ${randomUuid(365)}`,
    ],
  },
  'elastic-api-key': {
    positives: () => [
      `ELASTIC_API_KEY=${elasticKey(371)}`,
      `curl -H "Authorization: ApiKey ${elasticKey(372)}" https://es.internal:9200/_cat/indices`,
      `elasticsearch.apiKey: "${elasticKey(373)}"`,
    ],
    negatives: [
      'ELASTIC_API_KEY=${ELASTIC_API_KEY}',
      `ELASTIC_API_KEY=${b64(`not a key at all, just some words ${randomBase62(10, 374)}`)}`,
      `Authorization: ApiKey ${randomBase62(60, 375)}`,
    ],
  },
  'rollbar-access-token': {
    positives: () => [
      `ROLLBAR_ACCESS_TOKEN=${randomHex(32, 381)}`,
      `rollbar_token: "${randomHex(32, 382)}"`,
      `config.rollbar.access_token = '${randomHex(32, 383)}'`,
    ],
    negatives: [
      `ROLLBAR_CLIENT_TOKEN=${randomHex(32, 384)}`,
      'ROLLBAR_ACCESS_TOKEN=${ROLLBAR_ACCESS_TOKEN}',
      'ROLLBAR_ACCESS_TOKEN=00000000000000000000000000000000',
    ],
  },
};

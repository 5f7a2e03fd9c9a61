import { strict as assert } from 'node:assert';
import { decodeBase64 } from '../../../src/secrets/detectors/ai-providers-assign';
import { AI_PROVIDERS_DETECTORS } from '../../../src/secrets/detectors/ai-providers';
import { hasValidGrafanaChecksum, OBSERVABILITY_DETECTORS } from '../../../src/secrets/detectors/observability';
import { ids as allIds, lintText, randomBase62 } from '../support';
import { fakeGrafanaServiceAccountToken, fakeSentryOrgToken } from './samples/observability';

/** Findings of these two families only: other families' detectors may also match a test line. */
const OURS = new Set([...AI_PROVIDERS_DETECTORS, ...OBSERVABILITY_DETECTORS].map((d) => d.id));
const ids = (findings: Parameters<typeof allIds>[0]): string[] => allIds(findings).filter((id) => OURS.has(id));

describe('observability secrets', () => {
  it('checks Grafana service account checksums as Grafana computes them', () => {
    // Grafana's own test vector (pkg/components/satokengen), assembled so no scanner flags this file.
    const upstream = ['glsa', 'iNValIdinValiDinvalidinvalidinva', '5b582697'].join('_');
    assert.ok(hasValidGrafanaChecksum(upstream));
    const token = fakeGrafanaServiceAccountToken(5);
    assert.ok(hasValidGrafanaChecksum(token));
    const flipped = token.slice(0, 10) + (token[10] === 'a' ? 'b' : 'a') + token.slice(11);
    assert.ok(!hasValidGrafanaChecksum(flipped));
  });

  it('reports a Grafana token with a valid checksum even on a "fake" line, and a failing one only as a weak warning', () => {
    const token = fakeGrafanaServiceAccountToken(6);
    assert.deepEqual(ids(lintText('notes.txt', `token = ${token} # fake\n`)), ['grafana-service-account-token']);
    const [weak] = lintText('notes.txt', `token = glsa_${randomBase62(32, 7)}_0badc0de\n`);
    assert.equal(weak?.ruleId, 'grafana-service-account-token');
    assert.equal(weak.severity, 'warning');
    assert.equal(weak.confidence, 'low');
  });

  it('reports Grafana and Sentry tokens whose payload is not JSON only as weak warnings, and other JSON not at all', () => {
    for (const text of [
      `GRAFANA_API_KEY=eyJrIjoi${randomBase62(70, 284)}`,
      `GRAFANA_CLOUD_TOKEN=glc_${randomBase62(48, 294)}`,
      // a payload whose JSON is broken (a leading zero), as a hand-edited token has
      `SENTRY_AUTH_TOKEN=${fakeSentryOrgToken(11, '{"iat":004819,"url":"https://sentry.io","org":"acme"}')}`,
    ]) {
      const [weak, ...rest] = lintText('notes.txt', text);
      assert.deepEqual(rest, [], text);
      assert.equal(weak?.severity, 'warning', text);
      assert.equal(weak.confidence, 'low', text);
    }
    assert.equal(lintText('notes.txt', `token: ${fakeSentryOrgToken(12)}\n`)[0]?.confidence, 'high');
    assert.deepEqual(ids(lintText('notes.txt', `SENTRY_AUTH_TOKEN=${fakeSentryOrgToken(13, '{"kind":"other","name":"x"}')}\n`)), []);
  });

  it('decodes base64 and base64url like Node does', () => {
    for (let seed = 1; seed < 40; seed++) {
      const text = randomBase62(seed, seed) + '\u00ff:{}';
      const encoded = Buffer.from(text, 'latin1').toString('base64');
      assert.equal(decodeBase64(encoded), text);
      assert.equal(decodeBase64(Buffer.from(text, 'latin1').toString('base64url')), text);
    }
    assert.equal(decodeBase64('not base64!'), null);
  });

  it('points at the Sentry token exactly and keeps it out of the message', () => {
    const token = fakeSentryOrgToken(9);
    const [finding] = lintText('ci.env', `SENTRY_AUTH_TOKEN=${token}\n`);
    assert.equal(finding?.ruleId, 'sentry-org-token');
    assert.deepEqual(finding.range, { start: { line: 0, character: 18 }, end: { line: 0, character: 18 + token.length } });
    assert.ok(!finding.message.includes(token.slice(12)), finding.message);
  });

  it('needs the service name close to the value, on the same line', () => {
    const hex = Buffer.from(randomBase62(16, 11)).toString('hex');
    assert.deepEqual(ids(lintText('a.env', `DD_API_KEY=${hex}\n`)), ['datadog-api-key']);
    assert.deepEqual(
      ids(lintText('a.env', `DD_API_KEY=\n${hex}\n`)).filter((id) => id === 'datadog-api-key'),
      [],
    );
    assert.deepEqual(
      ids(lintText('a.env', `datadog_settings_for_the_agent_and_more_stuff_api_key=${hex}\n`)).filter((id) => id === 'datadog-api-key'),
      [],
    );
    assert.deepEqual(
      ids(lintText('a.env', `DD_API_KEY=${hex}00\n`)).filter((id) => id === 'datadog-api-key'),
      [],
    );
  });

  it('does not report public-by-design values: Sentry DSNs, Rollbar client tokens, New Relic browser keys', () => {
    const hex = Buffer.from(randomBase62(16, 12)).toString('hex');
    const text = [
      `SENTRY_DSN=https://${hex}@o1.ingest.sentry.io/2`,
      `ROLLBAR_CLIENT_TOKEN=${hex}`,
      `NREUM.loader_config={licenseKey:"NRJS-${hex.slice(0, 19)}"}`,
    ].join('\n');
    assert.deepEqual(
      ids(lintText('index.html', text)).filter((id) => /sentry|rollbar|relic/.test(id)),
      [],
    );
  });
});

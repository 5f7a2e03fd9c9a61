import { strict as assert } from 'node:assert';
import { PLATFORMS_DETECTORS } from '../../../src/secrets/detectors/platforms';
import {
  BECH32_ALPHABET,
  bech32Checksum,
  decodeBase64Json,
  isValidBech32,
  namesAnIdentifier,
} from '../../../src/secrets/detectors/platforms-shared';
import { lintText, randomBase62 } from '../support';
import { PLATFORMS_SAMPLES } from './samples/platforms';

function ageKey(seed: number): string {
  const data = [...randomBase62(52, seed).toLowerCase()].map((c) => Math.max(0, BECH32_ALPHABET.indexOf(c)));
  return `AGE-SECRET-KEY-1${(data.map((v) => BECH32_ALPHABET[v] ?? '').join('') + bech32Checksum('age-secret-key-', data)).toUpperCase()}`;
}

describe('platforms secret detectors', () => {
  it('verifies bech32 checksums (BIP 173 vectors, age keys)', () => {
    assert.ok(isValidBech32('A12UEL5L'));
    assert.ok(isValidBech32('abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw'));
    assert.ok(!isValidBech32('A12UEL5M'));
    assert.ok(!isValidBech32('A12uEL5L'), 'mixed case is invalid');
    const key = ageKey(5);
    assert.ok(isValidBech32(key));
    const flipped = key.slice(0, 20) + (key[20] === 'Q' ? 'P' : 'Q') + key.slice(21);
    assert.ok(!isValidBech32(flipped));
  });

  it('reports an age key with a broken checksum only as a low-confidence warning', () => {
    const key = ageKey(6);
    const flipped = key.slice(0, 30) + (key[30] === 'Q' ? 'P' : 'Q') + key.slice(31);
    const [good] = lintText('keys.txt', `${key}\n`);
    assert.equal(good?.ruleId, 'age-secret-key');
    assert.equal(good.severity, 'error');
    const [weak] = lintText('keys.txt', `${flipped}\n`);
    assert.equal(weak?.ruleId, 'age-secret-key');
    assert.equal(weak.severity, 'warning');
    assert.equal(weak.confidence, 'low');
  });

  it('decodes base64 JSON objects and nothing else', () => {
    assert.deepEqual(decodeBase64Json(btoa('{"u":"me"}').replace(/=+$/, '')), { u: 'me' });
    assert.equal(decodeBase64Json(btoa('[1,2]')), undefined);
    assert.equal(decodeBase64Json('eyJ1Ijoi'), undefined, 'truncated');
    assert.equal(decodeBase64Json('not base64!'), undefined);
  });

  it('tells identifier names from key names', () => {
    assert.ok(namesAnIdentifier('HEROKU_APP_ID='));
    assert.ok(namesAnIdentifier('railwayProjectId: "'));
    assert.ok(!namesAnIdentifier('HEROKU_API_KEY='));
    assert.ok(!namesAnIdentifier('snyk_token: '));
  });

  it('reports every generated sample at the detector severity, on the secret only, redacted', () => {
    for (const detector of PLATFORMS_DETECTORS) {
      for (const text of PLATFORMS_SAMPLES[detector.id]?.positives() ?? []) {
        const findings = lintText('notes.txt', text).filter((f) => f.ruleId === detector.id);
        assert.equal(findings.length, 1, `${detector.id}: ${text}`);
        const [finding] = findings;
        assert.ok(finding);
        assert.equal(finding.severity, detector.severity, `${detector.id} reports a weak finding for ${text}`);
        const lines = text.split('\n');
        const found = (lines[finding.range.start.line] ?? '').slice(finding.range.start.character, finding.range.end.character);
        assert.ok(found.length >= 16, `${detector.id}: range too short: ${found}`);
        assert.ok(!/^[\s'"=:]|[\s'"=:]$/.test(found), `${detector.id}: range includes punctuation: ${found}`);
        assert.ok(!finding.message.includes(found.slice(Math.ceil(found.length / 3))), `${detector.id}: message reveals the secret`);
      }
    }
  });

  it('does not report the same sample under two platforms detectors', () => {
    const ids = new Set(PLATFORMS_DETECTORS.map((d) => d.id));
    for (const [id, samples] of Object.entries(PLATFORMS_SAMPLES)) {
      for (const text of samples.positives()) {
        const mine = lintText('notes.txt', text).filter((f) => ids.has(f.ruleId));
        assert.deepEqual(
          mine.map((f) => f.ruleId),
          [id],
          text,
        );
      }
    }
  });

  it('reads legacy Vault tokens only next to a vault variable, and only when mixed-case', () => {
    const legacy = `s.${randomBase62(21, 3)}Q7k`;
    assert.deepEqual(
      lintText('a.env', `VAULT_TOKEN=${legacy}\n`).map((f) => f.ruleId),
      ['vault-service-token'],
    );
    assert.deepEqual(
      lintText('a.env', `OTHER=${legacy}\n`).filter((f) => f.ruleId === 'vault-service-token'),
      [],
    );
    assert.deepEqual(
      lintText('a.env', 'VAULT_TOKEN=s.abcdefghijklmnopqrstuvwx\n').filter((f) => f.ruleId === 'vault-service-token'),
      [],
    );
  });

  it('every detector has a distinctive keyword', () => {
    for (const detector of PLATFORMS_DETECTORS) {
      for (const keyword of detector.keywords)
        assert.ok(keyword.length >= 3 && keyword === keyword.toLowerCase(), `${detector.id}: ${keyword}`);
    }
  });
});

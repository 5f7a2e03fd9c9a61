import { strict as assert } from 'node:assert';
import { CLOUD_DETECTORS } from '../../../src/secrets/detectors/cloud';
import { isCanonicalBase64, isDerPrivateKeyPem } from '../../../src/secrets/detectors/cloud-assign';
import { lintText } from '../support';
import { CLOUD_SAMPLES, fakeAwsKeyId, fakeAwsSecret, fakePrivateKeyPem, fakeServiceAccountJson, pick } from './samples/cloud';

const CLOUD_IDS = new Set(CLOUD_DETECTORS.map((d) => d.id));

describe('cloud secret detectors', () => {
  it('checks canonical base64 of an exact size', () => {
    const key32 = Buffer.from(pick('0123456789abcdef', 64, 1), 'hex').toString('base64');
    const key64 = Buffer.from(pick('0123456789abcdef', 128, 2), 'hex').toString('base64');
    assert.ok(isCanonicalBase64(key32, 32));
    assert.ok(isCanonicalBase64(key64, 64));
    assert.ok(!isCanonicalBase64(key32, 64), 'wrong size');
    assert.ok(!isCanonicalBase64(`${key32.slice(0, 42)}B=`, 32), 'non-zero unused bits');
    assert.ok(!isCanonicalBase64(key64.replace(/==$/, 'A='), 64), 'wrong padding');
  });

  it('recognises a DER private key inside a JSON-escaped PEM, and nothing shorter or made up', () => {
    assert.ok(isDerPrivateKeyPem(fakePrivateKeyPem(3)));
    assert.ok(isDerPrivateKeyPem(fakePrivateKeyPem(4, 138).replace(/\\n/g, '\n')), 'short EC-sized key with real newlines');
    assert.ok(!isDerPrivateKeyPem('-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----\\n'));
    assert.ok(!isDerPrivateKeyPem(`-----BEGIN PRIVATE KEY-----\\n${'A'.repeat(64)}\\n${'A'.repeat(64)}\\n-----END PRIVATE KEY-----`));
    const truncated = fakePrivateKeyPem(5).replace(/\\n[^\\]*\\n-----END/, '\\n-----END');
    assert.ok(!isDerPrivateKeyPem(truncated), 'a key with a line missing declares more than it holds');
  });

  it('reports a service-account key once, at its private_key value, with only the PEM header shown', () => {
    const text = fakeServiceAccountJson(7);
    const findings = lintText('key.json', text).filter((f) => f.ruleId === 'gcp-service-account-key');
    assert.equal(findings.length, 1);
    const [finding] = findings;
    assert.ok(finding);
    const line = text.split('\n')[finding.range.start.line] ?? '';
    assert.ok(line.slice(finding.range.start.character).startsWith('-----BEGIN PRIVATE KEY-----'));
    assert.ok(!finding.message.includes('MII'), finding.message);
    assert.deepEqual(
      lintText('key.json', text.replace('"service_account"', '"authorized_user"')).filter((f) => f.ruleId === 'gcp-service-account-key'),
      [],
    );
  });

  it('finds an AWS key pair as two findings and never prints either in full', () => {
    const id = fakeAwsKeyId('AKIA', 8);
    const secret = fakeAwsSecret(9);
    const text = `[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${secret}\n`;
    const findings = lintText('credentials', text).filter((f) => CLOUD_IDS.has(f.ruleId));
    assert.deepEqual(findings.map((f) => f.ruleId).sort(), ['aws-access-token', 'aws-secret-access-key']);
    for (const f of findings) {
      assert.ok(!f.message.includes(id.slice(5)) && !f.message.includes(secret.slice(5)), f.message);
      assert.equal(f.severity, 'error');
    }
  });

  it('keeps the AWS documentation keys silent', () => {
    const text = 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n';
    assert.deepEqual(
      lintText('credentials', text).filter((f) => CLOUD_IDS.has(f.ruleId)),
      [],
    );
  });

  it('fires no other cloud detector on a cloud sample', () => {
    for (const [id, samples] of Object.entries(CLOUD_SAMPLES)) {
      for (const text of samples.positives()) {
        const others = lintText('notes.txt', text).filter((f) => CLOUD_IDS.has(f.ruleId) && f.ruleId !== id);
        assert.deepEqual(
          others.map((f) => f.ruleId),
          [],
          `${id} sample also fires ${others.map((f) => f.ruleId).join(', ')}:\n${text}`,
        );
      }
    }
  });

  it('stays fast on adversarial near-misses (no catastrophic backtracking)', () => {
    const b64 = pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 4000, 11);
    const alnum = pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 4000, 12);
    const chunks = [
      `aws_secret_access_key = ${b64}\n`,
      `aws_session_token = ${b64}${b64}\n`,
      `"SessionToken": "${b64}\n`,
      `jqqj ${alnum}\n`,
      `"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\n${b64}\\n${b64}\n`,
      `"private_key": "-----BEGIN PRIVATE KEY-----\\n${b64}\\n-----END PRIVATE KEY-----\\n" ${'x'.repeat(9000)}\n`,
      `?sig=${b64.slice(0, 43)}%3D&${'a=b&'.repeat(500)}\n`,
      `IR@${'a'.repeat(36)}@${'b'.repeat(99)}@${'c'.repeat(40)}@${b64}\n`,
      `cloudflare ${'_'.repeat(20)}=${alnum}\n`,
      `scw${'_'.repeat(20)}secret${'_'.repeat(20)}= ${alnum}\n`,
      `AccountKey=${b64}\n`,
      `asia ${'AKIA'.repeat(1000)} ltai akid aiza absk gocspx- 1q~ ${alnum}\n`,
    ];
    const text = chunks.join('').repeat(25);
    const start = performance.now();
    lintText('notes.txt', text);
    const elapsed = performance.now() - start;
    assert.ok(elapsed < 2000, `took ${elapsed.toFixed(0)} ms for ${(text.length / 1e6).toFixed(1)} MB`);
  });
});

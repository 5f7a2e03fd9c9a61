import { strict as assert } from 'node:assert';
import type { Finding } from '../../../src/engine/types';
import { decodeBase64Url } from '../../../src/secrets/detectors/messaging-context';
import { MESSAGING_DETECTORS } from '../../../src/secrets/detectors/messaging';
import { PAYMENTS_DETECTORS } from '../../../src/secrets/detectors/payments';
import { lintText } from '../support';
import { discordToken, MESSAGING_SAMPLES, randomHex } from './samples/messaging';
import { PAYMENTS_SAMPLES } from './samples/payments';

const OURS = new Set([...MESSAGING_DETECTORS, ...PAYMENTS_DETECTORS].map((d) => d.id));
const SAMPLES = { ...MESSAGING_SAMPLES, ...PAYMENTS_SAMPLES };

/** Findings of this family's detectors only (other families' overlaps are reported separately). */
function ours(text: string): Finding[] {
  return lintText('notes.txt', text).filter((f) => OURS.has(f.ruleId));
}

describe('messaging and payments detectors', () => {
  it('report each generated sample once, under its own detector only', () => {
    for (const [id, samples] of Object.entries(SAMPLES)) {
      for (const text of samples.positives()) {
        assert.deepEqual(
          ours(text).map((f) => f.ruleId),
          [id],
          `${id}: ${text.slice(0, 60)}`,
        );
      }
    }
  });

  it('decodes base64url as the Discord check needs', () => {
    assert.equal(decodeBase64Url('MTIzNDU2Nzg5MDEyMzQ1Njc4'), '123456789012345678');
    assert.equal(decodeBase64Url('aGk='), 'hi');
    assert.equal(decodeBase64Url('a$b'), undefined);
    const token = discordToken(5);
    assert.match(decodeBase64Url(token.split('.')[0] ?? '') ?? '', /^\d{18}$/);
  });

  it('reports a Stripe-shaped sk_live_ key once: Paystack for 40 hex digits, Stripe otherwise', () => {
    const paystack = ours(`KEY=sk_live_${randomHex(40, 1)}`);
    assert.deepEqual(
      paystack.map((f) => f.ruleId),
      ['paystack-secret-key'],
    );
    const test = ours(`KEY=sk_test_${randomHex(40, 2)}`);
    assert.deepEqual(
      test.map((f) => [f.ruleId, f.severity]),
      [['stripe-test-key', 'warning']],
    );
  });

  it('needs Square context for EAAA tokens but not for sq0atp- tokens', () => {
    const body = 'EAAA' + randomHex(60, 3);
    assert.deepEqual(ours(`TOKEN=${body}`), []);
    assert.deepEqual(
      ours(`square_token = "${body}"`).map((f) => f.ruleId),
      ['square-access-token'],
    );
  });

  it('points at the credential, not at the key name in front of it', () => {
    const value = randomHex(32, 4);
    const [finding] = ours(`TWILIO_AUTH_TOKEN=${value}`);
    assert.equal(finding?.ruleId, 'twilio-auth-token');
    assert.deepEqual(finding.range, { start: { line: 0, character: 18 }, end: { line: 0, character: 50 } });
    assert.ok(!finding.message.includes(value.slice(4)));
  });
});

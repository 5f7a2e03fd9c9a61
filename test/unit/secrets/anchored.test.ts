import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import type { SecretDetector } from '../../../src/secrets/detector';
import { SECRET_DETECTORS } from '../../../src/secrets/detectors/index';
import { scanSecrets } from '../../../src/secrets/scan';
import { filesUnder, recordingContexts } from '../support';
import { SECRET_SAMPLES } from './samples';

/** Every finding scanSecrets reports, as comparable strings. */
function findings(text: string, detectors: readonly SecretDetector[]): string[] {
  const { contextFor, reported } = recordingContexts(
    '/repo/x.txt',
    text,
    (id, input) => `${id} ${JSON.stringify(input.range)} ${input.message}`,
  );
  scanSecrets(text, detectors, contextFor, { path: '/repo/x.txt' });
  return reported;
}

describe('detectors whose matches start at (or a fixed distance before) a keyword (startsAtKeyword, startsBeforeKeyword)', () => {
  const anchored = SECRET_DETECTORS.filter((d) => d.startsAtKeyword || d.startsBeforeKeyword !== undefined);
  // The same detectors searching every position: what the anchored search must reproduce.
  const searchingEverywhere = ({ startsBeforeKeyword: _before, ...rest }: SecretDetector): SecretDetector => ({
    ...rest,
    startsAtKeyword: false,
  });
  const everywhere = SECRET_DETECTORS.map((d) => (anchored.includes(d) ? searchingEverywhere(d) : d));

  it('are the detectors whose patterns open with one of their keywords, or hold one at a fixed offset', () => {
    assert.deepEqual(anchored.map((d) => d.id).sort(), [
      'aws-access-token',
      'crates-io-api-token',
      'facebook-page-access-token',
      'freemius-secret-key',
      'gcp-api-key',
      'generic-api-key',
      'huggingface-access-token',
      'ibm-cloud-api-key',
      'jwt',
      'jwt-low-confidence',
      'new-relic-license-key',
      'nuget-api-key',
      'paystack-secret-key',
      'scaleway-secret-key',
      'sendgrid-api-token',
      'stripe-access-token',
      'twilio-api-key',
    ]);
  });

  it('find exactly what a search of every position finds, on every sample, fixture and example', () => {
    const filler = '# padding so the text is long enough for the WebAssembly pass\n'.repeat(3);
    const texts: string[] = [];
    for (const samples of Object.values(SECRET_SAMPLES)) {
      const all = [...samples.positives(), ...samples.negatives];
      for (const sample of all) texts.push(`${filler}${sample}\n${filler}`, `${sample}\n${filler}`);
      texts.push(all.join('\n'));
      // Not ASCII: byte offsets are not character offsets, so the whole text is searched.
      texts.push(`\u00e9\u{1F600}${all.join('\n')}${filler}`);
    }
    for (const path of [...filesUnder('test/fixtures'), ...filesUnder('examples')]) texts.push(readFileSync(path, 'utf8'));
    let reported = 0;
    for (const text of texts) {
      const expected = findings(text, everywhere);
      reported += expected.filter((f) => anchored.some((d) => f.startsWith(`${d.id} `))).length;
      assert.deepEqual(findings(text, SECRET_DETECTORS), expected, text.slice(0, 200));
    }
    assert.ok(reported > 80, `only ${reported} findings of the anchored detectors were compared`);
  });

  it('resume after a match as a global search does, and try overlapping starts', () => {
    const token = ['SK', '0123456789abcdef', '0123456789ABCDEF'].join('');
    const long = `${'.'.repeat(200)} api_key = "Zx81kPq0Lm52Vt7Rw" ${'.'.repeat(10)} key_token="Ab3dEf9hIj2kLm7n" SKA ${token} `;
    assert.deepEqual(findings(long, SECRET_DETECTORS), findings(long, everywhere));
  });
});

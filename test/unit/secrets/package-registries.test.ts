import { strict as assert } from 'node:assert';
import { decodeBase64Url, isMacaroonV2 } from '../../../src/secrets/detectors/package-registries';
import { lintText } from '../support';
import { fakeJfrogReferenceToken, fakePypiToken } from './samples/package-registries';
import { fakeGhToken } from './samples/source-hosting';

describe('package-registries detectors', () => {
  it('decodes unpadded base64url', () => {
    assert.deepEqual([...(decodeBase64Url('AgEIcHlwaS5vcmc') ?? [])].slice(0, 11), [
      2,
      1,
      8,
      ...[...'pypi.org'].map((c) => c.charCodeAt(0)),
    ]);
    assert.equal(decodeBase64Url('a'), undefined);
    assert.equal(decodeBase64Url('ab$c'), undefined);
  });

  it('parses a PyPI macaroon down to its signature, and rejects truncated or edited ones', () => {
    for (const caveats of [0, 1, 3]) {
      const bytes = decodeBase64Url(fakePypiToken(5, caveats).slice('pypi-'.length));
      assert.ok(bytes && isMacaroonV2(bytes), `${caveats} caveats`);
      assert.ok(!isMacaroonV2(bytes.subarray(0, bytes.length - 1)), 'truncated');
      assert.ok(!isMacaroonV2(Uint8Array.from([...bytes, 0])), 'trailing byte');
    }
  });

  it('reports a structurally valid PyPI token as an error, a truncated one as a low-confidence warning', () => {
    const token = fakePypiToken(9);
    assert.equal(lintText('notes.txt', `password = ${token} # fake\n`)[0]?.severity, 'error');
    const [weak] = lintText('notes.txt', `password = ${token.slice(0, -8)}\n`);
    assert.equal(weak?.ruleId, 'pypi-upload-token');
    assert.equal(weak.severity, 'warning');
    assert.equal(weak.confidence, 'low');
  });

  it('checks npm tokens with the CRC32 checksum', () => {
    const token = fakeGhToken('npm_', 21);
    assert.equal(lintText('notes.txt', `NPM_TOKEN=${token}\n`)[0]?.severity, 'error');
    const broken = token.slice(0, -1) + (token.endsWith('a') ? 'b' : 'a');
    assert.equal(lintText('notes.txt', `NPM_TOKEN=${broken}\n`)[0]?.confidence, 'low');
  });

  it('requires a JFrog reference token to decode to reftkn:', () => {
    const token = fakeJfrogReferenceToken(3);
    assert.ok(token.startsWith('cmVmdGtuOjAxOj'));
    assert.deepEqual(
      lintText('notes.txt', `JFROG_TOKEN=${token}\n`).map((f) => f.ruleId),
      ['artifactory-reference-token'],
    );
  });

  it('leaves npm_ values in .npmrc to npm-access-token', () => {
    assert.deepEqual(
      lintText('.npmrc', `//registry.npmjs.org/:_authToken=${fakeGhToken('npm_', 4)}\n`).map((f) => f.ruleId),
      ['npm-access-token'],
    );
  });
});

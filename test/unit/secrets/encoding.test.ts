import { strict as assert } from 'node:assert';
import { decodeBase64Binary, decodeBase64Bytes, decodeBase64Json } from '../../../src/secrets/encoding';

describe('base64 decoding for detectors', () => {
  it('decodes standard and URL-safe base64, padding optional, and rejects what is not base64', () => {
    const json = '{"alg":"HS256","typ":"JWT"}';
    const standard = Buffer.from(json).toString('base64');
    const url = Buffer.from(json).toString('base64url');
    assert.equal(decodeBase64Binary(standard), json);
    assert.equal(decodeBase64Binary(url), json);
    assert.deepEqual(decodeBase64Json(url), { alg: 'HS256', typ: 'JWT' });
    assert.deepEqual([...(decodeBase64Bytes('/+8=') ?? [])], [0xff, 0xef]);
    assert.equal(decodeBase64Bytes('abc*'), undefined);
    assert.equal(decodeBase64Bytes('abcde'), undefined, 'a length of 4n+1 cannot be base64');
    assert.equal(decodeBase64Json(Buffer.from('[1,2]').toString('base64')), undefined, 'an array is not an object');
    assert.equal(decodeBase64Json(Buffer.from('not json').toString('base64')), undefined);
  });
});

import { strict as assert } from 'node:assert';
import { base62, crc32, hasValidCrcSuffix } from '../../../src/secrets/checksum';
import { fakeGithubPat, ids, lintText, randomBase62 } from '../support';

describe('github-pat', () => {
  it('computes CRC32 (IEEE) and base62 as GitHub does', () => {
    assert.equal(crc32('123456789'), 0xcbf43926, 'the standard CRC32 check value');
    assert.equal(base62(0, 6), '000000');
    assert.equal(base62(61, 2), '0z');
    assert.equal(base62(62, 2), '10');
    const token = fakeGithubPat(42);
    assert.ok(hasValidCrcSuffix(token.slice(4)));
    const flipped = token.slice(0, 10) + (token[10] === 'a' ? 'b' : 'a') + token.slice(11);
    assert.ok(!hasValidCrcSuffix(flipped.slice(4)), 'one changed character breaks the checksum');
  });

  it('points at the token exactly and never puts the whole token in the message', () => {
    const token = fakeGithubPat(7);
    const text = `# settings\nexport GH_TOKEN="${token}"\n`;
    const [finding] = lintText('deploy.sh', text);
    assert.ok(finding);
    assert.equal(finding.ruleId, 'github-pat');
    assert.deepEqual(finding.range, { start: { line: 1, character: 17 }, end: { line: 1, character: 17 + 40 } });
    assert.ok(!finding.message.includes(token.slice(10)), finding.message);
    assert.match(finding.message, /ghp_/);
  });

  it('reports a random-looking token with a wrong checksum as a low-confidence warning, and a sample not at all', () => {
    const [weak] = lintText('notes.txt', `token = ghp_${randomBase62(36, 99)}\n`);
    assert.equal(weak?.ruleId, 'github-pat');
    assert.equal(weak.severity, 'warning');
    assert.equal(weak.confidence, 'low');
    assert.match(weak.message, /checksum does not match/);
    assert.deepEqual(lintText('notes.txt', 'token = ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij\n'), []);
    assert.deepEqual(lintText('notes.txt', `# fake token for the tests\ntoken = ghp_${randomBase62(36, 98)} # fake\n`), []);
  });

  it('is found in Dockerfiles and workflows too, next to their own rules', () => {
    const token = fakeGithubPat(8);
    const found = ids(lintText('Dockerfile', `FROM node:latest\nENV GH_TOKEN=${token}\n`));
    assert.deepEqual(
      found.filter((id) => id === 'DL3007' || id === 'github-pat'),
      ['DL3007', 'github-pat'],
    );
  });

  it('is silenced by gitleaks:allow and by drydock-ignore in any comment syntax', () => {
    const token = fakeGithubPat(9);
    assert.deepEqual(ids(lintText('app.py', `TOKEN = "${token}"  # gitleaks:allow\n`)), []);
    assert.deepEqual(ids(lintText('app.ts', `const t = "${token}"; // drydock-ignore github-pat\n`)), []);
    assert.deepEqual(ids(lintText('app.ts', `// drydock-ignore-next-line github-pat\nconst t = "${token}";\n`)), []);
    assert.deepEqual(ids(lintText('app.ts', `const t = "${token}"; // drydock-ignore DL3007\n`)), ['github-pat']);
  });

  it('skips binary files and files over the size limit', () => {
    const token = fakeGithubPat(10);
    assert.deepEqual(ids(lintText('blob.bin', `\u0000\u0001${token}`)), []);
    assert.deepEqual(ids(lintText('big.txt', `${'x'.repeat(3000)}\n${token}\n`, { secrets: { maxFileSizeKb: 1 } })), []);
    assert.deepEqual(ids(lintText('small.txt', `${token}\n`, { secrets: { maxFileSizeKb: 1 } })), ['github-pat']);
  });
});

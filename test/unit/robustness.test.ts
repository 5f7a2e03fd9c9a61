/**
 * Bad input never crashes or hangs the engine: random bytes in every kind of file, a 10 MB file,
 * one enormous minified line, and inputs built to make a careless regex backtrack. Mocha's timeout
 * is the bound: a hang fails the test.
 */
import { strict as assert } from 'node:assert';
import { DEFAULT_CONFIG, mergeConfig } from '../../src/engine/config';
import { lint } from '../../src/engine/lint';

const PATHS = ['Dockerfile', '.github/workflows/ci.yml', 'action.yml', 'src/app.ts', 'settings.py', '.env', 'package-lock.json'];
const big = mergeConfig(DEFAULT_CONFIG, { secrets: { maxFileSizeKb: 16 * 1024 } });

function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('robustness', function () {
  this.timeout(30000);

  it('never throws on random text in any kind of file', () => {
    const random = seeded(11);
    const alphabet = 'FROM RUN ENV ARG key=token: secret "\'`$(){}[]<>|&;#\\\n\t\r-_./:@=AKIAghp_sk_live_eyJ0 \u0000\u00e9\u{1F600}';
    const chars = [...alphabet];
    for (let i = 0; i < 300; i++) {
      let text = '';
      const length = Math.floor(random() * 400);
      for (let k = 0; k < length; k++) text += chars[Math.floor(random() * chars.length)] ?? '';
      for (const path of PATHS) assert.doesNotThrow(() => lint({ path, text }, DEFAULT_CONFIG), `${path}: ${JSON.stringify(text)}`);
    }
  });

  it('lints a 10 MB source file (with the size limit raised) without hanging', () => {
    const line = 'const apiKey = process.env.API_KEY; const token = getToken(user, "scope"); // secret handling\n';
    const text = line.repeat(Math.ceil((10 * 1024 * 1024) / line.length));
    const result = lint({ path: 'src/huge.ts', text }, big);
    assert.deepEqual(result.findings, []);
  });

  it('lints one 2 MB minified line full of keywords without hanging', () => {
    const chunk = 'a.token="x";b.secret=c;d.password=e||"";f.api_key=g;h.auth={key:i};';
    const text = chunk.repeat(Math.ceil((2 * 1024 * 1024) / chunk.length));
    assert.ok(Array.isArray(lint({ path: 'dist/app.min.js', text }, big).findings));
  });

  it('survives near-misses built to make regexes backtrack', () => {
    const nearMisses = [
      `token = "${'a1'.repeat(50000)}`,
      `password: ${'='.repeat(100000)}`,
      `-----BEGIN RSA PRIVATE KEY-----\n${'A'.repeat(200000)}`,
      `postgres://${'u'.repeat(50000)}:${'p'.repeat(50000)}`,
      `eyJ${'a'.repeat(100000)}.eyJ${'b'.repeat(100000)}`,
      `${'key '.repeat(50000)}= x`,
      `Authorization: Bearer ${'x'.repeat(100000)}`,
    ];
    for (const text of nearMisses) assert.ok(Array.isArray(lint({ path: 'notes.txt', text }, big).findings));
  });
});

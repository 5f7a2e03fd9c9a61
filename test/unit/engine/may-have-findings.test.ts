import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { DEFAULT_CONFIG } from '../../../src/engine/config';
import { lint, mayHaveFindings } from '../../../src/engine/lint';
import { KeywordMatcher } from '../../../src/secrets/keywords';
import { SECRET_SAMPLES } from '../secrets/samples';
import { filesUnder } from '../support';

describe('mayHaveFindings (the workspace scan skips what it rules out)', () => {
  it('never rules out a text that has findings: every secret sample, fixture and example', () => {
    const texts: [string, string][] = [];
    for (const [id, samples] of Object.entries(SECRET_SAMPLES))
      for (const text of samples.positives()) texts.push([`/repo/${id}.txt`, text]);
    for (const path of [...filesUnder('test/fixtures'), ...filesUnder('examples')]) texts.push([path, readFileSync(path, 'utf8')]);
    let withFindings = 0;
    for (const [path, text] of texts) {
      const findings = lint({ path, text }, DEFAULT_CONFIG).findings;
      if (findings.length === 0) continue;
      withFindings++;
      assert.ok(mayHaveFindings(path, text, DEFAULT_CONFIG), `${path} has ${findings[0]?.ruleId} but was ruled out`);
    }
    assert.ok(withFindings > 300, `only ${withFindings} texts with findings were checked`);
  });

  it('rules out plain files without any detector keyword, and nothing else', () => {
    const plain = 'def add(a, b):\n    return a + b\n'.repeat(20);
    assert.equal(mayHaveFindings('/repo/src/math.py', plain, DEFAULT_CONFIG), false);
    // A Dockerfile or workflow is linted by its own rules whatever its words.
    assert.equal(mayHaveFindings('/repo/Dockerfile', plain, DEFAULT_CONFIG), true);
    assert.equal(mayHaveFindings('/repo/.github/workflows/ci.yml', plain, DEFAULT_CONFIG), true);
    assert.equal(mayHaveFindings('/repo/src/math.py', 'API_KEY = load()\n', DEFAULT_CONFIG), true);
    const noSecrets = { ...DEFAULT_CONFIG, secrets: { ...DEFAULT_CONFIG.secrets, enable: false } };
    assert.equal(mayHaveFindings('/repo/src/math.py', 'API_KEY = load()\n', noSecrets), false);
  });

  it('keeps the keyword pass for the lint that follows, and only for the same text', () => {
    const matcher = new KeywordMatcher(['token', 'secret']);
    const long = `${'x'.repeat(300)}token`;
    assert.deepEqual(matcher.find(long), [0]);
    const answer = matcher.find(long);
    answer.push(99); // callers own what they are given
    assert.deepEqual(matcher.find(long), [0]);
    // An equal text built separately is the same text; a different one is scanned afresh.
    assert.deepEqual(matcher.find(`${'x'.repeat(300)}token`), [0]);
    assert.deepEqual(matcher.find(`${'x'.repeat(300)}secret`), [1]);
    assert.deepEqual(matcher.find('no keywords'), []);
  });
});

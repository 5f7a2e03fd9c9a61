import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { DEFAULT_CONFIG } from '../../../src/engine/config';
import { lint, mayHaveFindings, textWorthLinting } from '../../../src/engine/lint';
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

  describe("textWorthLinting (the same question, asked of a file's bytes)", () => {
    const encoder = new TextEncoder();
    /** textWorthLinting with a decoder that counts its calls. */
    const ask = (path: string, text: string, config = DEFAULT_CONFIG) => {
      let decoded = 0;
      const answer = textWorthLinting(path, encoder.encode(text), config, (bytes) => {
        decoded++;
        return new TextDecoder().decode(bytes);
      });
      return { answer, decoded };
    };

    it('agrees with mayHaveFindings on every sample, fixture and example, and decodes only what it keeps', () => {
      const texts: [string, string][] = [];
      for (const [id, samples] of Object.entries(SECRET_SAMPLES))
        for (const text of [...samples.positives(), ...samples.negatives]) texts.push([`/repo/${id}.txt`, text]);
      for (const path of [...filesUnder('test/fixtures'), ...filesUnder('examples')]) texts.push([path, readFileSync(path, 'utf8')]);
      let kept = 0;
      let ruledOut = 0;
      let longRuledOut = 0;
      for (const [path, text] of texts) {
        const { answer, decoded } = ask(path, text);
        const expected = mayHaveFindings(path, text, DEFAULT_CONFIG);
        assert.equal(answer !== undefined, expected, path);
        if (answer === undefined) {
          ruledOut++;
          longRuledOut++;
          // Short texts are decoded and scanned as text: their bytes are not worth a WebAssembly call.
          if (encoder.encode(text).length >= 128) assert.equal(decoded, 0, `${path} was decoded though ruled out`);
          else longRuledOut--;
        } else {
          kept++;
          assert.equal(answer, text);
          assert.equal(decoded, 1);
        }
      }
      assert.ok(kept > 300 && longRuledOut > 10, `kept ${kept}, ruled out ${ruledOut} (${longRuledOut} undecoded)`);
    });

    it('lints the text it returns exactly as a text read as such (the keyword pass is reused, not stale)', () => {
      for (const [id, samples] of Object.entries(SECRET_SAMPLES)) {
        for (const sample of samples.positives()) {
          // Long enough for the WebAssembly pass, with a non-ASCII line in some (offsets differ).
          const text = `${'# filler line\n'.repeat(20)}${id.length % 2 ? '# caf\u00e9\n' : ''}${sample}\n`;
          const { answer } = ask(`/repo/${id}.txt`, text);
          assert.ok(answer !== undefined, id);
          const fromBytes = lint({ path: `/repo/${id}.txt`, text: answer }, DEFAULT_CONFIG).findings;
          const fromText = lint({ path: `/repo/${id}.txt`, text: `${text}` }, DEFAULT_CONFIG).findings;
          assert.deepEqual(
            fromBytes.map((f) => [f.ruleId, f.range]),
            fromText.map((f) => [f.ruleId, f.range]),
            id,
          );
          assert.ok(fromBytes.length > 0, `${id}: no finding`);
        }
      }
    });

    it('hands Dockerfiles and workflows to their rules whatever their words, and nothing when all is off', () => {
      const plain = 'def add(a, b):\n    return a + b\n'.repeat(20);
      assert.equal(ask('/repo/src/math.py', plain).answer, undefined);
      assert.equal(ask('/repo/Dockerfile', plain).answer, plain);
      assert.equal(ask('/repo/.github/workflows/ci.yml', plain).answer, plain);
      const noSecrets = { ...DEFAULT_CONFIG, secrets: { ...DEFAULT_CONFIG.secrets, enable: false } };
      assert.deepEqual(ask('/repo/src/math.py', `API_KEY = load()\n${plain}`, noSecrets), { answer: undefined, decoded: 0 });
    });
  });
});

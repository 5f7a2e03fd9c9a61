import { strict as assert } from 'node:assert';
import { SOURCE_HOSTING_DETECTORS } from '../../../src/secrets/detectors/source-hosting';
import { PACKAGE_REGISTRIES_DETECTORS } from '../../../src/secrets/detectors/package-registries';
import { lintText, randomBase62 } from '../support';
import { fakeGhToken, randomUrlSafe } from './samples/source-hosting';
import { PACKAGE_REGISTRIES_SAMPLES } from './samples/package-registries';
import { SOURCE_HOSTING_SAMPLES } from './samples/source-hosting';

const OWN_IDS = new Set([...SOURCE_HOSTING_DETECTORS, ...PACKAGE_REGISTRIES_DETECTORS].map((d) => d.id));

describe('source-hosting and package-registries detectors', () => {
  it('report each generated sample once across both families (no duplicate findings)', () => {
    for (const [id, samples] of Object.entries({ ...SOURCE_HOSTING_SAMPLES, ...PACKAGE_REGISTRIES_SAMPLES })) {
      for (const text of samples.positives()) {
        const own = lintText('notes.txt', text)
          .map((f) => f.ruleId)
          .filter((r) => OWN_IDS.has(r));
        assert.deepEqual(own, [id], text);
      }
    }
  });

  it('reports checksum-valid gho_/ghu_/ghs_/ghr_ tokens as errors even on a line that says fake', () => {
    for (const [prefix, id] of [
      ['gho_', 'github-oauth'],
      ['ghu_', 'github-app-token'],
      ['ghs_', 'github-app-token'],
      ['ghr_', 'github-refresh-token'],
    ] as const) {
      const [finding] = lintText('test.env', `TOKEN=${fakeGhToken(prefix, 7)} # fake\n`);
      assert.equal(finding?.ruleId, id);
      assert.equal(finding.severity, 'error');
    }
  });

  it('reports a random gho_ token with a wrong checksum as a low-confidence warning only', () => {
    const [weak] = lintText('notes.txt', `token = gho_${randomBase62(36, 77)}\n`);
    assert.equal(weak?.ruleId, 'github-oauth');
    assert.equal(weak.severity, 'warning');
    assert.equal(weak.confidence, 'low');
  });

  it('reports a legacy GitLab token once, and a routable one once, under their own ids', () => {
    const legacy = `glpat-${randomUrlSafe(20, 3)}`;
    const routable = `glpat-${randomUrlSafe(30, 4)}.01${randomBase62(7, 5).toLowerCase()}`;
    assert.deepEqual(
      lintText('notes.txt', `A=${legacy}\nB=${routable}\n`).map((f) => f.ruleId),
      ['gitlab-pat', 'gitlab-pat-routable'],
    );
  });

  it('does not find a GitLab prefix inside a longer identifier', () => {
    assert.deepEqual(lintText('notes.txt', `id = xglpat-${randomUrlSafe(20, 9)}\n`), []);
    assert.deepEqual(lintText('notes.txt', `id = glpat-${randomUrlSafe(24, 9)}\n`), []);
  });

  it('keeps the whole token out of the message', () => {
    const token = `gldt-${randomUrlSafe(20, 11)}`;
    const [finding] = lintText('notes.txt', `DEPLOY=${token}\n`);
    assert.equal(finding?.ruleId, 'gitlab-deploy-token');
    assert.ok(!finding.message.includes(token.slice(8)), finding.message);
  });
});

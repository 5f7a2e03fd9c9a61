/** The data behind the jobs rules: runner labels, the popular-actions table, name suggestions. */
import { strict as assert } from 'node:assert';
import { closest, editDistance } from '../../../src/workflow/actions/closest';
import { popularAction, popularActionSlugs, versionOf, versionOfPinComment } from '../../../src/workflow/actions/popular-actions';
import { GITHUB_HOSTED_LABELS, LABEL_MACHINES, RETIRED_LABELS } from '../../../src/workflow/actions/runner-labels';

describe('jobs rule data', () => {
  it('never lists a label as both available and retired', () => {
    for (const label of GITHUB_HOSTED_LABELS.keys()) assert.ok(!RETIRED_LABELS.has(label), label);
    for (const label of GITHUB_HOSTED_LABELS.keys()) assert.ok((LABEL_MACHINES.get(label)?.size ?? 0) > 0, label);
  });

  it('covers the actions the brief lists, each with at least one major', () => {
    const slugs = new Set(popularActionSlugs());
    for (const slug of [
      'actions/checkout',
      'actions/setup-node',
      'actions/cache/restore',
      'actions/cache/save',
      'github/codeql-action/upload-sarif',
      'docker/build-push-action',
      'pypa/gh-action-pypi-publish',
      'hashicorp/setup-terraform',
    ])
      assert.ok(slugs.has(slug), slug);
    assert.equal(popularAction('Actions/Checkout', 4)?.versionKnown, true, 'slugs match case-insensitively');
    assert.equal(popularAction('actions/checkout', 1), undefined);
  });

  it('reads versions from refs and pin comments', () => {
    assert.deepEqual(versionOf('v4'), [4]);
    assert.deepEqual(versionOf('v4.2.1'), [4, 2, 1]);
    assert.deepEqual(versionOf('release/v1'), [1]);
    assert.equal(versionOf('main'), undefined);
    assert.equal(versionOf('v3-node20'), undefined);
    assert.deepEqual(versionOfPinComment(' # v4.2.2'), [4, 2, 2]);
    assert.deepEqual(versionOfPinComment('  # tag=v3'), [3]);
    assert.equal(versionOfPinComment(' # pinned by renovate'), undefined);
  });

  it('suggests only close names, counting a swap as one edit', () => {
    assert.equal(editDistance('biuld', 'build'), 1);
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(closest('biuld', ['build', 'test']), 'build');
    assert.equal(closest('os', ['node', 'arch']), undefined);
    assert.equal(closest('ubuntu-lastest', ['ubuntu-latest', 'windows-latest']), 'ubuntu-latest');
  });
});

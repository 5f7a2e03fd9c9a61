/**
 * DL3056: a label the schema types as `semver` whose value is not a semantic version
 * (semver.org 2.0.0: `1.4.2`, `2.0.0-rc.1`, `1.0.0+build.5`; no `v` prefix, no missing parts).
 * `org.opencontainers.image.version` is what tools sort and compare; `v1.2` or `latest` defeats
 * that.
 */
import { semverProblem } from './label-formats';
import { defineTypedLabelRule } from './typed-label';

export const labelNotSemver = defineTypedLabelRule({
  id: 'DL3056',
  name: 'label-not-semver',
  type: 'semver',
  summary: 'A label typed `semver` in the label schema does not follow semantic versioning.',
  expected: 'a semantic version',
  hint: 'use MAJOR.MINOR.PATCH, e.g. 1.4.2 or 2.0.0-rc.1',
  problem: semverProblem,
});

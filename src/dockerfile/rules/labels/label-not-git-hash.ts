/**
 * DL3055: a label the schema types as `hash` whose value is not a git commit hash: 7 (short) or
 * 40 (full SHA-1) lower-case hex digits, as hadolint checks, or 64 for SHA-256 repositories.
 * `org.opencontainers.image.revision` ties the image to the commit it was built from; a branch
 * name or tag moves and no longer identifies the build.
 */
import { gitHashProblem } from './label-formats';
import { defineTypedLabelRule } from './typed-label';

export const labelNotGitHash = defineTypedLabelRule({
  id: 'DL3055',
  name: 'label-not-git-hash',
  type: 'hash',
  summary: 'A label typed `hash` in the label schema is not a git commit hash.',
  expected: 'a git commit hash',
  hint: 'use the full hash from git rev-parse HEAD (or a 7-digit short hash)',
  problem: gitHashProblem,
});

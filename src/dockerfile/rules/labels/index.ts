/** The labels rules, in id order. */
import type { DockerfileRule } from '../../rule';
import { emptyLabel } from './empty-label';
import { invalidLabelKey } from './invalid-label-key';
import { labelNotEmail } from './label-not-email';
import { labelNotGitHash } from './label-not-git-hash';
import { labelNotRfc3339 } from './label-not-rfc3339';
import { labelNotSemver } from './label-not-semver';
import { labelNotSpdx } from './label-not-spdx';
import { labelNotUrl } from './label-not-url';
import { missingLabel } from './missing-label';
import { superfluousLabel } from './superfluous-label';

export const LABELS_RULES: readonly DockerfileRule[] = [
  invalidLabelKey,
  missingLabel,
  superfluousLabel,
  emptyLabel,
  labelNotUrl,
  labelNotRfc3339,
  labelNotSpdx,
  labelNotGitHash,
  labelNotSemver,
  labelNotEmail,
];

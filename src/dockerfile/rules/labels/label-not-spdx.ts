/**
 * DL3054: a label the schema types as `spdx` whose value is not an SPDX license expression
 * (`MIT`, `Apache-2.0 OR MIT`, `GPL-2.0-or-later WITH Classpath-exception-2.0`,
 * `LicenseRef-acme`). `org.opencontainers.image.licenses` is defined as one, and license scanners
 * match on the identifiers; `Apache 2` or `BSD` matches nothing.
 * Difference from hadolint: hadolint accepts a single, exactly-cased license id only; this rule
 * accepts full expressions and matches ids case-insensitively, as the SPDX specification says.
 */
import { spdxProblem } from './label-formats';
import { defineTypedLabelRule } from './typed-label';

export const labelNotSpdx = defineTypedLabelRule({
  id: 'DL3054',
  name: 'label-not-spdx',
  type: 'spdx',
  summary: 'A label typed `spdx` in the label schema is not a valid SPDX license expression.',
  expected: 'an SPDX license expression',
  hint: 'use SPDX ids such as MIT, Apache-2.0 or "Apache-2.0 OR MIT" (https://spdx.org/licenses/)',
  problem: spdxProblem,
});

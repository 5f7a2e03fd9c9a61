/**
 * DL3053: a label the schema types as `rfc3339` whose value is not an RFC 3339 date-time
 * (`2024-05-01T12:00:00Z`, `2024-05-01T14:00:00.5+02:00`). `org.opencontainers.image.created` and
 * label-schema's `build-date` are defined this way, and tools parse them as such; `date` output,
 * a bare date or a space instead of `T` breaks them.
 */
import { rfc3339Problem } from './label-formats';
import { defineTypedLabelRule } from './typed-label';

export const labelNotRfc3339 = defineTypedLabelRule({
  id: 'DL3053',
  name: 'label-not-rfc3339',
  type: 'rfc3339',
  summary: 'A label typed `rfc3339` in the label schema is not an RFC 3339 date-time.',
  expected: 'an RFC 3339 date-time',
  hint: 'use e.g. 2024-05-01T12:00:00Z (date -u +%Y-%m-%dT%H:%M:%SZ)',
  problem: rfc3339Problem,
});

/**
 * DL3058: a label the schema types as `email` whose value is not an email address (an RFC 5322
 * addr-spec such as `team@example.com`, as hadolint checks). A display name
 * (`Jane <jane@example.com>`) or a URL there cannot be used to reach the owner by tools that
 * expect an address.
 */
import { emailProblem } from './label-formats';
import { defineTypedLabelRule } from './typed-label';

export const labelNotEmail = defineTypedLabelRule({
  id: 'DL3058',
  name: 'label-not-email',
  type: 'email',
  summary: 'A label typed `email` in the label schema is not a valid email address.',
  expected: 'an email address',
  hint: 'write only the address, e.g. team@example.com',
  problem: emailProblem,
});

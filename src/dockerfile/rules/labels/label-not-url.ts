/**
 * DL3052: a label the schema types as `url` whose value is not an absolute URL (RFC 3986, with a
 * scheme). Tools that read such labels (registries linking to the source, scanners linking to
 * documentation) follow the value as a link; a bare host name or a path is not one.
 */
import { urlProblem } from './label-formats';
import { defineTypedLabelRule } from './typed-label';

export const labelNotUrl = defineTypedLabelRule({
  id: 'DL3052',
  name: 'label-not-url',
  type: 'url',
  summary: 'A label typed `url` in the label schema is not a valid URL.',
  expected: 'an absolute URL',
  hint: 'write it with its scheme, e.g. https://github.com/acme/app',
  problem: urlProblem,
});

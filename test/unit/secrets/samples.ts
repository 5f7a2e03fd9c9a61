/**
 * True positives are generated at test time (so no token-shaped string is committed), false
 * positives are placeholders and look-alikes that must stay silent. One entry per detector; the
 * registry test fails when a detector has none.
 */
import { fakeGithubPat, randomBase62 } from '../support';
import { AI_PROVIDERS_SAMPLES } from './samples/ai-providers';
import { CLOUD_SAMPLES } from './samples/cloud';
import { KEYS_AND_GENERIC_SAMPLES } from './samples/keys-and-generic';
import { MESSAGING_SAMPLES } from './samples/messaging';
import { OBSERVABILITY_SAMPLES } from './samples/observability';
import { PACKAGE_REGISTRIES_SAMPLES } from './samples/package-registries';
import { PAYMENTS_SAMPLES } from './samples/payments';
import { PLATFORMS_SAMPLES } from './samples/platforms';
import { SERVICES_SAMPLES } from './samples/services';
import { SOURCE_HOSTING_SAMPLES } from './samples/source-hosting';

export interface SecretSamples {
  /** Texts each holding exactly one secret of this kind. */
  readonly positives: () => string[];
  readonly negatives: readonly string[];
}

const GITHUB_PAT_SAMPLES: Readonly<Record<string, SecretSamples>> = {
  'github-pat': {
    positives: () => [
      `GITHUB_TOKEN=${fakeGithubPat(1)}`,
      `const token = "${fakeGithubPat(2)}";`,
      `url: https://x-access-token:${fakeGithubPat(3)}@github.com/org/repo.git`,
      `  password: '${fakeGithubPat(4)}' # deploy bot`,
    ],
    negatives: [
      'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'token: ${{ secrets.GITHUB_TOKEN }}',
      `id = "xghp_${randomBase62(36, 5)}"`,
      'GITHUB_TOKEN=ghp_<your token here>',
    ],
  },
};

export const SECRET_SAMPLES: Readonly<Record<string, SecretSamples>> = {
  ...GITHUB_PAT_SAMPLES,
  ...CLOUD_SAMPLES,
  ...SOURCE_HOSTING_SAMPLES,
  ...PACKAGE_REGISTRIES_SAMPLES,
  ...MESSAGING_SAMPLES,
  ...PAYMENTS_SAMPLES,
  ...AI_PROVIDERS_SAMPLES,
  ...OBSERVABILITY_SAMPLES,
  ...PLATFORMS_SAMPLES,
  ...SERVICES_SAMPLES,
  ...KEYS_AND_GENERIC_SAMPLES,
};

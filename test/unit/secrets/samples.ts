/**
 * True positives are generated at test time (so no token-shaped string is committed), false
 * positives are placeholders and look-alikes that must stay silent. One entry per detector; the
 * registry test fails when a detector has none.
 */
import { fakeGithubPat, randomBase62 } from '../support';

export interface SecretSamples {
  /** Texts each holding exactly one secret of this kind. */
  readonly positives: () => string[];
  readonly negatives: readonly string[];
}

export const SECRET_SAMPLES: Readonly<Record<string, SecretSamples>> = {
  'github-pat': {
    positives: () => [
      `GITHUB_TOKEN=${fakeGithubPat(1)}`,
      `const token = "${fakeGithubPat(2)}";`,
      `url: https://x-access-token:${fakeGithubPat(3)}@github.com/org/repo.git`,
      `  password: '${fakeGithubPat(4)}' # deploy bot`,
    ],
    negatives: [
      'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `token = ghp_${randomBase62(36, 99)}`, // right shape, wrong checksum
      'token: ${{ secrets.GITHUB_TOKEN }}',
      `id = "xghp_${randomBase62(36, 5)}"`,
      'GITHUB_TOKEN=ghp_<your token here>',
    ],
  },
};

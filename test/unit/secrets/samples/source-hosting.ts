/** Samples for the source-hosting detectors: positives generated at test time, negatives that must stay silent. */
import { base62, crc32 } from '../../../../src/secrets/checksum';
import { randomBase62 } from '../../support';
import type { SecretSamples } from '../samples';

/** A checksum-valid GitHub-style token (`gho_`, `ghu_`, `ghs_`, `ghr_`), built at test time. */
export function fakeGhToken(prefix: string, seed: number, length = 36): string {
  const body = randomBase62(length - 6, seed);
  return `${prefix}${body}${base62(crc32(body), 6)}`;
}

/** Lowercase hex of the given length. */
export function randomHex(length: number, seed: number): string {
  return [...randomBase62(length, seed)].map((c) => '0123456789abcdef'[c.charCodeAt(0) % 16] ?? '0').join('');
}

/** Lowercase letters and digits. */
export function randomLowerAlnum(length: number, seed: number): string {
  return randomBase62(length, seed).toLowerCase();
}

/** base64url-ish text: base62 with a `-` and a `_` in it, as GitLab tokens often have. */
export function randomUrlSafe(length: number, seed: number): string {
  const chars = [...randomBase62(length, seed)];
  if (length > 12) {
    chars[5] = '-';
    chars[length - 4] = '_';
  }
  return chars.join('');
}

export const SOURCE_HOSTING_SAMPLES: Readonly<Record<string, SecretSamples>> = {
  'github-fine-grained-pat': {
    positives: () => [
      `GH_TOKEN=github_pat_11${randomBase62(20, 101)}_${randomBase62(59, 102)}`,
      `const octokit = new Octokit({ auth: "github_pat_11${randomBase62(20, 103)}_${randomBase62(59, 104)}" });`,
      `url = https://oauth2:github_pat_11${randomBase62(20, 105)}_${randomBase62(59, 106)}@github.com/acme/app.git`,
    ],
    negatives: [
      'GH_TOKEN=github_pat_xxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'token: ${{ secrets.FINE_GRAINED_PAT }}',
      'GH_TOKEN=github_pat_<your token>',
      'github_pat_11ABCDEFGHIJKLMNOPQRST_short',
    ],
  },
  'github-oauth': {
    positives: () => [
      `GITHUB_OAUTH_TOKEN=${fakeGhToken('gho_', 111)}`,
      `{"access_token": "${fakeGhToken('gho_', 112)}", "token_type": "bearer"}`,
      `  oauth_token: ${fakeGhToken('gho_', 113)}`,
    ],
    negatives: [
      'GITHUB_OAUTH_TOKEN=gho_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'oauth_token: ${GHO_TOKEN}',
      'gho_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij',
      'echo gho_<token>',
    ],
  },
  'github-app-token': {
    positives: () => [
      `GITHUB_TOKEN=${fakeGhToken('ghs_', 121)}`,
      `Authorization: token ${fakeGhToken('ghu_', 122)}`,
      `git clone https://x-access-token:${fakeGhToken('ghs_', 123)}@github.com/acme/app.git`,
    ],
    negatives: [
      'GITHUB_TOKEN=ghs_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'token: ${{ github.token }}',
      'ghu_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij',
      'user token: ghu_…',
    ],
  },
  'github-refresh-token': {
    positives: () => [
      `{"refresh_token": "${fakeGhToken('ghr_', 131)}"}`,
      `REFRESH_TOKEN=${fakeGhToken('ghr_', 132, 76)}`,
      `refresh_token: '${fakeGhToken('ghr_', 133)}'`,
    ],
    negatives: [
      'refresh_token: ghr_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'REFRESH_TOKEN=${GITHUB_REFRESH_TOKEN}',
      'ghr_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij',
      'refresh_token: ghr_...',
    ],
  },
  'gitlab-pat': {
    positives: () => [
      `GITLAB_TOKEN=glpat-${randomUrlSafe(20, 201)}`,
      `curl --header "PRIVATE-TOKEN: glpat-${randomUrlSafe(20, 202)}" https://gitlab.com/api/v4/projects`,
      `  password: "glpat-${randomUrlSafe(20, 203)}"`,
    ],
    negatives: [
      'GITLAB_TOKEN=glpat-XXXXXXXXXXX-XXXXXXXX',
      'GITLAB_TOKEN=${CI_JOB_TOKEN}',
      'GITLAB_TOKEN=glpat-<your-token>',
      'glpat-short',
    ],
  },
  'gitlab-pat-routable': {
    positives: () => [
      `GITLAB_TOKEN=glpat-${randomUrlSafe(36, 211)}.01${randomLowerAlnum(7, 212)}`,
      `private_token = "glpat-${randomUrlSafe(40, 213)}.01${randomLowerAlnum(7, 214)}"`,
      `git remote add origin https://oauth2:glpat-${randomUrlSafe(31, 215)}.01${randomLowerAlnum(7, 216)}@gitlab.com/acme/app.git`,
    ],
    negatives: ['GITLAB_TOKEN=glpat-xxxxxxxx-xxxxxxxxxxxxxxxxxx.xxxxxxxxx', 'token: glpat-<token>.01abcdefg', 'GITLAB_TOKEN=$GITLAB_PAT'],
  },
  'gitlab-deploy-token': {
    positives: () => [
      `CI_DEPLOY_PASSWORD=gldt-${randomUrlSafe(20, 221)}`,
      `docker login -u deployer -p gldt-${randomUrlSafe(20, 222)} registry.gitlab.com`,
      `deploy_token: 'gldt-${randomUrlSafe(20, 223)}'`,
    ],
    negatives: ['deploy_token: gldt-xxxxxxxxxxxxxxxxxxxx', 'CI_DEPLOY_PASSWORD=${DEPLOY_TOKEN}', 'gldt-<deploy-token>'],
  },
  'gitlab-runner-authentication-token': {
    positives: () => [
      `  token = "glrt-${randomUrlSafe(20, 231)}"`,
      `gitlab-runner register --non-interactive --token glrt-${randomUrlSafe(20, 232)}`,
      `RUNNER_TOKEN=glrt-${randomUrlSafe(20, 233)}`,
    ],
    negatives: ['  token = "glrt-xxxxxxxxxxxxxxxxxxxx"', 'RUNNER_TOKEN=${RUNNER_TOKEN}', 'token = "glrt-<runner-token>"'],
  },
  'gitlab-runner-authentication-token-routable': {
    positives: () => [
      `  token = "glrt-t1_${randomUrlSafe(30, 241)}.01${randomLowerAlnum(7, 242)}"`,
      `RUNNER_TOKEN=glrt-t3_${randomUrlSafe(28, 243)}.01${randomLowerAlnum(7, 244)}`,
      `gitlab-runner register --token glrt-t2_${randomUrlSafe(34, 245)}.01${randomLowerAlnum(7, 246)}`,
    ],
    negatives: [
      'token = "glrt-tx_xxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxx"',
      'RUNNER_TOKEN=${GITLAB_RUNNER_TOKEN}',
      'token = "glrt-t1_<token>"',
    ],
  },
  'gitlab-rrt': {
    positives: () => [
      `REGISTRATION_TOKEN=GR1348941${randomUrlSafe(20, 251)}`,
      `gitlab-runner register --registration-token GR1348941${randomUrlSafe(20, 252)}`,
      `runnerRegistrationToken: "GR1348941${randomUrlSafe(20, 253)}"`,
    ],
    negatives: [
      'REGISTRATION_TOKEN=GR134894112312312312312312312',
      'REGISTRATION_TOKEN=GR1348941XXXXXXXXXXXXXXXXXXXX',
      'runnerRegistrationToken: "${REGISTRATION_TOKEN}"',
    ],
  },
  'gitlab-ptt': {
    positives: () => [
      `curl -X POST -F token=glptt-${randomHex(40, 261)} -F ref=main https://gitlab.com/api/v4/projects/1/trigger/pipeline`,
      `TRIGGER_TOKEN=glptt-${randomHex(40, 262)}`,
      `trigger_token: "glptt-${randomHex(40, 263)}"`,
    ],
    negatives: [
      'TRIGGER_TOKEN=glptt-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'TRIGGER_TOKEN=${TRIGGER_TOKEN}',
      'token=glptt-0000000000000000000000000000000000000000',
    ],
  },
  'gitlab-cicd-job-token': {
    positives: () => [
      `CI_JOB_TOKEN=glcbt-64_${randomUrlSafe(20, 271)}`,
      `curl --header "JOB-TOKEN: glcbt-1f_${randomUrlSafe(20, 272)}" "$CI_API_V4_URL/projects"`,
      `job_token: 'glcbt-a2_${randomUrlSafe(20, 273)}'`,
    ],
    negatives: ['curl --header "JOB-TOKEN: $CI_JOB_TOKEN"', 'CI_JOB_TOKEN=glcbt-64_xxxxxxxxxxxxxxxxxxxx', 'job_token: glcbt-<token>'],
  },
  'gitlab-scim-token': {
    positives: () => [
      `SCIM_TOKEN=glsoat-${randomUrlSafe(20, 281)}`,
      `Authorization: Bearer glsoat-${randomUrlSafe(20, 282)}`,
      `scim_token: "glsoat-${randomUrlSafe(20, 283)}"`,
    ],
    negatives: ['SCIM_TOKEN=glsoat-xxxxxxxxxxxxxxxxxxxx', 'SCIM_TOKEN=${SCIM_TOKEN}', 'Bearer glsoat-<scim-token>'],
  },
  'gitlab-feed-token': {
    positives: () => [
      `https://gitlab.com/dashboard/projects.atom?feed_token=glft-${randomUrlSafe(20, 291)}`,
      `FEED_TOKEN=glft-${randomUrlSafe(20, 292)}`,
      `calendar: "https://gitlab.com/-/issues.ics?feed_token=glft-${randomUrlSafe(20, 293)}"`,
    ],
    negatives: ['?feed_token=glft-xxxxxxxxxxxxxxxxxxxx', 'FEED_TOKEN=${FEED_TOKEN}', 'feed_token=glft-<token>'],
  },
  'gitlab-incoming-mail-token': {
    positives: () => [
      `incoming_email_token: glimt-${randomUrlSafe(25, 301)}`,
      `INCOMING_MAIL_TOKEN=glimt-${randomUrlSafe(25, 302)}`,
      `mail_token: "glimt-${randomUrlSafe(25, 303)}"`,
    ],
    negatives: ['INCOMING_MAIL_TOKEN=glimt-xxxxxxxxxxxxxxxxxxxxxxxxx', 'mail_token: ${MAIL_TOKEN}', 'glimt-<token>'],
  },
  'gitlab-kubernetes-agent-token': {
    positives: () => [
      `helm upgrade --install agent gitlab/gitlab-agent --set config.token=glagent-${randomUrlSafe(50, 311)}`,
      `AGENT_TOKEN=glagent-${randomUrlSafe(50, 312)}`,
      `  token: "glagent-${randomUrlSafe(50, 313)}"`,
    ],
    negatives: [
      '--set config.token=glagent-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      '--set config.token=${AGENT_TOKEN}',
      'token: glagent-<agent-token>',
    ],
  },
  'gitlab-oauth-app-secret': {
    positives: () => [
      `GITLAB_APP_SECRET=gloas-${randomUrlSafe(64, 321)}`,
      `  client_secret: "gloas-${randomUrlSafe(64, 322)}"`,
      `config.omniauth :gitlab, ENV["GITLAB_APP_ID"], "gloas-${randomUrlSafe(64, 323)}"`,
    ],
    negatives: ['GITLAB_APP_SECRET=gloas-' + 'x'.repeat(64), 'client_secret: ${GITLAB_APP_SECRET}', 'client_secret: gloas-<secret>'],
  },
  'gitlab-feature-flag-client-token': {
    positives: () => [
      `UNLEASH_INSTANCE_ID=glffct-${randomUrlSafe(20, 331)}`,
      `instanceId: "glffct-${randomUrlSafe(20, 332)}"`,
      `unleash.New(unleash.WithInstanceId("glffct-${randomUrlSafe(20, 333)}"))`,
    ],
    negatives: ['UNLEASH_INSTANCE_ID=glffct-xxxxxxxxxxxxxxxxxxxx', 'instanceId: ${UNLEASH_INSTANCE_ID}', 'instanceId: glffct-<id>'],
  },
  'gitlab-session-cookie': {
    positives: () => [
      `curl -H "Cookie: _gitlab_session=${randomLowerAlnum(32, 341)}" https://gitlab.com/api/v4/user`,
      `{"name": "Cookie", "value": "_gitlab_session=${randomLowerAlnum(32, 342)}; preferred_language=en"}`,
      `Set-Cookie: _gitlab_session=${randomLowerAlnum(32, 343)}; path=/; HttpOnly`,
    ],
    negatives: [
      'Cookie: _gitlab_session=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'Cookie: _gitlab_session=${SESSION}',
      'Cookie: _gitlab_session=<session>',
    ],
  },
  'bitbucket-client-id': {
    positives: () => [
      `BITBUCKET_CLIENT_ID=${randomBase62(32, 401)}`,
      `bitbucket_key: "${randomBase62(32, 402)}"`,
      `{"bitbucketClientId": "${randomBase62(32, 403)}"}`,
    ],
    negatives: [
      'BITBUCKET_CLIENT_ID=${BITBUCKET_CLIENT_ID}',
      'BITBUCKET_CLIENT_ID=your-client-id',
      'bitbucket_key: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
    ],
  },
  'bitbucket-client-secret': {
    positives: () => [
      `BITBUCKET_CLIENT_SECRET=${randomUrlSafe(64, 411)}`,
      `  bitbucket_secret: '${randomBase62(64, 412)}'`,
      `{"bitbucketOauthSecret": "${randomUrlSafe(64, 413)}"}`,
    ],
    negatives: [
      'BITBUCKET_CLIENT_SECRET=${BITBUCKET_CLIENT_SECRET}',
      'bitbucket_secret: <your-secret>',
      `bitbucket_secret: "${'x'.repeat(64)}"`,
    ],
  },
  'bitbucket-app-password': {
    positives: () => [
      `BITBUCKET_APP_PASSWORD=ATBB${randomBase62(32, 421)}`,
      `git clone https://builder:ATBB${randomBase62(32, 422)}@bitbucket.org/acme/app.git`,
      `  password: "ATBB${randomBase62(32, 423)}"`,
    ],
    negatives: [
      'BITBUCKET_APP_PASSWORD=ATBBxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'password: ${BITBUCKET_APP_PASSWORD}',
      'password: ATBB<app-password>',
    ],
  },
  'circleci-api-token': {
    positives: () => [
      `CIRCLECI_TOKEN=CCIPAT_${randomBase62(22, 431)}_${randomHex(40, 432)}`,
      `curl -H "Circle-Token: CCIPRJ_${randomBase62(22, 433)}_${randomHex(40, 434)}" https://circleci.com/api/v2/me`,
      `token: CCIPAT_${randomBase62(22, 435)}_${randomHex(40, 436)}`,
    ],
    negatives: [
      'export CIRCLECI_TOKEN=CCIPAT_...',
      'CIRCLECI_TOKEN=CCIPAT_xxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'Circle-Token: ${CIRCLECI_TOKEN}',
    ],
  },
  'circleci-legacy-token': {
    positives: () => [
      `CIRCLE_TOKEN=${randomHex(40, 441)}`,
      `curl -H "Circle-Token: ${randomHex(40, 442)}" https://circleci.com/api/v2/me`,
      `circleci_api_key: '${randomHex(40, 443)}'`,
    ],
    negatives: ['CIRCLE_SHA1=0123abcd4567ef890123abcd4567ef890123abcd', 'CIRCLE_TOKEN=${CIRCLE_TOKEN}', 'circleci_api_key: <your-api-key>'],
  },
  'travisci-access-token': {
    positives: () => [
      `TRAVIS_API_TOKEN=${randomBase62(22, 451)}`,
      `travis_token: "${randomBase62(22, 452)}"`,
      `{"travisToken": "${randomBase62(22, 454)}"}`,
    ],
    negatives: ['TRAVIS_API_TOKEN=${TRAVIS_TOKEN}', 'travis_token: "xxxxxxxxxxxxxxxxxxxxxx"', 'travis_token: <your-token>'],
  },
  'buildkite-api-token': {
    positives: () => [
      `BUILDKITE_API_TOKEN=bkua_${randomLowerAlnum(40, 461)}`,
      `curl -H "Authorization: Bearer bkua_${randomLowerAlnum(40, 462)}" https://api.buildkite.com/v2/user`,
      `bk configure --org acme --token bkua_${randomLowerAlnum(40, 463)}`,
    ],
    negatives: ['BUILDKITE_API_TOKEN=bkua_xxx', 'BUILDKITE_API_TOKEN=bkua_' + 'x'.repeat(40), 'token: ${BUILDKITE_API_TOKEN}'],
  },
  'droneci-access-token': {
    positives: () => [
      `DRONE_TOKEN=${randomBase62(32, 471)}`,
      `export DRONE_TOKEN="${randomBase62(32, 472)}"`,
      `droneci_token: '${randomBase62(32, 473)}'`,
    ],
    negatives: ['DRONE_TOKEN=${DRONE_TOKEN}', 'DRONE_TOKEN=<your-drone-token>', 'DRONE_SERVER=https://drone.acme.internal'],
  },
};

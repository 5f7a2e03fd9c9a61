/**
 * Source hosting and CI credentials (GitHub, GitLab, Bitbucket, CircleCI, Travis CI, Buildkite,
 * Drone). GitHub's prefixed tokens carry a CRC32 checksum, which is what lets those detectors be
 * loud about real tokens and quiet about samples; GitLab's and the CI services' formats have no
 * checksum anyone outside them can verify, so they lean on a distinctive prefix, an exact length,
 * entropy and the placeholder allowlist, or (for formats without a prefix) on a named assignment.
 */
import { hasValidCrcSuffix } from '../checksum';
import { defineSecretDetector, type SecretDetector } from '../detector';
import type { Confidence, Severity } from '../../engine/types';
import { githubPat } from './github';
import { ASSIGN_GAP } from './assign';

// ---------------------------------------------------------------------------------------------
// GitHub (ghp_ is in ./github.ts)
// ---------------------------------------------------------------------------------------------

/**
 * GitHub fine-grained personal access tokens: `github_pat_`, 22 base62 characters, `_`, 59 base62
 * characters. GitHub has not published a checksum for this format (the CRC32 scheme of the `gh*_`
 * tokens is documented for those only), so none is assumed: the exact two-part shape, an entropy
 * floor and the placeholder allowlist (`github_pat_xxxx…`, `…ABCDEFGHIJ…`) keep it quiet.
 */
export const githubFineGrainedPat = defineSecretDetector({
  id: 'github-fine-grained-pat',
  family: 'source-hosting',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A GitHub fine-grained personal access token (github_pat_) is written in the file.',
  keywords: ['github_pat_'],
  // The documented layout (22, `_`, 59) or, as gitleaks, any 82 word characters.
  pattern: /(?<![A-Za-z0-9_])github_pat_(?:[A-Za-z0-9]{22}_[A-Za-z0-9]{59}|[A-Za-z0-9_]{82})(?![A-Za-z0-9_])/g,
  label: 'GitHub fine-grained personal access token',
  revealPrefix: 14,
  minEntropy: 3.5,
  allowlist: 'placeholders',
});

/**
 * GitHub OAuth app access tokens: `gho_` + 30 base62 characters + the base62 CRC32 of those 30,
 * the same layout as classic PATs. A token whose checksum fails is at most a low-confidence
 * warning; one whose checksum holds is reported whatever the line says about it.
 */
export const githubOauth = defineSecretDetector({
  id: 'github-oauth',
  family: 'source-hosting',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A GitHub OAuth access token (gho_) is written in the file.',
  keywords: ['gho_'],
  pattern: /(?<![A-Za-z0-9_])gho_[A-Za-z0-9]{36}(?![A-Za-z0-9])/g,
  label: 'GitHub OAuth access token',
  revealPrefix: 8,
  allowlist: 'none',
  checksum: (secret) => hasValidCrcSuffix(secret.slice('gho_'.length)),
});

/**
 * GitHub App tokens: user-to-server (`ghu_`) and installation, server-to-server (`ghs_`) tokens,
 * one gitleaks rule for both. Same 36-character body with a CRC32 suffix as classic PATs. They are
 * short-lived (an hour to eight hours), which makes them no less useful to whoever finds one in CI
 * logs or a committed `.env` while it is valid.
 */
export const githubAppToken = defineSecretDetector({
  id: 'github-app-token',
  family: 'source-hosting',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A GitHub App user-to-server (ghu_) or installation (ghs_) token is written in the file.',
  keywords: ['ghu_', 'ghs_'],
  pattern: /(?<![A-Za-z0-9_])gh[us]_[A-Za-z0-9]{36}(?![A-Za-z0-9])/g,
  label: 'GitHub App token',
  revealPrefix: 8,
  allowlist: 'none',
  checksum: (secret) => hasValidCrcSuffix(secret.slice('ghu_'.length)),
});

/**
 * GitHub App refresh tokens (`ghr_`), which mint new user-to-server tokens for months. The
 * 36-character body carries the CRC32 suffix of the other `gh*_` tokens; GitHub's documentation
 * also shows 76-character refresh tokens, accepted here and checked with the same scheme (one that
 * fails it is still reported, as a low-confidence warning, when it is random enough).
 */
export const githubRefreshToken = defineSecretDetector({
  id: 'github-refresh-token',
  family: 'source-hosting',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A GitHub App refresh token (ghr_) is written in the file.',
  keywords: ['ghr_'],
  pattern: /(?<![A-Za-z0-9_])ghr_(?:[A-Za-z0-9]{76}|[A-Za-z0-9]{36})(?![A-Za-z0-9])/g,
  label: 'GitHub refresh token',
  revealPrefix: 8,
  allowlist: 'none',
  checksum: (secret) => hasValidCrcSuffix(secret.slice('ghr_'.length)),
});

// ---------------------------------------------------------------------------------------------
// GitLab: https://docs.gitlab.com/ee/security/tokens/#token-prefixes
// ---------------------------------------------------------------------------------------------

interface PrefixedSpec {
  readonly id: string;
  readonly summary: string;
  readonly label: string;
  /** The literal prefix (regex-safe: letters, digits, `-`, `_`). */
  readonly prefix: string;
  /** Regex source of what follows the prefix. */
  readonly body: string;
  readonly severity?: Severity;
  readonly confidence?: Confidence;
  readonly minEntropy?: number;
  readonly aliases?: readonly string[];
}

/**
 * A token made of a fixed prefix and a bounded body, not preceded or followed by token characters
 * (so it is never found inside a longer identifier), with an entropy floor and the placeholder
 * allowlist. GitLab admins can change the prefix; the defaults are what leaks in practice.
 */
function prefixedToken(spec: PrefixedSpec): SecretDetector {
  return defineSecretDetector({
    id: spec.id,
    family: 'source-hosting',
    aliases: spec.aliases ?? [],
    severity: spec.severity ?? 'error',
    confidence: spec.confidence ?? 'high',
    summary: spec.summary,
    keywords: [spec.prefix.toLowerCase()],
    pattern: new RegExp(`(?<![A-Za-z0-9_-])${spec.prefix}${spec.body}(?![A-Za-z0-9_-])`, 'g'),
    label: spec.label,
    revealPrefix: spec.prefix.length + 2,
    minEntropy: spec.minEntropy ?? 3,
    allowlist: 'placeholders',
  });
}

/**
 * GitLab personal, project and group access tokens in the legacy layout: `glpat-` + 20
 * characters of `[0-9A-Za-z_-]`. The trailing boundary keeps the routable format (longer, with a
 * dot) to its own detector, so a token is reported once.
 */
export const gitlabPat = prefixedToken({
  id: 'gitlab-pat',
  summary: 'A GitLab personal, project or group access token (glpat-) is written in the file.',
  label: 'GitLab access token',
  prefix: 'glpat-',
  body: '[\\w-]{20}',
});

/**
 * GitLab access tokens in the routable layout (GitLab 17.x and later): `glpat-`, a base64url
 * payload of 27 to 300 characters, `.`, then a 2-character version and a 7-character base-36
 * checksum. The checksum's input is not documented, so it is not verified; the entropy floor is
 * higher than for the legacy layout (gitleaks uses 4 too).
 */
export const gitlabPatRoutable = prefixedToken({
  id: 'gitlab-pat-routable',
  summary: 'A GitLab access token in the routable format (glpat-….xxxxxxxxx) is written in the file.',
  label: 'GitLab access token (routable)',
  prefix: 'glpat-',
  body: '[\\w-]{27,300}\\.[0-9a-z]{9}',
  minEntropy: 4,
});

/**
 * GitLab deploy tokens (`gldt-` + 20 characters): read or write access to a project's or group's
 * repositories, packages and container registry, without a user behind them.
 */
export const gitlabDeployToken = prefixedToken({
  id: 'gitlab-deploy-token',
  summary: 'A GitLab deploy token (gldt-) is written in the file.',
  label: 'GitLab deploy token',
  prefix: 'gldt-',
  body: '[\\w-]{20}',
});

/**
 * GitLab runner authentication tokens (`glrt-` + 20 characters), which let whoever holds them
 * register as the runner and receive its jobs (and the jobs' CI variables).
 */
export const gitlabRunnerAuthenticationToken = prefixedToken({
  id: 'gitlab-runner-authentication-token',
  summary: 'A GitLab runner authentication token (glrt-) is written in the file.',
  label: 'GitLab runner authentication token',
  prefix: 'glrt-',
  body: '[\\w-]{20}',
});

/**
 * GitLab runner authentication tokens in the routable layout: `glrt-t<digit>_`, a 27–300
 * character payload, `.` and a 9-character version and checksum, as for routable access tokens.
 */
export const gitlabRunnerAuthenticationTokenRoutable = prefixedToken({
  id: 'gitlab-runner-authentication-token-routable',
  summary: 'A GitLab runner authentication token in the routable format (glrt-t…) is written in the file.',
  label: 'GitLab runner authentication token (routable)',
  prefix: 'glrt-',
  body: 't\\d_[\\w-]{27,300}\\.[0-9a-z]{9}',
  minEntropy: 4,
});

/**
 * GitLab runner registration tokens (deprecated since GitLab 16): `GR1348941` + 20 characters.
 * Anyone holding one can register a runner to the project or group and be handed its jobs.
 */
export const gitlabRunnerRegistrationToken = prefixedToken({
  id: 'gitlab-rrt',
  summary: 'A GitLab runner registration token (GR1348941…) is written in the file.',
  label: 'GitLab runner registration token',
  prefix: 'GR1348941',
  body: '[\\w-]{20}',
});

/**
 * GitLab pipeline trigger tokens: `glptt-` + 40 lowercase hex characters. They start pipelines
 * on a project's branches as the token's owner.
 */
export const gitlabPipelineTriggerToken = prefixedToken({
  id: 'gitlab-ptt',
  summary: 'A GitLab pipeline trigger token (glptt-) is written in the file.',
  label: 'GitLab pipeline trigger token',
  prefix: 'glptt-',
  body: '[0-9a-f]{40}',
});

/**
 * GitLab CI/CD job tokens (`glcbt-`, a 1–5 character partition part, `_`, 20 characters). They
 * live only while a job runs, but act for the user who started it on every project that allows
 * the job's project in its job token allowlist.
 */
export const gitlabCicdJobToken = prefixedToken({
  id: 'gitlab-cicd-job-token',
  summary: 'A GitLab CI/CD job token (glcbt-) is written in the file.',
  label: 'GitLab CI/CD job token',
  prefix: 'glcbt-',
  body: '[0-9A-Za-z]{1,5}_[\\w-]{20}',
});

/** GitLab SCIM tokens (`glsoat-` + 20 characters): provision and deprovision a group's users. */
export const gitlabScimToken = prefixedToken({
  id: 'gitlab-scim-token',
  summary: 'A GitLab SCIM token (glsoat-) is written in the file.',
  label: 'GitLab SCIM token',
  prefix: 'glsoat-',
  body: '[\\w-]{20}',
});

/**
 * GitLab feed tokens (`glft-` + 20 characters): read a user's RSS/Atom feeds and calendar, which
 * name private issues and merge requests. Read-only, hence a warning.
 */
export const gitlabFeedToken = prefixedToken({
  id: 'gitlab-feed-token',
  summary: 'A GitLab feed token (glft-) is written in the file.',
  label: 'GitLab feed token',
  prefix: 'glft-',
  body: '[\\w-]{20}',
  severity: 'warning',
});

/**
 * GitLab incoming mail tokens (`glimt-` + 25 characters): the address part that lets mail create
 * issues and comments as the user. Narrow in scope, hence a warning.
 */
export const gitlabIncomingMailToken = prefixedToken({
  id: 'gitlab-incoming-mail-token',
  summary: 'A GitLab incoming mail token (glimt-) is written in the file.',
  label: 'GitLab incoming mail token',
  prefix: 'glimt-',
  body: '[\\w-]{25}',
  severity: 'warning',
});

/**
 * GitLab agent for Kubernetes tokens (`glagent-` + 50 characters): connect an agent to GitLab,
 * and with it the repositories and registry of the projects it serves.
 */
export const gitlabKubernetesAgentToken = prefixedToken({
  id: 'gitlab-kubernetes-agent-token',
  summary: 'A GitLab agent for Kubernetes token (glagent-) is written in the file.',
  label: 'GitLab agent for Kubernetes token',
  prefix: 'glagent-',
  body: '[\\w-]{50}',
});

/**
 * GitLab OAuth application secrets (`gloas-` + 64 characters): with the application id, they let
 * anyone act as the application that uses GitLab as its sign-in provider.
 */
export const gitlabOauthAppSecret = prefixedToken({
  id: 'gitlab-oauth-app-secret',
  summary: 'A GitLab OAuth application secret (gloas-) is written in the file.',
  label: 'GitLab OAuth application secret',
  prefix: 'gloas-',
  body: '[\\w-]{64}',
});

/**
 * GitLab feature flag client tokens (`glffct-` + 20 characters): read a project's feature flags
 * and user lists. Meant to ship with applications' server side; a warning, not an error.
 */
export const gitlabFeatureFlagClientToken = prefixedToken({
  id: 'gitlab-feature-flag-client-token',
  summary: 'A GitLab feature flag client token (glffct-) is written in the file.',
  label: 'GitLab feature flag client token',
  prefix: 'glffct-',
  body: '[\\w-]{20}',
  severity: 'warning',
});

/**
 * GitLab session cookies (`_gitlab_session=` + 32 lowercase alphanumerics), as found in HAR files,
 * curl commands and logs: a signed-in browser session, valid until it expires or the user signs
 * out. The cookie name is required, so any 32-character value elsewhere stays silent.
 */
export const gitlabSessionCookie = defineSecretDetector({
  id: 'gitlab-session-cookie',
  family: 'source-hosting',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A GitLab session cookie (_gitlab_session=) is written in the file.',
  keywords: ['_gitlab_session='],
  pattern: /_gitlab_session=(?<secret>[0-9a-z]{32})(?![0-9A-Za-z])/g,
  label: 'GitLab session cookie',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'placeholders',
});

// ---------------------------------------------------------------------------------------------
// Bitbucket, CircleCI, Travis CI, Buildkite, Drone
// ---------------------------------------------------------------------------------------------

/**
 * `<name…> = value` with the gap between the name and the value bounded (no backtracking beyond a
 * few characters): `names` is regex source matched case-insensitively, `value` the secret's shape.
 * The name may continue with up to 20 identifier characters (`BITBUCKET_CLIENT_SECRET`), then come
 * an optional quote, an assignment (`=`, `:`, `:=`, `=>`, `?=`, `,`), and an optional quote.
 */
function namedAssignment(names: string, value: string): RegExp {
  return new RegExp(`${names}[\\w.-]{0,20}?${ASSIGN_GAP}(?<secret>${value})(?![\\w=+/-])`, 'gi');
}

/**
 * Bitbucket OAuth consumer keys written next to the word "bitbucket" (32 alphanumerics, as in
 * gitleaks). An identifier rather than a secret, but half of a credential pair: a warning.
 */
export const bitbucketClientId = defineSecretDetector({
  id: 'bitbucket-client-id',
  family: 'source-hosting',
  aliases: [],
  severity: 'warning',
  confidence: 'medium',
  summary: 'A Bitbucket OAuth client id is assigned to a bitbucket-named setting.',
  keywords: ['bitbucket'],
  pattern: namedAssignment('bitbucket', '[a-z0-9]{32}'),
  label: 'Bitbucket client id',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'all',
});

/**
 * Bitbucket OAuth consumer secrets written next to the word "bitbucket" (64 characters of
 * `[A-Za-z0-9=_-]`, as in gitleaks). No prefix, so it takes the named assignment, an entropy floor
 * and the whole global allowlist.
 */
export const bitbucketClientSecret = defineSecretDetector({
  id: 'bitbucket-client-secret',
  family: 'source-hosting',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Bitbucket OAuth client secret is assigned to a bitbucket-named setting.',
  keywords: ['bitbucket'],
  pattern: namedAssignment('bitbucket', '[a-z0-9=_-]{64}'),
  label: 'Bitbucket client secret',
  revealPrefix: 4,
  minEntropy: 3.5,
  allowlist: 'all',
});

/**
 * Bitbucket app passwords and API tokens (`ATBB` + 32 alphanumerics), used as the password of
 * HTTPS git remotes and REST calls. The prefix is distinctive; entropy and the placeholder
 * allowlist take care of `ATBBxxxx…` samples.
 */
export const bitbucketAppPassword = defineSecretDetector({
  id: 'bitbucket-app-password',
  family: 'source-hosting',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Bitbucket app password (ATBB…) is written in the file.',
  keywords: ['atbb'],
  pattern: /(?<![A-Za-z0-9_])ATBB[A-Za-z0-9]{32}(?![A-Za-z0-9_])/g,
  label: 'Bitbucket app password',
  revealPrefix: 6,
  minEntropy: 3.5,
  allowlist: 'placeholders',
});

/**
 * CircleCI personal (`CCIPAT_`) and project (`CCIPRJ_`) API tokens: the prefix, 22 alphanumerics,
 * `_`, then 40 hex characters. A personal token acts as its owner on every project they follow.
 */
export const circleciApiToken = defineSecretDetector({
  id: 'circleci-api-token',
  family: 'source-hosting',
  aliases: ['circleci-personal-token'],
  severity: 'error',
  confidence: 'high',
  summary: 'A CircleCI personal or project API token (CCIPAT_/CCIPRJ_) is written in the file.',
  keywords: ['ccipat_', 'cciprj_'],
  pattern: /(?<![A-Za-z0-9_])CCIP(?:AT|RJ)_[A-Za-z0-9]{22}_[a-f0-9]{40}(?![A-Za-z0-9_])/g,
  label: 'CircleCI API token',
  revealPrefix: 10,
  minEntropy: 3.5,
  allowlist: 'placeholders',
});

/**
 * CircleCI API tokens in the legacy format, 40 hex characters without a prefix: only when assigned
 * to a setting named like `CIRCLE_TOKEN`, `CIRCLECI_API_KEY` or `circle-token`. The name must say
 * token or key, so `CIRCLE_SHA1` (a commit) stays silent; the git-SHA allowlist is not applied
 * because a legacy token has exactly that shape.
 */
export const circleciLegacyToken = defineSecretDetector({
  id: 'circleci-legacy-token',
  family: 'source-hosting',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A CircleCI API token (legacy, 40 hex characters) is assigned to a CircleCI token setting.',
  keywords: ['circle'],
  pattern: namedAssignment('circle(?:ci)?[\\w.-]{0,12}?(?:token|key)', '[a-f0-9]{40}'),
  label: 'CircleCI API token',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Travis CI API tokens: 22 alphanumerics assigned to a travis-named setting (`TRAVIS_TOKEN`,
 * `travis_api_token`), as in gitleaks. No prefix, so the whole global allowlist applies.
 */
export const travisciAccessToken = defineSecretDetector({
  id: 'travisci-access-token',
  family: 'source-hosting',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Travis CI API token is assigned to a travis-named setting.',
  keywords: ['travis'],
  pattern: namedAssignment('travis', '[a-z0-9]{22}'),
  label: 'Travis CI API token',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'all',
});

/**
 * Buildkite user API access tokens (`bkua_` + 40 lowercase alphanumerics): REST and GraphQL access
 * to an organization's pipelines, builds and agents with the token's scopes.
 */
export const buildkiteApiToken = defineSecretDetector({
  id: 'buildkite-api-token',
  family: 'source-hosting',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Buildkite API access token (bkua_) is written in the file.',
  keywords: ['bkua_'],
  pattern: /(?<![A-Za-z0-9_])bkua_[a-z0-9]{40}(?![A-Za-z0-9_])/g,
  label: 'Buildkite API access token',
  revealPrefix: 8,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Drone CI personal tokens: 32 alphanumerics assigned to a drone-named setting (`DRONE_TOKEN`,
 * `droneci_token`). gitleaks keys on `droneci`; the Drone CLI's own variable is `DRONE_TOKEN`, so
 * `drone` is the keyword here, with the same bounded assignment shape.
 */
export const droneciAccessToken = defineSecretDetector({
  id: 'droneci-access-token',
  family: 'source-hosting',
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Drone CI access token is assigned to a drone-named setting.',
  keywords: ['drone'],
  pattern: namedAssignment('drone', '[a-z0-9]{32}'),
  label: 'Drone CI access token',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'all',
});

export const SOURCE_HOSTING_DETECTORS: readonly SecretDetector[] = [
  githubPat,
  githubFineGrainedPat,
  githubOauth,
  githubAppToken,
  githubRefreshToken,
  gitlabPat,
  gitlabPatRoutable,
  gitlabDeployToken,
  gitlabRunnerAuthenticationToken,
  gitlabRunnerAuthenticationTokenRoutable,
  gitlabRunnerRegistrationToken,
  gitlabPipelineTriggerToken,
  gitlabCicdJobToken,
  gitlabScimToken,
  gitlabFeedToken,
  gitlabIncomingMailToken,
  gitlabKubernetesAgentToken,
  gitlabOauthAppSecret,
  gitlabFeatureFlagClientToken,
  gitlabSessionCookie,
  bitbucketClientId,
  bitbucketClientSecret,
  bitbucketAppPassword,
  circleciApiToken,
  circleciLegacyToken,
  travisciAccessToken,
  buildkiteApiToken,
  droneciAccessToken,
];

/**
 * Developer-platform credentials: secret managers (Vault, Doppler, 1Password, age), hosting and
 * deploy platforms (Heroku, Vercel, Netlify, Railway, Fly.io, Scalingo), databases and data
 * platforms (Supabase, PlanetScale, Databricks, Airtable), identity (Okta, Auth0), work tools
 * (Atlassian, Linear, Notion, Asana, Figma…) and APIs (Postman, Shippo, EasyPost, Mapbox…).
 *
 * Prefixed formats (`hvs.`, `dapi`, `lin_api_`…) are matched anywhere and only go through the
 * placeholder allowlist; formats without a prefix (UUIDs, hex, base62) are only matched as the value
 * of a variable whose name names the provider and the kind of credential (`HEROKU_API_KEY=`).
 */
import { defineSecretDetector, type SecretDetector } from '../detector';
import { assigned, assignedSource, contextOf, decodeBase64Json, isValidBech32, namesAnIdentifier, UUID } from './platforms-shared';

const FAMILY = 'platforms';

/**
 * HashiCorp Vault service tokens: `hvs.` + 90–120 URL-safe characters since Vault 1.10 (recovery
 * tokens, `hvr.`, share the shape); before that `s.` + 24 base62 characters. The new formats are
 * matched anywhere; the legacy one only as the value of a `vault…` variable and only when it mixes
 * cases and digits (so `s.AcceptanceTimeoutSecs` and other member accesses stay quiet).
 */
export const vaultServiceToken = defineSecretDetector({
  id: 'vault-service-token',
  family: FAMILY,
  aliases: ['@secretlint/secretlint-rule-hashicorp-vault'],
  severity: 'error',
  confidence: 'high',
  summary: 'A HashiCorp Vault service token (hvs., or legacy s. next to a vault variable) is written in the file.',
  keywords: ['hvs.', 'hvr.', 'vault'],
  pattern: new RegExp(
    String.raw`(?<![\w.-])hv[sr]\.[\w-]{90,120}(?![\w-])|${assignedSource('vault', String.raw`s\.[A-Za-z0-9]{24}`)}`,
    'gi',
  ),
  label: 'HashiCorp Vault token',
  revealPrefix: 6,
  minEntropy: 3.5,
  allowlist: 'placeholders',
  validate: (secret) =>
    /^hv[sr]\./.test(secret) || (/^s\./.test(secret) && /[0-9]/.test(secret) && /[a-z]/.test(secret.slice(2)) && /[A-Z]/.test(secret)),
});

/**
 * HashiCorp Vault batch tokens: `hvb.` + 138–300 URL-safe characters. Batch tokens cannot be
 * revoked individually, only by revoking their parent or waiting for their TTL.
 */
export const vaultBatchToken = defineSecretDetector({
  id: 'vault-batch-token',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A HashiCorp Vault batch token (hvb.) is written in the file.',
  keywords: ['hvb.'],
  pattern: /(?<![\w.-])hvb\.[\w-]{138,300}(?![\w-])/g,
  label: 'HashiCorp Vault batch token',
  revealPrefix: 6,
  minEntropy: 4,
  allowlist: 'placeholders',
});

/**
 * Terraform Cloud / Enterprise user, team and organization API tokens: 14 base62 characters,
 * `.atlasv1.`, then 60–70 URL-safe characters. The `atlasv1` infix is what keeps it quiet.
 */
export const terraformApiToken = defineSecretDetector({
  id: 'hashicorp-tf-api-token',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Terraform Cloud/Enterprise API token (….atlasv1.…) is written in the file.',
  keywords: ['atlasv1'],
  pattern: /(?<![A-Za-z0-9])[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}(?![\w=-])/g,
  label: 'Terraform Cloud API token',
  revealPrefix: 4,
  minEntropy: 3.5,
  allowlist: 'placeholders',
});

/** Pulumi Cloud access tokens: `pul-` + 40 lowercase hex characters. */
export const pulumiApiToken = defineSecretDetector({
  id: 'pulumi-api-token',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Pulumi Cloud access token (pul-) is written in the file.',
  keywords: ['pul-'],
  pattern: /(?<![\w-])pul-[a-f0-9]{40}(?![\w-])/g,
  label: 'Pulumi access token',
  revealPrefix: 6,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Legacy Heroku API keys are plain UUIDs, so they are only reported as the value of a variable
 * whose name says Heroku and key/token/secret/password (`HEROKU_API_KEY=…`), never when the
 * name ends in "id" (app ids are UUIDs too). The global UUID allowlist is skipped on purpose.
 */
export const herokuApiKey = defineSecretDetector({
  id: 'heroku-api-key',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Heroku API key (a UUID assigned to a HEROKU_API_KEY-like variable) is written in the file.',
  keywords: ['heroku'],
  pattern: assigned(String.raw`heroku[\w.-]{0,20}?(?:key|token|secret|pass(?:word)?|auth)`, UUID),
  label: 'Heroku API key',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'placeholders',
  validate: (secret, match) => !namesAnIdentifier(contextOf(secret, match)),
});

/** Heroku API keys in the current format: `HRKU-AA` + 58 URL-safe characters. */
export const herokuApiKeyV2 = defineSecretDetector({
  id: 'heroku-api-key-v2',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Heroku API key (HRKU-AA…) is written in the file.',
  keywords: ['hrku-aa'],
  pattern: /(?<![\w-])HRKU-AA[0-9A-Za-z_-]{58}(?![\w-])/g,
  label: 'Heroku API key',
  revealPrefix: 9,
  minEntropy: 4,
  allowlist: 'placeholders',
});

/**
 * Vercel tokens: personal access (`vcp_`), integration (`vci_`), app access and refresh (`vca_`,
 * `vcr_`) and AI Gateway keys (`vck_`), each followed by 20–60 base62 characters.
 */
export const vercelToken = defineSecretDetector({
  id: 'vercel-token',
  family: FAMILY,
  aliases: ['@secretlint/secretlint-rule-vercel'],
  severity: 'error',
  confidence: 'high',
  summary: 'A Vercel token (vcp_, vci_, vca_, vcr_ or vck_) is written in the file.',
  keywords: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
  pattern: /(?<![A-Za-z0-9_])vc[piark]_[A-Za-z0-9]{20,60}(?![A-Za-z0-9_])/g,
  label: 'Vercel token',
  revealPrefix: 6,
  minEntropy: 3.5,
  allowlist: 'placeholders',
});

/**
 * Netlify personal access tokens: `nfp_` + 36 base62 characters anywhere, and older unprefixed
 * tokens (40–46 URL-safe characters) as the value of a `NETLIFY_AUTH_TOKEN`-like variable.
 */
export const netlifyAccessToken = defineSecretDetector({
  id: 'netlify-access-token',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Netlify access token (nfp_, or a token assigned to a NETLIFY_AUTH_TOKEN-like variable) is written in the file.',
  keywords: ['netlify', 'nfp_'],
  pattern: new RegExp(
    String.raw`${assignedSource(String.raw`netlify[\w.-]{0,20}?(?:token|key|auth|secret|pat)`, '[A-Za-z0-9_=-]{40,46}', String.raw`(?![\w=-])`)}|(?<![\w-])nfp_[A-Za-z0-9]{36}(?![\w-])`,
    'gi',
  ),
  label: 'Netlify access token',
  revealPrefix: 4,
  minEntropy: 3.5,
  allowlist: 'all',
});

/**
 * Railway account, team and project tokens are UUIDs: reported only as the value of a variable
 * whose name says Railway and token/key/secret (`RAILWAY_TOKEN=`), not `RAILWAY_PROJECT_ID`.
 */
export const railwayApiToken = defineSecretDetector({
  id: 'railway-api-token',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Railway API token (a UUID assigned to a RAILWAY_TOKEN-like variable) is written in the file.',
  keywords: ['railway'],
  pattern: assigned(String.raw`railway[\w.-]{0,20}?(?:token|key|secret)`, UUID),
  label: 'Railway token',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'placeholders',
  validate: (secret, match) => !namesAnIdentifier(contextOf(secret, match)),
});

/**
 * Fly.io tokens: `fo1_` + 43 URL-safe characters (OAuth), and macaroon tokens `fm1a_`, `fm1r_`,
 * `fm2_` + 100 or more base64 characters, often several comma-separated after `FlyV1 `; a
 * comma-separated chain is reported once.
 */
export const flyioAccessToken = defineSecretDetector({
  id: 'flyio-access-token',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Fly.io access token (fo1_, fm1a_, fm1r_ or fm2_) is written in the file.',
  keywords: ['fo1_', 'fm1a_', 'fm1r_', 'fm2_'],
  pattern:
    /(?<![\w+/-])(?:fo1_[\w-]{43}(?![\w-])|(?:fm1[ar]|fm2)_[A-Za-z0-9+/]{100,4000}={0,3}(?:,(?:fm1[ar]|fm2)_[A-Za-z0-9+/]{20,4000}={0,3}){0,8}(?![\w+/=-]))/g,
  label: 'Fly.io token',
  revealPrefix: 6,
  minEntropy: 4,
  allowlist: 'placeholders',
});

/**
 * Supabase personal access tokens (management API): `sbp_` + 40 lowercase hex characters (gitleaks
 * calls the rule "service key"). Supabase's `service_role` key is a JWT, left to the JWT detector.
 */
export const supabaseServiceKey = defineSecretDetector({
  id: 'supabase-service-key',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Supabase personal access token (sbp_) is written in the file.',
  keywords: ['sbp_'],
  pattern: /(?<![\w-])sbp_(?:v0_)?[a-f0-9]{40}(?![\w-])/g,
  label: 'Supabase access token',
  revealPrefix: 6,
  minEntropy: 3.5,
  allowlist: 'placeholders',
});

/** PlanetScale service tokens: `pscale_tkn_` + 32–64 URL-safe characters. */
export const planetscaleApiToken = defineSecretDetector({
  id: 'planetscale-api-token',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A PlanetScale service token (pscale_tkn_) is written in the file.',
  keywords: ['pscale_tkn_'],
  pattern: /(?<![\w-])pscale_tkn_[\w=.-]{31,63}[\w=-](?![\w=.-])/g,
  label: 'PlanetScale service token',
  revealPrefix: 12,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/** PlanetScale OAuth access tokens: `pscale_oauth_` + 32–64 URL-safe characters. */
export const planetscaleOauthToken = defineSecretDetector({
  id: 'planetscale-oauth-token',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A PlanetScale OAuth token (pscale_oauth_) is written in the file.',
  keywords: ['pscale_oauth_'],
  pattern: /(?<![\w-])pscale_oauth_[\w=.-]{31,63}[\w=-](?![\w=.-])/g,
  label: 'PlanetScale OAuth token',
  revealPrefix: 14,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/** PlanetScale database passwords: `pscale_pw_` + 32–64 URL-safe characters. */
export const planetscalePassword = defineSecretDetector({
  id: 'planetscale-password',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A PlanetScale database password (pscale_pw_) is written in the file.',
  keywords: ['pscale_pw_'],
  pattern: /(?<![\w-])pscale_pw_[\w=.-]{31,63}[\w=-](?![\w=.-])/g,
  label: 'PlanetScale password',
  revealPrefix: 11,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/** Databricks personal access tokens: `dapi` + 32 lowercase hex characters, optionally `-<digit>`. */
export const databricksApiToken = defineSecretDetector({
  id: 'databricks-api-token',
  family: FAMILY,
  aliases: ['@secretlint/secretlint-rule-databricks'],
  severity: 'error',
  confidence: 'high',
  summary: 'A Databricks personal access token (dapi…) is written in the file.',
  keywords: ['dapi'],
  pattern: /(?<![\w-])dapi[a-f0-9]{32}(?:-\d)?(?![\w-])/g,
  label: 'Databricks access token',
  revealPrefix: 6,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Doppler tokens: personal (`dp.pt.`), CLI (`dp.ct.`), service (`dp.st.` with an optional config
 * slug), service account (`dp.sa.`), SCIM (`dp.scim.`) and audit (`dp.audit.`), each followed by
 * 40–44 base62 characters.
 */
export const dopplerApiToken = defineSecretDetector({
  id: 'doppler-api-token',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Doppler token (dp.pt., dp.st., dp.ct., dp.sa., dp.scim. or dp.audit.) is written in the file.',
  keywords: ['dp.pt.', 'dp.ct.', 'dp.st.', 'dp.sa.', 'dp.scim.', 'dp.audit.'],
  pattern: /(?<![\w.-])dp\.(?:pt|ct|sa|scim|audit|st(?:\.[a-z0-9_-]{2,35})?)\.[A-Za-z0-9]{40,44}(?![\w-])/g,
  label: 'Doppler token',
  revealPrefix: 6,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/** Okta API tokens: `00` + 40 URL-safe characters, as the value of an `okta…` variable. */
export const oktaAccessToken = defineSecretDetector({
  id: 'okta-access-token',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'An Okta API token (00…, assigned to an OKTA_API_TOKEN-like variable) is written in the file.',
  keywords: ['okta'],
  // Case as in gitleaks (`okta`, `Okta`, `OKTA`): `rookTable` is no Okta setting.
  pattern: new RegExp(assignedSource('(?<![a-z])[Oo]kta|OKTA', String.raw`00[\w=-]{40}`, String.raw`(?![\w=-])`), 'g'),
  label: 'Okta API token',
  revealPrefix: 4,
  minEntropy: 4,
  allowlist: 'all',
});

/**
 * Auth0 application client secrets: 64 URL-safe characters as the value of an `AUTH0_…SECRET`
 * variable. (Auth0 Management API tokens are JWTs, left to the JWT detector.)
 */
export const auth0ClientSecret = defineSecretDetector({
  id: 'auth0-client-secret',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'An Auth0 client secret (assigned to an AUTH0_CLIENT_SECRET-like variable) is written in the file.',
  keywords: ['auth0'],
  pattern: assigned(String.raw`auth0[\w.-]{0,20}?secret`, '[A-Za-z0-9_-]{64}'),
  label: 'Auth0 client secret',
  revealPrefix: 4,
  minEntropy: 4,
  allowlist: 'all',
});

/**
 * Atlassian (Jira, Confluence, Bitbucket Cloud) API tokens: `ATATT3` + 186 URL-safe characters
 * anywhere, and legacy 24-character tokens as the value of an `atlassian|jira|confluence` variable
 * whose name also says token/key/secret/password.
 */
export const atlassianApiToken = defineSecretDetector({
  id: 'atlassian-api-token',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'An Atlassian API token (ATATT3…, or a token assigned to a JIRA_API_TOKEN-like variable) is written in the file.',
  keywords: ['atatt3', 'atlassian', 'confluence', 'jira'],
  pattern: new RegExp(
    String.raw`(?<![\w-])ATATT3[A-Za-z0-9_=-]{186}(?![\w=-])|${assignedSource(String.raw`(?:atlassian|confluence|jira)[\w.-]{0,20}?(?:token|key|secret|pass(?:word)?|pat)`, '[A-Za-z0-9]{24}')}`,
    'gi',
  ),
  label: 'Atlassian API token',
  revealPrefix: 6,
  minEntropy: 3.5,
  allowlist: 'all',
  validate: (secret) => !secret.startsWith('atatt3'),
});

/** Linear personal API keys: `lin_api_` + 40 base62 characters. */
export const linearApiKey = defineSecretDetector({
  id: 'linear-api-key',
  family: FAMILY,
  aliases: ['@secretlint/secretlint-rule-linear'],
  severity: 'error',
  confidence: 'high',
  summary: 'A Linear API key (lin_api_) is written in the file.',
  keywords: ['lin_api_'],
  pattern: /(?<![\w-])lin_api_[A-Za-z0-9]{40}(?![\w-])/g,
  label: 'Linear API key',
  revealPrefix: 10,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Linear OAuth application client secrets: 32 hex characters as the value of a `LINEAR_…SECRET`
 * variable ("linear" alone is too common a word to be enough context).
 */
export const linearClientSecret = defineSecretDetector({
  id: 'linear-client-secret',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Linear OAuth client secret (assigned to a LINEAR_CLIENT_SECRET-like variable) is written in the file.',
  keywords: ['linear'],
  pattern: assigned(String.raw`linear[\w.-]{0,20}?(?:secret|token|key)`, '[a-f0-9]{32}'),
  label: 'Linear client secret',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'all',
});

/**
 * Notion integration tokens: `ntn_` + 11 digits + 35 base62 characters anywhere, and the legacy
 * `secret_` + 43 base62 characters as the value of a `NOTION_…` variable (too generic alone).
 */
export const notionApiToken = defineSecretDetector({
  id: 'notion-api-token',
  family: FAMILY,
  aliases: ['@secretlint/secretlint-rule-notion'],
  severity: 'error',
  confidence: 'high',
  summary: 'A Notion integration token (ntn_, or secret_ assigned to a NOTION_… variable) is written in the file.',
  keywords: ['ntn_', 'notion'],
  pattern: new RegExp(
    String.raw`${assignedSource('notion', 'secret_[A-Za-z0-9]{43}')}|(?<![\w-])ntn_[0-9]{11}[A-Za-z0-9]{35}(?![\w-])`,
    'gi',
  ),
  label: 'Notion integration token',
  revealPrefix: 7,
  minEntropy: 4,
  allowlist: 'placeholders',
});

/** Postman API keys: `PMAK-` + 24 hex + `-` + 34 hex characters. */
export const postmanApiToken = defineSecretDetector({
  id: 'postman-api-token',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Postman API key (PMAK-) is written in the file.',
  keywords: ['pmak-'],
  pattern: /(?<![\w-])PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34}(?![\w-])/g,
  label: 'Postman API key',
  revealPrefix: 7,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * SonarQube / SonarCloud tokens: user (`squ_`), project analysis (`sqp_`) and global analysis
 * (`sqa_`) tokens, + 40 hex characters, anywhere; and older unprefixed 40-character tokens as the
 * value of a `SONAR_TOKEN` / `sonar.login` variable.
 */
export const sonarApiToken = defineSecretDetector({
  id: 'sonar-api-token',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A SonarQube/SonarCloud token (squ_, sqp_, sqa_, or a token assigned to SONAR_TOKEN) is written in the file.',
  keywords: ['sonar', 'squ_', 'sqp_', 'sqa_'],
  pattern: new RegExp(
    String.raw`${assignedSource(String.raw`sonar[\w.-]{0,3}(?:login|token)`, '(?:sq[pua]_)?[A-Za-z0-9]{40}')}|(?<![\w-])sq[pua]_[a-f0-9]{40}(?![\w-])`,
    'gi',
  ),
  label: 'SonarQube token',
  revealPrefix: 6,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/** Snyk API and OAuth tokens are UUIDs: reported as the value of a `SNYK_TOKEN`-like variable. */
export const snykApiToken = defineSecretDetector({
  id: 'snyk-api-token',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Snyk API token (a UUID assigned to a SNYK_TOKEN-like variable) is written in the file.',
  keywords: ['snyk'],
  pattern: assigned(String.raw`snyk[_.-]?(?:(?:api|oauth)[_.-]?)?(?:key|token)`, UUID),
  label: 'Snyk API token',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'placeholders',
  validate: (secret, match) => !namesAnIdentifier(contextOf(secret, match)),
});

/**
 * Legacy Airtable API keys (deprecated in 2024): `key` + 14 base62 characters, as the value of an
 * `AIRTABLE_…` variable.
 */
export const airtableApiKey = defineSecretDetector({
  id: 'airtable-api-key',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A legacy Airtable API key (key…, assigned to an AIRTABLE_… variable) is written in the file.',
  keywords: ['airtable'],
  // gitleaks takes any 17 alphanumerics; Airtable's own object ids (app…, tbl…, rec…) are not keys.
  pattern: assigned('airtable', '[A-Za-z0-9]{17}', String.raw`(?![\w.-])`),
  validate: (secret, match) => !/^(?:app|tbl|viw|fld|rec|sel|usr|wsp|pat)/.test(secret) && !namesAnIdentifier(contextOf(secret, match)),
  label: 'Airtable API key',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'all',
});

/**
 * Airtable personal access tokens: `pat` + 14 base62 characters, `.`, 64 lowercase hex characters.
 * `pat` occurs in nearly every source file (`path`, `pattern`), so, like gitleaks, the prefilter
 * waits for the file to mention Airtable (a variable name, an api.airtable.com URL) before the
 * regex runs.
 */
export const airtablePersonalAccessToken = defineSecretDetector({
  id: 'airtable-personal-access-token',
  family: FAMILY,
  aliases: ['airtable-personnal-access-token'],
  severity: 'error',
  confidence: 'high',
  summary: 'An Airtable personal access token (pat….<hex>) is written in the file.',
  keywords: ['airtable'],
  pattern: /(?<![\w-])pat[A-Za-z0-9]{14}\.[a-f0-9]{64}(?![\w-])/g,
  label: 'Airtable personal access token',
  revealPrefix: 5,
  minEntropy: 3.5,
  allowlist: 'placeholders',
});

/** Asana OAuth client secrets: 32 base62 characters as the value of an `ASANA_…SECRET` variable. */
export const asanaClientSecret = defineSecretDetector({
  id: 'asana-client-secret',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'An Asana OAuth client secret (assigned to an ASANA_CLIENT_SECRET-like variable) is written in the file.',
  keywords: ['asana'],
  pattern: assigned(String.raw`asana[\w.-]{0,20}?(?:secret|token|key)`, '[A-Za-z0-9]{32}'),
  label: 'Asana client secret',
  revealPrefix: 4,
  minEntropy: 3.5,
  allowlist: 'all',
});

/**
 * Asana personal access tokens: `1/` or `2/`, one or two numeric ids, `:`, 32 base62 characters,
 * as the value of an `ASANA_…TOKEN` variable.
 */
export const asanaPersonalAccessToken = defineSecretDetector({
  id: 'asana-personal-access-token',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'An Asana personal access token (1/…:…, assigned to an ASANA_TOKEN-like variable) is written in the file.',
  keywords: ['asana'],
  pattern: assigned(String.raw`asana[\w.-]{0,20}?(?:token|pat|key)`, String.raw`[12]/[0-9]{10,19}(?:/[0-9]{10,19})?:[A-Za-z0-9]{32}`),
  label: 'Asana personal access token',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'all',
});

/**
 * age (file encryption) secret keys: `AGE-SECRET-KEY-1` + 58 uppercase bech32 characters, the last
 * 6 of which are a bech32 checksum. Drydock verifies the checksum, so look-alikes stay quiet.
 */
export const ageSecretKey = defineSecretDetector({
  id: 'age-secret-key',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'An age secret key (AGE-SECRET-KEY-1…) is written in the file.',
  keywords: ['age-secret-key-1'],
  pattern: /(?<![A-Za-z0-9-])AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}(?![A-Za-z0-9])/g,
  label: 'age secret key',
  revealPrefix: 16,
  allowlist: 'none',
  checksum: isValidBech32,
});

/**
 * 1Password service-account tokens: `ops_` + base64 of a JSON document (`{"signInAddress":…,
 * "email":…, "muk":…, "secretKey":…}`). Drydock decodes it and requires those fields, so a
 * truncated or made-up token stays quiet.
 */
export const onePasswordServiceAccountToken = defineSecretDetector({
  id: '1password-service-account-token',
  family: FAMILY,
  aliases: ['@secretlint/secretlint-rule-1password'],
  severity: 'error',
  confidence: 'high',
  summary: 'A 1Password service-account token (ops_eyJ…) is written in the file.',
  keywords: ['ops_eyj'],
  pattern: /(?<![\w-])ops_eyJ[A-Za-z0-9+/_-]{250,8000}={0,3}(?![\w+/=-])/g,
  label: '1Password service-account token',
  revealPrefix: 8,
  minEntropy: 4,
  allowlist: 'placeholders',
  validate: (secret) => {
    const json = decodeBase64Json(secret.slice('ops_'.length));
    return json !== undefined && ('signInAddress' in json || 'email' in json) && ('secretKey' in json || 'muk' in json || 'srpX' in json);
  },
});

/**
 * 1Password account Secret Keys: `A3-` + six groups of uppercase base32-like characters. Together
 * with the account password they unlock every vault of the account.
 */
export const onePasswordSecretKey = defineSecretDetector({
  id: '1password-secret-key',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A 1Password account Secret Key (A3-…) is written in the file.',
  keywords: ['a3-'],
  pattern: /(?<![A-Za-z0-9-])A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}(?![A-Za-z0-9-])/g,
  label: '1Password Secret Key',
  revealPrefix: 7,
  minEntropy: 3.8,
  allowlist: 'placeholders',
});

/**
 * Contentful Content Delivery / Preview API tokens: 43 URL-safe characters as the value of a
 * `CONTENTFUL_…TOKEN|KEY` variable. Delivery tokens only read published content and often ship to
 * browsers, hence a warning.
 */
export const contentfulDeliveryApiToken = defineSecretDetector({
  id: 'contentful-delivery-api-token',
  family: FAMILY,
  aliases: [],
  severity: 'warning',
  confidence: 'medium',
  summary: 'A Contentful delivery/preview API token (assigned to a CONTENTFUL_…_TOKEN variable) is written in the file.',
  keywords: ['contentful'],
  pattern: assigned(String.raw`contentful[\w.-]{0,20}?(?:token|key|secret)`, '[A-Za-z0-9_=-]{43}', String.raw`(?![\w=-])`),
  label: 'Contentful delivery API token',
  revealPrefix: 4,
  minEntropy: 3.5,
  allowlist: 'all',
});

/** Contentful Management API personal access tokens: `CFPAT-` + 43 URL-safe characters. */
export const contentfulPersonalAccessToken = defineSecretDetector({
  id: 'contentful-personal-access-token',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Contentful management personal access token (CFPAT-) is written in the file.',
  keywords: ['cfpat-'],
  pattern: /(?<![\w-])CFPAT-[A-Za-z0-9_-]{43}(?![\w-])/g,
  label: 'Contentful personal access token',
  revealPrefix: 8,
  minEntropy: 3.5,
  allowlist: 'placeholders',
});

/** Figma personal access tokens: `figd_` + 40–200 URL-safe characters. */
export const figmaPersonalAccessToken = defineSecretDetector({
  id: 'figma-personal-access-token',
  family: FAMILY,
  aliases: ['@secretlint/secretlint-rule-figma'],
  severity: 'error',
  confidence: 'high',
  summary: 'A Figma personal access token (figd_) is written in the file.',
  keywords: ['figd_'],
  pattern: /(?<![\w-])figd_[A-Za-z0-9_-]{40,200}(?![\w-])/g,
  label: 'Figma personal access token',
  revealPrefix: 7,
  minEntropy: 3.5,
  allowlist: 'placeholders',
});

/** Frame.io developer tokens: `fio-u-` + 64 URL-safe characters. */
export const frameioApiToken = defineSecretDetector({
  id: 'frameio-api-token',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Frame.io developer token (fio-u-) is written in the file.',
  keywords: ['fio-u-'],
  pattern: /(?<![\w-])fio-u-[A-Za-z0-9_=-]{64}(?![\w=-])/g,
  label: 'Frame.io token',
  revealPrefix: 8,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/** Typeform personal access tokens: `tfp_` + 59 URL-safe characters. */
export const typeformApiToken = defineSecretDetector({
  id: 'typeform-api-token',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Typeform personal access token (tfp_) is written in the file.',
  keywords: ['tfp_'],
  pattern: /(?<![\w-])tfp_[A-Za-z0-9_.=-]{59}(?![\w=-])/g,
  label: 'Typeform token',
  revealPrefix: 6,
  minEntropy: 3.5,
  allowlist: 'placeholders',
});

/** Shippo API tokens: `shippo_live_` or `shippo_test_` + 40 hex characters. */
export const shippoApiToken = defineSecretDetector({
  id: 'shippo-api-token',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Shippo API token (shippo_live_ / shippo_test_) is written in the file.',
  keywords: ['shippo_'],
  pattern: /(?<![\w-])shippo_(?:live|test)_[a-fA-F0-9]{40}(?![\w-])/g,
  label: 'Shippo API token',
  revealPrefix: 14,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/** EasyPost production API keys: `EZAK` + 54 base62 characters. */
export const easypostApiToken = defineSecretDetector({
  id: 'easypost-api-token',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'An EasyPost production API key (EZAK) is written in the file.',
  keywords: ['ezak'],
  pattern: /(?<![\w-])EZAK[A-Za-z0-9]{54}(?![\w-])/g,
  label: 'EasyPost API key',
  revealPrefix: 6,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/** EasyPost test API keys: `EZTK` + 54 base62 characters; they cannot buy postage, hence a warning. */
export const easypostTestApiToken = defineSecretDetector({
  id: 'easypost-test-api-token',
  family: FAMILY,
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'An EasyPost test API key (EZTK) is written in the file.',
  keywords: ['eztk'],
  pattern: /(?<![\w-])EZTK[A-Za-z0-9]{54}(?![\w-])/g,
  label: 'EasyPost test API key',
  revealPrefix: 6,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/** Duffel access tokens: `duffel_live_` or `duffel_test_` + 43 URL-safe characters. */
export const duffelApiToken = defineSecretDetector({
  id: 'duffel-api-token',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Duffel access token (duffel_live_ / duffel_test_) is written in the file.',
  keywords: ['duffel_'],
  pattern: /(?<![\w-])duffel_(?:test|live)_[A-Za-z0-9_=-]{43}(?![\w=-])/g,
  label: 'Duffel access token',
  revealPrefix: 14,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Dropbox short-lived access tokens: `sl.` + 130 or more URL-safe characters, as the value of a
 * `DROPBOX_…` variable (`sl.` alone is too short a prefix to match anywhere).
 */
export const dropboxShortLivedApiToken = defineSecretDetector({
  id: 'dropbox-short-lived-api-token',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Dropbox short-lived access token (sl., assigned to a DROPBOX_… variable) is written in the file.',
  keywords: ['dropbox'],
  pattern: assigned('dropbox', String.raw`sl\.[A-Za-z0-9_=.-]{129,1500}[A-Za-z0-9_=-]`, String.raw`(?![\w=.-])`),
  label: 'Dropbox access token',
  revealPrefix: 5,
  minEntropy: 4,
  allowlist: 'all',
});

/**
 * Dropbox long-lived access tokens (no longer issued, still valid): 11 characters, ten `A`s, 43
 * URL-safe characters, as the value of a `DROPBOX_…` variable.
 */
export const dropboxLongLivedApiToken = defineSecretDetector({
  id: 'dropbox-long-lived-api-token',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Dropbox long-lived access token (assigned to a DROPBOX_… variable) is written in the file.',
  keywords: ['dropbox'],
  pattern: assigned('dropbox', '[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43}', String.raw`(?![\w=-])`),
  label: 'Dropbox long-lived access token',
  revealPrefix: 4,
  minEntropy: 3.5,
  allowlist: 'all',
});

/** The middle of a Mapbox token is base64 JSON naming the account: `{"u":"<user>","a":"…"}`. */
function isMapboxToken(secret: string): boolean {
  const middle = secret.split('.')[1] ?? '';
  const json = decodeBase64Json(middle);
  return json !== undefined && typeof json['u'] === 'string';
}

/**
 * Mapbox public access tokens: `pk.` + base64 JSON naming the account + `.` + 20–30 characters.
 * Public tokens are meant for browsers (restrict them by URL), hence a warning; the decoded
 * account name is what keeps random `pk.` strings quiet.
 */
export const mapboxApiToken = defineSecretDetector({
  id: 'mapbox-api-token',
  family: FAMILY,
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'A Mapbox public access token (pk.eyJ…) is written in the file; make sure it is URL-restricted.',
  keywords: ['pk.eyj'],
  pattern: /(?<![\w.-])pk\.eyJ[A-Za-z0-9_-]{20,300}\.[A-Za-z0-9_-]{20,30}(?![\w-])/g,
  label: 'Mapbox public token',
  revealPrefix: 7,
  minEntropy: 3.5,
  allowlist: 'placeholders',
  validate: isMapboxToken,
});

/** Mapbox secret access tokens: `sk.` + base64 JSON naming the account + `.` + 20–30 characters. */
export const mapboxSecretToken = defineSecretDetector({
  id: 'mapbox-secret-token',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Mapbox secret access token (sk.eyJ…) is written in the file.',
  keywords: ['sk.eyj'],
  pattern: /(?<![\w.-])sk\.eyJ[A-Za-z0-9_-]{20,300}\.[A-Za-z0-9_-]{20,30}(?![\w-])/g,
  label: 'Mapbox secret token',
  revealPrefix: 7,
  minEntropy: 3.5,
  allowlist: 'placeholders',
  validate: isMapboxToken,
});

/**
 * Algolia admin / write API keys: 32 hex characters as the value of an `ALGOLIA_…` variable whose
 * name says admin, write, secret, private or API key. Search-only keys are public by design, so
 * names that say "search" or "public" stay quiet.
 */
export const algoliaApiKey = defineSecretDetector({
  id: 'algolia-api-key',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'An Algolia admin/write API key (assigned to an ALGOLIA_ADMIN_KEY-like variable) is written in the file.',
  keywords: ['algolia'],
  pattern: assigned(String.raw`algolia[\w.-]{0,25}?(?:admin|write|secret|private|api[_.-]?key|token)`, '[a-f0-9]{32}'),
  label: 'Algolia API key',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'all',
  validate: (secret, match) => !/search|public|app[_.-]?id/i.test(contextOf(secret, match)),
});

/** Beamer API keys: `b_` + 44 URL-safe characters, as the value of a `BEAMER_…` variable. */
export const beamerApiToken = defineSecretDetector({
  id: 'beamer-api-token',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Beamer API key (b_…, assigned to a BEAMER_… variable) is written in the file.',
  keywords: ['beamer'],
  pattern: assigned('beamer', 'b_[A-Za-z0-9=_-]{44}', String.raw`(?![\w=-])`),
  label: 'Beamer API key',
  revealPrefix: 4,
  minEntropy: 3.5,
  allowlist: 'all',
});

/** Infracost API keys: `ico-` + 32 base62 characters. */
export const infracostApiToken = defineSecretDetector({
  id: 'infracost-api-token',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'An Infracost API key (ico-) is written in the file.',
  keywords: ['ico-'],
  // Not after `.`: `video_box.ico-<hash>.png` is a file name.
  pattern: /(?<![\w.-])ico-[A-Za-z0-9]{32}(?![\w-])/g,
  label: 'Infracost API key',
  revealPrefix: 6,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/** Prefect Cloud API keys: `pnu_` + 36 base62 characters. */
export const prefectApiToken = defineSecretDetector({
  id: 'prefect-api-token',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Prefect Cloud API key (pnu_) is written in the file.',
  keywords: ['pnu_'],
  pattern: /(?<![\w-])pnu_[A-Za-z0-9]{36}(?![\w-])/g,
  label: 'Prefect API key',
  revealPrefix: 6,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/** ReadMe API keys: `rdme_` + 70 lowercase base36 characters. */
export const readmeApiToken = defineSecretDetector({
  id: 'readme-api-token',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A ReadMe API key (rdme_) is written in the file.',
  keywords: ['rdme_'],
  pattern: /(?<![\w-])rdme_[a-z0-9]{70}(?![\w-])/g,
  label: 'ReadMe API key',
  revealPrefix: 7,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/** Scalingo API tokens: `tk-us-` + 48 URL-safe characters. */
export const scalingoApiToken = defineSecretDetector({
  id: 'scalingo-api-token',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Scalingo API token (tk-us-) is written in the file.',
  keywords: ['tk-us-'],
  pattern: /(?<![\w-])tk-us-[\w-]{48}(?![\w-])/g,
  label: 'Scalingo API token',
  revealPrefix: 8,
  minEntropy: 3,
  allowlist: 'placeholders',
});

/**
 * Sidekiq Pro/Enterprise license credentials (`<8 hex>:<8 hex>`) in the Bundler settings that
 * fetch the gems: `BUNDLE_ENTERPRISE__CONTRIBSYS__COM` / `BUNDLE_GEMS__CONTRIBSYS__COM`.
 */
export const sidekiqSecret = defineSecretDetector({
  id: 'sidekiq-secret',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Sidekiq Pro/Enterprise license credential (BUNDLE_…__CONTRIBSYS__COM) is written in the file.',
  keywords: ['bundle_enterprise__contribsys__com', 'bundle_gems__contribsys__com'],
  pattern: assigned('BUNDLE_(?:ENTERPRISE|GEMS)__CONTRIBSYS__COM', '[a-f0-9]{8}:[a-f0-9]{8}'),
  label: 'Sidekiq license credential',
  revealPrefix: 4,
  minEntropy: 2.5,
  allowlist: 'all',
});

/** The same Sidekiq credential in the gem source URL: `https://<8 hex>:<8 hex>@gems.contribsys.com/`. */
export const sidekiqSensitiveUrl = defineSecretDetector({
  id: 'sidekiq-sensitive-url',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Sidekiq Pro/Enterprise license credential is embedded in a gems.contribsys.com URL.',
  keywords: ['gems.contribsys.com', 'enterprise.contribsys.com'],
  pattern: /\bhttps?:\/\/(?<secret>[a-f0-9]{8}:[a-f0-9]{8})@(?:gems|enterprise)\.contribsys\.com(?![\w.-])/gi,
  label: 'Sidekiq license credential',
  revealPrefix: 4,
  minEntropy: 2.5,
  allowlist: 'all',
});

/**
 * Lob secret API keys: `live_` / `test_` + 35 hex characters, as the value of a `LOB_…` variable.
 * The prefilter keys on the value's prefix: "lob" alone occurs in every `global` and `blob`.
 */
export const lobApiKey = defineSecretDetector({
  id: 'lob-api-key',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A Lob secret API key (live_/test_, assigned to a LOB_… variable) is written in the file.',
  keywords: ['live_', 'test_'],
  pattern: assigned('(?<![a-z])lob', '(?:live|test)_[a-f0-9]{35}'),
  label: 'Lob API key',
  revealPrefix: 5,
  minEntropy: 3,
  allowlist: 'all',
});

/**
 * LaunchDarkly API access tokens (`api-<uuid>`) and server-side SDK keys (`sdk-<uuid>`), as the
 * value of a `LAUNCHDARKLY_…` variable. Mobile keys (`mob-`) and client-side ids are public.
 */
export const launchdarklyAccessToken = defineSecretDetector({
  id: 'launchdarkly-access-token',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'medium',
  summary: 'A LaunchDarkly API token or SDK key (api-/sdk-<uuid>, assigned to a LAUNCHDARKLY_… variable) is written in the file.',
  keywords: ['launchdarkly', 'launch_darkly', 'launch-darkly'],
  // gitleaks also takes 40 characters of [a-z0-9=_-] in this context; so does Drydock, with the entropy floor.
  pattern: assigned('launch[_.-]?darkly', `(?:api|sdk)-${UUID}|[A-Za-z0-9=_-]{40}`, String.raw`(?![\w=-])`),
  label: 'LaunchDarkly token',
  revealPrefix: 4,
  minEntropy: 3,
  allowlist: 'all',
  // Mobile keys (`mob-<uuid>`, 40 characters too) ship in apps.
  validate: (secret) => !secret.startsWith('mob-'),
});

/** Harness personal and service-account tokens: `pat.` / `sat.` + three dot-separated parts. */
export const harnessApiKey = defineSecretDetector({
  id: 'harness-api-key',
  family: FAMILY,
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A Harness personal or service-account token (pat./sat.) is written in the file.',
  keywords: ['pat.', 'sat.'],
  pattern: /(?<![\w.-])(?:pat|sat)\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}(?![\w-])/g,
  label: 'Harness token',
  revealPrefix: 6,
  minEntropy: 3.5,
  allowlist: 'placeholders',
});

export const PLATFORMS_DETECTORS: readonly SecretDetector[] = [
  vaultServiceToken,
  vaultBatchToken,
  terraformApiToken,
  pulumiApiToken,
  herokuApiKey,
  herokuApiKeyV2,
  vercelToken,
  netlifyAccessToken,
  railwayApiToken,
  flyioAccessToken,
  supabaseServiceKey,
  planetscaleApiToken,
  planetscaleOauthToken,
  planetscalePassword,
  databricksApiToken,
  dopplerApiToken,
  oktaAccessToken,
  auth0ClientSecret,
  atlassianApiToken,
  linearApiKey,
  linearClientSecret,
  notionApiToken,
  postmanApiToken,
  sonarApiToken,
  snykApiToken,
  airtableApiKey,
  airtablePersonalAccessToken,
  asanaClientSecret,
  asanaPersonalAccessToken,
  ageSecretKey,
  onePasswordServiceAccountToken,
  onePasswordSecretKey,
  contentfulDeliveryApiToken,
  contentfulPersonalAccessToken,
  figmaPersonalAccessToken,
  frameioApiToken,
  typeformApiToken,
  shippoApiToken,
  easypostApiToken,
  easypostTestApiToken,
  duffelApiToken,
  dropboxShortLivedApiToken,
  dropboxLongLivedApiToken,
  mapboxApiToken,
  mapboxSecretToken,
  algoliaApiKey,
  beamerApiToken,
  infracostApiToken,
  prefectApiToken,
  readmeApiToken,
  scalingoApiToken,
  sidekiqSecret,
  sidekiqSensitiveUrl,
  lobApiKey,
  launchdarklyAccessToken,
  harnessApiKey,
];

/**
 * Samples for the platforms detectors: positives generated at test time (so no token-shaped
 * string is committed), negatives that must stay silent (placeholders, references, look-alikes).
 */
import { BECH32_ALPHABET, bech32Checksum } from '../../../../src/secrets/detectors/platforms-shared';
import { randomBase62 } from '../../support';
import type { SecretSamples } from '../samples';

/** Deterministic pseudo-random text over any alphabet (xorshift32, like `randomBase62`). */
function rand(alphabet: string, length: number, seed: number): string {
  let state = (seed * 2654435761) >>> 0 || 1;
  let out = '';
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out += alphabet[(state >>> 0) % alphabet.length] ?? '';
  }
  return out;
}

const HEX = '0123456789abcdef';
const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const URL_SAFE = `${BASE62}_-`;
const BASE64 = `${BASE62}+/`;

const hex = (length: number, seed: number): string => rand(HEX, length, seed);
const b62 = (length: number, seed: number): string => randomBase62(length, seed);
const urlSafe = (length: number, seed: number): string =>
  `${rand(BASE62, 1, seed + 7)}${rand(URL_SAFE, length - 2, seed)}${rand(BASE62, 1, seed + 9)}`;
const digits = (length: number, seed: number): string => `${rand('123456789', 1, seed + 3)}${rand('0123456789', length - 1, seed)}`;
const uuid = (seed: number): string => `${hex(8, seed)}-${hex(4, seed + 1)}-4${hex(3, seed + 2)}-a${hex(3, seed + 3)}-${hex(12, seed + 4)}`;

/** URL-safe base64 of a JSON value, without padding (as Mapbox and 1Password encode theirs). */
function base64Json(value: unknown, urlSafeAlphabet: boolean): string {
  const encoded = btoa(JSON.stringify(value)).replace(/=+$/, '');
  return urlSafeAlphabet ? encoded.replace(/\+/g, '-').replace(/\//g, '_') : encoded;
}

function vaultToken(seed: number): string {
  return `hvs.CAESI${urlSafe(92, seed)}`;
}

/** A legacy `s.` Vault token: 24 base62 characters with upper, lower and digits. */
function legacyVaultToken(seed: number): string {
  return `s.${b62(21, seed)}Q7k`;
}

function flyMacaroon(prefix: string, length: number, seed: number): string {
  return `${prefix}_lJPE${rand(BASE64, length, seed)}`;
}

/** A checksum-valid age secret key: 52 random 5-bit groups and their bech32 checksum. */
function ageKey(seed: number): string {
  const data = [...rand(BECH32_ALPHABET, 52, seed)].map((c) => BECH32_ALPHABET.indexOf(c));
  const body = data.map((v) => BECH32_ALPHABET[v] ?? '').join('') + bech32Checksum('age-secret-key-', data);
  return `AGE-SECRET-KEY-1${body.toUpperCase()}`;
}

/** A structurally valid 1Password service-account token: `ops_` + base64 of its JSON document. */
function onePasswordToken(seed: number): string {
  const document = {
    signInAddress: 'acme-corp.1password.com',
    userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: urlSafe(22, seed) },
    email: `${rand('abcdefghijklmnopqrstuvwxyz0123456789', 13, seed + 1)}@1passwordserviceaccounts.com`,
    srpX: hex(64, seed + 2),
    muk: { alg: 'A256GCM', ext: true, k: urlSafe(43, seed + 3), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' },
    secretKey: `A3-${rand('ABCDEFGHJKLMNPQRSTVWXYZ23456789', 6, seed + 4)}-${rand('ABCDEFGHJKLMNPQRSTVWXYZ23456789', 11, seed + 5)}-${rand('ABCDEFGHJKLMNPQRSTVWXYZ23456789', 5, seed + 6)}-${rand('ABCDEFGHJKLMNPQRSTVWXYZ23456789', 5, seed + 7)}-${rand('ABCDEFGHJKLMNPQRSTVWXYZ23456789', 5, seed + 8)}`,
    throttleSecret: { seed: hex(64, seed + 9), uuid: rand('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 26, seed + 10) },
    deviceUuid: rand('abcdefghijklmnopqrstuvwxyz234567', 26, seed + 11),
  };
  return `ops_${base64Json(document, false)}`;
}

function secretKey1Password(seed: number): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTVWXYZ23456789';
  return `A3-${rand(alphabet, 6, seed)}-${rand(alphabet, 6, seed + 1)}-${rand(alphabet, 5, seed + 2)}-${rand(alphabet, 5, seed + 3)}-${rand(alphabet, 5, seed + 4)}-${rand(alphabet, 5, seed + 5)}`;
}

function mapboxToken(prefix: 'pk' | 'sk', user: string, seed: number): string {
  return `${prefix}.${base64Json({ u: user, a: `cl${rand('abcdefghijklmnopqrstuvwxyz0123456789', 23, seed)}` }, true)}.${urlSafe(22, seed + 1)}`;
}

function atlassianToken(seed: number): string {
  return `ATATT3xFfGF0${urlSafe(171, seed)}=${hex(8, seed + 1).toUpperCase()}`;
}

export const PLATFORMS_SAMPLES: Readonly<Record<string, SecretSamples>> = {
  'vault-service-token': {
    positives: () => [
      `VAULT_TOKEN=${vaultToken(1)}`,
      `vault login -method=token token='${vaultToken(2)}' && vault kv get secret/app`,
      `vault:\n  address: https://vault.internal:8200\n  vault-token: ${legacyVaultToken(3)}`,
      `export VAULT_TOKEN="${legacyVaultToken(4)}"`,
    ],
    negatives: [
      `VAULT_TOKEN=hvs.${'x'.repeat(95)}`,
      'VAULT_TOKEN=${{ secrets.VAULT_TOKEN }}',
      'return s.AcceptanceTimeoutSeconds + s.makeKubeConfigController',
      'vault_token: s.THISSTRINGISALLUPPERCASE',
    ],
  },
  'vault-batch-token': {
    positives: () => [
      `VAULT_TOKEN=hvb.AAAAAQ${urlSafe(160, 11)}`,
      `  token: "hvb.AAAAAQ${urlSafe(200, 12)}"`,
      `const batch = 'hvb.AAAAAQ${urlSafe(140, 13)}';`,
    ],
    negatives: [`VAULT_TOKEN=hvb.${'x'.repeat(150)}`, 'token: hvb.<batch token>', `hvb.${b62(40, 14)}`],
  },
  'hashicorp-tf-api-token': {
    positives: () => [
      `token = "${b62(14, 21)}.atlasv1.${urlSafe(67, 22)}"`,
      `TF_API_TOKEN=${b62(14, 23)}.atlasv1.${urlSafe(64, 24)}`,
      `credentials "app.terraform.io" { token = "${b62(14, 25)}.atlasv1.${urlSafe(70, 26)}" }`,
    ],
    negatives: [`token = "xxxxxxxxxxxxxx.atlasv1.${'x'.repeat(67)}"`, 'token = "${var.tfc_token}"', 'TF_API_TOKEN=<token>.atlasv1.<rest>'],
  },
  'pulumi-api-token': {
    positives: () => [
      `PULUMI_ACCESS_TOKEN=pul-${hex(40, 31)}`,
      `  pulumi-token: "pul-${hex(40, 32)}"`,
      `pulumi login --token pul-${hex(40, 33)}`,
    ],
    negatives: [
      `PULUMI_ACCESS_TOKEN=pul-${'0'.repeat(40)}`,
      'PULUMI_ACCESS_TOKEN=${{ secrets.PULUMI_ACCESS_TOKEN }}',
      `id: xpul-${hex(40, 34)}`,
    ],
  },
  'heroku-api-key': {
    positives: () => [`HEROKU_API_KEY=${uuid(41)}`, `const herokuApiKey = "${uuid(42)}";`, `  heroku_auth_token: '${uuid(43)}'`],
    negatives: [
      'HEROKU_API_KEY=12345678-ABCD-ABCD-ABCD-1234567890AB',
      `HEROKU_APP_ID=${uuid(44)}`,
      'HEROKU_API_KEY: ${{ secrets.HEROKU_API_KEY }}',
      `request_id = "${uuid(45)}"`,
    ],
  },
  'heroku-api-key-v2': {
    positives: () => [
      `HEROKU_API_KEY=HRKU-AA${urlSafe(58, 51)}`,
      `const key = "HRKU-AA${urlSafe(58, 52)}";`,
      `  api_key: 'HRKU-AA${urlSafe(58, 53)}'`,
    ],
    negatives: [`HEROKU_API_KEY=HRKU-AA${'x'.repeat(58)}`, 'HEROKU_API_KEY=HRKU-AA<your key>', `HRKU-AB${urlSafe(58, 54)}`],
  },
  'vercel-token': {
    positives: () => [`VERCEL_TOKEN=vcp_${b62(24, 61)}`, `  token: "vci_${b62(40, 62)}"`, `const key = 'vck_${b62(32, 63)}';`],
    negatives: [`VERCEL_TOKEN=vcp_${'x'.repeat(24)}`, 'VERCEL_TOKEN=${VERCEL_TOKEN}', 'vcp_short1234'],
  },
  'netlify-access-token': {
    positives: () => [
      `NETLIFY_AUTH_TOKEN=nfp_${b62(36, 71)}`,
      `NETLIFY_AUTH_TOKEN="${urlSafe(43, 72)}"`,
      `  netlify_token: nfp_${b62(36, 73)}`,
    ],
    negatives: [
      `NETLIFY_AUTH_TOKEN=${'x'.repeat(43)}`,
      'NETLIFY_AUTH_TOKEN=${{ secrets.NETLIFY_AUTH_TOKEN }}',
      `NETLIFY_SITE_ID=${uuid(74)}`,
    ],
  },
  'railway-api-token': {
    positives: () => [`RAILWAY_TOKEN=${uuid(81)}`, `  RAILWAY_API_TOKEN: "${uuid(82)}"`, `railwayToken: '${uuid(83)}'`],
    negatives: [
      `RAILWAY_PROJECT_ID=${uuid(84)}`,
      'RAILWAY_TOKEN=${{ secrets.RAILWAY_TOKEN }}',
      'RAILWAY_TOKEN=00000000-0000-0000-0000-000000000000',
    ],
  },
  'flyio-access-token': {
    positives: () => [
      `FLY_API_TOKEN=fo1_${urlSafe(43, 91)}`,
      `ENV FLY_API_TOKEN="FlyV1 ${flyMacaroon('fm2', 300, 92)},${flyMacaroon('fm2', 180, 93)}"`,
      `  token: FlyV1 ${flyMacaroon('fm1r', 250, 94)}`,
    ],
    negatives: [
      `api_key = "fo1_${'x'.repeat(43)}"`,
      'pub const MINIDUMP_SYSMEMINFO1_PERF_CCTOTALDIRTYPAGES_CCDIRTYPAGETHRESHOLD: u32 = 4u32;',
      'FLY_API_TOKEN=${{ secrets.FLY_API_TOKEN }}',
    ],
  },
  'supabase-service-key': {
    positives: () => [
      `SUPABASE_ACCESS_TOKEN=sbp_${hex(40, 101)}`,
      `  supabase_pat: "sbp_${hex(40, 102)}"`,
      `supabase login --token sbp_${hex(40, 103)}`,
    ],
    negatives: [`SUPABASE_PAT=sbp_${'x'.repeat(40)}`, 'SUPABASE_ACCESS_TOKEN=${SUPABASE_ACCESS_TOKEN}', `sbp_${hex(20, 104)}`],
  },
  'planetscale-api-token': {
    positives: () => [
      `PLANETSCALE_SERVICE_TOKEN=pscale_tkn_${urlSafe(43, 111)}`,
      `  token: "pscale_tkn_${urlSafe(32, 112)}"`,
      `pscale auth login --token pscale_tkn_${urlSafe(60, 113)}`,
    ],
    negatives: [`PLANETSCALE_SERVICE_TOKEN=pscale_tkn_${'x'.repeat(43)}`, 'token: pscale_tkn_<token>', 'pscale_tkn_short'],
  },
  'planetscale-oauth-token': {
    positives: () => [
      `PSCALE_OAUTH=pscale_oauth_${urlSafe(43, 121)}`,
      `  access_token: "pscale_oauth_${urlSafe(50, 122)}"`,
      `token = 'pscale_oauth_${urlSafe(32, 123)}'`,
    ],
    negatives: [`token = pscale_oauth_${'x'.repeat(43)}`, 'token: pscale_oauth_${TOKEN}', 'pscale_oauth_tooshort'],
  },
  'planetscale-password': {
    positives: () => [
      `DATABASE_URL=mysql://app:pscale_pw_${urlSafe(43, 131)}@aws.connect.psdb.cloud/app?sslaccept=strict`,
      `  password: "pscale_pw_${urlSafe(43, 132)}"`,
      `DB_PASSWORD=pscale_pw_${urlSafe(40, 133)}`,
    ],
    negatives: [`DB_PASSWORD=pscale_pw_${'x'.repeat(43)}`, 'DB_PASSWORD=pscale_pw_<password>', 'password: ${PLANETSCALE_PASSWORD}'],
  },
  'databricks-api-token': {
    positives: () => [
      `DATABRICKS_TOKEN=dapi${hex(32, 141)}`,
      `  token: "dapi${hex(32, 142)}-2"`,
      `headers = {"Authorization": "Bearer dapi${hex(32, 143)}"}`,
    ],
    negatives: [
      `DATABRICKS_TOKEN=dapi${'0'.repeat(32)}`,
      'dapiDataGetTopLongShortPositionRatio (params?: {}): Promise<implicitReturnType>;',
      'DATABRICKS_TOKEN=${DATABRICKS_TOKEN}',
    ],
  },
  'doppler-api-token': {
    positives: () => [
      `DOPPLER_TOKEN=dp.pt.${b62(43, 151)}`,
      `  doppler_token: "dp.st.prd.${b62(40, 152)}"`,
      `export DOPPLER_TOKEN='dp.sa.${b62(44, 153)}'`,
    ],
    negatives: [`DOPPLER_TOKEN=dp.pt.${'x'.repeat(43)}`, 'DOPPLER_TOKEN=${{ secrets.DOPPLER_TOKEN }}', 'dp.pt.short'],
  },
  'okta-access-token': {
    positives: () => [
      `OKTA_API_TOKEN=00${urlSafe(40, 161)}`,
      `  okta_token: "00${urlSafe(40, 162)}"`,
      `const oktaApiToken = '00${urlSafe(40, 163)}';`,
    ],
    negatives: [`OKTA_API_TOKEN=00${'x'.repeat(40)}`, 'OKTA_API_TOKEN=${OKTA_API_TOKEN}', `api_token = "00${urlSafe(40, 164)}"`],
  },
  'auth0-client-secret': {
    positives: () => [
      `AUTH0_CLIENT_SECRET=${urlSafe(64, 171)}`,
      `  auth0_secret: "${urlSafe(64, 172)}"`,
      `const auth0ClientSecret = '${urlSafe(64, 173)}';`,
    ],
    negatives: [
      `AUTH0_CLIENT_SECRET=${'x'.repeat(64)}`,
      'AUTH0_CLIENT_SECRET=${{ secrets.AUTH0_CLIENT_SECRET }}',
      `AUTH0_CLIENT_ID=${urlSafe(32, 174)}`,
    ],
  },
  'atlassian-api-token': {
    positives: () => [
      `JIRA_API_TOKEN=${atlassianToken(181)}`,
      `  confluence_token: "${b62(24, 182)}"`,
      `atlassian.api_key = '${atlassianToken(183)}'`,
    ],
    negatives: [`JIRA_API_TOKEN=${'x'.repeat(24)}`, 'JIRA_API_TOKEN=${JIRA_API_TOKEN}', `JIRA_PROJECT=${b62(24, 184)}`],
  },
  'linear-api-key': {
    positives: () => [
      `LINEAR_API_KEY=lin_api_${b62(40, 191)}`,
      `  linear_token: "lin_api_${b62(40, 192)}"`,
      `const linear = new LinearClient({ apiKey: 'lin_api_${b62(40, 193)}' });`,
    ],
    negatives: [`LINEAR_API_KEY=lin_api_${'x'.repeat(40)}`, 'LINEAR_API_KEY=${LINEAR_API_KEY}', 'lin_api_<your key>'],
  },
  'linear-client-secret': {
    positives: () => [
      `LINEAR_CLIENT_SECRET=${hex(32, 201)}`,
      `  linear_oauth_secret: "${hex(32, 202)}"`,
      `const linearClientSecret = '${hex(32, 203)}';`,
    ],
    negatives: [
      `LINEAR_CLIENT_SECRET=${'0'.repeat(32)}`,
      'LINEAR_CLIENT_SECRET=${LINEAR_CLIENT_SECRET}',
      `linear_interpolation = "${hex(32, 204)}"`,
    ],
  },
  'notion-api-token': {
    positives: () => [
      `NOTION_TOKEN=ntn_${digits(11, 211)}${b62(35, 212)}`,
      `NOTION_API_KEY="secret_${b62(43, 213)}"`,
      `  auth: 'ntn_${digits(11, 214)}${b62(35, 215)}'`,
    ],
    negatives: [
      'ntn_12345678901',
      `NOTION_TOKEN=secret_${'x'.repeat(43)}`,
      'NOTION_TOKEN=${NOTION_TOKEN}',
      `client_secret = "secret_${b62(43, 216)}"`,
    ],
  },
  'postman-api-token': {
    positives: () => [
      `POSTMAN_API_KEY=PMAK-${hex(24, 221)}-${hex(34, 222)}`,
      `  x-api-key: "PMAK-${hex(24, 223)}-${hex(34, 224)}"`,
      `newman run --postman-api-key PMAK-${hex(24, 225)}-${hex(34, 226)}`,
    ],
    negatives: [`POSTMAN_API_KEY=PMAK-${'0'.repeat(24)}-${'0'.repeat(34)}`, 'POSTMAN_API_KEY=${POSTMAN_API_KEY}', 'PMAK-<your key>'],
  },
  'sonar-api-token': {
    positives: () => [`SONAR_TOKEN=squ_${hex(40, 231)}`, `sonar.login=${b62(40, 232)}`, `  analysis_token: "sqp_${hex(40, 233)}"`],
    negatives: [`SONAR_TOKEN=squ_${'0'.repeat(40)}`, 'SONAR_TOKEN=${{ secrets.SONAR_TOKEN }}', 'sonar.projectKey=my-org_my-project'],
  },
  'snyk-api-token': {
    positives: () => [`SNYK_TOKEN=${uuid(241)}`, `  snyk_api_key: "${uuid(242)}"`, `const snykToken = '${uuid(243)}';`],
    negatives: [`SNYK_ORG_ID=${uuid(244)}`, 'SNYK_TOKEN=${{ secrets.SNYK_TOKEN }}', 'SNYK_TOKEN=00000000-0000-0000-0000-000000000000'],
  },
  'airtable-api-key': {
    positives: () => [
      `AIRTABLE_API_KEY=key${b62(14, 251)}`,
      `  airtable_key: "key${b62(14, 252)}"`,
      `const airtableKey = 'key${b62(14, 253)}';`,
    ],
    negatives: ['AIRTABLE_API_KEY=keyXXXXXXXXXXXXXX', 'AIRTABLE_API_KEY=${AIRTABLE_API_KEY}', `AIRTABLE_BASE=app${b62(14, 254)}`],
  },
  'airtable-personal-access-token': {
    positives: () => [
      `AIRTABLE_TOKEN=pat${b62(14, 261)}.${hex(64, 262)}`,
      `  airtable_token: "pat${b62(14, 263)}.${hex(64, 264)}"`,
      `curl https://api.airtable.com/v0/meta/bases -H "Authorization: Bearer pat${b62(14, 265)}.${hex(64, 266)}"`,
    ],
    negatives: [
      `AIRTABLE_TOKEN=patXXXXXXXXXXXXXX.${'0'.repeat(64)}`,
      'AIRTABLE_TOKEN=${AIRTABLE_TOKEN}',
      `airtable: pat${b62(10, 267)}.${hex(64, 268)}`,
    ],
  },
  'asana-client-secret': {
    positives: () => [
      `ASANA_CLIENT_SECRET=${b62(32, 271)}`,
      `  asana_secret: "${b62(32, 272)}"`,
      `const asanaClientSecret = '${b62(32, 273)}';`,
    ],
    negatives: [
      `ASANA_CLIENT_SECRET=${'x'.repeat(32)}`,
      'ASANA_CLIENT_SECRET=${ASANA_CLIENT_SECRET}',
      `ASANA_CLIENT_ID=${digits(16, 274)}`,
    ],
  },
  'asana-personal-access-token': {
    positives: () => [
      `ASANA_TOKEN=1/${digits(16, 281)}:${hex(32, 282)}`,
      `  asana_pat: "2/${digits(16, 283)}/${digits(16, 284)}:${hex(32, 285)}"`,
      `const asanaAccessToken = '1/${digits(16, 286)}:${hex(32, 287)}';`,
    ],
    negatives: [`ASANA_TOKEN=1/${digits(16, 288)}:${'0'.repeat(32)}`, 'ASANA_TOKEN=${ASANA_TOKEN}', 'ASANA_TOKEN=1/1234:abcd'],
  },
  'age-secret-key': {
    positives: () => [
      `# created: 2024-01-01T00:00:00Z\n# public key: age1${rand(BECH32_ALPHABET, 58, 291)}\n${ageKey(292)}`,
      `SOPS_AGE_KEY=${ageKey(293)}`,
      `  age_key: "${ageKey(294)}"`,
    ],
    negatives: [`AGE-SECRET-KEY-1${'Q'.repeat(58)}`, 'SOPS_AGE_KEY=${SOPS_AGE_KEY}', 'AGE-SECRET-KEY-1<your key>'],
  },
  '1password-service-account-token': {
    positives: () => [
      `export OP_SERVICE_ACCOUNT_TOKEN=${onePasswordToken(301)}`,
      `  OP_SERVICE_ACCOUNT_TOKEN: "${onePasswordToken(302)}"`,
      `token = '${onePasswordToken(303)}'`,
    ],
    negatives: [
      'fn::secret: ops_eyJzaWduSW5B..[Redacted]',
      `OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ${'x'.repeat(300)}`,
      `OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ${rand(BASE64, 300, 304)}`,
    ],
  },
  '1password-secret-key': {
    positives: () => [
      `OP_SECRET_KEY=${secretKey1Password(311)}`,
      `  secret_key: "${secretKey1Password(312)}"`,
      `Secret Key: ${secretKey1Password(313)}`,
    ],
    negatives: ['A3-XXXXXX-XXXXXXXXXXX-XXXXX-XXXXX-XXXXX', 'A3-xXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX', 'OP_SECRET_KEY=${OP_SECRET_KEY}'],
  },
  'contentful-delivery-api-token': {
    positives: () => [
      `CONTENTFUL_ACCESS_TOKEN=${urlSafe(43, 321)}`,
      `  contentful_delivery_token: "${urlSafe(43, 322)}"`,
      `const contentfulPreviewToken = '${urlSafe(43, 323)}';`,
    ],
    negatives: [
      `CONTENTFUL_ACCESS_TOKEN=${'x'.repeat(43)}`,
      'CONTENTFUL_ACCESS_TOKEN=${CONTENTFUL_ACCESS_TOKEN}',
      `CONTENTFUL_SPACE_ID=${b62(12, 324)}`,
    ],
  },
  'contentful-personal-access-token': {
    positives: () => [
      `CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-${urlSafe(43, 331)}`,
      `  cma_token: "CFPAT-${urlSafe(43, 332)}"`,
      `contentful space list --management-token CFPAT-${urlSafe(43, 333)}`,
    ],
    negatives: [`CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-${'x'.repeat(43)}`, 'CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-<token>', 'CFPAT-short'],
  },
  'figma-personal-access-token': {
    positives: () => [
      `FIGMA_TOKEN=figd_${urlSafe(40, 341)}`,
      `  figma_pat: "figd_${urlSafe(60, 342)}"`,
      `headers: { 'X-Figma-Token': 'figd_${urlSafe(45, 343)}' }`,
    ],
    negatives: [`FIGMA_TOKEN=figd_${'x'.repeat(40)}`, 'FIGMA_TOKEN=${FIGMA_TOKEN}', 'figd_tooshort'],
  },
  'frameio-api-token': {
    positives: () => [
      `FRAMEIO_TOKEN=fio-u-${urlSafe(64, 351)}`,
      `  frameio_token: "fio-u-${urlSafe(64, 352)}"`,
      `Authorization: Bearer fio-u-${urlSafe(64, 353)}`,
    ],
    negatives: [`FRAMEIO_TOKEN=fio-u-${'x'.repeat(64)}`, 'FRAMEIO_TOKEN=${FRAMEIO_TOKEN}', 'fio-u-short'],
  },
  'typeform-api-token': {
    positives: () => [
      `TYPEFORM_TOKEN=tfp_${b62(44, 361)}_${b62(14, 362)}`,
      `  typeform_token: "tfp_${b62(44, 363)}_${b62(14, 364)}"`,
      `Authorization: Bearer tfp_${b62(44, 365)}_${b62(14, 366)}`,
    ],
    negatives: [`TYPEFORM_TOKEN=tfp_${'x'.repeat(59)}`, 'TYPEFORM_TOKEN=${TYPEFORM_TOKEN}', 'tfp_short'],
  },
  'shippo-api-token': {
    positives: () => [
      `SHIPPO_API_KEY=shippo_live_${hex(40, 371)}`,
      `  shippo_token: "shippo_test_${hex(40, 372)}"`,
      `Authorization: ShippoToken shippo_live_${hex(40, 373)}`,
    ],
    negatives: [`SHIPPO_API_KEY=shippo_live_${'0'.repeat(40)}`, 'SHIPPO_API_KEY=${SHIPPO_API_KEY}', 'shippo_live_<your key>'],
  },
  'easypost-api-token': {
    positives: () => [
      `EASYPOST_API_KEY=EZAK${b62(54, 381)}`,
      `  easypost_key: "EZAK${b62(54, 382)}"`,
      `client = EasyPost::Client.new(api_key: 'EZAK${b62(54, 383)}')`,
    ],
    negatives: [`EASYPOST_API_KEY=EZAK${'x'.repeat(54)}`, 'EASYPOST_API_KEY=${EASYPOST_API_KEY}', 'EZAKshort'],
  },
  'easypost-test-api-token': {
    positives: () => [
      `EASYPOST_TEST_KEY=EZTK${b62(54, 391)}`,
      `  easypost_test_key: "EZTK${b62(54, 392)}"`,
      `client = EasyPost::Client.new(api_key: 'EZTK${b62(54, 393)}')`,
    ],
    negatives: [`EASYPOST_TEST_KEY=EZTK${'x'.repeat(54)}`, 'EASYPOST_TEST_KEY=${EASYPOST_TEST_KEY}', 'EZTKshort'],
  },
  'duffel-api-token': {
    positives: () => [
      `DUFFEL_ACCESS_TOKEN=duffel_live_${urlSafe(43, 401)}`,
      `  duffel_token: "duffel_test_${urlSafe(43, 402)}"`,
      `Authorization: Bearer duffel_live_${urlSafe(43, 403)}`,
    ],
    negatives: [`DUFFEL_ACCESS_TOKEN=duffel_live_${'x'.repeat(43)}`, 'DUFFEL_ACCESS_TOKEN=${DUFFEL_ACCESS_TOKEN}', 'duffel_live_<token>'],
  },
  'dropbox-short-lived-api-token': {
    positives: () => [
      `DROPBOX_ACCESS_TOKEN=sl.B${urlSafe(140, 411)}`,
      `  dropbox_token: "sl.u.AF${urlSafe(400, 412)}"`,
      `const dropboxToken = 'sl.B${urlSafe(135, 413)}';`,
    ],
    negatives: [
      `DROPBOX_ACCESS_TOKEN=sl.${'x'.repeat(140)}`,
      'DROPBOX_ACCESS_TOKEN=${DROPBOX_ACCESS_TOKEN}',
      `token = "sl.B${urlSafe(140, 414)}"`,
    ],
  },
  'dropbox-long-lived-api-token': {
    positives: () => [
      `DROPBOX_ACCESS_TOKEN=${b62(11, 421)}AAAAAAAAAA${urlSafe(43, 422)}`,
      `  dropbox_token: "${b62(11, 423)}AAAAAAAAAA${urlSafe(43, 424)}"`,
      `const dropboxToken = '${b62(11, 425)}AAAAAAAAAA${urlSafe(43, 426)}';`,
    ],
    negatives: [
      `DROPBOX_ACCESS_TOKEN=${'A'.repeat(64)}`,
      'DROPBOX_ACCESS_TOKEN=${DROPBOX_ACCESS_TOKEN}',
      `DROPBOX_APP_KEY=${b62(15, 427)}`,
    ],
  },
  'mapbox-api-token': {
    positives: () => [
      `MAPBOX_ACCESS_TOKEN=${mapboxToken('pk', 'acme-maps', 431)}`,
      `mapboxgl.accessToken = '${mapboxToken('pk', 'jdoe', 432)}';`,
      `  mapbox_token: "${mapboxToken('pk', 'geo-team-prod', 433)}"`,
    ],
    negatives: [
      `MAPBOX_ACCESS_TOKEN=pk.eyJ${'x'.repeat(60)}.${'x'.repeat(22)}`,
      'MAPBOX_ACCESS_TOKEN=${MAPBOX_ACCESS_TOKEN}',
      `pk.eyJ${b62(60, 434)}.${b62(22, 435)}`,
    ],
  },
  'mapbox-secret-token': {
    positives: () => [
      `MAPBOX_DOWNLOADS_TOKEN=${mapboxToken('sk', 'acme-maps', 441)}`,
      `  mapbox_secret: "${mapboxToken('sk', 'jdoe', 442)}"`,
      `const token = '${mapboxToken('sk', 'geo-team-prod', 443)}';`,
    ],
    negatives: [
      `MAPBOX_DOWNLOADS_TOKEN=sk.eyJ${'x'.repeat(60)}.${'x'.repeat(22)}`,
      'MAPBOX_DOWNLOADS_TOKEN=${MAPBOX_DOWNLOADS_TOKEN}',
      `sk.eyJ${b62(60, 444)}.${b62(22, 445)}`,
    ],
  },
  'algolia-api-key': {
    positives: () => [
      `ALGOLIA_ADMIN_KEY=${hex(32, 451)}`,
      `  algolia_api_key: "${hex(32, 452)}"`,
      `const algoliaWriteKey = '${hex(32, 453)}';`,
    ],
    negatives: [
      `ALGOLIA_SEARCH_API_KEY=${hex(32, 454)}`,
      `ALGOLIA_APP_ID=${b62(10, 455).toUpperCase()}`,
      'ALGOLIA_ADMIN_KEY=${ALGOLIA_ADMIN_KEY}',
      `ALGOLIA_ADMIN_KEY=${'0'.repeat(32)}`,
    ],
  },
  'beamer-api-token': {
    positives: () => [
      `BEAMER_API_KEY=b_${urlSafe(44, 461)}`,
      `  beamer_token: "b_${urlSafe(44, 462)}"`,
      `const beamerKey = 'b_${urlSafe(44, 463)}';`,
    ],
    negatives: [`BEAMER_API_KEY=b_${'x'.repeat(44)}`, 'BEAMER_API_KEY=${BEAMER_API_KEY}', `product_id = "b_${urlSafe(44, 464)}"`],
  },
  'infracost-api-token': {
    positives: () => [
      `INFRACOST_API_KEY=ico-${b62(32, 471)}`,
      `  infracost_api_key: "ico-${b62(32, 472)}"`,
      `infracost configure set api_key ico-${b62(32, 473)}`,
    ],
    negatives: [`INFRACOST_API_KEY=ico-${'x'.repeat(32)}`, 'INFRACOST_API_KEY=${{ secrets.INFRACOST_API_KEY }}', 'favicon-32x32.png'],
  },
  'prefect-api-token': {
    positives: () => [
      `PREFECT_API_KEY=pnu_${b62(36, 481)}`,
      `  prefect_key: "pnu_${b62(36, 482)}"`,
      `prefect cloud login --key pnu_${b62(36, 483)}`,
    ],
    negatives: [`PREFECT_API_KEY=pnu_${'x'.repeat(36)}`, 'PREFECT_API_KEY=${PREFECT_API_KEY}', 'pnu_short'],
  },
  'readme-api-token': {
    positives: () => [
      `README_API_KEY=rdme_${rand('abcdefghijklmnopqrstuvwxyz0123456789', 70, 491)}`,
      `  readme_key: "rdme_${rand('abcdefghijklmnopqrstuvwxyz0123456789', 70, 492)}"`,
      `rdme openapi --key=rdme_${rand('abcdefghijklmnopqrstuvwxyz0123456789', 70, 493)}`,
    ],
    negatives: [`README_API_KEY=rdme_${'x'.repeat(70)}`, 'README_API_KEY=${README_API_KEY}', 'rdme_short'],
  },
  'scalingo-api-token': {
    positives: () => [
      `SCALINGO_API_TOKEN=tk-us-${urlSafe(48, 501)}`,
      `  scalingo_token: "tk-us-${urlSafe(48, 502)}"`,
      `scalingo login --api-token tk-us-${urlSafe(48, 503)}`,
    ],
    negatives: [`SCALINGO_API_TOKEN=tk-us-${'x'.repeat(48)}`, 'SCALINGO_API_TOKEN=${SCALINGO_API_TOKEN}', 'tk-us-short'],
  },
  'sidekiq-secret': {
    positives: () => [
      `BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${hex(8, 511)}:${hex(8, 512)}`,
      `export BUNDLE_GEMS__CONTRIBSYS__COM="${hex(8, 513)}:${hex(8, 514)}"`,
      `---\nBUNDLE_GEMS__CONTRIBSYS__COM: "${hex(8, 515)}:${hex(8, 516)}"`,
    ],
    negatives: [
      'BUNDLE_GEMS__CONTRIBSYS__COM=${SIDEKIQ_CREDENTIALS}',
      'BUNDLE_GEMS__CONTRIBSYS__COM=00000000:00000000',
      'BUNDLE_ENTERPRISE__CONTRIBSYS__COM=<username>:<password>',
    ],
  },
  'sidekiq-sensitive-url': {
    positives: () => [
      `source "https://${hex(8, 521)}:${hex(8, 522)}@gems.contribsys.com/" do`,
      `gem install sidekiq-pro --source https://${hex(8, 523)}:${hex(8, 524)}@gems.contribsys.com/`,
      `  url: http://${hex(8, 525)}:${hex(8, 526)}@enterprise.contribsys.com/`,
    ],
    negatives: [
      'source "https://gems.contribsys.com/" do',
      'source "https://00000000:00000000@gems.contribsys.com/" do',
      'source "https://${CREDS}@gems.contribsys.com/"',
    ],
  },
  'lob-api-key': {
    positives: () => [`LOB_API_KEY=live_${hex(35, 531)}`, `  lob_key: "test_${hex(35, 532)}"`, `const lobApiKey = 'live_${hex(35, 533)}';`],
    negatives: [`LOB_API_KEY=live_${'0'.repeat(35)}`, 'LOB_API_KEY=${LOB_API_KEY}', `global_key = "live_${hex(35, 535)}"`],
  },
  'launchdarkly-access-token': {
    positives: () => [
      `LAUNCHDARKLY_ACCESS_TOKEN=api-${uuid(541)}`,
      `  launchdarkly_sdk_key: "sdk-${uuid(542)}"`,
      `launchDarkly.sdkKey = 'sdk-${uuid(543)}';`,
    ],
    negatives: [
      `LAUNCHDARKLY_MOBILE_KEY=mob-${uuid(544)}`,
      'LAUNCHDARKLY_SDK_KEY=${LAUNCHDARKLY_SDK_KEY}',
      `LAUNCHDARKLY_CLIENT_ID=${hex(24, 545)}`,
    ],
  },
  'harness-api-key': {
    positives: () => [
      `HARNESS_API_KEY=pat.${urlSafe(22, 551)}.${b62(24, 552)}.${b62(20, 553)}`,
      `  harness_token: "sat.${urlSafe(22, 554)}.${b62(24, 555)}.${b62(20, 556)}"`,
      `x-api-key: pat.${urlSafe(22, 557)}.${b62(24, 558)}.${b62(20, 559)}`,
    ],
    negatives: [
      `HARNESS_API_KEY=pat.${'x'.repeat(22)}.${'x'.repeat(24)}.${'x'.repeat(20)}`,
      'HARNESS_API_KEY=${HARNESS_API_KEY}',
      'pat.account.token.secret',
    ],
  },
};

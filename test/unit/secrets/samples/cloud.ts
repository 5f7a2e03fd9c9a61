/** Samples for the cloud detectors: positives generated at test time, negatives that must stay silent. */
import { randomBase62 } from '../../support';
import type { SecretSamples } from '../samples';

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const ALNUM = BASE62;
const BASE32_UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const BASE32_LOWER = BASE32_UPPER.toLowerCase();
const BASE64 = `${BASE62}+/`;
const BASE64URL = `${BASE62}-_`;

/** `length` deterministic pseudo-random characters of `alphabet` (tests must be repeatable). */
export function pick(alphabet: string, length: number, seed: number): string {
  const raw = randomBase62(length * 2, seed);
  let out = '';
  for (let i = 0; i < length; i++) {
    const value = BASE62.indexOf(raw.charAt(2 * i)) * 62 + BASE62.indexOf(raw.charAt(2 * i + 1));
    out += alphabet.charAt(value % alphabet.length);
  }
  return out;
}

function uuid(seed: number): string {
  const h = pick(HEX, 32, seed);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
}

/** Canonical base64 of `bytes` pseudo-random bytes, as services generate keys. */
function randomKeyBase64(bytes: number, seed: number): string {
  const raw = pick(HEX, bytes * 2, seed);
  return Buffer.from(raw, 'hex').toString('base64');
}

export const fakeAwsKeyId = (prefix: string, seed: number): string => `${prefix}${pick(BASE32_UPPER, 16, seed)}`;
export const fakeAwsSecret = (seed: number): string => pick(BASE64, 40, seed);

/** A JSON-escaped PKCS#8-shaped PEM: DER SEQUENCE header with a consistent length, random body. */
export function fakePrivateKeyPem(seed: number, der = 1216): string {
  const body = Buffer.concat([
    Buffer.from([0x30, 0x82, (der - 4) >> 8, (der - 4) & 0xff]),
    Buffer.from(pick(HEX, (der - 4) * 2, seed), 'hex'),
  ]).toString('base64');
  const lines = body.match(/.{1,64}/g) ?? [];
  return `-----BEGIN PRIVATE KEY-----\\n${lines.join('\\n')}\\n-----END PRIVATE KEY-----\\n`;
}

export function fakeServiceAccountJson(seed: number, typeLast = false): string {
  const project = `shop-${pick('abcdefghijklmnopqrstuvwxyz', 8, seed)}`;
  const fields = [
    `  "project_id": "${project}",`,
    `  "private_key_id": "${pick(HEX, 40, seed + 1)}",`,
    `  "private_key": "${fakePrivateKeyPem(seed + 2)}",`,
    `  "client_email": "deployer@${project}.iam.gserviceaccount.com",`,
    `  "client_id": "1${pick('0123456789', 20, seed + 3)}",`,
    '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",',
    '  "token_uri": "https://oauth2.googleapis.com/token",',
  ];
  return typeLast
    ? `{\n${fields.join('\n')}\n  "type": "service_account"\n}\n`
    : `{\n  "type": "service_account",\n${fields.join('\n')}\n  "universe_domain": "googleapis.com"\n}\n`;
}

const azureAdSecret = (seed: number): string =>
  `${pick(ALNUM, 3, seed)}${String(seed % 10)}Q~${pick(`${ALNUM}_~.-`, 34, seed + 1)}`.replace(/[-~.]$/, 'x');
const storageKey = (seed: number): string => randomKeyBase64(64, seed);
const sharedKey = (seed: number): string => randomKeyBase64(32, seed);
const sasSig = (seed: number): string => encodeURIComponent(randomKeyBase64(32, seed));
const devopsPat = (seed: number): string => `${pick(ALNUM, 52, seed)}JQQJ${pick(ALNUM, 20, seed + 1)}AZDO${pick(ALNUM, 4, seed + 2)}`;
const hex = (length: number, seed: number): string => pick(HEX, length, seed);

export const CLOUD_SAMPLES: Readonly<Record<string, SecretSamples>> = {
  'aws-access-token': {
    positives: () => [
      `AWS_ACCESS_KEY_ID=${fakeAwsKeyId('AKIA', 11)}`,
      `aws_access_key_id = ${fakeAwsKeyId('ASIA', 12)}`,
      `  "AccessKeyId": "${fakeAwsKeyId('AKIA', 13)}",`,
      `const client = new S3Client({ credentials: { accessKeyId: '${fakeAwsKeyId('ABIA', 14)}' } });`,
    ],
    negatives: [
      'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
      'AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX',
      'TODAYINASIAASACKOFRICEFELLOVER',
      'AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID}',
      'key = AKIA1234567890ABCDEF0',
    ],
  },
  'aws-secret-access-key': {
    positives: () => [
      `aws_secret_access_key = ${fakeAwsSecret(21)}`,
      `export AWS_SECRET_ACCESS_KEY="${fakeAwsSecret(22)}"`,
      `  "SecretAccessKey": "${fakeAwsSecret(23)}",`,
      `s3 = boto3.client("s3", aws_secret_access_key='${fakeAwsSecret(24)}')`,
      `    aws-secret-key: ${fakeAwsSecret(25)}`,
    ],
    negatives: [
      'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'AWS_SECRET_ACCESS_KEY=${{ secrets.AWS_SECRET_ACCESS_KEY }}',
      'aws_secret_access_key = xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'secret_access_key: <your-secret-access-key>',
      `password = ${fakeAwsSecret(26)}`,
    ],
  },
  'aws-session-token': {
    positives: () => [
      `aws_session_token = IQoJb3JpZ2luX2Vj${pick(BASE64, 360, 31)}`,
      `export AWS_SESSION_TOKEN="FwoGZXIvYXdzE${pick(BASE64, 300, 32)}"`,
      `    "SessionToken": "IQoJb3JpZ2luX2Vj${pick(BASE64, 420, 33)}",`,
      `AWS_SECURITY_TOKEN=${pick(BASE64, 256, 34)}`,
    ],
    negatives: [
      'aws_session_token = ${AWS_SESSION_TOKEN}',
      'AWS_SESSION_TOKEN=<session-token-from-sts>',
      `"SessionToken": "${pick(HEX, 128, 35)}"`,
      `aws_session_token = ${pick(ALNUM, 200, 36)}`,
    ],
  },
  'aws-amazon-bedrock-api-key-long-lived': {
    positives: () => [
      `AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS1${pick(BASE64, 120, 41)}=`,
      `bedrock_api_key: "ABSKQmVkcm9ja0FQSUtleS1${pick(BASE64, 180, 42)}"`,
      `const key = 'ABSKQmVkcm9ja0FQSUtleS1${pick(BASE64, 100, 43)}';`,
    ],
    negatives: [
      'AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS1EXAMPLE',
      'AWS_BEARER_TOKEN_BEDROCK=${BEDROCK_KEY}',
      `AWS_BEARER_TOKEN_BEDROCK=AXSKQmVkcm9ja0FQSUtleS1${pick(BASE64, 120, 44)}`,
    ],
  },
  'gcp-api-key': {
    positives: () => [
      `GOOGLE_API_KEY=AIza${pick(BASE64URL, 35, 51)}`,
      `  apiKey: "AIza${pick(BASE64URL, 35, 52)}",`,
      `https://maps.googleapis.com/maps/api/geocode/json?address=Paris&key=AIza${pick(ALNUM, 35, 53)}`,
    ],
    negatives: [
      'apiKey: "AIzaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"',
      'GOOGLE_API_KEY=AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'AIZASYCO2CXRMC9ELSKLHLHRMBSWDEVEDZTLO2O',
      `apiKey: "AIza${pick(ALNUM, 35, 54)}abcd123"`,
    ],
  },
  'gcp-service-account-key': {
    positives: () => [fakeServiceAccountJson(61), fakeServiceAccountJson(62, true), fakeServiceAccountJson(63).replace(/\n\s*/g, '')],
    negatives: [
      '{"type": "service_account", "project_id": "demo", "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC...\\n-----END PRIVATE KEY-----\\n"}',
      '{"type": "service_account", "private_key": "${GCP_PRIVATE_KEY}", "client_email": "ci@demo.iam.gserviceaccount.com"}',
      '{"type": "authorized_user", "client_id": "1.apps.googleusercontent.com", "refresh_token": "<refresh-token>"}',
      `{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\n${'A'.repeat(64)}\\n${'A'.repeat(64)}\\n-----END PRIVATE KEY-----\\n"}`,
    ],
  },
  'google-oauth-client-secret': {
    positives: () => [
      `GOOGLE_CLIENT_SECRET=GOCSPX-${pick(BASE64URL, 28, 71)}`,
      `  "client_secret": "GOCSPX-${pick(ALNUM, 28, 72)}",`,
      `spring.security.oauth2.client.registration.google.client-secret=GOCSPX-${pick(BASE64URL, 28, 73)}`,
    ],
    negatives: [
      'GOOGLE_CLIENT_SECRET=GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'client_secret: GOCSPX-<your-client-secret>',
      'GOOGLE_CLIENT_SECRET=${GOOGLE_CLIENT_SECRET}',
    ],
  },
  'azure-ad-client-secret': {
    positives: () => [
      `AZURE_CLIENT_SECRET=${azureAdSecret(81)}`,
      `  "ClientSecret": "${azureAdSecret(82)}",`,
      `az login --service-principal -u "$APP_ID" -p '${azureAdSecret(83)}' --tenant "$TENANT"`,
    ],
    negatives: [
      'client_secret=bP88Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'https://p3-juejin.byteimg.com/tos-cn-i-k3u1fbpfcp/6a9e704af49b4380bb686f0c96d33b81~tplv-k3u1fbpfcp-watermark.image',
      '.ui.visible.right.sidebar~.ui.visible.left.sidebar~.pusher{transform:translate3d(0,0,0)}',
      'AZURE_CLIENT_SECRET=${AZURE_CLIENT_SECRET}',
    ],
  },
  'azure-storage-account-key': {
    positives: () => [
      `AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=prodlogs;AccountKey=${storageKey(91)};EndpointSuffix=core.windows.net"`,
      `AZURE_STORAGE_KEY=${storageKey(92)}`,
      `  "CosmosDb": "AccountEndpoint=https://orders.documents.azure.com:443/;AccountKey=${storageKey(93)};"`,
      `azure_storage_account_key: '${storageKey(94)}'`,
    ],
    negatives: [
      // The storage emulator's published development key, split so that scanners do not flag this file.
      `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${['Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2U', 'VErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='].join('')}`,
      'DefaultEndpointsProtocol=https;AccountName=prodlogs;AccountKey=<storage-account-key>;EndpointSuffix=core.windows.net',
      'AZURE_STORAGE_KEY=${STORAGE_KEY}',
      `AccountKey=${pick(BASE64, 86, 95).slice(0, 85)}B==`,
    ],
  },
  'azure-shared-access-key': {
    positives: () => [
      `SERVICEBUS_CONNECTION="Endpoint=sb://orders-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${sharedKey(101)}"`,
      `EventHub: Endpoint=sb://telemetry.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${sharedKey(102)};EntityPath=events`,
      `IOTHUB_DEVICE_CONNECTION_STRING='HostName=hub1.azure-devices.net;DeviceId=sensor-7;SharedAccessKey=${sharedKey(103)}'`,
    ],
    negatives: [
      'Endpoint=sb://orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<key>',
      'SharedAccessKey=${SERVICEBUS_KEY}',
      'Endpoint=sb://orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=',
    ],
  },
  'azure-sas-token': {
    positives: () => [
      `BLOB_URL=https://prodlogs.blob.core.windows.net/exports/report.csv?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-01-01T00:00:00Z&spr=https&sig=${sasSig(111)}`,
      `curl "https://media.blob.core.windows.net/up/a.png?sp=racw&st=2024-05-01T10:00:00Z&se=2025-05-01T18:00:00Z&spr=https&sv=2022-11-02&sr=c&sig=${sasSig(112)}"`,
      `  sasUrl: "https://x.file.core.windows.net/share?sig=${sasSig(113)}&sv=2021-08-06&sp=r&se=2030-01-01"`,
    ],
    negatives: [
      'https://prodlogs.blob.core.windows.net/exports/report.csv?sv=2022-11-02&ss=b&sp=rl&sig=<signature>',
      `https://api.example.net/callback?ts=1700000000&sig=${pick(HEX, 64, 114)}`,
      'https://prodlogs.blob.core.windows.net/c?sv=2022-11-02&sp=r&sig=${SAS_SIGNATURE}',
    ],
  },
  'azure-devops-pat': {
    positives: () => [
      `AZURE_DEVOPS_EXT_PAT=${devopsPat(121)}`,
      `git clone https://build:${devopsPat(122)}@dev.azure.com/contoso/app/_git/app`,
      `azure_devops_pat: ${pick(BASE32_LOWER, 52, 123)}`,
      `$env:AZURE_DEVOPS_EXT_PAT = "${pick(BASE32_LOWER, 52, 124)}"`,
    ],
    negatives: [
      'AZURE_DEVOPS_EXT_PAT=$(System.AccessToken)',
      `build_id = "${pick(BASE32_LOWER, 52, 125)}"`,
      `AZURE_DEVOPS_EXT_PAT=${'x'.repeat(52)}JQQJ${'x'.repeat(20)}AZDO${'x'.repeat(4)}`,
      'AZURE_DEVOPS_EXT_PAT=<personal-access-token>',
    ],
  },
  'datafactory-shir-token': {
    positives: () => [
      `AUTH_KEY=IR@${uuid(131)}@adf-prod-001@we@${randomKeyBase64(32, 132)}`,
      `dmgcmd -RegisterNewNode "IR@${uuid(133)}@adf-orders@eu@${randomKeyBase64(32, 134)}"`,
      `  shirKey: 'IR@${uuid(135)}@analytics-factory@ne@${randomKeyBase64(32, 136)}'`,
    ],
    negatives: ['AUTH_KEY=IR@<guid>@<factory>@<region>@<key>', 'AUTH_KEY=${SHIR_AUTH_KEY}', 'contact: sir@example.org'],
  },
  'digitalocean-pat': {
    positives: () => [
      `DIGITALOCEAN_TOKEN=dop_v1_${hex(64, 141)}`,
      `doctl auth init -t dop_v1_${hex(64, 142)}`,
      `  do_token: "dop_v1_${hex(64, 143)}"`,
    ],
    negatives: [
      'DIGITALOCEAN_TOKEN=dop_v1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'DIGITALOCEAN_TOKEN=${DO_TOKEN}',
      `token = dop_v2_${hex(64, 144)}`,
    ],
  },
  'digitalocean-access-token': {
    positives: () => [
      `DO_OAUTH_TOKEN=doo_v1_${hex(64, 151)}`,
      `Authorization: Bearer doo_v1_${hex(64, 152)}`,
      `{"access_token": "doo_v1_${hex(64, 153)}"}`,
    ],
    negatives: [
      'DO_OAUTH_TOKEN=doo_v1_<access-token>',
      `token = doo_v1_${hex(60, 154)}`,
      'DO_OAUTH_TOKEN=doo_v1_0000000000000000000000000000000000000000000000000000000000000000',
    ],
  },
  'digitalocean-refresh-token': {
    positives: () => [
      `DO_REFRESH_TOKEN=dor_v1_${hex(64, 161)}`,
      `{"refresh_token": "dor_v1_${hex(64, 162)}"}`,
      `refresh = 'dor_v1_${hex(64, 163)}'`,
    ],
    negatives: [
      'DO_REFRESH_TOKEN=dor_v1_<refresh-token>',
      `refresh = dor_v1_${hex(64, 164).toUpperCase()}`,
      'DO_REFRESH_TOKEN=${DO_REFRESH_TOKEN}',
    ],
  },
  'alibaba-access-key-id': {
    positives: () => [
      `ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI${pick(ALNUM, 20, 171)}`,
      `  access_key_id: "LTAI${pick(ALNUM, 12, 172)}"`,
      `alibabaKey := "LTAI${pick(ALNUM, 20, 173)}"`,
    ],
    negatives: [
      'https://mp.weixin.qq.com/s?__biz=ltAiJTIfmTcHF0Z3fohrsVLP&wx_header=1',
      'ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIxxxxxxxxxxxxxxxxxxxx',
      'ALIBABA_CLOUD_ACCESS_KEY_ID=${ALIBABA_CLOUD_ACCESS_KEY_ID}',
      `id = "LTAI${pick(ALNUM, 16, 174)}"`,
    ],
  },
  'alibaba-secret-key': {
    positives: () => [
      `ALIBABA_CLOUD_ACCESS_KEY_SECRET=${pick(ALNUM, 30, 181)}`,
      `  accessKeySecret: '${pick(ALNUM, 30, 182)}',`,
      `aliyun_secret = "${pick(ALNUM, 30, 183)}"`,
    ],
    negatives: [
      'ALIBABA_CLOUD_ACCESS_KEY_SECRET=${ALIBABA_SECRET}',
      'accessKeySecret: <your-access-key-secret>',
      'alibaba_secret = aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    ],
  },
  'ibm-cloud-api-key': {
    positives: () => [
      `IBMCLOUD_API_KEY=${pick(BASE64URL, 44, 191)}`,
      `export IC_API_KEY="${pick(BASE64URL, 44, 192)}"`,
      `  ibm_apikey: '${pick(ALNUM, 44, 193)}'`,
    ],
    negatives: ['IBMCLOUD_API_KEY=${IBMCLOUD_API_KEY}', 'ibmcloud_apikey = <api-key>', `build_number = ${pick(ALNUM, 44, 194)}`],
  },
  'cloudflare-api-token': {
    positives: () => [
      `CLOUDFLARE_API_TOKEN=cfut_${pick(ALNUM, 40, 201)}${hex(8, 202)}`,
      `  api_token: "cfat_${pick(ALNUM, 40, 203)}${hex(8, 204)}"`,
      `X-Auth-Key: cfk_${pick(ALNUM, 40, 205)}${hex(8, 206)}`,
    ],
    negatives: [
      'CLOUDFLARE_API_TOKEN=cfut_<token>',
      `token = cfut_${pick(ALNUM, 39, 207)}${hex(8, 208)}`,
      `token = cfat_${pick(ALNUM, 40, 209)}${hex(8, 210).toUpperCase().replace(/[0-9]/g, 'F')}`,
    ],
  },
  'cloudflare-api-key': {
    positives: () => [
      `CLOUDFLARE_API_TOKEN=${pick(`${ALNUM}_-`, 40, 211).replace(/^[-_]/, 'a')}`,
      `cloudflare_api_key = "${pick(ALNUM, 40, 212)}"`,
      `  cloudflare: '${pick(ALNUM, 40, 213)}'`,
    ],
    negatives: [
      'CLOUDFLARE_API_TOKEN=${{ secrets.CLOUDFLARE_API_TOKEN }}',
      'cloudflare_api_key = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
      `CLOUDFLARE_GLOBAL_API_KEY=${hex(37, 214)}`,
    ],
  },
  'cloudflare-global-api-key': {
    positives: () => [
      `CLOUDFLARE_GLOBAL_API_KEY=${hex(37, 221)}`,
      `cloudflare_api_key: "${hex(37, 222)}"`,
      `  CF_KEY_cloudflare = ${hex(37, 223)}`,
    ],
    negatives: [
      'CLOUDFLARE_GLOBAL_API_KEY=${CF_KEY}',
      'cloudflare_global_api_key = "0000000000000000000000000000000000000"',
      `CLOUDFLARE_API_TOKEN=${pick(ALNUM, 40, 224)}`,
    ],
  },
  'cloudflare-origin-ca-key': {
    positives: () => [
      `CLOUDFLARE_ORIGIN_CA_KEY=v1.0-${hex(24, 231)}-${hex(146, 232)}`,
      `  origin_ca_key: "v1.0-${hex(24, 233)}-${hex(146, 234)}"`,
      `X-Auth-User-Service-Key: v1.0-${hex(24, 235)}-${hex(146, 236)}`,
    ],
    negatives: ['CLOUDFLARE_ORIGIN_CA_KEY=v1.0-<key>', 'version: v1.0-beta', `key = v1.0-${hex(24, 237)}-${hex(100, 238)}`],
  },
  'yandex-api-key': {
    positives: () => [
      `YANDEX_API_KEY=AQVN${pick(BASE64URL, 36, 241)}`,
      `yandex_cloud_key: "AQVN${pick(ALNUM, 38, 242)}"`,
      `  yandexKey = 'AQVN${pick(ALNUM, 35, 243)}'`,
    ],
    negatives: [
      'YANDEX_API_KEY=${YC_API_KEY}',
      `api_key = AQVN${pick(ALNUM, 36, 244)}`,
      'YANDEX_API_KEY=AQVNxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
  'yandex-access-token': {
    positives: () => [
      `YANDEX_IAM_TOKEN=t1.${pick(BASE64URL, 80, 251)}.${pick(BASE64URL, 86, 252)}`,
      `yandex_token: "t1.${pick(ALNUM, 120, 253)}.${pick(ALNUM, 86, 254)}"`,
      `  yandex-oauth = t1.${pick(ALNUM, 60, 255)}.${pick(ALNUM, 86, 256)}`,
    ],
    negatives: [
      'YANDEX_IAM_TOKEN=${IAM_TOKEN}',
      `iam_token = t1.${pick(ALNUM, 80, 257)}.${pick(ALNUM, 86, 258)}`,
      'YANDEX_IAM_TOKEN=t1.<token>',
    ],
  },
  'yandex-aws-access-token': {
    positives: () => [
      `YANDEX_S3_SECRET=YC${pick(BASE64URL, 38, 261)}`,
      `yandex_secret_key: "YC${pick(ALNUM, 38, 262)}"`,
      `  yandex.storage.secret = YC${pick(ALNUM, 38, 263)}`,
    ],
    negatives: [
      'YANDEX_S3_SECRET=${YC_SECRET}',
      `secret_key = YC${pick(ALNUM, 38, 264)}`,
      'YANDEX_S3_SECRET=YCxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
  'scaleway-secret-key': {
    positives: () => [`SCW_SECRET_KEY=${uuid(271)}`, `scaleway_token: "${uuid(272)}"`, `  scw-secret = '${uuid(273)}'`],
    negatives: [
      'SCW_SECRET_KEY=00000000-0000-0000-0000-000000000000',
      `SCW_DEFAULT_PROJECT_ID=${uuid(274)}`,
      'SCW_SECRET_KEY=${SCW_SECRET_KEY}',
      'scaleway_secret = "not-a-uuid"',
    ],
  },
  'linode-api-token': {
    positives: () => [`LINODE_TOKEN=${hex(64, 281)}`, `linode_api_token: "${hex(64, 282)}"`, `  linodeToken = '${hex(64, 283)}'`],
    negatives: [
      'LINODE_TOKEN=${LINODE_TOKEN}',
      `commit = ${hex(64, 284)}`,
      'LINODE_TOKEN=0000000000000000000000000000000000000000000000000000000000000000',
    ],
  },
  'hetzner-cloud-api-token': {
    positives: () => [
      `HCLOUD_TOKEN=${pick(ALNUM, 64, 291)}`,
      `hetzner_api_token: "${pick(ALNUM, 64, 292)}"`,
      `  hcloud_token = '${pick(ALNUM, 64, 293)}'`,
    ],
    negatives: ['HCLOUD_TOKEN=${HCLOUD_TOKEN}', `HCLOUD_TOKEN=${hex(64, 294)}`, 'hcloud_token = "<your-hcloud-token>"'],
  },
  'tencent-cloud-secret-id': {
    positives: () => [
      `TENCENTCLOUD_SECRET_ID=AKID${pick(ALNUM, 32, 301)}`,
      `  "SecretId": "AKID${pick(ALNUM, 32, 302)}",`,
      `cred = credential.Credential("AKID${pick(ALNUM, 32, 303)}", secret_key)`,
    ],
    negatives: [
      'TENCENTCLOUD_SECRET_ID=AKIDxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'TENCENTCLOUD_SECRET_ID=${TENCENT_SECRET_ID}',
      `id = AKID${pick(ALNUM, 30, 304)}`,
    ],
  },
};

/** Samples for the keys-and-generic detectors: positives generated at test time, negatives that must stay silent. */
import { randomBase62 } from '../../support';
import type { SecretSamples } from '../samples';

/** Deterministic pseudo-random bytes as a latin-1 string (xorshift32, like randomBase62). */
export function randomBytes(length: number, seed: number): string {
  let state = (seed * 2654435761) >>> 0 || 1;
  let out = '';
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out += String.fromCharCode((state >>> 0) & 0xff);
  }
  return out;
}

function wrap64(base64: string): string {
  return base64.replace(/(.{64})(?!$)/g, '$1\n');
}

function uint32(n: number): string {
  return String.fromCharCode((n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
}

function armor(label: string, bytes: string, headers = ''): string {
  return `-----BEGIN ${label}-----\n${headers}${wrap64(btoa(bytes))}\n-----END ${label}-----`;
}

/** A PKCS#1 RSA key: DER SEQUENCE header, then random bytes (never a usable key). */
export function fakeRsaKey(seed: number): string {
  return armor('RSA PRIVATE KEY', `\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00${randomBytes(600, seed)}`);
}

/** A PKCS#8 key (`PRIVATE KEY`). */
export function fakePkcs8Key(seed: number): string {
  return armor(
    'PRIVATE KEY',
    `\x30\x82\x04\xbd\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00${randomBytes(400, seed)}`,
  );
}

/** A SEC1 EC key (`EC PRIVATE KEY`), as short as real ones (P-256). */
export function fakeEcKey(seed: number): string {
  return armor('EC PRIVATE KEY', `\x30\x77\x02\x01\x01\x04\x20${randomBytes(110, seed)}`);
}

/** An OpenSSH key; `cipher` is `none` for an unencrypted one. */
export function fakeOpenSshKey(seed: number, cipher = 'none'): string {
  return armor('OPENSSH PRIVATE KEY', `openssh-key-v1\x00${uint32(cipher.length)}${cipher}${randomBytes(300, seed)}`);
}

/** A PGP secret-key block: old-format packet tag 5, armor headers and checksum line. */
export function fakePgpKey(seed: number): string {
  const body = wrap64(btoa(`\x95\x05\x86\x04${randomBytes(500, seed)}`));
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\n\n${body}\n=${randomBase62(4, seed)}\n-----END PGP PRIVATE KEY BLOCK-----`;
}

/** A PKCS#8 encrypted key (`ENCRYPTED PRIVATE KEY`). */
export function fakeEncryptedPkcs8Key(seed: number): string {
  return armor('ENCRYPTED PRIVATE KEY', `\x30\x82\x05\x0e\x30\x40\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x05\x0d${randomBytes(400, seed)}`);
}

/** A legacy OpenSSL encrypted key: `Proc-Type: 4,ENCRYPTED` and `DEK-Info` headers. */
export function fakeLegacyEncryptedKey(seed: number): string {
  const iv = randomBase62(16, seed)
    .toUpperCase()
    .replace(/[^0-9A-F]/g, 'A');
  return armor('RSA PRIVATE KEY', randomBytes(600, seed), `Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,${iv}\n\n`);
}

/** A PuTTY key file; `encryption` is `none` or a cipher name. */
export function fakePuttyKey(seed: number, encryption = 'none'): string {
  const pub = wrap64(btoa(`\x00\x00\x00\x07ssh-rsa${randomBytes(200, seed + 1)}`));
  const priv = wrap64(btoa(randomBytes(600, seed)));
  const lines = (text: string) => text.split('\n').length;
  return [
    'PuTTY-User-Key-File-2: ssh-rsa',
    `Encryption: ${encryption}`,
    `Comment: rsa-key-2024010${seed % 10}`,
    `Public-Lines: ${lines(pub)}`,
    pub,
    `Private-Lines: ${lines(priv)}`,
    priv,
    `Private-MAC: ${randomBase62(40, seed + 2).toLowerCase()}`,
  ].join('\n');
}

function base64url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A signed-looking JWT with a random subject and signature (the signature is not valid). */
export function fakeJwt(seed: number, alg = 'HS256'): string {
  const header = base64url(JSON.stringify({ alg, typ: 'JWT' }));
  const payload = base64url(
    JSON.stringify({ sub: `svc-${randomBase62(10, seed)}`, role: 'service_role', iat: 1700000000 + seed, exp: 2000000000 }),
  );
  return `${header}.${payload}.${base64url(randomBytes(32, seed))}`;
}

/** jwt.io's sample token (HS256, sub 1234567890, John Doe), built here rather than committed. */
const JWT_IO_SAMPLE = `${base64url('{"alg":"HS256","typ":"JWT"}')}.${base64url('{"sub":"1234567890","name":"John Doe","iat":1516239022}')}.${base64url(randomBytes(32, 7))}`;

/** RFC 7519's sample claims (§3.1), with their CRLF line breaks. */
export const RFC7519_CLAIMS = '{"iss":"joe",\r\n "exp":1300819380,\r\n "http://example.com/is_root":true}';

/** RFC 7515 A.1's token for those claims (the published sample), built here rather than committed. */
export const RFC7515_A1_TOKEN = `${base64url('{"typ":"JWT",\r\n "alg":"HS256"}')}.${base64url(RFC7519_CLAIMS)}.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk`;

/** A token with `header` and `claims` (JSON texts) and a random signature. */
export function jwtOf(header: string, claims: string, seed: number): string {
  return `${base64url(header)}.${base64url(claims)}.${base64url(randomBytes(32, seed))}`;
}

/** A random version-4-shaped UUID. */
export function randomUuid(seed: number): string {
  const hex = Array.from(randomBytes(16, seed), (c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const KEYS_AND_GENERIC_SAMPLES: Readonly<Record<string, SecretSamples>> = {
  'private-key': {
    positives: () => [
      `${fakeRsaKey(1)}\n`,
      `# deploy key\n${fakeOpenSshKey(2)}\n`,
      `{"type": "service_account", "private_key": ${JSON.stringify(`${fakePkcs8Key(3)}\n`)}}`,
      `ssl:\n  key: |\n    ${fakeEcKey(4).replace(/\n/g, '\n    ')}\n`,
      `${fakePgpKey(5)}\n`,
      `${fakePuttyKey(6)}\n`,
      `apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\ndata:\n  tls.key: ${btoa(`${fakeRsaKey(7)}\n`)}\n`,
    ],
    negatives: [
      '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA...\n-----END RSA PRIVATE KEY-----',
      '-----BEGIN PRIVATE KEY-----\n<your private key here>\n-----END PRIVATE KEY-----',
      '-----BEGIN OPENSSH PRIVATE KEY----------END OPENSSH PRIVATE KEY-----',
      `-----BEGIN PRIVATE KEY-----\n${'A'.repeat(64)}\n${'A'.repeat(64)}\n-----END PRIVATE KEY-----`,
      'const header = "-----BEGIN PRIVATE KEY-----"; // the PEM header we look for',
      'ssh-keygen -t ed25519 -f ~/.ssh/id_ed25519  # writes -----BEGIN OPENSSH PRIVATE KEY-----',
    ],
  },
  'encrypted-private-key': {
    positives: () => [
      `${fakeEncryptedPkcs8Key(11)}\n`,
      `${fakeLegacyEncryptedKey(12)}\n`,
      `${fakeOpenSshKey(13, 'aes256-ctr')}\n`,
      `${fakePuttyKey(14, 'aes256-cbc')}\n`,
    ],
    negatives: [
      '-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI...\n-----END ENCRYPTED PRIVATE KEY-----',
      'openssl pkcs8 -topk8 -v2 aes256 -in key.pem -out key.enc  # -----BEGIN ENCRYPTED PRIVATE KEY-----',
      'PuTTY-User-Key-File-2: ssh-rsa\nEncryption: aes256-cbc\nComment: example\nPrivate-Lines: 1\nAAAA\n',
    ],
  },
  jwt: {
    positives: () => [
      `SUPABASE_SERVICE_ROLE_KEY=${fakeJwt(21)}`,
      `const session = "${fakeJwt(22, 'RS256')}";`,
      `curl -H "X-Session: ${fakeJwt(23, 'ES256')}" https://api.internal.test/v1/me`,
      `https://app.internal/callback#id_token=${fakeJwt(24)}&state=${randomBase62(8, 24)}`,
    ],
    negatives: [
      // jwt.io's sample token (sub 1234567890, John Doe): a sample, not a credential
      `token = "${JWT_IO_SAMPLE}"`,
      // alg none: unsigned, anyone can mint it
      `String tokenWithNoneAlg = "${base64url('{"alg":"none"}')}.${base64url('{"sub":"test-user"}')}.";`,
      'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJ...',
      'jwt: eyJxxxxxxxxxxxxxxxxxxxx.eyJxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
  'jwt-base64': {
    positives: () => [`token: ${btoa(fakeJwt(31))}`, `  session.b64: "${btoa(fakeJwt(32, 'RS512'))}"`, `ENCODED_JWT=${btoa(fakeJwt(33))}`],
    negatives: [
      'ZXlKaGJHY2lPaUpJVXpJMU5pSjkuLi4=',
      `blob: ZXlK${'QUFB'.repeat(20)}`,
      // base64 of the jwt.io sample (a sample, not a credential)
      `sample: ${btoa(JWT_IO_SAMPLE)}`,
    ],
  },
  'jwt-low-confidence': {
    positives: () => [
      // RFC 7519's sample claims signed with someone's own key
      `const token = "${jwtOf('{"alg":"HS256"}', RFC7519_CLAIMS, 41)}";`,
      // the RFC's signature moved under another header, base64-encoded once more
      `ENCODED_JWT=${btoa(`${base64url('{"alg":"RS256"}')}.${base64url(RFC7519_CLAIMS)}.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk`)}`,
      // a header without alg: cut or edited
      `session: ${jwtOf('{"typ":"JWT","kid":"k1"}', `{"sub":"svc-${randomBase62(10, 42)}","exp":2000000000}`, 43)}`,
    ],
    negatives: [
      // RFC 7515 A.1's own token: the published sample
      `token = "${RFC7515_A1_TOKEN}"`,
      `sample: ${btoa(RFC7515_A1_TOKEN)}`,
      // alg none: unsigned, whatever the claims
      `t = "${jwtOf('{"alg":"none"}', RFC7519_CLAIMS, 44)}"`,
      // an empty header is no JOSE header
      `t = "${jwtOf('{}', `{"sub":"svc-${randomBase62(10, 45)}"}`, 46)}"`,
      // a complete signed token is jwt's, not this rule's
      `SUPABASE_SERVICE_ROLE_KEY=${fakeJwt(47)}`,
    ],
  },
  'curl-auth-user': {
    positives: () => [
      `curl -u deploy:${randomBase62(20, 71)} https://api.internal.test/v1/`,
      `curl -s --user 'api:${randomBase62(24, 72)}' \\\n    https://api.mailgun.net/v3/mg.internal.test/messages`,
      `curl https://api.payments.test/v1/charges -u ${randomBase62(32, 73)}:`,
      `curl -X POST \\\n  -H 'Content-Type: application/json' \\\n  -u "ops:${randomBase62(18, 74)}" \\\n  https://ci.internal/job/build`,
    ],
    negatives: [
      "curl -i -u 'test:test'",
      'curl -u <user:password> https://test.com/endpoint',
      'curl --user neo4j:[PASSWORD] http://[IP]:7474/db/data/',
      'curl -u "myusername" http://localhost:15130/api/check_user/',
      'curl -u "${_username}:${_password}"',
      "curl -sw '%{http_code}' -X POST --user '$USERNAME:$PASSWORD' $API_URL --data",
      'curl --user "xxx:yyy"',
      'curl -XGET -i -u "${{ steps.vault.outputs.account_id }}:${{ steps.vault.outputs.account_password }}"',
      'curl -X POST --user "$(cat ./login.txt):$(cat ./password.txt)"',
      'curl http://127.0.0.1:5000/file --user user:pass --digest',
      'curl --user "src@gmail.com" --upload-file out.txt smtps://smtp.gmail.com',
      `curl --user-agent "deploy:${randomBase62(20, 75)}" https://api.internal.test/`,
    ],
  },
  'curl-header-credential': {
    positives: () => [
      `curl -H "X-Api-Key: ${randomBase62(32, 81)}" https://api.internal.test/v1/items`,
      `curl -X GET https://octopus.internal/api/projects \\\n     -H "X-Octopus-ApiKey: ${randomUuid(82)}" \\\n     -H "Accept: application/json"`,
      `curl --header 'Authorization: ${randomBase62(40, 83)}' https://api.internal.test/`,
      `curl -X POST --header "Api-Token: ${randomBase62(12, 84)}" https://api.internal.test/`,
    ],
    negatives: [
      'curl -X GET -H "apikey: $API_KEY" -H "Accept: $FORMAT" "$API_URL/rest/v1/stats"',
      `curl -X POST -H "Idempotency-Key: ${randomUuid(85)}" https://api.internal.test/v1/payments`,
      'curl https://example.com/micropub -H "Authorization: Bearer XXXXXXXXXXXX"',
      'curl -H "Content-Type: application/json" -H "Accept: application/json" https://api.internal.test/',
      'curl -H "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==" -H "Upgrade: websocket" http://localhost:8080/ws',
      'curl -H "X-CSRF-Token: 8f2b1c9d7e6a5f4b3c2d1e0f9a8b7c6d" https://app.internal.test/form',
      'curl -X GET -H "Authorization: Bearer $(gcloud auth print-access-token)" https://workflowexecutions.googleapis.com/v1/',
    ],
  },
  'uri-credentials': {
    positives: () => [
      `DATABASE_URL=postgres://app:${randomBase62(24, 41)}@db.prod.internal:5432/app`,
      `spring.data.mongodb.uri: mongodb+srv://svc:${randomBase62(20, 42)}@cluster0.ab1cd.mongodb.net/orders`,
      `REDIS_URL="redis://:${randomBase62(32, 43)}@cache.internal:6379/0"`,
      `git remote add origin https://deploy:${randomBase62(30, 44)}@git.corp.internal/team/app.git`,
      `amqp_url = 'amqp://worker:${randomBase62(16, 45)}@mq.internal:5672/'`,
    ],
    negatives: [
      'DATABASE_URL=postgres://user:${DB_PASSWORD}@db:5432/app',
      'DATABASE_URL=postgres://postgres:postgres@localhost:5432/app',
      'mongodb://user:password@example.com:27017/db',
      'redis://:<password>@redis:6379',
      'amqp://guest:guest@rabbitmq:5672/',
      'mysql://root:****@db.internal/app',
      'https://user:changeme@git.internal/repo.git',
      `postgres://app:${randomBase62(24, 46)}@localhost:5432/dev`,
      'ftp://anonymous:anonymous@ftp.gnu.org/gnu/',
    ],
  },
  'authorization-header': {
    positives: () => [
      `curl -H "Authorization: Basic ${btoa(`deploy:${randomBase62(18, 51)}`)}" https://ci.internal/api`,
      `  headers: { Authorization: 'Bearer ${randomBase62(40, 52)}' },`,
      `Authorization: Token ${randomBase62(32, 53)}`,
      `proxy_set_header Authorization "Basic ${btoa(`svc:${randomBase62(14, 54)}`)}";`,
    ],
    negatives: [
      'headers: { Authorization: `Bearer ${token}` }',
      'Authorization: Bearer YOUR_ACCESS_TOKEN',
      'Authorization: Bearer <token>',
      `Authorization: Basic ${btoa('user:password')}`,
      `Authorization: Basic ${btoa('admin:admin')}`,
      "req.headers['authorization'] = 'Bearer ' + accessToken;",
      'Authorization: Bearer $GITHUB_TOKEN',
    ],
  },
  'generic-api-key': {
    positives: () => [
      `api_key = "${randomBase62(32, 61)}"`,
      `"client_secret": "${randomBase62(40, 62)}",`,
      `export DB_PASSWORD=${randomBase62(20, 63)}`,
      `  <apiToken>${randomBase62(36, 64)}</apiToken>`,
      `const secretKey: string = '${randomBase62(28, 65)}';`,
      `webhook_secret: ${randomBase62(24, 66)}`,
      `SECRET_KEY_BASE = '${randomBase62(64, 67).toLowerCase()}'`,
      `stripeCallbackAuth := "${randomBase62(30, 68)}"`,
    ],
    negatives: [
      // lockfiles and pinned versions
      '      "integrity": "sha512-vqWcY8B4Ftd6P2tKwL0QKqY1qYJZy4QvS7hWcR+Z8nLwCk0C9T7ZxZ6v+fWf5h6N0u8lq0rJ3h6GmZ3y4xk5XQ==",',
      '      "resolved": "https://registry.npmjs.org/js-tokens/-/js-tokens-4.0.0.tgz",',
      'golang.org/x/oauth2 v0.15.0 h1:s8pnnxNVzjWyrvYdFUQq5llS1PX2zhPXmccZv99h7uQ=',
      '      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bc11b # v4.1.1',
      '"jsonwebtoken": "^9.0.2",',
      // references
      '  password: ${{ secrets.DB_PASSWORD }}',
      'api_key = os.environ["API_KEY"]',
      'const apiKey = process.env.API_KEY;',
      'SECRET_KEY = os.getenv("SECRET_KEY", "")',
      'DB_PASSWORD=${DB_PASSWORD}',
      // types, i18n and descriptions
      '  token: string;',
      '"password": "Password",',
      '"passwordHint": "At least 12 characters, 1 digit",',
      // ids, urls, public and non-secret keys
      'app_key: 6f1c2a7e-9b3d-4c5e-8f0a-1b2c3d4e5f60',
      'api_key_id = "AK1234567890abcdef"',
      'token_url = "https://oauth2.googleapis.com/token"',
      'public_key = "9Cnzj4p4WGeKLs1Pt8QuKUpRKfFLfRYC9AIKjbJTWit"',
      'max_tokens: 4096',
      'csrf_token = "Mj2qykJO5rELyHgezQ69nzUX0i3OH67V"',
      'primaryKey=a1b2c3d4e5f6g7h8i9',
      // placeholders, samples, fixtures
      'API_KEY=your-api-key-here',
      'password = "changeme123"',
      'secret: "p@ssw0rd!"',
      'api_key = "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"',
      `auth_token = "${randomBase62(32, 69)}"  # fake token for the unit tests`,
      'key_file = "/etc/ssl/private/server.key"',
      'password_hash = "$2b$12$KIXQJ3pL8dYvN0mWq5rOeuJcTz6sH1aB2cD3eF4gH5iJ6kL7mN8oP"',
      'RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci',
      `sha256_checksum_key = "${'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'}"`,
    ],
  },
};

import { strict as assert } from 'node:assert';
import { classifyJwt, classifyPemText, isSignedJwt } from '../../../src/secrets/detectors/keys-and-generic-structure';
import { isWordy, looksLikeCredential, namesACredential } from '../../../src/secrets/detectors/keys-and-generic-context';
import type { Finding } from '../../../src/engine/types';
import { fakeGithubPat, lintText, randomBase62 } from '../support';
import {
  fakeEcKey,
  fakeEncryptedPkcs8Key,
  fakeJwt,
  fakeOpenSshKey,
  fakePgpKey,
  fakeRsaKey,
  jwtOf,
  RFC7515_A1_TOKEN,
  RFC7519_CLAIMS,
} from './samples/keys-and-generic';

const FAMILY = [
  'private-key',
  'encrypted-private-key',
  'jwt',
  'jwt-base64',
  'jwt-low-confidence',
  'uri-credentials',
  'authorization-header',
  'curl-auth-user',
  'curl-header-credential',
  'generic-api-key',
];

/** `id@line` for this family's findings (other families' detectors are not under test here). */
function found(path: string, text: string): string[] {
  return lintText(path, text)
    .filter((f) => FAMILY.includes(f.ruleId))
    .map((f) => `${f.ruleId}@${f.range.start.line}`);
}

function only(findings: Finding[], id: string): Finding {
  const hits = findings.filter((f) => f.ruleId === id);
  assert.equal(hits.length, 1, `expected one ${id}, got ${JSON.stringify(findings.map((f) => f.ruleId))}`);
  const [hit] = hits;
  assert.ok(hit);
  return hit;
}

describe('keys-and-generic detectors', () => {
  describe('on realistic files', () => {
    it('a Django settings file: the literal SECRET_KEY, not the environment lookups', () => {
      const text = [
        'import os',
        'from pathlib import Path',
        '',
        'BASE_DIR = Path(__file__).resolve().parent.parent',
        `SECRET_KEY = '${randomBase62(50, 101)}'`,
        'DEBUG = os.environ.get("DEBUG", "false") == "true"',
        'AUTH_PASSWORD_VALIDATORS = [{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"}]',
        'DATABASES = {',
        '    "default": {',
        '        "ENGINE": "django.db.backends.postgresql",',
        '        "PASSWORD": os.environ["DB_PASSWORD"],',
        '        "HOST": os.getenv("DB_HOST", "localhost"),',
        '    }',
        '}',
        'AWS_SECRET_ACCESS_KEY = os.getenv("AWS_SECRET_ACCESS_KEY")',
        'PASSWORD_RESET_TIMEOUT = 259200',
        'SESSION_COOKIE_NAME = "sessionid"',
      ].join('\n');
      assert.deepEqual(found('app/settings.py', text), ['generic-api-key@4']);
    });

    it('a Node config module: the hard-coded JWT secret, not process.env or types', () => {
      const text = [
        'export interface Config { apiKey: string; jwtSecret: string; tokenTtl: number }',
        'export const config: Config = {',
        '  apiKey: process.env.API_KEY ?? "",',
        `  jwtSecret: "${randomBase62(40, 102)}",`,
        '  tokenTtl: 3600,',
        '  publicKey: fs.readFileSync("keys/public.pem", "utf8"),',
        '  keyFile: "./secrets/service.key",',
        '};',
        'const token: string = req.headers.authorization;',
        'const header = { Authorization: `Bearer ${token}` };',
      ].join('\n');
      assert.deepEqual(found('src/config.ts', text), ['generic-api-key@3']);
    });

    it('a docker-compose file: a real password in a URL to another service, not the dev defaults', () => {
      const text = [
        'services:',
        '  db:',
        '    image: postgres:16',
        '    environment:',
        '      POSTGRES_USER: postgres',
        '      POSTGRES_PASSWORD: postgres',
        '  app:',
        '    build: .',
        '    environment:',
        '      - API_TOKEN=${API_TOKEN}',
        '      - LOCAL_DB=postgres://postgres:postgres@localhost:5432/app',
        `      - ANALYTICS_URL=postgres://reporter:${randomBase62(22, 103)}@analytics.prod.internal:5432/events`,
        '      - REDIS_PASSWORD=${REDIS_PASSWORD:-changeme}',
      ].join('\n');
      assert.deepEqual(found('docker-compose.yml', text), ['uri-credentials@11']);
    });

    it('a Kubernetes Secret: base64 data is plaintext; a real password and a TLS key are reported, a default is not', () => {
      const text = [
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: app-secrets',
        'type: Opaque',
        'data:',
        `  db-password: ${btoa(randomBase62(24, 104))}`,
        `  admin-password: ${btoa('password123')}`,
        `  tls.key: ${btoa(`${fakeRsaKey(105)}\n`)}`,
        'stringData:',
        '  api-key-id: "AKID-0001"',
      ].join('\n');
      // The manifest's own detector (services family) reports the data value, so the generic one
      // stays quiet there; the PEM key inside stays private-key's.
      assert.deepEqual(found('k8s/secret.yaml', text), ['private-key@8']);
      assert.deepEqual(
        lintText('k8s/secret.yaml', text)
          .filter((f) => f.ruleId === 'kubernetes-secret-yaml')
          .map((f) => f.range.start.line),
        [6],
      );
    });

    it('a GitHub Actions workflow and a package-lock: references, pins and integrity hashes', () => {
      const workflow = [
        'jobs:',
        '  build:',
        '    steps:',
        '      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bc11b # v4.1.1',
        '      - uses: actions/cache@v4',
        '        with:',
        "          key: ${{ runner.os }}-node-${{ hashFiles('**/package-lock.json') }}",
        '      - run: npm publish',
        '        env:',
        '          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}',
        '          password: ${{ secrets.DB_PASSWORD }}',
      ].join('\n');
      assert.deepEqual(found('.github/workflows/ci.yml', workflow), []);
      const lock = [
        '    "node_modules/js-tokens": {',
        '      "version": "4.0.0",',
        '      "resolved": "https://registry.npmjs.org/js-tokens/-/js-tokens-4.0.0.tgz",',
        `      "integrity": "sha512-${btoa(randomBase62(48, 106))}"`,
        '    },',
      ].join('\n');
      assert.deepEqual(found('package-lock.json', lock), []);
      assert.deepEqual(found('go.sum', `golang.org/x/oauth2 v0.15.0 h1:${btoa(randomBase62(24, 107))}\n`), []);
    });
  });

  describe('ranges and messages', () => {
    it('reports the body of a private key, not just its header, and shows only a few characters', () => {
      const key = fakeEcKey(111);
      const findings = lintText('deploy/key.pem', `${key}\n`);
      const finding = only(findings, 'private-key');
      const lines = key.split('\n');
      assert.deepEqual(finding.range.start, { line: 1, character: 0 });
      assert.deepEqual(finding.range.end, { line: lines.length - 2, character: (lines[lines.length - 2] ?? '').length });
      assert.ok(!finding.message.includes((lines[1] ?? '').slice(0, 12)), finding.message);
    });

    it('reports only the password of a URI', () => {
      const password = randomBase62(20, 112);
      const finding = only(lintText('.env', `DATABASE_URL=mysql://app:${password}@db.internal/app\n`), 'uri-credentials');
      const start = 'DATABASE_URL=mysql://app:'.length;
      assert.deepEqual(finding.range, { start: { line: 0, character: start }, end: { line: 0, character: start + password.length } });
      assert.ok(!finding.message.includes(password.slice(0, 6)), finding.message);
    });

    it('reports an encrypted key as a warning and an unencrypted one as an error', () => {
      assert.equal(only(lintText('id_ed25519', `${fakeOpenSshKey(113)}\n`), 'private-key').severity, 'error');
      assert.equal(only(lintText('key.pem', `${fakeEncryptedPkcs8Key(114)}\n`), 'encrypted-private-key').severity, 'warning');
      assert.deepEqual(found('id_ed25519', `${fakeOpenSshKey(115, 'aes256-ctr')}\n`), ['encrypted-private-key@1']);
    });

    it('finds a key written as a string with \\n escapes and as string concatenation', () => {
      const key = fakeRsaKey(116);
      assert.deepEqual(found('sa.json', `{"private_key": ${JSON.stringify(key)}}`), ['private-key@0']);
      const concatenated = key
        .split('\n')
        .map((line) => `  "${line}\\n"`)
        .join(' +\n');
      assert.deepEqual(found('KeyFixture.java', `String key =\n${concatenated};\n`), ['private-key@2']);
    });
  });

  describe('defers to specific detectors and to each other', () => {
    it('leaves a GitHub token to github-pat, in an assignment, a URL and a header', () => {
      const pat = fakeGithubPat(121);
      for (const text of [`GITHUB_TOKEN=${pat}`, `https://x-access-token:${pat}@github.com/org/repo.git`, `Authorization: Bearer ${pat}`]) {
        const ids = lintText('notes.txt', text).map((f) => f.ruleId);
        assert.deepEqual(ids, ['github-pat'], text);
      }
    });

    it('reports a JWT once: as jwt, not as a generic value or a bearer header', () => {
      const token = fakeJwt(122);
      assert.deepEqual(found('notes.txt', `access_token: ${token}`), ['jwt@0']);
      assert.deepEqual(found('notes.txt', `Authorization: Bearer ${token}`), ['jwt@0']);
    });
  });

  describe('curl command lines', () => {
    it('reports the credential of -u/--user once, quoted or not, across continuation lines', () => {
      const pw = randomBase62(16, 181);
      for (const text of [
        `curl --cacert ca.crt -u elastic:${pw} https://es.internal:9200`,
        `curl -k -X POST https://cache.internal/rest \\\n  -H 'Content-type: text/plain' \\\n  -u developer:${pw}`,
        `curl -u ":${pw}" https://es.internal:9200`,
        `curl -u "${pw}:" https://es.internal:9200`,
        `curl --user kevin:'${pw}' -iX PATCH -H "Content-Type: application/json" -d`,
        `curl -X POST --user "{acd3c08b-74e8-4f44-a2d0-80694fe24f46}":"{${pw}}" https://gateway.internal/v3/translate`,
      ])
        assert.deepEqual(found('notes.md', text), [`curl-auth-user@${text.includes('developer') ? 2 : 0}`], text);
    });

    it('reports credential headers other than Authorization: Basic/Bearer/Token, and UUIDs only there', () => {
      const uuid = '3a16750d-d363-41a4-8ebd-035408f7730f';
      assert.deepEqual(found('notes.md', `curl -X GET \\\n  -H "apikey: ${uuid}" \\\n  -H "Accept: application/json"`), [
        'curl-header-credential@1',
      ]);
      assert.deepEqual(found('notes.md', `curl --header  'Authorization:  ${uuid}'`), ['curl-header-credential@0']);
      assert.deepEqual(found('notes.md', `curl -H "X-Request-Id: ${uuid}" https://api.internal.test/`), []);
      const key = randomBase62(32, 183);
      assert.deepEqual(found('notes.md', `curl -H "Content-Type: application/json" -H "Accept: text/plain" -H "X-Api-Key: ${key}" x`), [
        'curl-header-credential@0',
      ]);
      assert.deepEqual(found('notes.md', `app_id: ${uuid}`), []);
      const token = randomBase62(40, 182);
      assert.deepEqual(found('notes.md', `curl -H "Authorization: Bearer ${token}"`), ['authorization-header@0']);
    });
  });

  describe('gitleaks examples', () => {
    // The formats gitleaks' GenerateSampleSecrets writes every generic secret in.
    const formats = [
      '{i}Token="{s}"',
      '{i}Token = "{s}"',
      '{i}Token={s}',
      '{i}Token = {s}',
      '{\n    "{i}_token": "{s}"\n}',
      '\\{\n    \\"{i}_token\\": \\"{s}\\"\n\\}',
      '<{i}Token>{s}</{i}Token>',
      '<{i}Token>\n    {s}\n</{i}Token>',
      '{i}_token: {s}',
      "{i}_token: '{s}'",
      '{i}_token: "{s}"',
      '{i}_token: |\n  {s}',
      '{i}_token: >\n  {s}',
      'string {i}Token = "{s}";',
      'var {i}Token string = "{s}"',
      '{i}Token := "{s}"',
      '{i}Token := `{s}`',
      'String {i}Token = "{s}";',
      'var {i}Token = "{s}"',
      '${i}Token .= "{s}"',
      "{i}Token = '{s}'",
      '{i}Token = "{s}"',
      '{i}Token,{s},',
      '  "{i}Token" => "{s}"',
      '{i}_TOKEN = "{s}"',
      '{i}_TOKEN := "{s}"',
      '{i}_TOKEN ::= "{s}"',
      '{i}_TOKEN :::= "{s}"',
      '{i}_TOKEN ?= "{s}"',
      '{i}_TOKEN += "{s}"',
    ];

    it('finds generic secrets in at least 95% of the formats and identifiers gitleaks tests', () => {
      let hits = 0;
      let total = 0;
      const misses: string[] = [];
      ['generic', 'api', 'service', 'deploy'].forEach((identifier, i) => {
        formats.forEach((format, j) => {
          const secret = randomBase62(32, 1000 + i * 100 + j);
          const text = format.replace(/\{i\}/g, identifier).replace(/\{s\}/g, secret);
          total++;
          if (lintText('sample.txt', text).some((f) => f.ruleId === 'generic-api-key')) hits++;
          else misses.push(text);
        });
      });
      const extra = [
        `"client_secret" : "${randomBase62(64, 2001).toLowerCase().replace(/[g-z]/g, 'a')}",`,
        `"credentials" : "${randomBase62(64, 2002).toLowerCase().replace(/[g-z]/g, 'b')}"`,
        `creds = ${randomBase62(30, 2003)}`,
        `private-key: ${randomBase62(100, 2004)}`,
        `passwd = ${randomBase62(30, 2005)}`,
        `mySecretString=${randomBase62(30, 2006)}`,
        `todo_secret_do_not_commit = ${randomBase62(30, 2007)}`,
        `some_api_token_123 = "${randomBase62(60, 2008)}"`,
        `"user_auth": "${btoa(`johndoe:${randomBase62(30, 2009)}`)}"`,
      ];
      for (const text of extra) {
        total++;
        if (lintText('sample.txt', text).some((f) => f.ruleId === 'generic-api-key')) hits++;
        else misses.push(text);
      }
      assert.ok(hits / total >= 0.95, `recall ${hits}/${total}; missed:\n${misses.join('\n')}`);
    });

    it('stays silent on gitleaks’ generic false positives', () => {
      const fps = [
        '"accessor":"rA1wk0Y45YCufyfq",',
        'report_access_id: e8e4df51-2054-49b0-ab1c-516ac95c691d',
        'accessibilityYesOptionId = "0736f5ef-7e88-499a-80cc-90c85d2a5180"',
        'this.ultraPictureBox1.Name = "ultraPictureBox1";',
        'rapidstring:marm64-uwp=fail',
        'COMMUNICATION_API_VERSION=rc0.13.0_20230412_0712-SNAPSHOT',
        'apiUrl=apigee.corpint.com',
        'author = "james.fake@ymail.com",',
        'X-MS-Exchange-Organization-AuthSource: sm02915.int.contoso.com',
        "withCredentials([usernamePassword(credentialsId: '29f63271-dc2f-4734-8221-5b31b5169bac', usernameVariable: 'USERNAME', passwordVariable: 'PASSWORD')]) {",
        "credentialsId: 'ff083f76-7804-4ef1-80e4-fe975bb9141b'",
        '  "credentialId": "B9mTcFSck2LzJO2S3ols63",',
        'dev.credentials.url=dev-lb1.api.f4ke.com:5215',
        'keyword: "Befaehigung_P2"',
        'public_key = "9Cnzj4p4WGeKLs1Pt8QuKUpRKfFLfRYC9AIKjbJTWit"',
        'pub const X509_pubkey_st = struct_X509_pubkey_st;',
        `primaryKey=${randomBase62(30, 3001)}`,
        `foreignKey=${randomBase62(30, 3002)}`,
        `key_down_event=${randomBase62(30, 3003)}`,
        `issuerKeyHash=${randomBase62(30, 3004)}`,
        'IceSSL.KeyFile=s_rsa1024_priv.pem',
        '"bucket_key": "SalesResults-1.2"',
        "schemaKey = 'DOC_Vector_5_32'",
        'app.keystore.file=env/cert.p12',
        '-DKEYTAB_FILE=/tmp/app.keytab',
        '\tdoc.Security.KeySize = PdfEncryptionKeySize.Key128Bit;',
        '                                "key_name": "prod5zyxlmy-cmk",',
        '                                "kms_key_id": "555ea4a3-d53a-4412-9c66-3a7cb667b0d6",',
        '\t"key_vault_name": "web21prqodx24021",',
        'const validKeyChars = "0123456789abcdefghijklmnopqrstuvwxyz_-."',
        'key_length = XSalsa20.key_length',
        'KeyPair = X25519.KeyPair',
        '            keyPressed = kVK_Return.u16',
        'PuttyPassword=0',
        'LLM_SECRET_NAME = "NEXUS-GPT4-API-KEY"',
        '  <UserSecretsId>79a3edd0-2092-40a2-a04d-dcb46d5ca9ed</UserSecretsId>',
        'secret_length = X25519.secret_length',
        "    access_token_url='https://github.com/login/oauth/access_token',",
        'publicToken = "9Cnzj4p4WGeKLs1Pt8QuKUpRKfFLfRYC9AIKjbJTWit"',
        'notes            = "Maven - io.jsonwebtoken:jjwt-jackson-0.11.2"',
        'clientId = "73082700-1f09-405b-80d0-3131bfd6272d"',
        'GITHUB_API_KEY=\nDYNATRACE_API_KEY=',
        'snowflake.password=\njdbc.snowflake.url=',
        "import { chain_Anvil1_Key, chain_Anvil2_Key } from '../blockchain-tests/pallets/supported-chains/consts';",
        '# get build time secret for authentication\n#RUN --mount=type=secret,id=jfrog_secret \\\n#    JFROG_SECRET = $(cat /run/secrets/jfrog_secret) && \\',
      ];
      const fired = fps.filter((text) => lintText('sample.txt', text).some((f) => FAMILY.includes(f.ruleId)));
      assert.deepEqual(fired, []);
    });

    it('finds JWTs in the contexts of gitleaks’ examples (tokens generated here)', () => {
      const contexts = [
        (t: string) => t,
        (t: string) => `JWT := ${t}`,
        (t: string) => `"access_token": "${t}"`,
        (t: string) => `https://cdn.internal/master.m3u8?access_token=${t}`,
        (t: string) => `"SessionToken": "${t}",`,
        (t: string) => `2020/11/04 21:08:40 Access Token:\n\t\t"${t}"`,
        (t: string) => `"idToken": "${t}",`,
        (t: string) => `TokenIssuer1WithAzp = "${t}"`,
        (t: string) => `python examples/cli.py ${t}`,
        (t: string) => `"Authorization": "Bearer ${t}"`,
        (t: string) => `//                  authorization: '${t}',`,
        (t: string) => `const TestKubernetesJWT_A = "${t}"`,
        (t: string) => `string: grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=${t}`,
        (t: string) => `{"access_token":"${t}","expires_at":"2021-02-14T20:41:01Z"}`,
        (t: string) => `curl -H "Authorization: Bearer ${t}" "http://127.0.0.1:8080/api/v2/dumpdata?output-data=1"`,
        (t: string) => `{"signatures": [ "${t}"]}`,
        (t: string) => `- SUPABASE_SERVICE_ROLE_KEY=${t}`,
        (t: string) => `"Cookie": "auth-token=${t}",`,
        (t: string) => `href="https://demo.kuboard.cn/dashboard?k8sToken=${t}">`,
      ];
      const algs = ['HS256', 'RS256', 'ES256', 'HS512', 'PS256'];
      const missed = contexts
        .map((context, i) => context(fakeJwt(4000 + i, algs[i % algs.length])))
        .filter((text) => !lintText('sample.txt', text).some((f) => f.ruleId === 'jwt'));
      assert.deepEqual(missed, []);
    });

    it('finds private keys in gitleaks’ formats and not in its false positives', () => {
      for (const key of [fakeRsaKey(131), fakePgpKey(132), fakeEcKey(133)]) assert.deepEqual(found('k.pem', key), ['private-key@1']);
      assert.deepEqual(found('k.pem', '-----BEGIN PRIVATE KEY-----\nanything\n-----END PRIVATE KEY-----'), []);
      assert.deepEqual(found('k.pem', '-----BEGIN OPENSSH PRIVATE KEY----------END OPENSSH PRIVATE KEY-----'), []);
    });
  });

  describe('helpers', () => {
    it('tells key formats apart by their decoded structure', () => {
      assert.equal(classifyPemText(fakeRsaKey(141)), 'plain');
      assert.equal(classifyPemText(fakeOpenSshKey(142, 'aes256-ctr')), 'encrypted');
      assert.equal(classifyPemText(fakeRsaKey(143).replace('MII', 'ZZZ')), 'invalid');
      assert.equal(classifyPemText(fakeRsaKey(144).replace('RSA PRIVATE KEY-----\n', 'EC PRIVATE KEY-----\n')), 'invalid');
    });

    it('tells signed JWTs from doubtful ones (no alg, RFC sample claims) and from non-credentials', () => {
      assert.equal(classifyJwt(fakeJwt(160)), 'signed');
      assert.equal(classifyJwt(RFC7515_A1_TOKEN), 'none', "RFC 7515 A.1's own token is the published sample");
      const [, claims = '', rfcSignature = ''] = RFC7515_A1_TOKEN.split('.');
      const header = (json: string) => btoa(json).replace(/=+$/, '');
      assert.equal(
        classifyJwt(`${header('{"alg":"HS256"}')}.${claims}.${rfcSignature}`),
        'doubtful',
        "the RFC's signature under another header",
      );
      assert.equal(classifyJwt(jwtOf('{"alg":"ES256"}', RFC7519_CLAIMS, 161)), 'doubtful', 'the sample claims signed with another key');
      assert.equal(classifyJwt(jwtOf('{"typ":"JWT"}', '{"sub":"svc-7Hq2LmZp9X"}', 162)), 'doubtful', 'a header without alg');
      assert.equal(classifyJwt(jwtOf('{"alg":"none"}', RFC7519_CLAIMS, 163)), 'none', 'alg none');
      assert.equal(classifyJwt(jwtOf('{}', '{"sub":"svc-7Hq2LmZp9X"}', 164)), 'none', 'an empty header');
      assert.equal(classifyJwt(jwtOf('{"typ":"JWT"}', '{"sub":"1234567890","name":"John Doe"}', 165)), 'none', "jwt.io's claims");
    });

    it('reports doubtful JWTs once, as jwt-low-confidence warnings with low confidence, plain or base64', () => {
      for (const token of [
        jwtOf('{"alg":"HS256"}', RFC7519_CLAIMS, 170),
        jwtOf('{"kid":"key-2024-01","typ":"JWT"}', '{"sub":"svc-7Hq2LmZp9X"}', 171),
      ]) {
        for (const text of [`token: ${token}`, `encoded: ${btoa(token)}`, `Authorization: Bearer ${token}`]) {
          const findings = lintText('notes.txt', text);
          assert.deepEqual(
            findings.map((f) => f.ruleId),
            ['jwt-low-confidence'],
            text,
          );
          assert.equal(findings[0]?.severity, 'warning');
          assert.equal(findings[0]?.confidence, 'low');
        }
      }
    });

    it('accepts signed JWTs only', () => {
      assert.ok(isSignedJwt(fakeJwt(151)));
      const [header = '', payload = ''] = fakeJwt(152).split('.');
      assert.ok(!isSignedJwt(`${header}.${payload}.`), 'no signature');
      assert.ok(!isSignedJwt(`${btoa('{"alg":"none"}').replace(/=+$/, '')}.${payload}.${randomBase62(43, 153)}`), 'alg none');
      assert.ok(!isSignedJwt(`${header}.${btoa('not json at all').replace(/=+$/, '')}.${randomBase62(43, 154)}`), 'payload not JSON');
    });

    it('knows which names hold a credential', () => {
      for (const name of [
        'api_key',
        'apiKey',
        'APIKEY',
        'client_secret',
        'DB_PASSWORD',
        'secretAccessKey',
        'SECRET_KEY_BASE',
        'auth_token',
        'private-key',
        'mySecretString',
      ])
        assert.ok(namesACredential(name), name);
      for (const name of [
        'public_key',
        'api_key_id',
        'token_url',
        'max_tokens',
        'csrf_token',
        'password_hint',
        'keyboard',
        'monkey',
        'author',
        'secret_name',
        'next_page_token',
        'primaryKey',
      ])
        assert.ok(!namesACredential(name), name);
    });

    it('tells random values from words, fillers and public values', () => {
      assert.ok(looksLikeCredential(randomBase62(32, 161)));
      assert.ok(looksLikeCredential('Tr0ub4dor&3horse!'));
      for (const value of [
        'password123',
        'p@ssw0rd!',
        'changeme',
        'SIGN_UP_V2_SUBMIT',
        'CustomAuthFlowV2',
        '1.2.3-beta.4',
        'ctrl+shift+f4',
        '/etc/ssl/key.pem',
        'user@example.org',
      ])
        assert.ok(!looksLikeCredential(value), value);
      assert.ok(isWordy('CustomAuthFlowScenarioV2'));
      assert.ok(!isWordy(randomBase62(32, 162)));
    });
  });
});

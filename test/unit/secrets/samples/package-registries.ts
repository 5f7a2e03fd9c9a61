/** Samples for the package-registries detectors: positives generated at test time, negatives that must stay silent. */
import { randomBase62 } from '../../support';
import type { SecretSamples } from '../samples';
import { fakeGhToken, randomHex, randomLowerAlnum, randomUrlSafe } from './source-hosting';

/** Deterministic pseudo-random bytes. */
function randomBytes(length: number, seed: number): number[] {
  return [...randomBase62(length, seed)].map((c, i) => (c.charCodeAt(0) * 131 + i * 17 + seed) & 0xff);
}

function field(type: number, data: readonly number[]): number[] {
  return [type, data.length, ...data];
}

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

/**
 * A PyPI token built at test time: `pypi-` + base64url of a v2 macaroon (location `pypi.org`, a
 * random identifier, one caveat, a random 32-byte signature), shaped as PyPI issues them.
 */
export function fakePypiToken(seed: number, caveats = 1): string {
  const bytes = [
    2,
    ...field(1, ascii('pypi.org')),
    ...field(2, ascii(randomHex(32, seed))),
    0,
    ...Array.from({ length: caveats }, (_, i) => [...field(2, ascii(`{"version": 1, "permissions": "user", "n": ${i}}`)), 0]).flat(),
    0,
    ...field(6, randomBytes(32, seed + 1)),
  ];
  return `pypi-${Buffer.from(bytes).toString('base64url')}`;
}

/** A JFrog reference token: base64 of `reftkn:01:<expiry>:<random>`, 64 alphanumerics. */
export function fakeJfrogReferenceToken(seed: number): string {
  for (let s = seed; ; s += 7919) {
    const token = Buffer.from(`reftkn:01:1893456000:${randomBase62(27, s)}`).toString('base64');
    if (/^[A-Za-z0-9]{64}$/.test(token)) return token;
  }
}

/** A crates.io token whose body mixes upper case, lower case and digits, as real ones do. */
function fakeCratesToken(seed: number): string {
  for (let s = seed; ; s += 7919) {
    const body = randomBase62(32, s);
    if (/[A-Z]/.test(body) && /[a-z]/.test(body) && /\d/.test(body)) return `cio${body}`;
  }
}

function uuid(seed: number): string {
  const h = randomHex(32, seed);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
}

export const PACKAGE_REGISTRIES_SAMPLES: Readonly<Record<string, SecretSamples>> = {
  'npm-access-token': {
    positives: () => [
      `//registry.npmjs.org/:_authToken=${fakeGhToken('npm_', 501)}`,
      `NPM_TOKEN=${fakeGhToken('npm_', 502)}`,
      `  npmAuthToken: "${fakeGhToken('npm_', 503)}"`,
    ],
    negatives: [
      'NPM_TOKEN=npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
      'NPM_TOKEN=npm_<your-token>',
      'NPM_TOKEN=npm_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij',
    ],
  },
  'npmrc-auth-token': {
    positives: () => [
      `//registry.npmjs.org/:_authToken=${uuid(511)}`,
      `//npm.corp.internal/repository/npm-private/:_authToken=NpmToken.${uuid(512)}`,
      `registry=https://npm.corp.internal/\n_auth=${Buffer.from(`ci-bot:${randomBase62(20, 513)}`).toString('base64')}\nalways-auth=true`,
    ],
    negatives: [
      '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
      '//registry.npmjs.org/:_authToken="${NPM_TOKEN}"',
      '//registry.npmjs.org/:_authToken=YOUR_NPM_TOKEN_HERE',
      'self._auth = requests.auth.HTTPBasicAuth(user, password)',
    ],
  },
  'yarnrc-npm-auth-token': {
    positives: () => [
      `npmScopes:\n  acme:\n    npmRegistryServer: "https://npm.corp.internal"\n    npmAuthToken: "${randomUrlSafe(40, 521)}"`,
      `npmAuthToken: ${uuid(522)}`,
      `npmRegistries:\n  "https://npm.corp.internal":\n    npmAuthIdent: "${Buffer.from(`deploy:${randomBase62(24, 523)}`).toString('base64')}"`,
    ],
    negatives: ['npmAuthToken: "${NPM_TOKEN}"', 'npmAuthToken: ${NPM_AUTH_TOKEN:-}', 'npmAuthToken: "<your-token>"', 'npmAlwaysAuth: true'],
  },
  'pypi-upload-token': {
    positives: () => [
      `[pypi]\n  username = __token__\n  password = ${fakePypiToken(531)}`,
      `TWINE_PASSWORD=${fakePypiToken(532, 2)}`,
      `uv publish --token ${fakePypiToken(533, 0)}`,
    ],
    negatives: [
      'password = pypi-AgEIcHlwaS5vcmcxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'TWINE_PASSWORD=${PYPI_API_TOKEN}',
      'password = pypi-<your-token>',
      'password: ${{ secrets.PYPI_API_TOKEN }}',
    ],
  },
  'rubygems-api-token': {
    positives: () => [
      `---\n:rubygems_api_key: rubygems_${randomHex(48, 541)}`,
      `GEM_HOST_API_KEY=rubygems_${randomHex(48, 542)}`,
      `  api_key: "rubygems_${randomHex(48, 543)}"`,
    ],
    negatives: [
      ':rubygems_api_key: rubygems_' + 'x'.repeat(48),
      'GEM_HOST_API_KEY=${{ secrets.RUBYGEMS_API_KEY }}',
      ':rubygems_api_key: rubygems_<key>',
    ],
  },
  'nuget-api-key': {
    positives: () => [
      `dotnet nuget push pkg.nupkg --api-key oy2${randomLowerAlnum(43, 551)} --source https://api.nuget.org/v3/index.json`,
      `NUGET_API_KEY=oy2${randomLowerAlnum(43, 552)}`,
      `<add key="ClearTextPassword" value="oy2${randomLowerAlnum(43, 553)}" />`,
    ],
    negatives: [
      'NUGET_API_KEY=oy2' + 'x'.repeat(43),
      'dotnet nuget push pkg.nupkg --api-key ${NUGET_API_KEY}',
      'NUGET_API_KEY=oy2<your-key>',
      'integrity: sha512-Qoy2abcdefghijklmnopqrstuvwxyz0123456789abcdefg==',
    ],
  },
  'docker-hub-pat': {
    positives: () => [
      `echo dckr_pat_${randomUrlSafe(27, 561)} | docker login -u acme --password-stdin`,
      `DOCKERHUB_TOKEN=dckr_pat_${randomUrlSafe(27, 562)}`,
      `  password: "dckr_pat_${randomUrlSafe(27, 563)}"`,
    ],
    negatives: [
      'DOCKERHUB_TOKEN=dckr_pat_xxxxx',
      'DOCKERHUB_TOKEN=dckr_pat_' + 'x'.repeat(27),
      'password: ${{ secrets.DOCKERHUB_TOKEN }}',
      "DOCKERHUB_TOKEN: 'dckr_pat_test'",
    ],
  },
  'docker-hub-oat': {
    positives: () => [
      `DOCKER_TOKEN=dckr_oat_${randomUrlSafe(32, 571)}`,
      `docker login -u acme-org -p dckr_oat_${randomUrlSafe(32, 572)}`,
      `  token: "dckr_oat_${randomUrlSafe(32, 573)}"`,
    ],
    negatives: ['DOCKER_TOKEN=dckr_oat_...', 'DOCKER_TOKEN=dckr_oat_' + 'x'.repeat(32), 'docker login -u acme-org -p "$DOCKER_TOKEN"'],
  },
  'artifactory-api-key': {
    positives: () => [
      `ARTIFACTORY_API_KEY=AKCp${randomBase62(69, 581)}`,
      `curl -H "X-JFrog-Art-Api: AKCp${randomBase62(69, 582)}" https://acme.jfrog.io/artifactory/api/repositories`,
      `--set imagePullSecretJfrog.password=AKCp${randomBase62(69, 583)}`,
    ],
    negatives: [
      'ARTIFACTORY_API_KEY=AKCp' + 'x'.repeat(69),
      'ARTIFACTORY_API_KEY=${ARTIFACTORY_API_KEY}',
      'X-JFrog-Art-Api: AKCp<api-key>',
    ],
  },
  'artifactory-reference-token': {
    positives: () => [
      `JFROG_ACCESS_TOKEN=${fakeJfrogReferenceToken(591)}`,
      `curl -H "Authorization: Bearer ${fakeJfrogReferenceToken(592)}" https://acme.jfrog.io/artifactory/api/system/ping`,
      `  identityToken: "${fakeJfrogReferenceToken(593)}"`,
    ],
    negatives: [
      'JFROG_ACCESS_TOKEN=cmVmdGtu' + 'x'.repeat(56),
      'JFROG_ACCESS_TOKEN=${JFROG_ACCESS_TOKEN}',
      'note: cmVmdW5kcyBhcmUgcHJvY2Vzc2VkIHdpdGhpbiB0aGlydHkgZGF5cyBvZiB0aGUg decodes to plain text',
    ],
  },
  'clojars-api-token': {
    positives: () => [
      `CLOJARS_PASSWORD=CLOJARS_${randomHex(60, 601)}`,
      `:password "CLOJARS_${randomHex(60, 602)}"`,
      `  password: CLOJARS_${randomHex(60, 603)}`,
    ],
    negatives: [
      'CLOJARS_PASSWORD=CLOJARS_' + 'x'.repeat(60),
      'CLOJARS_PASSWORD=${CLOJARS_DEPLOY_TOKEN}',
      ':password :env/CLOJARS_PASSWORD',
    ],
  },
  'crates-io-api-token': {
    positives: () => [
      `CARGO_REGISTRY_TOKEN=${fakeCratesToken(611)}`,
      `[registry]\ntoken = "${fakeCratesToken(612)}"`,
      `cargo publish --token ${fakeCratesToken(613)}`,
    ],
    negatives: [
      'CARGO_REGISTRY_TOKEN=${{ secrets.CARGO_REGISTRY_TOKEN }}',
      'the associationcioxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'CARGO_REGISTRY_TOKEN=cioxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'label: ciolowercaseonlylowercaseonlylowercas',
    ],
  },
  'cloudsmith-api-key': {
    positives: () => [
      `CLOUDSMITH_API_KEY=${randomHex(40, 621)}`,
      `cloudsmith_token: "${randomHex(40, 622)}"`,
      `{"cloudsmithApiKey": "${randomHex(40, 623)}"}`,
    ],
    negatives: ['CLOUDSMITH_API_KEY=${CLOUDSMITH_API_KEY}', 'CLOUDSMITH_API_KEY=<your-api-key>', 'CLOUDSMITH_REPO=acme/packages'],
  },
};

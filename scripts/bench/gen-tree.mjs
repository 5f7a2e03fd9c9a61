// Generates the secrets benchmark tree: ~51 MB in 5,260 realistic source files, with 240 planted
// secrets of many kinds and as many decoys (placeholders, references, UUIDs, git SHAs, lockfile
// integrity hashes) that must stay silent. Deterministic (seeded), written under .bench/ (ignored
// by git). A manifest lists every planted secret: file, 1-based line, kind.
//
//   node scripts/bench/gen-tree.mjs [outDir] [--files N] [--secrets N]
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { crc32 } from 'node:zlib';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const outDir = resolve(args.find((a) => !a.startsWith('--')) ?? join(root, '.bench/tree'));
const numberArg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const FILES = numberArg('files', 5260);
const SECRETS = numberArg('secrets', 240);
const TARGET_BYTES = numberArg('mb', 51) * 1024 * 1024;

// xorshift32: the same tree on every machine and run.
let state = 0x2f6b3a91;
const rand = () => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 4294967296;
};
const int = (n) => Math.floor(rand() * n);
const pick = (list) => list[int(list.length)];
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const B64 = ALNUM + '+/';
const chars = (alphabet, n) => Array.from({ length: n }, () => alphabet[int(alphabet.length)]).join('');
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const base62 = (value, width) => {
  let out = '';
  for (let v = value; v > 0; v = Math.floor(v / 62)) out = BASE62[v % 62] + out;
  return out.padStart(width, '0');
};
const crcToken = (prefix) => {
  const body = chars(ALNUM, 30);
  return `${prefix}${body}${base62(crc32(body), 6)}`;
};
const b64url = (s) => Buffer.from(s).toString('base64url');

// A structurally valid PKCS#1 RSAPrivateKey (DER) built from seeded random bytes: scanners that
// check a key's structure see a real-looking key, and the tree stays deterministic.
const derLength = (n) => (n < 128 ? [n] : n < 256 ? [0x81, n] : [0x82, n >> 8, n & 0xff]);
const derInteger = (bytes) => {
  const body = bytes[0] & 0x80 ? [0, ...bytes] : bytes;
  return [0x02, ...derLength(body.length), ...body];
};
const randomBytes = (n) => Array.from({ length: n }, (_, i) => (i === 0 ? 0x80 | int(128) : int(256)));
const rsaDer = () => {
  const fields = [
    [0],
    randomBytes(256),
    [1, 0, 1],
    randomBytes(256),
    randomBytes(128),
    randomBytes(128),
    randomBytes(128),
    randomBytes(128),
    randomBytes(128),
  ];
  const body = fields.flatMap((f, i) => (i === 0 ? [0x02, 1, 0] : derInteger(f)));
  return Buffer.from([0x30, ...derLength(body.length), ...body]);
};
const pem = (label, der) =>
  `-----BEGIN ${label}-----\n${der
    .toString('base64')
    .match(/.{1,64}/g)
    .join('\n')}\n-----END ${label}-----`;

// Each kind: a secret generator and a line that holds it, in the syntax of the host file.
const KINDS = {
  'github-pat': () => crcToken('ghp_'),
  'npm-access-token': () => crcToken('npm_'),
  'aws-access-token': () => `AKIA${chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  'gcp-api-key': () => `AIza${chars(ALNUM + '-_', 35)}`,
  'slack-bot-token': () => `xoxb-${1000000000 + int(8999999999)}-${1000000000 + int(8999999999)}-${chars(ALNUM, 24)}`,
  'stripe-access-token': () => `sk_live_${chars(ALNUM, 32)}`,
  'gitlab-pat': () => `glpat-${chars(ALNUM + '-_', 20)}`,
  'sendgrid-api-token': () => `SG.${chars(ALNUM + '-_', 22)}.${chars(ALNUM + '-_', 43)}`,
  'openai-api-key': () => `sk-proj-${chars(ALNUM + '-_', 74)}T3BlbkFJ${chars(ALNUM + '-_', 74)}`,
  'anthropic-api-key': () => `sk-ant-api03-${chars(ALNUM + '-_', 93)}AA`,
  'huggingface-access-token': () => `hf_${chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', 34)}`,
  'digitalocean-pat': () => `dop_v1_${chars(HEX, 64)}`,
  'shopify-access-token': () => `shpat_${chars(HEX, 32)}`,
  'docker-hub-pat': () => `dckr_pat_${chars(ALNUM + '-_', 27)}`,
  jwt: () =>
    `${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64url(JSON.stringify({ sub: String(int(1e9)), name: 'svc', iat: 1700000000 + int(1e7) }))}.${chars(ALNUM + '-_', 43)}`,
  'uri-credentials': () => `postgres://app:${chars(ALNUM, 18)}@db.internal:5432/app`,
  'private-key': () => pem('RSA PRIVATE KEY', rsaDer()),
};
const KIND_NAMES = Object.keys(KINDS);

const DECOYS = [
  () => `const apiKey = process.env.API_KEY; // ${chars(LOWER, 6)}`,
  () => `api_key = os.environ["API_KEY"]`,
  () => `token: \${{ secrets.DEPLOY_TOKEN }}`,
  () => `password = "changeme"`,
  () => `STRIPE_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx`,
  () => `GITHUB_TOKEN=<your-token-here>`,
  () => `"id": "${chars(HEX, 8)}-${chars(HEX, 4)}-4${chars(HEX, 3)}-a${chars(HEX, 3)}-${chars(HEX, 12)}",`,
  () => `      - uses: actions/checkout@${chars(HEX, 40)} # v4`,
  () => `commit = "${chars(HEX, 40)}"`,
  () => `    "integrity": "sha512-${Buffer.from(createHash('sha512').update(String(rand())).digest()).toString('base64')}",`,
  () => `secret_key = "${'EXAMPLE'}_${chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 12)}"`,
  () => `aws_access_key_id = AKIAIOSFODNN7EXAMPLE`,
];

// File kinds: extension → a generator of ordinary lines and a way to embed a secret.
const FILE_KINDS = [
  {
    ext: 'ts',
    weight: 25,
    line: () =>
      pick([
        `export function ${chars('abcdefghij', 8)}(input: string): number {`,
        `  const ${chars('abcdefgh', 6)} = await fetch(\`/api/${chars(LOWER, 8)}\`);`,
        `  return items.filter((x) => x.id !== ${int(999)});`,
        `}`,
        `// ${pick(['TODO', 'NOTE', 'why:'])} ${chars(LOWER, 30)}`,
        `import { ${chars('abcdefgh', 7)} } from './${chars('abcdefgh', 6)}';`,
      ]),
    embed: (s) => `const secret = "${s}";`,
  },
  {
    ext: 'py',
    weight: 20,
    line: () =>
      pick([
        `def ${chars('abcdefgh', 8)}(self, value):`,
        `    return self.${chars('abcdefgh', 6)}.get(value, None)`,
        `    logger.info("processing %s", ${chars('abcdefgh', 5)})`,
        `class ${chars('ABCDEFGH', 1)}${chars('abcdefgh', 7)}(Base):`,
        `    # ${chars(LOWER, 40)}`,
      ]),
    embed: (s) => `TOKEN = "${s}"`,
  },
  {
    ext: 'go',
    weight: 10,
    line: () =>
      pick([
        `func ${chars('abcdefgh', 8)}(ctx context.Context) error {`,
        `\tif err != nil {`,
        `\t\treturn fmt.Errorf("x: %w", err)`,
        `\t}`,
        `}`,
      ]),
    embed: (s) => `var apiToken = "${s}"`,
  },
  {
    ext: 'java',
    weight: 8,
    line: () =>
      pick([
        `    public void ${chars('abcdefgh', 8)}() {`,
        `        this.${chars('abcdefgh', 6)} = new ArrayList<>();`,
        `    }`,
        `    private static final int MAX = ${int(9999)};`,
      ]),
    embed: (s) => `    private static final String KEY = "${s}";`,
  },
  {
    ext: 'md',
    weight: 10,
    line: () => pick([`## ${chars(LOWER, 12)}`, `${chars(LOWER, 60)} ${chars(LOWER, 20)}.`, '', `- ${chars(LOWER, 30)}`]),
    embed: (s) => `Use \`${s}\` to authenticate.`,
  },
  {
    ext: 'yaml',
    weight: 8,
    line: () =>
      pick([
        `${chars('abcdefgh', 6)}: ${chars(LOWER, 12)}`,
        `  replicas: ${int(9)}`,
        `  image: registry.example.com/app:${int(9)}.${int(9)}`,
        `- name: ${chars(LOWER, 8)}`,
      ]),
    embed: (s) => `  token: "${s}"`,
  },
  { ext: 'json', weight: 8, line: () => `  "${chars('abcdefgh', 8)}": "${chars(LOWER, 16)}",`, embed: (s) => `  "apiKey": "${s}",` },
  { ext: 'env', weight: 3, line: () => `${chars('ABCDEFGH_', 10)}=${chars(LOWER, 12)}`, embed: (s) => `SERVICE_TOKEN=${s}` },
  {
    ext: 'sh',
    weight: 3,
    line: () => pick([`echo "${chars(LOWER, 20)}"`, `set -euo pipefail`, `if [ -f "${chars(LOWER, 6)}" ]; then`, `fi`]),
    embed: (s) => `export API_TOKEN="${s}"`,
  },
  {
    ext: 'lock',
    weight: 3,
    line: () =>
      `"${chars(LOWER, 10)}@^${int(9)}.${int(20)}.${int(20)}":\n  version "${int(9)}.${int(20)}.${int(20)}"\n  integrity sha512-${Buffer.from(createHash('sha512').update(String(rand())).digest()).toString('base64')}`,
    embed: (s) => `# token ${s}`,
  },
];
const totalWeight = FILE_KINDS.reduce((a, k) => a + k.weight, 0);
const pickKind = () => {
  let r = rand() * totalWeight;
  for (const k of FILE_KINDS) if ((r -= k.weight) < 0) return k;
  return FILE_KINDS[0];
};

rmSync(outDir, { recursive: true, force: true });
const planted = [];
const decoys = [];
const secretFiles = new Set();
while (secretFiles.size < Math.min(SECRETS, FILES)) secretFiles.add(int(FILES));
const bytesPerFile = TARGET_BYTES / FILES;
let total = 0;
for (let i = 0; i < FILES; i++) {
  const kind = pickKind();
  const dir = `pkg${String(i % 97).padStart(2, '0')}/src/${chars('abcdefgh', 2)}`;
  const name =
    kind.ext === 'env'
      ? `.env.${chars(LOWER, 4)}`
      : kind.ext === 'lock'
        ? `yarn-${i}.lock`
        : `${chars('abcdefghijklmnop', 8)}${i}.${kind.ext}`;
  const path = `${dir}/${name}`;
  const lines = [];
  let size = 0;
  const target = bytesPerFile * (0.5 + rand());
  while (size < target) {
    // A generator may return several lines (lockfile entries): keep one array entry per line so
    // the manifest's line numbers are right.
    for (const line of kind.line().split('\n')) {
      lines.push(line);
      size += line.length + 1;
    }
  }
  let secretIndex = -1;
  if (secretFiles.has(i)) {
    const secretKind = KIND_NAMES[planted.length % KIND_NAMES.length];
    const secret = KINDS[secretKind]();
    secretIndex = int(lines.length);
    lines.splice(secretIndex, 0, secretKind === 'private-key' ? secret : kind.embed(secret));
    planted.push({ file: path, line: secretIndex + 1, kind: secretKind });
  }
  // Decoys in one file of three: they must never be reported. Inserted after the secret, so a
  // decoy above it moves the secret down one line.
  if (i % 3 === 0) {
    const at = int(lines.length);
    lines.splice(at, 0, pick(DECOYS)());
    decoys.push({ file: path, line: at + 1 });
    if (secretIndex >= 0 && at <= secretIndex) planted[planted.length - 1].line += 1;
  }
  const content = lines.join('\n') + '\n';
  total += Buffer.byteLength(content);
  const full = join(outDir, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
}
writeFileSync(join(outDir, '..', 'manifest.json'), JSON.stringify({ files: FILES, bytes: total, planted, decoys }, null, 1));
console.log(
  `generated ${FILES} files, ${(total / 1024 / 1024).toFixed(1)} MB, ${planted.length} secrets, ${decoys.length} decoys in ${outDir}`,
);

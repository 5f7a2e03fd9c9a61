/**
 * copy-secret-file: COPY or ADD of a file that usually holds credentials: `.env` and `.env.*`,
 * SSH private keys (`id_rsa`, `id_ed25519`…), `*.key`, `*.pem`, `*.p12`/`*.pfx`/`*.jks` key stores,
 * `.npmrc`, `.pypirc`, `.netrc`, `.git-credentials`, `.aws/credentials`, `.docker/config.json`,
 * `credentials.json`, `service-account*.json`, and the `.ssh`/`.aws`/`.gnupg` folders. A file
 * copied into a layer stays in the image even if a later RUN deletes it, so anyone who can pull the
 * image (or a builder stage's cache) gets the credential. Build secrets
 * (`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`) never reach a layer.
 * Templates (`.env.example`, `.env.sample`, `.env.template`, `.env.dist`), public keys (`*.pub`)
 * certificate-looking names (`ca.pem`, `fullchain.pem`, `repo-signing.key`…) and anything copied
 * into a trust store (`/usr/local/share/ca-certificates/`, `/etc/ssl/certs/`) are not flagged;
 * `COPY . .` is not judged here (a .dockerignore decides what it sends).
 */
import { defineDockerfileRule } from '../../rule';
import { basename, copyOperands } from './helpers';

const EXACT: ReadonlyMap<string, string> = new Map([
  ['.env', 'environment secrets'],
  ['id_rsa', 'an SSH private key'],
  ['id_dsa', 'an SSH private key'],
  ['id_ecdsa', 'an SSH private key'],
  ['id_ed25519', 'an SSH private key'],
  ['.ssh', 'SSH keys'],
  ['.gnupg', 'GPG private keys'],
  ['.aws', 'AWS credentials'],
  ['.npmrc', 'npm registry credentials'],
  ['.pypirc', 'PyPI credentials'],
  ['.netrc', 'login credentials'],
  ['_netrc', 'login credentials'],
  ['.git-credentials', 'git credentials'],
  ['.dockercfg', 'Docker registry credentials'],
  ['credentials.json', 'credentials'],
  ['.htpasswd', 'password hashes'],
  ['htpasswd', 'password hashes'],
]);
const ENV_TEMPLATE = /^\.env\.(?:example|sample|template|dist|defaults?|tpl)$/i;
const KEY_FILE = /\.(?:pem|key|p12|pfx|jks|keystore|ppk)$/i;
/** Names of public material that shares the key-file extensions. */
const PUBLIC_HINT =
  /(?:^|[-_.])(?:ca|cacert|cert|certs|certificate|chain|fullchain|bundle|root|pub|public|release|repo|gpg|signing|archive|keyring|trust|truststore)(?:[-_.]|$)/i;

const TRUST_STORE = /(?:^|\/)(?:ca-certificates|ca-trust|trusted\.d|anchors)(?:\/|$)|^\/etc\/ssl\/certs(?:\/|$)/;

/** Why the source looks like a secret file, or undefined. */
function secretKind(path: string): string | undefined {
  const normalized = path.replace(/\\/g, '/');
  const name = basename(normalized);
  const lower = name.toLowerCase();
  if (/(?:^|\/)\.aws\/credentials$/.test(normalized)) return 'AWS credentials';
  if (/(?:^|\/)\.docker\/config\.json$/.test(normalized)) return 'Docker registry credentials';
  const exact = EXACT.get(lower);
  if (exact) return exact;
  if (lower.startsWith('.env.') && !ENV_TEMPLATE.test(lower)) return 'environment secrets';
  if (/^service[-_]?account.*\.json$/.test(lower)) return 'a cloud service-account key';
  if (KEY_FILE.test(lower) && !PUBLIC_HINT.test(lower.replace(KEY_FILE, ''))) return 'a private key';
  return undefined;
}

export const copySecretFile = defineDockerfileRule({
  id: 'copy-secret-file',
  name: 'copy-secret-file',
  aliases: [],
  severity: 'warning',
  confidence: 'medium',
  summary: 'COPY or ADD puts a file that usually holds credentials into the image.',
  fix: 'none',
  instructions: ['COPY', 'ADD'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') return;
    const operands = copyOperands(instruction);
    const dest = operands[operands.length - 1]?.value ?? '';
    // Certificates go to the trust store: whatever is copied there is public by design.
    if (TRUST_STORE.test(dest)) return;
    for (const source of operands.slice(0, -1)) {
      if (/^[a-z]+:\/\//i.test(source.value) || source.value.includes('$')) continue;
      const kind = secretKind(source.value);
      if (!kind) continue;
      ctx.report({
        range: ctx.lines.range(source.start, source.end),
        message: `${instruction.keyword} copies ${source.value}, which usually holds ${kind}, into a layer, where it stays even if a later step deletes it: mount it only for the step that needs it (RUN --mount=type=secret,…) and list it in .dockerignore.`,
      });
    }
  },
});

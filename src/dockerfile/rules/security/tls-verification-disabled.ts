/**
 * tls-verification-disabled: a download or package tool told to accept any TLS certificate:
 * `curl -k`, `wget --no-check-certificate`, `pip --trusted-host`, `npm/yarn/pnpm config set
 * strict-ssl false`, `git config http.sslVerify false`, apt's `Acquire::https::Verify-Peer=false`,
 * yum/dnf `sslverify=0`, `go get -insecure`, `uv --allow-insecure-host`, and the environment
 * variables that do the same (`GIT_SSL_NO_VERIFY`, `NODE_TLS_REJECT_UNAUTHORIZED=0`,
 * `PYTHONHTTPSVERIFY=0`, `NPM_CONFIG_STRICT_SSL=false`, `PIP_TRUSTED_HOST`, `GOINSECURE`) in ENV,
 * ARG defaults or RUN scripts. Anyone on the network path can then serve their own code to the
 * build, and an ENV keeps the setting in the image, for every process that runs in it later.
 * Package signature checks (apk --allow-untrusted, --nogpgcheck…) are signature-verification-
 * disabled's job. Each setting maps to the Checkov check that covers it (CKV2_DOCKER_2…18).
 */
import type { ShellCommand, ShellWord } from '../../shell';
import { hasFlag } from '../../shell';
import { defineDockerfileRule } from '../../rule';
import { optionValues, runVerificationChecks, type Hit, type VerificationChecks } from './helpers';

const ADVICE =
  'install the CA certificate the server uses (e.g. into /usr/local/share/ca-certificates and run update-ca-certificates) instead';
const APT_VERIFY = /acquire::https::(?:[^:\s"]+::)?verify-(?:peer|host)(?:=|\s+"?)(?:false|0|no|off)\b/i;
const FALSE = new Set(['false', '0', 'no', 'off']);
/** First letters (lower-cased char codes) of GIT_SSL_NO_VERIFY, NODE_…, PYTHON…, NPM_…/YARN_…, PIP_…, GOINSECURE. */
const VARIABLE_INITIALS = new Set([...'gnpy'].map((c) => c.charCodeAt(0)));
const YUM_LIKE = /^(?:yum|dnf|dnf-3|microdnf|tdnf|yum-config-manager)$/;

function pipLike(command: ShellCommand, name: string): boolean {
  if (/^pip[0-9.]*$/.test(name)) return true;
  return /^python[0-9.]*$/.test(name) && command.words[1]?.value === '-m' && /^pip[0-9.]*$/.test(command.words[2]?.value ?? '');
}

/** `npm config set strict-ssl false`, `yarn config set enableStrictSsl false`, `npm set strict-ssl=false`. */
function strictSslOff(command: ShellCommand, hits: Hit[], name: string): void {
  const words = command.words;
  const set = words.findIndex((w, i) => w.value === 'set' && (i === 1 || /^(?:config|c)$/.test(words[i - 1]?.value ?? '')));
  const key = set > 0 ? words[set + 1] : undefined;
  if (key) {
    const [k, inline] = key.value.split('=', 2);
    const value = inline ?? words[set + 2]?.value ?? '';
    if (/^(?:strict-ssl|enablestrictssl)$/i.test(k ?? '') && FALSE.has(value.toLowerCase())) {
      hits.push({
        start: key.start,
        end: key.end,
        message: `${name} config set ${k ?? ''} false turns off TLS certificate checks for every later ${name} command: ${ADVICE}, or set cafile.`,
      });
    }
  }
  words.forEach((w, i) => {
    const v = w.value.toLowerCase();
    if (
      v === '--no-strict-ssl' ||
      v === '--strict-ssl=false' ||
      (v === '--strict-ssl' && FALSE.has(words[i + 1]?.value.toLowerCase() ?? ''))
    ) {
      hits.push({ start: w.start, end: w.end, message: `${name} ${w.value} skips TLS certificate checks: ${ADVICE}, or pass --cafile.` });
    }
  });
}

function gitSslVerifyOff(command: ShellCommand, hits: Hit[]): void {
  const words = command.words;
  words.forEach((w, i) => {
    const v = w.value.toLowerCase();
    if (!v.startsWith('http.')) return;
    const eq = v.indexOf('=');
    const key = eq < 0 ? v : v.slice(0, eq);
    const value = eq < 0 ? (words[i + 1]?.value.toLowerCase() ?? '') : v.slice(eq + 1);
    if ((key === 'http.sslverify' || key.endsWith('.sslverify')) && FALSE.has(value)) {
      const written = eq < 0 ? `${w.value} ${words[i + 1]?.value ?? ''}` : w.value;
      hits.push({
        start: w.start,
        end: w.end,
        message: `git ${written} turns off TLS certificate checks: ${ADVICE}, or set http.sslCAInfo.`,
      });
    }
  });
}

const CHECKS: VerificationChecks = {
  command(command, name, hits) {
    const flag = (short: string | undefined, ...long: string[]) => hasFlag(command, short, ...long);
    if (name === 'curl') {
      const w = flag('k', 'insecure', 'proxy-insecure');
      const shown = w && !w.value.startsWith('--') && w.value !== '-k' ? `-k (in ${w.value})` : w?.value;
      if (w)
        hits.push({
          start: w.start,
          end: w.end,
          message: `curl ${shown ?? ''} accepts any TLS certificate: drop it and ${ADVICE} (or pass --cacert).`,
        });
    } else if (name === 'wget') {
      const w = flag(undefined, 'no-check-certificate');
      if (w)
        hits.push({
          start: w.start,
          end: w.end,
          message: `wget --no-check-certificate accepts any TLS certificate: drop it and ${ADVICE} (or pass --ca-certificate).`,
        });
    } else if (pipLike(command, name)) {
      const w = flag(undefined, 'trusted-host');
      if (w)
        hits.push({
          start: w.start,
          end: w.end,
          message: `pip --trusted-host skips TLS checks (and allows plain HTTP) for that host: ${ADVICE}, or pass --cert.`,
        });
      for (const key of command.words) {
        if (/^(?:global|install|download)\.trusted-host$/i.test(key.value))
          hits.push({
            start: key.start,
            end: key.end,
            message: `pip config ${key.value} skips TLS checks for that host in every later pip command: ${ADVICE}, or set global.cert.`,
          });
      }
    } else if (name === 'uv') {
      const w = flag(undefined, 'allow-insecure-host');
      if (w)
        hits.push({
          start: w.start,
          end: w.end,
          message: `uv --allow-insecure-host skips TLS checks for that host: ${ADVICE}, or set SSL_CERT_FILE.`,
        });
    } else if (name === 'npm' || name === 'yarn' || name === 'pnpm') {
      strictSslOff(command, hits, name);
    } else if (name === 'git') {
      gitSslVerifyOff(command, hits);
    } else if (name === 'go') {
      const w = command.words.find((x) => x.value === '-insecure');
      if (w) hits.push({ start: w.start, end: w.end, message: `go ${w.value} fetches modules without TLS checks: drop it and ${ADVICE}.` });
    }
    if (YUM_LIKE.test(name)) {
      for (const v of optionValues(command, undefined, 'setopt')) {
        if (/^(?:[^=\s]+\.)?sslverify=(?:0|false|no|off)$/i.test(v.value))
          hits.push({
            start: v.start,
            end: v.end,
            message: `${name} --setopt=…sslverify=${v.value.split('=').pop() ?? ''} turns off TLS certificate checks for the repositories: ${ADVICE}, or set sslcacert.`,
          });
      }
    }
    // apt's setting, on the command line (-o) or written to apt.conf.d by echo/printf.
    const words = command.words;
    for (let i = 1; i < words.length; i++) {
      const w = words[i] as ShellWord;
      if (w.value.length < 200 && /verify-(?:peer|host)/i.test(w.value) && APT_VERIFY.test(w.value)) {
        hits.push({
          start: w.start,
          end: w.end,
          message: `Acquire::https::Verify-Peer/Verify-Host=false makes apt accept any TLS certificate: ${ADVICE}.`,
        });
      }
    }
  },
  variable(name, value, start, end, hits) {
    // Every variable name this checks starts with one of these letters: skip the rest cheaply.
    if (!VARIABLE_INITIALS.has(name.charCodeAt(0) | 0x20)) return;
    const upper = name.toUpperCase();
    const lower = value.toLowerCase();
    let what: string | undefined;
    if (upper === 'GIT_SSL_NO_VERIFY') what = 'makes git accept any TLS certificate (whatever its value)';
    else if (upper === 'NODE_TLS_REJECT_UNAUTHORIZED' && value === '0') what = 'makes Node.js accept any TLS certificate';
    else if (upper === 'PYTHONHTTPSVERIFY' && value === '0') what = "turns off Python's HTTPS certificate checks";
    else if ((upper === 'NPM_CONFIG_STRICT_SSL' || upper === 'YARN_ENABLE_STRICT_SSL' || upper === 'YARN_STRICT_SSL') && FALSE.has(lower))
      what = 'makes npm/yarn accept any TLS certificate';
    else if (upper === 'PIP_TRUSTED_HOST' && value !== '') what = 'makes pip skip TLS checks (and allow plain HTTP) for those hosts';
    else if (upper === 'GOINSECURE' && value !== '') what = 'makes go fetch those modules without TLS checks';
    if (what) hits.push({ start, end, message: `${name}=${value} ${what}: remove it and ${ADVICE}.` });
  },
};

export const tlsVerificationDisabled = defineDockerfileRule({
  id: 'tls-verification-disabled',
  name: 'tls-verification-disabled',
  aliases: [
    'CKV2_DOCKER_2',
    'CKV2_DOCKER_3',
    'CKV2_DOCKER_4',
    'CKV2_DOCKER_5',
    'CKV2_DOCKER_6',
    'CKV2_DOCKER_12',
    'CKV2_DOCKER_13',
    'CKV2_DOCKER_14',
    'CKV2_DOCKER_15',
    'CKV2_DOCKER_16',
    'CKV2_DOCKER_18',
  ],
  severity: 'error',
  confidence: 'high',
  summary: 'TLS certificate verification is turned off for a download or package tool.',
  fix: 'none',
  instructions: ['RUN', 'ENV', 'ARG'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword !== 'RUN' && instruction.keyword !== 'ENV' && instruction.keyword !== 'ARG') return;
    for (const hit of runVerificationChecks(instruction, ctx.scripts(instruction)?.commands, CHECKS)) {
      ctx.report({ range: ctx.lines.range(hit.start, hit.end), message: hit.message });
    }
  },
});

/**
 * signature-verification-disabled: a package manager told to install packages whose signature it
 * cannot check: `apk add --allow-untrusted`, `apt-get --allow-unauthenticated` / `--force-yes` /
 * `--allow-insecure-repositories` (and their `APT::Get::AllowUnauthenticated`,
 * `Acquire::AllowInsecureRepositories` settings), `deb [trusted=yes] …` sources, yum/dnf/microdnf
 * `--nogpgcheck` or `gpgcheck=0`, `rpm --nosignature/--nodigest/--noverify`, zypper
 * `--no-gpg-checks` / `--allow-unsigned-rpm`, and `GOSUMDB=off`. Signatures are what stops a
 * compromised mirror, proxy or typo'd repository from installing its own packages as root; turning
 * them off also hides a broken key setup that should be fixed instead.
 * TLS checks are tls-verification-disabled's job. Each setting maps to the Checkov check that
 * covers it (CKV2_DOCKER_7…11).
 */
import { hasFlag } from '../../shell';
import { defineDockerfileRule } from '../../rule';
import { optionValues, runVerificationChecks, type Hit, type VerificationChecks } from './helpers';

const APT = /^(?:apt-get|apt|aptitude)$/;
const YUM = /^(?:yum|dnf|dnf-3|microdnf|tdnf|yum-config-manager)$/;
const APT_SETTING =
  /^(?:apt::get::allowunauthenticated|acquire::allowinsecurerepositories|acquire::allowdowngradetoinsecurerepositories)(?:=|\s+"?)(?:true|1|yes|on)\b/i;
const GPGCHECK_OFF = /^(?:[^=\s]+\.)?gpgcheck=(?:0|false|no|off)$/i;
const KEY_ADVICE = "import the repository's signing key instead (apt: a keyring in /etc/apt/keyrings with signed-by=; rpm: rpm --import)";

const APT_FLAGS = ['allow-unauthenticated', 'force-yes', 'allow-insecure-repositories', 'allow-downgrade-to-insecure-repositories'];
const RPM_FLAGS = ['nosignature', 'nodigest', 'noverify', 'nofiledigest', 'nogpgcheck'];
const ZYPPER_FLAGS = ['no-gpg-checks', 'allow-unsigned-rpm'];

// Messages are built only for a hit: this runs on every command of every RUN.
function push(hits: Hit[], w: { start: number; end: number }, message: string): void {
  hits.push({ start: w.start, end: w.end, message });
}

const CHECKS: VerificationChecks = {
  command(command, name, hits) {
    const apt = APT.test(name);
    if (name === 'apk') {
      const w = hasFlag(command, undefined, 'allow-untrusted');
      if (w)
        push(
          hits,
          w,
          "apk --allow-untrusted installs packages without checking their signature: copy the repository's public key into /etc/apk/keys instead.",
        );
    } else if (apt) {
      for (const flag of APT_FLAGS) {
        const w = hasFlag(command, undefined, flag);
        if (w)
          push(
            hits,
            w,
            `${name} --${flag} lets unsigned or unverified packages in${flag === 'force-yes' ? ' (and is deprecated)' : ''}: ${KEY_ADVICE}.`,
          );
      }
    } else if (YUM.test(name)) {
      const w = hasFlag(command, undefined, 'nogpgcheck');
      if (w) push(hits, w, `${name} --nogpgcheck installs packages without checking their GPG signature: ${KEY_ADVICE}.`);
      for (const v of optionValues(command, undefined, 'setopt')) {
        if (GPGCHECK_OFF.test(v.value)) push(hits, v, `${name} --setopt=${v.value} turns off GPG signature checks: ${KEY_ADVICE}.`);
      }
    } else if (name === 'rpm') {
      for (const flag of RPM_FLAGS) {
        const w = hasFlag(command, undefined, flag);
        if (w) push(hits, w, `rpm --${flag} skips the package's signature or digest checks: ${KEY_ADVICE}.`);
      }
    } else if (name === 'zypper') {
      for (const flag of ZYPPER_FLAGS) {
        const w = hasFlag(command, undefined, flag);
        if (w) push(hits, w, `zypper --${flag} installs packages without checking their signature: ${KEY_ADVICE}.`);
      }
    }
    // Settings on the command line (apt -o) or written to a config file by echo/printf/tee.
    const writes = name === 'echo' || name === 'printf';
    // Only apt's own options and echo/printf into a config file can carry these settings.
    if (!apt && !writes) return;
    const words = command.words;
    for (let i = 1; i < words.length; i++) {
      const w = words[i] as (typeof words)[number];
      const v = w.value;
      if (v.length > 300) continue;
      if ((apt || writes) && /allow/i.test(v) && APT_SETTING.test(v.replace(/^-o/, '')))
        push(hits, w, `${v} makes apt accept unsigned repositories or packages: ${KEY_ADVICE}.`);
      else if (writes && v.includes('trusted=yes') && /(?:^|\s)deb(?:-src)?\s/.test(v))
        push(hits, w, `[trusted=yes] makes apt install from that source without checking signatures: ${KEY_ADVICE}.`);
      else if (writes && /gpgcheck\s*=\s*(?:0|false|no)\b/i.test(v) && !/repo_gpgcheck/i.test(v))
        push(hits, w, `gpgcheck=0 in a repository file turns off GPG signature checks: ${KEY_ADVICE}.`);
    }
  },
  variable(name, value, start, end, hits: Hit[]) {
    if (name.toUpperCase() === 'GOSUMDB' && value.toLowerCase() === 'off') {
      hits.push({
        start,
        end,
        message: `${name}=off makes go skip the checksum database for every module: list private modules in GOPRIVATE/GONOSUMDB instead.`,
      });
    }
  },
};

export const signatureVerificationDisabled = defineDockerfileRule({
  id: 'signature-verification-disabled',
  name: 'signature-verification-disabled',
  aliases: ['CKV2_DOCKER_7', 'CKV2_DOCKER_8', 'CKV2_DOCKER_9', 'CKV2_DOCKER_10', 'CKV2_DOCKER_11'],
  severity: 'error',
  confidence: 'high',
  summary: 'A package manager is told to skip signature checks.',
  fix: 'none',
  instructions: ['RUN', 'ENV', 'ARG'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword !== 'RUN' && instruction.keyword !== 'ENV' && instruction.keyword !== 'ARG') return;
    for (const hit of runVerificationChecks(instruction, ctx.scripts(instruction)?.commands, CHECKS)) {
      ctx.report({ range: ctx.lines.range(hit.start, hit.end), message: hit.message });
    }
  },
});

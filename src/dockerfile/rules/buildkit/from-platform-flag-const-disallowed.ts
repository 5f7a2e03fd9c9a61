/**
 * FromPlatformFlagConstDisallowed (BuildKit build check): `FROM --platform=linux/amd64 …` with a
 * constant platform. It pins the stage to one platform, so the Dockerfile can no longer build a
 * multi-platform image, and on another machine it silently runs under emulation. Use
 * `--platform=$BUILDPLATFORM` (or no flag) instead. As in BuildKit, a stage whose name contains the
 * platform's OS or architecture (`AS build-arm64`) is meant to be platform-specific and is not
 * flagged, nor is a value BuildKit could not parse as a platform (the build reports that).
 */
import { unquote } from '../../parse';
import { defineDockerfileRule } from '../../rule';
import { flagValue, variableRefs, wordSpan } from './helpers';

const KNOWN_OS = new Set([
  'aix',
  'android',
  'darwin',
  'dragonfly',
  'freebsd',
  'hurd',
  'illumos',
  'ios',
  'js',
  'linux',
  'nacl',
  'netbsd',
  'openbsd',
  'plan9',
  'solaris',
  'wasip1',
  'windows',
  'zos',
]);
const KNOWN_ARCH = new Set([
  '386',
  'amd64',
  'amd64p32',
  'arm',
  'armbe',
  'arm64',
  'arm64be',
  'loong64',
  'mips',
  'mipsle',
  'mips64',
  'mips64le',
  'mips64p32',
  'mips64p32le',
  'ppc',
  'ppc64',
  'ppc64le',
  'riscv',
  'riscv64',
  's390',
  's390x',
  'sparc',
  'sparc64',
  'wasm',
]);
/** containerd's normalizeArch aliases. */
const ARCH_ALIASES: Readonly<Record<string, string>> = {
  i386: '386',
  x86_64: 'amd64',
  'x86-64': 'amd64',
  aarch64: 'arm64',
  armhf: 'arm',
  armel: 'arm',
};

/** containerd's `platforms.Parse`, reduced to what the check needs: OS and architecture. */
function parsePlatform(spec: string): { os: string; arch: string } | undefined {
  const parts = spec.toLowerCase().split('/');
  const osPart = (parts[0] ?? '').replace(/\(.*\)$/, '');
  const arch = (name: string) => ARCH_ALIASES[name] ?? name;
  if (parts.length === 1) {
    if (KNOWN_OS.has(osPart)) return { os: osPart, arch: 'amd64' };
    const a = arch(osPart);
    return KNOWN_ARCH.has(a) ? { os: 'linux', arch: a } : undefined;
  }
  if (parts.length > 3 || !KNOWN_OS.has(osPart)) return undefined;
  const a = arch(parts[1] ?? '');
  return KNOWN_ARCH.has(a) ? { os: osPart, arch: a } : undefined;
}

export const fromPlatformFlagConstDisallowed = defineDockerfileRule({
  id: 'FromPlatformFlagConstDisallowed',
  name: 'from-platform-flag-const-disallowed',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'FROM --platform should not use a constant value.',
  fix: 'none',
  onStage(stage, ctx) {
    const flag = flagValue(stage.from, 'platform');
    if (!flag || variableRefs(flag.value, ctx.dockerfile.escape).length > 0) return;
    const value = unquote(flag.value);
    const platform = parsePlatform(value);
    if (!platform) return;
    const name = stage.name ?? '';
    if (name.includes(platform.os) || name.includes(platform.arch)) return;
    const span = wordSpan(stage.from, flag.word, flag.valueFrom, flag.word.value.length);
    ctx.report({
      range: ctx.lines.range(span.start, span.end),
      message: `FROM --platform flag should not use constant value "${value}": drop the flag, use $BUILDPLATFORM, or name the stage after the platform.`,
    });
  },
});

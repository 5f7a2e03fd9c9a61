/**
 * InvalidBaseImagePlatform (BuildKit build check): the base image of a FROM does not provide the
 * platform the stage is built for. BuildKit pulls the image for the stage's platform (its
 * `--platform`, else the build's target platform); when what it gets is another OS or architecture
 * (a single-platform image, or an index whose only near match is `386` for `amd64`), the stage's
 * RUNs execute under emulation or fail with "exec format error", and the image ships the wrong
 * binaries. When an index has no compatible entry at all, the build fails outright.
 * The rule needs registry metadata, which only a front end can fetch (`drydock check --registry`,
 * `dockerfile.registryLookups`): without it, it is silent. The expected platform is `--platform`
 * after ARG substitution (`$TARGETPLATFORM` and friends from `dockerfile.targetPlatform`), else
 * `dockerfile.targetPlatform`; a `--platform` naming `$BUILDPLATFORM` (the builder's own platform,
 * unknown to a linter) or an ARG without a default is skipped. Stage references and `scratch` are
 * skipped, as in BuildKit.
 */
import type { ImagePlatform, ImagePlatforms } from '../../../engine/types';
import type { Dockerfile } from '../../model';
import { expandVariables, unquote } from '../../parse';
import { defineDockerfileRule } from '../../rule';
import { flagValue as lastFlagValue } from '../stages/stage-refs';
import { baseStage, flagValue, globalScope, type GlobalScope } from './helpers';

/** containerd's `normalizeArch`: the architecture and variant a platform string means. */
function normalizeArch(arch: string, variant: string): { architecture: string; variant: string } {
  switch (arch) {
    case 'i386':
      return { architecture: '386', variant: '' };
    case 'x86_64':
    case 'x86-64':
    case 'amd64':
      return { architecture: 'amd64', variant: variant === 'v1' ? '' : variant };
    case 'aarch64':
    case 'arm64':
      return { architecture: 'arm64', variant: variant === '8' || variant === 'v8' || variant === 'v8.0' ? '' : variant };
    case 'armhf':
      return { architecture: 'arm', variant: 'v7' };
    case 'armel':
      return { architecture: 'arm', variant: 'v6' };
    case 'arm':
      if (variant === '' || variant === '7') return { architecture: 'arm', variant: 'v7' };
      return { architecture: 'arm', variant: /^[5-8]$/.test(variant) ? `v${variant}` : variant };
    default:
      return { architecture: arch, variant };
  }
}

export interface NormalizedPlatform {
  readonly os: string;
  readonly architecture: string;
  readonly variant: string;
}

/** containerd's `platforms.Parse` + `Normalize` for `os[/arch[/variant]]` and `arch`; undefined when it is not a platform. */
export function parsePlatform(spec: string): NormalizedPlatform | undefined {
  const parts = spec.toLowerCase().split('/');
  if (parts.length > 3 || parts.some((p) => !/^[a-z0-9_.-]+$/.test(p))) return undefined;
  const [first = '', arch, variant = ''] = parts;
  if (arch === undefined) {
    // One part: an OS (the default architecture for it) or an architecture (on linux).
    if (['linux', 'windows', 'darwin', 'freebsd'].includes(first)) return { os: first, architecture: 'amd64', variant: '' };
    return { os: 'linux', ...normalizeArch(first, '') };
  }
  return { os: first, ...normalizeArch(arch, variant) };
}

export function normalizePlatform(platform: ImagePlatform): NormalizedPlatform {
  return { os: platform.os.toLowerCase(), ...normalizeArch(platform.architecture.toLowerCase(), (platform.variant ?? '').toLowerCase()) };
}

/** `platforms.Format`: `linux/arm/v7`, `linux/amd64`. */
export function formatPlatform(p: NormalizedPlatform): string {
  return `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;
}

/** An ARM variant a CPU of variant `expected` can run (`v6` on `v7`), as containerd's `Only` matcher allows. */
function variantRuns(image: string, expected: string): boolean {
  if (image === expected || image === '') return true;
  const a = /^v(\d+)$/.exec(image)?.[1];
  const b = /^v(\d+)$/.exec(expected)?.[1];
  return a !== undefined && b !== undefined && Number(a) <= Number(b);
}

/**
 * The entry of an index BuildKit would pull for `expected`, in containerd's `Only` order: the
 * exact platform first, then what the CPU also runs (`386` on `amd64`, `arm` on `arm64`).
 */
function pickFromIndex(platforms: readonly NormalizedPlatform[], expected: NormalizedPlatform): NormalizedPlatform | undefined {
  const sameOs = platforms.filter((p) => p.os === expected.os);
  const exact = sameOs.find((p) => p.architecture === expected.architecture && variantRuns(p.variant, expected.variant));
  if (exact) return exact;
  if (expected.architecture === 'amd64') return sameOs.find((p) => p.architecture === '386');
  if (expected.architecture === 'arm64') return sameOs.find((p) => p.architecture === 'arm' && variantRuns(p.variant, 'v8'));
  return undefined;
}

/** The global ARG values for FROM lines, with the target platform ARGs following the configured target. */
function fromScope(dockerfile: Dockerfile, target: NormalizedPlatform): GlobalScope {
  const scope = globalScope(dockerfile);
  const values = new Map(scope.values);
  values.set('TARGETPLATFORM', formatPlatform(target));
  values.set('TARGETOS', target.os);
  values.set('TARGETARCH', target.architecture);
  values.set('TARGETVARIANT', target.variant);
  return { declared: scope.declared, values };
}

const BUILDER_ARGS = /\$\{?BUILD(?:PLATFORM|OS|ARCH|VARIANT|OSVERSION)\b/;

/**
 * True when `text` depends on the builder's own platform (`$BUILDPLATFORM`), which a linter cannot
 * know. (An ARG without a default expands to nothing, as in a build without `--build-arg`: the
 * result is then not a valid reference or platform, and the FROM is skipped further on.)
 */
function unresolved(text: string): boolean {
  return text.includes('$') && BUILDER_ARGS.test(text);
}

export interface BaseImage {
  /** The image reference after ARG substitution (`127.0.0.1:5000/demo:1`). */
  readonly image: string;
  /** The platform the stage is built for. */
  readonly expected: NormalizedPlatform;
  /** Where the image is written: the FROM's image, or a `COPY --from=<image>` value. */
  readonly start: number;
  readonly end: number;
}

/**
 * The external base images of a Dockerfile with the platform each stage is built for: what a front
 * end prefetches and what the rule checks. Stage references, `scratch`, and FROM lines whose image or
 * platform depends on a value the linter cannot know are left out.
 */
export function baseImages(dockerfile: Dockerfile, targetPlatform: string): BaseImage[] {
  const target = parsePlatform(targetPlatform);
  if (!target || dockerfile.stages.length === 0) return [];
  const scope = fromScope(dockerfile, target);
  const out: BaseImage[] = [];
  for (const stage of dockerfile.stages) {
    if (!stage.image || baseStage(stage, dockerfile, scope)) continue;
    const written = unquote(stage.image.value);
    if (unresolved(written)) continue;
    const image = written.includes('$') ? expandVariables(written, scope.values) : written;
    if (image === '' || image.toLowerCase() === 'scratch' || image.includes('$')) continue;
    let expected = target;
    const flag = flagValue(stage.from, 'platform');
    if (flag) {
      const value = unquote(flag.value);
      if (unresolved(value)) continue;
      const platform = parsePlatform(value.includes('$') ? expandVariables(value, scope.values) : value);
      if (!platform) continue;
      expected = platform;
    }
    out.push({ image, expected, start: stage.image.start, end: stage.image.end });
  }
  // `COPY --from=<image>` pulls an image too, for the target platform (BuildKit resolves it like a
  // FROM without --platform). Values with variables are skipped: they expand with stage ARGs too.
  const stageNames = new Set(dockerfile.stages.map((s) => s.name).filter((n) => n !== undefined));
  for (const inst of dockerfile.instructions) {
    if (inst.keyword !== 'COPY') continue;
    const from = lastFlagValue(inst, 'from');
    if (!from || from.value.includes('$') || /^\d+$/.test(from.value) || stageNames.has(from.value.toLowerCase())) continue;
    if (from.value.toLowerCase() === 'scratch') continue;
    out.push({ image: from.value, expected: target, start: from.start, end: from.end });
  }
  return out;
}

/** The finding's message for an image's metadata, or undefined when the image fits. */
export function platformProblem(image: string, expected: NormalizedPlatform, metadata: ImagePlatforms): string | undefined {
  const platforms = metadata.platforms.map(normalizePlatform);
  if (platforms.length === 0) return undefined;
  const want = formatPlatform(expected);
  let actual: NormalizedPlatform | undefined;
  if (metadata.index) {
    actual = pickFromIndex(platforms, expected);
    if (!actual) {
      const offered = [...new Set(platforms.map(formatPlatform))].join(', ');
      return `Base image ${image} provides no platform matching "${want}" (it provides ${offered}); the build fails to pull it.`;
    }
  } else actual = platforms[0];
  // BuildKit compares OS and architecture only.
  if (!actual || (actual.os === expected.os && actual.architecture === expected.architecture)) return undefined;
  return `Base image ${image} was pulled with platform "${formatPlatform(actual)}", expected "${want}" for current build.`;
}

export const invalidBaseImagePlatform = defineDockerfileRule({
  id: 'InvalidBaseImagePlatform',
  name: 'invalid-base-image-platform',
  aliases: [],
  severity: 'warning',
  confidence: 'high',
  summary: 'The base image does not provide the platform the stage is built for.',
  fix: 'none',
  onFile(dockerfile, ctx) {
    const lookup = ctx.imageMetadata;
    if (!lookup) return;
    for (const { image, expected, start, end } of baseImages(dockerfile, ctx.options.targetPlatform)) {
      const metadata = lookup(image);
      if (!metadata) continue;
      const message = platformProblem(image, expected, metadata);
      if (message !== undefined) ctx.report({ range: ctx.lines.range(start, end), message });
    }
  },
});

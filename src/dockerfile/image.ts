/** Image references in FROM lines, and the stage-aware helpers rules share. */
import { expandVariables, unquote } from './parse';
import type { Dockerfile, Stage } from './model';

export interface ImageRef {
  /** Everything before the tag: `registry:5000/team/api`. */
  readonly name: string;
  readonly tag?: string;
  readonly digest?: string;
  /** Index of the tag inside the reference string. */
  readonly tagOffset?: number;
  /** The registry host when the first path part looks like one (`.`/`:` inside, or `localhost`). */
  readonly registry?: string;
}

/** Splits `registry:5000/repo/name:tag@digest`; the tag never contains `/`. */
export function parseImageRef(ref: string): ImageRef {
  const at = ref.indexOf('@');
  const beforeDigest = at >= 0 ? ref.slice(0, at) : ref;
  const digest = at >= 0 ? ref.slice(at + 1) : undefined;
  const colon = beforeDigest.lastIndexOf(':');
  const hasTag = colon > beforeDigest.lastIndexOf('/');
  const name = hasTag ? beforeDigest.slice(0, colon) : beforeDigest;
  const first = name.split('/')[0] ?? '';
  const registry = name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost') ? first : undefined;
  return {
    name,
    ...(hasTag ? { tag: beforeDigest.slice(colon + 1), tagOffset: colon + 1 } : {}),
    ...(digest !== undefined ? { digest } : {}),
    ...(registry ? { registry } : {}),
  };
}

/** The stage's image as BuildKit resolves it: quotes removed, global ARG defaults expanded. */
export function resolvedImage(stage: Stage, dockerfile: Dockerfile): { written: string; expanded: string } | undefined {
  if (!stage.image) return undefined;
  const written = unquote(stage.image.value);
  return { written, expanded: written.includes('$') ? expandVariables(written, dockerfile.globalArgs) : written };
}

/** True when the FROM refers to an earlier stage (`FROM build`) rather than an image. */
export function isStageReference(stage: Stage, dockerfile: Dockerfile): boolean {
  const image = resolvedImage(stage, dockerfile)?.expanded.toLowerCase();
  if (!image) return false;
  return dockerfile.stages.some((s) => s.index < stage.index && s.name === image);
}

/** Image references in FROM lines, and the stage-aware helpers rules share. */
import { expandVariables, unquote } from './parse';
import type { Dockerfile, Stage } from './model';
import { WalkCache } from '../engine/lint-cache';

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
  const colon = beforeDigest.lastIndexOf(':');
  const hasTag = colon > beforeDigest.lastIndexOf('/');
  const name = hasTag ? beforeDigest.slice(0, colon) : beforeDigest;
  const slash = name.indexOf('/');
  const first = slash < 0 ? name : name.slice(0, slash);
  // Assigned, not spread from conditional literals: this runs for every FROM of every keystroke.
  const out: { -readonly [K in keyof ImageRef]: ImageRef[K] } = { name };
  if (hasTag) {
    out.tag = beforeDigest.slice(colon + 1);
    out.tagOffset = colon + 1;
  }
  if (at >= 0) out.digest = ref.slice(at + 1);
  if (slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost')) out.registry = first;
  return out;
}

/** Resolved images by stage, once per walk: several rules resolve every stage's image. */
const resolvedByStage = new WalkCache<Stage, ResolvedImage>();

export interface ResolvedImage {
  readonly written: string;
  readonly expanded: string;
}

/** The stage's image as BuildKit resolves it: quotes removed, global ARG defaults expanded. */
export function resolvedImage(stage: Stage, dockerfile: Dockerfile): ResolvedImage | undefined {
  if (!stage.image) return undefined;
  let resolved = resolvedByStage.get(stage);
  if (!resolved) {
    const written = unquote(stage.image.value);
    resolved = { written, expanded: written.includes('$') ? expandVariables(written, dockerfile.globalArgs) : written };
    resolvedByStage.set(stage, resolved);
  }
  return resolved;
}

/** True when the FROM refers to an earlier stage (`FROM build`) rather than an image. */
export function isStageReference(stage: Stage, dockerfile: Dockerfile): boolean {
  const image = resolvedImage(stage, dockerfile)?.expanded.toLowerCase();
  if (!image) return false;
  return dockerfile.stages.some((s) => s.index < stage.index && s.name === image);
}

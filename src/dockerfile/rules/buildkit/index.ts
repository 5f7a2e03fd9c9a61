/** The buildkit rules, in id order. */
import type { DockerfileRule } from '../../rule';

export const BUILDKIT_RULES: readonly DockerfileRule[] = [];

/** The stages rules, in id order. */
import type { DockerfileRule } from '../../rule';

export const STAGES_RULES: readonly DockerfileRule[] = [];

/** The labels rules, in id order. */
import type { DockerfileRule } from '../../rule';

export const LABELS_RULES: readonly DockerfileRule[] = [];

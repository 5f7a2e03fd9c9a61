/** The language-packages rules, in id order. */
import type { DockerfileRule } from '../../rule';

export const LANGUAGE_PACKAGES_RULES: readonly DockerfileRule[] = [];

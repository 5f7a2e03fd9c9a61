/** The os-packages rules, in id order. */
import type { DockerfileRule } from '../../rule';

export const OS_PACKAGES_RULES: readonly DockerfileRule[] = [];

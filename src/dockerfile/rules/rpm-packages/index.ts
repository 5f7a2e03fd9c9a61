/** The rpm-packages rules, in id order. */
import type { DockerfileRule } from '../../rule';

export const RPM_PACKAGES_RULES: readonly DockerfileRule[] = [];

/** The shell-usage rules, in id order. */
import type { DockerfileRule } from '../../rule';

export const SHELL_USAGE_RULES: readonly DockerfileRule[] = [];

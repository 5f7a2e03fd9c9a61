/** The security rules, in id order. */
import type { DockerfileRule } from '../../rule';

export const SECURITY_RULES: readonly DockerfileRule[] = [];

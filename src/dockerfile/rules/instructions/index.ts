/** Rules about instructions and stages (not their shell scripts), in id order. */
import type { DockerfileRule } from '../../rule';
import { latestTag } from './latest-tag';
import { maintainerDeprecated } from './maintainer-deprecated';

export const INSTRUCTIONS_RULES: readonly DockerfileRule[] = [latestTag, maintainerDeprecated];

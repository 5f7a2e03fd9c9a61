/** Rules about the file as a whole: parsing. */
import type { DockerfileRule } from '../../rule';
import { dockerfileSyntax } from './dockerfile-syntax';

export const CORE_RULES: readonly DockerfileRule[] = [dockerfileSyntax];

/**
 * Every Dockerfile rule. Each group folder lists its rules explicitly in its index.ts; this file
 * only concatenates the groups, so the whole set stays visible and bundling stays simple.
 */
import type { DockerfileRule } from '../rule';
import { BUILDKIT_RULES } from './buildkit';
import { CORE_RULES } from './core';
import { INSTRUCTIONS_RULES } from './instructions';
import { LABELS_RULES } from './labels';
import { LANGUAGE_PACKAGES_RULES } from './language-packages';
import { OS_PACKAGES_RULES } from './os-packages';
import { RPM_PACKAGES_RULES } from './rpm-packages';
import { SECURITY_RULES } from './security';
import { SHELL_USAGE_RULES } from './shell-usage';
import { STAGES_RULES } from './stages';

export const DOCKERFILE_RULES: readonly DockerfileRule[] = [
  ...CORE_RULES,
  ...INSTRUCTIONS_RULES,
  ...STAGES_RULES,
  ...SHELL_USAGE_RULES,
  ...OS_PACKAGES_RULES,
  ...RPM_PACKAGES_RULES,
  ...LANGUAGE_PACKAGES_RULES,
  ...LABELS_RULES,
  ...BUILDKIT_RULES,
  ...SECURITY_RULES,
];

/** The ai-providers secret detectors. */
import type { SecretDetector } from '../detector';

export const AI_PROVIDERS_DETECTORS: readonly SecretDetector[] = [];

/** The observability secret detectors. */
import type { SecretDetector } from '../detector';

export const OBSERVABILITY_DETECTORS: readonly SecretDetector[] = [];

/** The platforms secret detectors. */
import type { SecretDetector } from '../detector';

export const PLATFORMS_DETECTORS: readonly SecretDetector[] = [];

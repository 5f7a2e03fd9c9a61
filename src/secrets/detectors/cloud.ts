/** The cloud secret detectors. */
import type { SecretDetector } from '../detector';

export const CLOUD_DETECTORS: readonly SecretDetector[] = [];

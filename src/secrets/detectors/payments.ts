/** The payments secret detectors. */
import type { SecretDetector } from '../detector';

export const PAYMENTS_DETECTORS: readonly SecretDetector[] = [];

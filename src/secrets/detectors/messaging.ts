/** The messaging secret detectors. */
import type { SecretDetector } from '../detector';

export const MESSAGING_DETECTORS: readonly SecretDetector[] = [];

/** The keys-and-generic secret detectors. */
import type { SecretDetector } from '../detector';

export const KEYS_AND_GENERIC_DETECTORS: readonly SecretDetector[] = [];

/** The package-registries secret detectors. */
import type { SecretDetector } from '../detector';

export const PACKAGE_REGISTRIES_DETECTORS: readonly SecretDetector[] = [];

/**
 * Every secret detector, by family. Each family file lists its detectors explicitly; this file
 * only concatenates them, so the whole set stays visible and bundling stays simple.
 */
import type { SecretDetector } from '../detector';
import { AI_PROVIDERS_DETECTORS } from './ai-providers';
import { CLOUD_DETECTORS } from './cloud';
import { KEYS_AND_GENERIC_DETECTORS } from './keys-and-generic';
import { MESSAGING_DETECTORS } from './messaging';
import { OBSERVABILITY_DETECTORS } from './observability';
import { PACKAGE_REGISTRIES_DETECTORS } from './package-registries';
import { PAYMENTS_DETECTORS } from './payments';
import { PLATFORMS_DETECTORS } from './platforms';
import { SERVICES_DETECTORS } from './services';
import { SOURCE_HOSTING_DETECTORS } from './source-hosting';

export const SECRET_DETECTORS: readonly SecretDetector[] = [
  ...CLOUD_DETECTORS,
  ...SOURCE_HOSTING_DETECTORS,
  ...PACKAGE_REGISTRIES_DETECTORS,
  ...MESSAGING_DETECTORS,
  ...PAYMENTS_DETECTORS,
  ...AI_PROVIDERS_DETECTORS,
  ...OBSERVABILITY_DETECTORS,
  ...PLATFORMS_DETECTORS,
  ...SERVICES_DETECTORS,
  // Generic and key detectors last: a specific detector's finding is the more useful one.
  ...KEYS_AND_GENERIC_DETECTORS,
];

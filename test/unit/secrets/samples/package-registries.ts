/** Samples for the package-registries detectors: positives generated at test time, negatives that must stay silent. */
import type { SecretSamples } from '../samples';

export const PACKAGE_REGISTRIES_SAMPLES: Readonly<Record<string, SecretSamples>> = {};

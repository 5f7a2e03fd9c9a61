/** Samples for the platforms detectors: positives generated at test time, negatives that must stay silent. */
import type { SecretSamples } from '../samples';

export const PLATFORMS_SAMPLES: Readonly<Record<string, SecretSamples>> = {};

/** Samples for the observability detectors: positives generated at test time, negatives that must stay silent. */
import type { SecretSamples } from '../samples';

export const OBSERVABILITY_SAMPLES: Readonly<Record<string, SecretSamples>> = {};

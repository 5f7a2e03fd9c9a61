/** Samples for the payments detectors: positives generated at test time, negatives that must stay silent. */
import type { SecretSamples } from '../samples';

export const PAYMENTS_SAMPLES: Readonly<Record<string, SecretSamples>> = {};

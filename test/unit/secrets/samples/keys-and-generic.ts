/** Samples for the keys-and-generic detectors: positives generated at test time, negatives that must stay silent. */
import type { SecretSamples } from '../samples';

export const KEYS_AND_GENERIC_SAMPLES: Readonly<Record<string, SecretSamples>> = {};

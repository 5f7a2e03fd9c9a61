/** Samples for the messaging detectors: positives generated at test time, negatives that must stay silent. */
import type { SecretSamples } from '../samples';

export const MESSAGING_SAMPLES: Readonly<Record<string, SecretSamples>> = {};

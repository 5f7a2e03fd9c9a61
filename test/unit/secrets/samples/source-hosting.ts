/** Samples for the source-hosting detectors: positives generated at test time, negatives that must stay silent. */
import type { SecretSamples } from '../samples';

export const SOURCE_HOSTING_SAMPLES: Readonly<Record<string, SecretSamples>> = {};

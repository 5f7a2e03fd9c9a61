/** Samples for the cloud detectors: positives generated at test time, negatives that must stay silent. */
import type { SecretSamples } from '../samples';

export const CLOUD_SAMPLES: Readonly<Record<string, SecretSamples>> = {};

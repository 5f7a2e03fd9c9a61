/** Samples for the ai-providers detectors: positives generated at test time, negatives that must stay silent. */
import type { SecretSamples } from '../samples';

export const AI_PROVIDERS_SAMPLES: Readonly<Record<string, SecretSamples>> = {};

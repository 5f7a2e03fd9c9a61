/**
 * Every secret detector, by family. Each family file lists its detectors explicitly; this file
 * only concatenates them, so the whole set stays visible and bundling stays simple.
 */
import type { SecretDetector } from '../detector';
import { githubPat } from './github';

export const SECRET_DETECTORS: readonly SecretDetector[] = [githubPat];

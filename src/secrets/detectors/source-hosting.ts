/** Source hosting and CI credentials (GitHub, GitLab, Bitbucket, CircleCI…). */
import type { SecretDetector } from '../detector';
import { githubPat } from './github';

export const SOURCE_HOSTING_DETECTORS: readonly SecretDetector[] = [githubPat];

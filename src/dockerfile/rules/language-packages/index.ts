/** The language-packages rules, in id order. */
import type { DockerfileRule } from '../../rule';
import { gemUnpinnedPackage } from './gem-unpinned-package';
import { goUnpinnedModule } from './go-unpinned-module';
import { npmUnpinnedPackage } from './npm-unpinned-package';
import { pipCacheDir } from './pip-cache-dir';
import { pipUnpinnedPackage } from './pip-unpinned-package';
import { yarnCacheClean } from './yarn-cache-clean';

export const LANGUAGE_PACKAGES_RULES: readonly DockerfileRule[] = [
  pipUnpinnedPackage, // DL3013
  npmUnpinnedPackage, // DL3016
  gemUnpinnedPackage, // DL3028
  pipCacheDir, // DL3042
  yarnCacheClean, // DL3060
  goUnpinnedModule, // DL3062
];

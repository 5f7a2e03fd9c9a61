/** The os-packages rules, in id order. */
import type { DockerfileRule } from '../../rule';
import { apkNoCache } from './apk-no-cache';
import { apkPinVersions } from './apk-pin-versions';
import { aptGetNoInstallRecommends } from './apt-get-no-install-recommends';
import { aptGetPinVersions } from './apt-get-pin-versions';
import { aptGetYes } from './apt-get-yes';
import { aptListsCleanup } from './apt-lists-cleanup';
import { aptNotAptGet } from './apt-not-apt-get';

export const OS_PACKAGES_RULES: readonly DockerfileRule[] = [
  aptGetPinVersions,
  aptListsCleanup,
  aptGetYes,
  aptGetNoInstallRecommends,
  apkPinVersions,
  apkNoCache,
  aptNotAptGet,
];

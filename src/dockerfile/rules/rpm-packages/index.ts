/** The rpm-packages rules, in id order. */
import type { DockerfileRule } from '../../rule';
import { dnfCleanMissing } from './dnf-clean-missing';
import { dnfMissingYes } from './dnf-missing-yes';
import { dnfVersionPinning } from './dnf-version-pinning';
import { yumCleanMissing } from './yum-clean-missing';
import { yumMissingYes } from './yum-missing-yes';
import { yumVersionPinning } from './yum-version-pinning';
import { zypperCleanMissing } from './zypper-clean-missing';
import { zypperDistUpgrade } from './zypper-dist-upgrade';
import { zypperNonInteractive } from './zypper-non-interactive';
import { zypperVersionPinning } from './zypper-version-pinning';

export const RPM_PACKAGES_RULES: readonly DockerfileRule[] = [
  yumMissingYes, // DL3030
  yumCleanMissing, // DL3032
  yumVersionPinning, // DL3033
  zypperNonInteractive, // DL3034
  zypperDistUpgrade, // DL3035
  zypperCleanMissing, // DL3036
  zypperVersionPinning, // DL3037
  dnfMissingYes, // DL3038
  dnfCleanMissing, // DL3040
  dnfVersionPinning, // DL3041
];

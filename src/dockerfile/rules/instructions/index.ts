/** Rules about instructions and stages (not their shell scripts), in id order. */
import type { DockerfileRule } from '../../rule';
import { addInsteadOfCopy } from './add-instead-of-copy';
import { copyDestSlash } from './copy-dest-slash';
import { envSelfReference } from './env-self-reference';
import { exposePortRange } from './expose-port-range';
import { fromPlatformFlag } from './from-platform-flag';
import { healthcheckMissing } from './healthcheck-missing';
import { inlineIgnorePragma } from './inline-ignore-pragma';
import { instructionOrder } from './instruction-order';
import { jsonArgs } from './json-args';
import { lastUserRoot } from './last-user-root';
import { latestTag } from './latest-tag';
import { maintainerDeprecated } from './maintainer-deprecated';
import { multipleCmd } from './multiple-cmd';
import { multipleEntrypoint } from './multiple-entrypoint';
import { multipleHealthcheck } from './multiple-healthcheck';
import { trustedRegistry } from './trusted-registry';
import { untaggedImage } from './untagged-image';
import { workdirRelative } from './workdir-relative';

export const INSTRUCTIONS_RULES: readonly DockerfileRule[] = [
  inlineIgnorePragma, // DL1001
  workdirRelative, // DL3000
  lastUserRoot, // DL3002
  untaggedImage, // DL3006
  latestTag, // DL3007
  exposePortRange, // DL3011
  multipleHealthcheck, // DL3012
  addInsteadOfCopy, // DL3020
  copyDestSlash, // DL3021
  jsonArgs, // DL3025
  trustedRegistry, // DL3026
  fromPlatformFlag, // DL3029
  envSelfReference, // DL3044
  healthcheckMissing, // DL3057
  instructionOrder, // DL3061
  maintainerDeprecated, // DL4000
  multipleCmd, // DL4003
  multipleEntrypoint, // DL4004
];

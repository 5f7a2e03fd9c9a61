/** The stages rules, in id order. */
import type { DockerfileRule } from '../../rule';
import { copyEntireFilesystem } from './copy-entire-filesystem';
import { copyFromOwnStage } from './copy-from-own-stage';
import { copyFromUnknownStage } from './copy-from-unknown-stage';
import { copyRelativeWithoutWorkdir } from './copy-relative-without-workdir';
import { duplicateStageName } from './duplicate-stage-name';
import { noUserInstruction } from './no-user-instruction';
import { nonNumericUser } from './non-numeric-user';
import { onbuildForbiddenTrigger } from './onbuild-forbidden-trigger';
import { redundantTargetPlatform } from './redundant-target-platform';
import { sensitiveArgEnv } from './sensitive-arg-env';

export const STAGES_RULES: readonly DockerfileRule[] = [
  copyFromUnknownStage,
  copyFromOwnStage,
  duplicateStageName,
  onbuildForbiddenTrigger,
  copyRelativeWithoutWorkdir,
  noUserInstruction,
  sensitiveArgEnv,
  redundantTargetPlatform,
  nonNumericUser,
  copyEntireFilesystem,
];

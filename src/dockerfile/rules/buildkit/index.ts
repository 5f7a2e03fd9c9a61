/** The buildkit rules, in id order. */
import type { DockerfileRule } from '../../rule';
import { consistentInstructionCasing } from './consistent-instruction-casing';
import { copyIgnoredFile } from './copy-ignored-file';
import { exposeInvalidFormat } from './expose-invalid-format';
import { exposeProtoCasing } from './expose-proto-casing';
import { fromAsCasing } from './from-as-casing';
import { fromPlatformFlagConstDisallowed } from './from-platform-flag-const-disallowed';
import { invalidBaseImagePlatform } from './invalid-base-image-platform';
import { invalidDefaultArgInFrom } from './invalid-default-arg-in-from';
import { invalidDefinitionDescription } from './invalid-definition-description';
import { legacyKeyValueFormat } from './legacy-key-value-format';
import { noEmptyContinuation } from './no-empty-continuation';
import { reservedStageName } from './reserved-stage-name';
import { secretsUsedInArgOrEnv } from './secrets-used-in-arg-or-env';
import { stageNameCasing } from './stage-name-casing';
import { undefinedArgInFrom } from './undefined-arg-in-from';
import { undefinedVar } from './undefined-var';

export const BUILDKIT_RULES: readonly DockerfileRule[] = [
  consistentInstructionCasing,
  copyIgnoredFile,
  exposeInvalidFormat,
  exposeProtoCasing,
  fromAsCasing,
  fromPlatformFlagConstDisallowed,
  invalidBaseImagePlatform,
  invalidDefaultArgInFrom,
  invalidDefinitionDescription,
  legacyKeyValueFormat,
  noEmptyContinuation,
  reservedStageName,
  secretsUsedInArgOrEnv,
  stageNameCasing,
  undefinedArgInFrom,
  undefinedVar,
];

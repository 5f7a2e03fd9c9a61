/** The security rules, in id order. */
import type { DockerfileRule } from '../../rule';
import { addRemoteWithoutChecksum } from './add-remote-without-checksum';
import { baseImageNotPinnedByDigest } from './base-image-not-pinned-by-digest';
import { copySecretFile } from './copy-secret-file';
import { curlPipeShell } from './curl-pipe-shell';
import { exposeSsh } from './expose-ssh';
import { missingHealthcheck } from './missing-healthcheck';
import { runsAsRoot } from './runs-as-root';
import { secretInArgEnv } from './secret-in-arg-env';
import { signatureVerificationDisabled } from './signature-verification-disabled';
import { tlsVerificationDisabled } from './tls-verification-disabled';
import { worldWritablePermissions } from './world-writable-permissions';

export const SECURITY_RULES: readonly DockerfileRule[] = [
  addRemoteWithoutChecksum,
  baseImageNotPinnedByDigest,
  copySecretFile,
  curlPipeShell,
  exposeSsh,
  missingHealthcheck,
  runsAsRoot,
  secretInArgEnv,
  signatureVerificationDisabled,
  tlsVerificationDisabled,
  worldWritablePermissions,
];

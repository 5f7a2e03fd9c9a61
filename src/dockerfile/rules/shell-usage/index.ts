/** The shell-usage rules, in id order. */
import type { DockerfileRule } from '../../rule';
import { cdInsteadOfWorkdir } from './cd-instead-of-workdir';
import { consecutiveRun } from './consecutive-run';
import { copyThenExtract } from './copy-then-extract';
import { noSudo } from './no-sudo';
import { pipefail } from './pipefail';
import { pointlessCommands } from './pointless-commands';
import { useShellInstruction } from './use-shell-instruction';
import { useraddHighUid } from './useradd-high-uid';
import { wgetAndCurl } from './wget-and-curl';
import { wgetProgress } from './wget-progress';

export const SHELL_USAGE_RULES: readonly DockerfileRule[] = [
  pointlessCommands, // DL3001
  cdInsteadOfWorkdir, // DL3003
  noSudo, // DL3004
  copyThenExtract, // DL3010
  useraddHighUid, // DL3046
  wgetProgress, // DL3047
  consecutiveRun, // DL3059
  wgetAndCurl, // DL4001
  useShellInstruction, // DL4005
  pipefail, // DL4006
];

/** zizmor's audits about injection, permissions, credentials and pinning. */
import type { WorkflowRule } from '../../rule';
import { artipacked } from './artipacked';
import { cachePoisoning } from './cache-poisoning';
import { dangerousTriggers } from './dangerous-triggers';
import { excessivePermissions } from './excessive-permissions';
import { githubEnv } from './github-env';
import { insecureCommands } from './insecure-commands';
import { overprovisionedSecrets } from './overprovisioned-secrets';
import { secretsInherit } from './secrets-inherit';
import { secretsOutsideEnv } from './secrets-outside-env';
import { templateInjection } from './template-injection';
import { unpinnedImages } from './unpinned-images';
import { unpinnedUses } from './unpinned-uses';
import { unredactedSecrets } from './unredacted-secrets';
import { useTrustedPublishing } from './use-trusted-publishing';

export const SECURITY_RULES: readonly WorkflowRule[] = [
  templateInjection,
  dangerousTriggers,
  excessivePermissions,
  artipacked,
  unpinnedUses,
  unpinnedImages,
  secretsInherit,
  overprovisionedSecrets,
  githubEnv,
  insecureCommands,
  cachePoisoning,
  useTrustedPublishing,
  unredactedSecrets,
  secretsOutsideEnv,
];

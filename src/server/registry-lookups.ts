/**
 * Registry lookups in the language server (`drydock.dockerfile.registryLookups`, trusted
 * workspaces only). A lint never waits on the network: it reads what the registry client has
 * cached, while the base images it has no answer for are fetched in the background; when an answer
 * arrives that the lint lacked, the document is linted again. Failures stay unknown (the rule is
 * silent) and are not retried until the client's error TTL passes, so an offline editor does not
 * loop.
 */
import type { DrydockConfig } from '../engine/config';
import type { LintDocument } from '../engine/types';
import type { RegistryClient } from '../registry/client';
import { dockerfileImageRefs } from '../registry/prefetch';

export class RegistryLookups {
  constructor(
    private readonly client: RegistryClient,
    /** Called when new metadata for `uri`'s images arrived: lint it again. */
    private readonly onAnswer: (uri: string) => void,
  ) {}

  /** The synchronous lookup for linting `text` now; starts fetching the images not known yet. */
  lookupFor(uri: string, text: string, config: DrydockConfig): NonNullable<LintDocument['imageMetadata']> {
    const client = this.client;
    const missing = dockerfileImageRefs(text, config).filter((ref) => client.lookup(ref) === undefined);
    if (missing.length > 0)
      void client.prefetch(missing).then(() => {
        if (missing.some((ref) => client.lookup(ref) !== undefined)) this.onAnswer(uri);
      });
    return (ref) => client.lookup(ref);
  }
}

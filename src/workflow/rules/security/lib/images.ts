/** Container image references: `registry:5000/ns/name:tag@sha256:…`, split the way Docker does. */

export interface ImageRef {
  readonly name: string;
  readonly tag?: string;
  readonly digest?: string;
}

export function parseImage(raw: string): ImageRef {
  let rest = raw.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  // A colon after the last slash is a tag; one before it belongs to a registry port.
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  let tag: string | undefined;
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { name: rest, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined && digest !== '' ? { digest } : {}) };
}

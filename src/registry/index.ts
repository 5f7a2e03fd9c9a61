/** The registry client's public surface (the "pin images by digest" fix reuses it too). */
export { RegistryClient, MEDIA_TYPES, type Manifest, type RegistryClientOptions } from './client';
export { type FetchLike, type RegistryError, type RegistryErrorKind, type RegistryResult } from './http';
export { formatReference, isLoopbackRegistry, parseReference, registryBaseUrl, type ImageReference } from './reference';
export { dockerfileImageRefs, prefetchImageMetadata } from './prefetch';

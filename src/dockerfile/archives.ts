/** Archive file suffixes as hadolint lists them (matched case-sensitively, as hadolint does). */
export const ARCHIVE_EXTENSIONS: readonly string[] = [
  '.tar',
  '.Z',
  '.bz2',
  '.gz',
  '.lz',
  '.lzma',
  '.tZ',
  '.tb2',
  '.tbz',
  '.tbz2',
  '.tgz',
  '.tlz',
  '.tpz',
  '.txz',
  '.xz',
];

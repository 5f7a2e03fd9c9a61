/**
 * GitHub personal access tokens (classic): `ghp_` + 30 random base62 characters + a 6-character
 * base62 CRC32 of those 30. A token that fails the checksum was not issued by GitHub (a typo, a
 * made-up sample, a truncated copy): it is reported only as a low-confidence warning, and only
 * when it is random enough not to be a placeholder. The checksum is what lets this detector be
 * loud about real tokens without being noisy about samples.
 */
import { hasValidCrcSuffix } from '../checksum';
import { defineSecretDetector } from '../detector';

export const githubPat = defineSecretDetector({
  id: 'github-pat',
  family: 'source-hosting',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'A GitHub personal access token (classic, ghp_) is written in the file.',
  keywords: ['ghp_'],
  pattern: /(?<![A-Za-z0-9_])ghp_[A-Za-z0-9]{36}(?![A-Za-z0-9])/g,
  label: 'GitHub personal access token (classic)',
  revealPrefix: 8,
  checksum: (secret) => hasValidCrcSuffix(secret.slice('ghp_'.length)),
});

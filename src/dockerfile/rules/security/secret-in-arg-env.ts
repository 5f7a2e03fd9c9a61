/**
 * secret-in-arg-env: a credential written as the VALUE of an ENV or ARG default
 * (`ENV PIP_INDEX_URL=https://deploy:<password>@pypi.corp.net/simple`, `ARG TOKEN=<a real token>`).
 * ENV values are stored in the image config and ARG values in the build history and provenance,
 * so anyone who can pull the image can read them, long after the Dockerfile changed.
 * The values are judged by the secret detectors (src/secrets): their keyword prefilter, pattern,
 * checksum and allowlists, and only the matches they are sure of (not the low-confidence
 * "checksum failed" ones) are reported, with the detector's severity and confidence. The finding
 * repeats, with Dockerfile-specific advice (build secrets), what the secret scan reports on the
 * same text. Secret-looking NAMES are DL3064's and BuildKit's SecretsUsedInArgOrEnv's job; this
 * rule looks at what is actually written.
 */
import { redact } from '../../../secrets/detector';
import { SECRET_DETECTORS } from '../../../secrets/detectors';
import { candidateDetectors, judgeMatch } from '../../../secrets/scan';
import { defineDockerfileRule } from '../../rule';
import { assignments } from './helpers';

export const secretInArgEnv = defineDockerfileRule({
  id: 'secret-in-arg-env',
  name: 'secret-in-arg-env',
  aliases: [],
  severity: 'error',
  confidence: 'high',
  summary: 'An ENV or ARG value is a hard-coded credential.',
  fix: 'none',
  instructions: ['ENV', 'ARG'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword !== 'ENV' && instruction.keyword !== 'ARG') return;
    const where =
      instruction.keyword === 'ENV'
        ? 'ENV values are stored in the image config, readable by anyone who can pull the image'
        : 'ARG values are recorded in the build history and provenance';
    for (const { name, value } of assignments(instruction)) {
      if (!value || value.text.length < 8) continue;
      for (const detector of candidateDetectors(value.text, SECRET_DETECTORS)) {
        for (const match of value.text.matchAll(detector.pattern)) {
          const secret = match.groups?.['secret'] ?? match[0];
          if (secret === '') continue;
          const start = match.index + Math.max(0, match[0].indexOf(secret));
          // Only what the secret scan is sure of; its low-confidence findings stay its own.
          if (judgeMatch(detector, secret, match, value.text, start) !== 'report') continue;
          const first = value.offsets[start] ?? instruction.start;
          const last = value.offsets[start + secret.length - 1] ?? first;
          ctx.report({
            range: ctx.lines.range(first, last + 1),
            severity: detector.severity,
            confidence: detector.confidence,
            message: `${instruction.keyword} ${name} holds a credential (${detector.label}, ${redact(secret, detector.revealPrefix)}), and ${where}: revoke it, then pass it with RUN --mount=type=secret,id=… or at run time.`,
          });
        }
      }
    }
  },
});

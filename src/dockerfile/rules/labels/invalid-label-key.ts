/**
 * DL3048: a label key outside Docker's key guidelines: lower-case letters, digits, `.` and `-`,
 * starting with a letter, ending with a letter or digit, without `..` or `--`, and outside the
 * namespaces Docker reserves (`com.docker.`, `io.docker.`, `org.dockerproject.`). Keys that
 * follow the reverse-DNS convention do not collide with other tools' labels, and every tool that
 * filters or templates on labels can name them without quoting.
 * Like hadolint, a key built from a variable (`${PREFIX}.name`) is reported: its characters are
 * outside the allowed set as written.
 */
import { defineDockerfileRule } from '../../rule';
import { labelPairs } from './label-pairs';

const RESERVED = ['com.docker.', 'io.docker.', 'org.dockerproject.'];

function isLowerLetter(c: string): boolean {
  return c >= 'a' && c <= 'z';
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** Why the key breaks the guidelines, or undefined when it follows them. */
export function labelKeyProblem(key: string): string | undefined {
  if (key === '') return 'it is empty';
  const reserved = RESERVED.find((prefix) => key.startsWith(prefix));
  if (reserved) return `the "${reserved}" namespace is reserved for Docker`;
  for (const c of key) {
    if (!isLowerLetter(c) && !isDigit(c) && c !== '.' && c !== '-')
      return c >= 'A' && c <= 'Z' ? `it has the upper-case letter "${c}"` : `it has the character "${c}"`;
  }
  const first = key[0] ?? '';
  if (!isLowerLetter(first)) return `it starts with "${first}" instead of a letter`;
  const last = key[key.length - 1] ?? '';
  if (!isLowerLetter(last) && !isDigit(last)) return `it ends with "${last}" instead of a letter or digit`;
  if (key.includes('..')) return 'it has ".." (consecutive separators)';
  if (key.includes('--')) return 'it has "--" (consecutive separators)';
  return undefined;
}

export const invalidLabelKey = defineDockerfileRule({
  id: 'DL3048',
  name: 'invalid-label-key',
  aliases: [],
  severity: 'info',
  confidence: 'high',
  summary: "A label key does not follow Docker's key format (lower-case reverse-DNS, no reserved namespace).",
  fix: 'none',
  instructions: ['LABEL'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword !== 'LABEL') return;
    for (const pair of labelPairs(instruction, ctx.dockerfile.escape)) {
      const problem = labelKeyProblem(pair.key);
      if (problem === undefined) continue;
      ctx.report({
        range: ctx.lines.range(pair.keyStart, pair.keyEnd),
        message: `Invalid label key "${pair.key}": ${problem}. Use lower-case letters, digits, "." and "-" in reverse-DNS form, e.g. com.example.build-date.`,
      });
    }
  },
});

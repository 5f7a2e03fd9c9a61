/**
 * DL3064: an `ARG` or `ENV` whose name says it holds a secret (`GITHUB_TOKEN`, `DB_PASSWORD`…).
 * ENV values are stored in the image config, and ARG values in the build history and provenance,
 * so anyone who can pull the image can read them. BuildKit secret mounts
 * (`RUN --mount=type=secret`) keep them out of the image.
 * As hadolint: a name is flagged when it is on a list of well-known secret variables, or when it
 * contains `api_key`, `client_key`, `password`, `private`, `secret`, `token` or `username` in any
 * case; ENV and ARG inside ONBUILD are checked too. Each offending name is reported (hadolint
 * reports the instruction once).
 */
import type { Instruction, Word } from '../../model';
import { defineDockerfileRule } from '../../rule';

const KNOWN = new Set([
  'ACCESS_TOKEN',
  'APPLICATION_KEY',
  'APP_SECRET',
  'AUTH_TOKEN',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'BITTREX_API_KEY',
  'BITTREX_API_SECRET',
  'CF_PASSWORD',
  'CF_USERNAME',
  'CIRCLE_TOKEN',
  'CI_DEPLOY_PASSWORD',
  'CI_DEPLOY_USER',
  'DOCKERHUB_PASSWORD',
  'DOCKER_EMAIL',
  'DOCKER_PASSWORD',
  'DOCKER_USERNAME',
  'FACEBOOK_ACCESS_TOKEN',
  'FACEBOOK_APP_ID',
  'FACEBOOK_APP_SECRET',
  'FIREBASE_API_TOKEN',
  'FIREBASE_TOKEN',
  'FOSSA_API_KEY',
  'GH_ENTERPRISE_TOKEN',
  'GH_TOKEN',
  'GITHUB_ENTERPRISE_TOKEN',
  'GITHUB_TOKEN',
  'HEROKU_API_KEY',
  'HEROKU_API_USER',
  'NPM_AUTH_TOKEN',
  'NPM_TOKEN',
  'OKTA_AUTHN_GROUPID',
  'OKTA_CLIENT_ORGURL',
  'OKTA_CLIENT_TOKEN',
  'OKTA_OAUTH2_CLIENTID',
  'OKTA_OAUTH2_CLIENTSECRET',
  'OPENAI_API_KEY',
  'OS_PASSWORD',
  'OS_USERNAME',
  'POSTGRES_PASSWORD',
  'SLACK_TOKEN',
  'STRIPE_API_KEY',
  'STRIPE_DEVICE_NAME',
  'TRAVIS_OS_NAME',
  'TRAVIS_SECURE_ENV_VARS',
  'TRAVIS_SUDO',
  'VAULT_CLIENT_KEY',
  'VAULT_TOKEN',
]);
const SUSPICIOUS = ['api_key', 'client_key', 'password', 'private', 'secret', 'token', 'username'];

function looksSensitive(name: string): boolean {
  if (KNOWN.has(name.toUpperCase())) return true;
  const lower = name.toLowerCase();
  return SUSPICIOUS.some((s) => lower.includes(s));
}

/** The declared names of an ARG or ENV, with their offsets (`ENV KEY value` declares one). */
function declaredNames(inst: Instruction): { name: string; start: number }[] {
  const words: readonly Word[] = inst.operands;
  const first = words[0];
  if (!first) return [];
  const legacyEnv = inst.keyword === 'ENV' && !first.value.includes('=');
  const named = legacyEnv ? [first] : words;
  return named.map((w) => {
    const eq = w.value.indexOf('=');
    return { name: eq < 0 ? w.value : w.value.slice(0, eq), start: w.start };
  });
}

export const sensitiveArgEnv = defineDockerfileRule({
  id: 'DL3064',
  name: 'sensitive-arg-env',
  aliases: [],
  severity: 'warning',
  confidence: 'medium',
  summary: 'Potentially sensitive data should not be used in the `ARG` or `ENV` commands.',
  fix: 'none',
  instructions: ['ARG', 'ENV'],
  onInstruction(instruction, ctx) {
    if (instruction.keyword !== 'ARG' && instruction.keyword !== 'ENV') return;
    for (const { name, start } of declaredNames(instruction)) {
      if (name === '' || name.includes('$') || !looksSensitive(name)) continue;
      const where = instruction.keyword === 'ENV' ? 'ENV values are stored in the image config' : 'ARG values end up in the build history';
      ctx.report({
        range: ctx.lines.range(start, start + name.length),
        message: `${instruction.keyword} ${name} looks like a secret, and ${where} where anyone with the image can read them: pass it with a build secret (RUN --mount=type=secret,id=…) instead.`,
      });
    }
  },
});

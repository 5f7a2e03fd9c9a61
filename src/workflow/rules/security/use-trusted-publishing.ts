/**
 * use-trusted-publishing: publishing to an index that supports Trusted Publishing (PyPI, RubyGems,
 * crates.io, npm, NuGet…) with a long-lived API token: a password input to the publish action, or
 * a `twine upload` / `cargo publish` / `npm publish` in a job that cannot mint an OIDC token.
 * Trusted Publishing swaps the stored token for a short-lived one bound to this workflow, so there
 * is no secret to leak or to steal from a compromised step.
 */
import { parseShell } from '../../../dockerfile/shell';
import type { StepModel } from '../../model';
import { defineWorkflowRule, type WorkflowRuleContext } from '../../rule';
import { pairOf } from '../../yaml/node';
import { BOOLEAN, FREE, coordinate, exact, field, usage, type Coordinate } from './lib/coordinates';
import { hasIdToken } from './lib/permissions';
import { stepShell } from './lib/steps';

const PYPI = exact('https://upload.pypi.org/legacy/', 'https://test.pypi.org/legacy/');
const NPMJS = exact('https://registry.npmjs.org', 'https://registry.npmjs.org/');

/** Publishing actions configured with a stored credential, and the input that holds it. */
const TOKEN_PUBLISHERS: ReadonlyArray<{ readonly coord: Coordinate; readonly input: string; readonly index: string }> = [
  {
    coord: coordinate('pypa/gh-action-pypi-publish', {
      kind: 'all',
      of: [
        field('in', 'password', FREE, false),
        // Both spellings must point at PyPI (or be absent): each defaults to "yes".
        { kind: 'all', of: [field('in', 'repository-url', PYPI, true), field('in', 'repository_url', PYPI, true)] },
      ],
    }),
    input: 'password',
    index: 'PyPI',
  },
  {
    coord: coordinate('rubygems/release-gem', { kind: 'not', of: field('in', 'setup-trusted-publisher', BOOLEAN, true) }),
    input: 'setup-trusted-publisher',
    index: 'RubyGems',
  },
  {
    coord: coordinate('rubygems/configure-rubygems-credentials', {
      kind: 'all',
      of: [field('in', 'api-token', FREE, false), field('in', 'gem-server', exact('https://rubygems.org'), true)],
    }),
    input: 'api-token',
    index: 'RubyGems',
  },
  {
    coord: coordinate('actions/setup-node', {
      kind: 'all',
      of: [field('in', 'registry-url', NPMJS, true), field('in', 'always-auth', BOOLEAN, false)],
    }),
    input: 'always-auth',
    index: 'npm',
  },
];

const PUBLISH_TOOLS = /(?:^|[^\w-])(?:cargo|uv|hatch|pdm|twine|gem|npm|yarn|pnpm)(?:$|[^\w-])/m;
const PUBLISH_VERBS = /\b(?:publish|upload|push)\b/;

/** Whether `name args…` publishes to an index that supports Trusted Publishing. */
export function isPublishCommand(name: string, args: readonly string[]): boolean {
  const has = (a: string) => args.includes(a);
  switch (name) {
    case 'cargo':
      return has('publish') && !has('--dry-run') && !has('-n');
    case 'uv':
    case 'pnpm':
    case 'npm':
      return has('publish') && !has('--dry-run');
    case 'hatch':
    case 'pdm':
      return has('publish');
    case 'twine':
      return has('upload');
    case 'gem':
      return has('push');
    case 'yarn':
      return has('npm') && has('publish') && !has('--dry-run') && !has('-n');
    default:
      return false;
  }
}

/** Publish commands in a script: [start, end) document offsets of each. */
function publishCommands(script: string, base: number, shell: string): Array<{ start: number; end: number; text: string }> {
  if (!PUBLISH_VERBS.test(script) || !PUBLISH_TOOLS.test(script)) return [];
  const found: Array<{ start: number; end: number; text: string }> = [];
  if (shell === 'bash' || shell === 'sh' || shell === 'zsh') {
    for (const command of parseShell(script, (i) => base + i).commands) {
      const [name, ...rest] = command.words;
      if (
        !name ||
        rest.length === 0 ||
        !isPublishCommand(
          name.value,
          rest.map((w) => w.value),
        )
      )
        continue;
      const last = rest[rest.length - 1] ?? name;
      found.push({ start: name.start, end: last.end, text: `${name.value} ${rest.map((w) => w.value).join(' ')}` });
    }
  } else if (shell === 'pwsh' || shell === 'powershell') {
    // PowerShell statements: split on newlines, `;` and `|`, then on whitespace.
    const re = /[^\n;|]+/g;
    for (let m = re.exec(script); m; m = re.exec(script)) {
      const words = m[0].trim().split(/\s+/);
      const [name, ...rest] = words;
      if (!name || rest.length === 0 || !isPublishCommand(name, rest)) continue;
      const start = base + m.index + (m[0].length - m[0].trimStart().length);
      found.push({ start, end: start + m[0].trim().length, text: m[0].trim() });
    }
  }
  return found;
}

function checkActions(step: StepModel, ctx: WorkflowRuleContext): void {
  for (const publisher of TOKEN_PUBLISHERS) {
    if (usage(publisher.coord, step) === undefined) continue;
    const input = pairOf(step.with, publisher.input);
    ctx.report({
      range: input ? ctx.rangeOf(input.key.start, input.end) : ctx.nodeRange(step.uses ?? step.node),
      message: `This publishes to ${publisher.index} with a stored credential: configure Trusted Publishing for the package and drop the token.`,
    });
  }
}

export const useTrustedPublishing = defineWorkflowRule({
  id: 'use-trusted-publishing',
  name: 'use-trusted-publishing',
  aliases: [],
  severity: 'info',
  confidence: 'high',
  summary: 'A package is published with a long-lived token where the index supports Trusted Publishing.',
  fix: 'none',
  onStep(step, ctx) {
    if (step.uses) {
      checkActions(step, ctx);
      return;
    }
    // Commands are judged only in workflows, where the job's id-token permission can be seen:
    // with it, most of these tools use Trusted Publishing on their own.
    const run = step.run;
    if (!run || !step.job || hasIdToken(step.job, ctx.model)) return;
    const shell = stepShell(step, ctx.model) ?? 'bash';
    for (const command of publishCommands(ctx.text.slice(run.valueStart, run.valueEnd), run.valueStart, shell)) {
      ctx.report({
        range: ctx.rangeOf(command.start, command.end),
        message: `"${command.text}" publishes with a stored token: configure Trusted Publishing for the package and give the job id-token: write.`,
      });
    }
  },
});

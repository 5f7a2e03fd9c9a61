/** Persona gating, configuration and the action tables of the security group. */
import { strict as assert } from 'node:assert';
import type { PartialConfig } from '../../../src/engine/config';
import type { Finding } from '../../../src/engine/types';
import { parseUsesPattern, usesPatternMatches, bySpecificity } from '../../../src/workflow/rules/security/lib/uses-pattern';
import { lintText } from '../support';

function run(rule: string, text: string, config: PartialConfig = {}, path = '.github/workflows/ci.yml'): Finding[] {
  return lintText(path, text, config).filter((f) => f.ruleId === rule);
}

const steps = (lines: string, on = 'push') => `on: ${on}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
${lines}`;

describe('security: unpinned-uses policies', () => {
  const text = steps(`      - uses: actions/checkout@v4
      - uses: github/codeql-action/init@v3
      - uses: my-org/deploy@main
      - uses: my-org/tool-a@v1
      - uses: other/thing@v2
      - uses: docker://alpine:3.20
`);
  const refs = (config: PartialConfig) => run('unpinned-uses', text, config).map((f) => f.range.start.line);

  it('requires a SHA everywhere by default (zizmor >= 1.20)', () => {
    assert.deepEqual(refs({}), [5, 6, 7, 8, 9]);
  });

  it('reports a tagged docker:// image only to the pedantic persona', () => {
    assert.deepEqual(refs({ workflow: { persona: 'pedantic' } }), [5, 6, 7, 8, 9, 10]);
  });

  it('applies the most specific policy, whatever the order', () => {
    const ruleConfig = {
      'unpinned-uses': {
        policies: {
          '*': 'ref-pin',
          'my-org/deploy': 'hash-pin',
          'my-org/*': 'any',
          'actions/*': 'ref-pin',
          'github/codeql-action/*': 'hash-pin',
        },
      },
    };
    assert.deepEqual(refs({ workflow: { ruleConfig } }), [6, 7]);
    const messages = run('unpinned-uses', text, { workflow: { ruleConfig } }).map((f) => f.message);
    assert.match(messages[0] ?? '', /github\/codeql-action\/\* policy/);
    assert.match(messages[1] ?? '', /my-org\/deploy policy/);
  });

  it('still flags a uses: without any ref under ref-pin, and nothing under any', () => {
    const bare = steps('      - uses: some/action\n');
    assert.equal(run('unpinned-uses', bare, { workflow: { ruleConfig: { 'unpinned-uses': { policies: { '*': 'ref-pin' } } } } }).length, 1);
    assert.equal(run('unpinned-uses', bare, { workflow: { ruleConfig: { 'unpinned-uses': { policies: { '*': 'any' } } } } }).length, 0);
  });

  it('parses and orders repository patterns like zizmor', () => {
    const sources = ['*', 'a/*', 'a/b/*', 'a/b', 'a/b/c', 'a/b-*', 'a/b/c-*'];
    const patterns = sources.map((s) => parseUsesPattern(s));
    assert.ok(patterns.every(Boolean));
    const sorted = [...patterns]
      .filter((p) => p !== undefined)
      .sort(bySpecificity)
      .map((p) => p.source);
    assert.deepEqual(sorted, ['a/b/c', 'a/b/c-*', 'a/b', 'a/b-*', 'a/b/*', 'a/*', '*']);
    for (const bad of ['lol', 'foo/', 'a/*/c', 'a/b@v1', 'a/b**'] as const) assert.equal(parseUsesPattern(bad), undefined, bad);
    const exactRepo = parseUsesPattern('Actions/Checkout');
    assert.ok(exactRepo);
    assert.ok(usesPatternMatches(exactRepo, 'actions', 'checkout', ''));
    assert.ok(!usesPatternMatches(exactRepo, 'actions', 'checkout', 'sub'));
    const glob = parseUsesPattern('my-org/tool-*');
    assert.ok(glob && usesPatternMatches(glob, 'my-org', 'tool-a', '') && !usesPatternMatches(glob, 'my-org', 'other', ''));
  });
});

describe('security: excessive-permissions personas', () => {
  it('keeps workflow-level findings of single-job workflows pedantic', () => {
    const text = steps('      - run: make\n');
    assert.deepEqual(
      run('excessive-permissions', text).map((f) => f.message.slice(0, 11)),
      ['Job "a" run'],
    );
    assert.equal(run('excessive-permissions', text, { workflow: { persona: 'pedantic' } }).length, 2);
  });

  it('always judges reusable-workflow calls', () => {
    const text = `on:
  workflow_call:
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: make
  call:
    uses: ./.github/workflows/other.yml
`;
    assert.deepEqual(
      run('excessive-permissions', text).map((f) => f.range.start.line),
      [7],
    );
  });
});

describe('security: artipacked', () => {
  it('grades by persistence intent, checkout version and later uploads', () => {
    const text = steps(`      - uses: actions/checkout@v4
      - uses: actions/checkout@v6
      - uses: actions/checkout@v4
        with:
          persist-credentials: true
      - uses: actions/upload-artifact@v4
        with:
          path: |
            dist/
            \${{ github.workspace }}
`);
    assert.deepEqual(
      run('artipacked', text).map((f) => [f.range.start.line, f.severity, f.confidence]),
      [
        [5, 'error', 'high'],
        [6, 'warning', 'high'],
      ],
    );
    assert.equal(run('artipacked', text, { workflow: { persona: 'auditor' } }).length, 3);
  });

  it('marks the fix unsafe when a later step pushes with git', () => {
    const safe = steps('      - uses: actions/checkout@v4\n      - run: make\n');
    const unsafe = steps('      - uses: actions/checkout@v4\n      - run: git push origin HEAD\n');
    assert.equal(run('artipacked', safe)[0]?.fixes[0]?.applicability, 'safe');
    assert.equal(run('artipacked', unsafe)[0]?.fixes[0]?.applicability, 'unsafe');
  });
});

describe('security: unpinned-images', () => {
  it('expands matrix images and reports tags only to the pedantic persona', () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        image: [ubuntu, 'ubuntu:24.04', 'ubuntu:latest', 'ubuntu@sha256:0000000000000000000000000000000000000000000000000000000000000000']
    container:
      image: \${{ matrix.image }}
    steps:
      - run: make
`;
    assert.deepEqual(
      run('unpinned-images', text).map((f) => f.related[1]?.range.start.character),
      [16, 41],
    );
    assert.equal(run('unpinned-images', text, { workflow: { persona: 'pedantic' } }).length, 3);
  });
});

describe('security: cache-poisoning and use-trusted-publishing tables', () => {
  const release = (step: string) => steps(step, '{release: {types: [published]}}');

  it('follows setup-uv across its v10 default change', () => {
    assert.equal(run('cache-poisoning', release('      - uses: astral-sh/setup-uv@v5\n')).length, 1);
    assert.equal(run('cache-poisoning', release('      - uses: astral-sh/setup-uv@v10\n')).length, 0);
    assert.equal(
      run('cache-poisoning', release('      - uses: astral-sh/setup-uv@v10\n        with:\n          enable-cache: true\n')).length,
      1,
    );
  });

  it('evaluates tag-push guards in release workflows', () => {
    const guarded = (expr: string) => release(`      - uses: actions/cache@v4\n        with:\n          lookup-only: \${{ ${expr} }}\n`);
    assert.equal(run('cache-poisoning', guarded("startsWith(github.ref, 'refs/tags/')")).length, 0);
    assert.equal(run('cache-poisoning', guarded("!startsWith(github.ref, 'refs/tags/')")).length, 1);
    assert.equal(run('cache-poisoning', guarded("github.ref_type == 'tag' && github.event_name == 'push'")).length, 0);
    assert.equal(run('cache-poisoning', guarded('inputs.fast')).length, 1);
  });

  it('sees publishing jobs by their actions when the trigger says nothing', () => {
    const text = steps(
      `      - uses: actions/setup-python@v5
        with:
          cache: pip
      - uses: softprops/action-gh-release@v2
`,
      'workflow_dispatch',
    );
    assert.equal(run('cache-poisoning', text).length, 1);
    assert.equal(
      run('cache-poisoning', steps('      - uses: actions/setup-python@v5\n        with:\n          cache: pip\n', 'workflow_dispatch'))
        .length,
      0,
    );
  });

  it('reports token publishing only where Trusted Publishing applies', () => {
    const node = (inputs: string) => steps(`      - uses: actions/setup-node@v4\n        with:\n${inputs}`);
    assert.equal(run('use-trusted-publishing', node('          always-auth: true\n')).length, 1);
    assert.equal(
      run('use-trusted-publishing', node('          always-auth: true\n          registry-url: https://npm.pkg.github.com\n')).length,
      0,
    );
    assert.equal(run('use-trusted-publishing', node('          registry-url: https://registry.npmjs.org\n')).length, 0);
    const gem = (inputs: string) => steps(`      - uses: rubygems/release-gem@v1\n${inputs}`);
    assert.equal(run('use-trusted-publishing', gem('')).length, 0);
    assert.equal(run('use-trusted-publishing', gem('        with:\n          setup-trusted-publisher: false\n')).length, 1);
  });

  it('ignores publish commands in jobs that can mint an OIDC token', () => {
    const cmd = '      - run: uv publish\n';
    assert.equal(run('use-trusted-publishing', steps(cmd)).length, 1);
    assert.equal(run('use-trusted-publishing', `permissions:\n  id-token: write\n${steps(cmd)}`).length, 0);
    assert.equal(run('use-trusted-publishing', steps('      - run: uv publish --dry-run\n')).length, 0);
  });
});

describe('security: secrets rules', () => {
  it('honours the secrets-outside-env allow list', () => {
    const text = steps('      - run: x\n        env:\n          A: ${{ secrets.A }}\n          T: ${{ secrets.GITHUB_TOKEN }}\n');
    const auditor = (ruleConfig?: Record<string, unknown>) =>
      run('secrets-outside-env', text, { workflow: { persona: 'auditor', ...(ruleConfig ? { ruleConfig } : {}) } }).length;
    assert.equal(run('secrets-outside-env', text).length, 0, 'auditor only');
    assert.equal(auditor(), 1);
    assert.equal(auditor({ 'secrets-outside-env': { allow: [] } }), 2);
    assert.equal(auditor({ 'secrets-outside-env': { allow: ['a'] } }), 1);
  });

  it('reports insecure-commands only for run steps, and a dynamic env to auditors', () => {
    const text = steps(`      - uses: some/action@v1
        env:
          ACTIONS_ALLOW_UNSECURE_COMMANDS: true
      - run: echo
        env: \${{ fromJSON(inputs.env) }}
`);
    assert.equal(run('insecure-commands', text).length, 0);
    assert.equal(run('insecure-commands', text, { workflow: { persona: 'auditor' } }).length, 1);
  });
});

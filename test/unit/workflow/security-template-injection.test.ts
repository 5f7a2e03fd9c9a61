/** template-injection: grades, personas, action sinks and the env: fix. */
import { strict as assert } from 'node:assert';
import { applyEdits } from '../../../src/engine/text';
import type { Finding } from '../../../src/engine/types';
import { lintText } from '../support';

type Persona = 'regular' | 'pedantic' | 'auditor';

function findings(text: string, persona: Persona = 'regular', path = '.github/workflows/ci.yml'): Finding[] {
  return lintText(path, text, { workflow: { persona } }).filter((f) => f.ruleId === 'template-injection');
}

function underlined(text: string, f: Finding): string {
  const lines = text.split('\n');
  return (lines[f.range.start.line] ?? '').slice(f.range.start.character, f.range.end.character);
}

const workflow = (run: string, extra = '') => `on:
  pull_request:
${extra}jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: |
          ${run}
`;

describe('security: template-injection', () => {
  it('grades by what reaches the script', () => {
    const text = workflow(`echo "\${{ github.event.pull_request.title }} \${{ github.event.pull_request.html_url }} \${{ vars.NAME }}"`);
    const got = findings(text).map((f) => [underlined(text, f), f.severity, f.confidence]);
    assert.deepEqual(got, [
      ['github.event.pull_request.title', 'error', 'high'],
      ['github.event.pull_request.html_url', 'warning', 'high'],
      ['vars.NAME', 'info', 'low'],
    ]);
  });

  it('grades inputs by their declared type', () => {
    const extra = `  workflow_dispatch:
    inputs:
      name: {type: string}
      count: {type: number}
      target: {type: choice, options: [a, b]}
`;
    const text = workflow('echo "${{ inputs.name }} ${{ inputs.count }} ${{ inputs.target }} ${{ inputs.other }}"', extra);
    assert.deepEqual(
      findings(text).map((f) => [underlined(text, f), f.severity, f.confidence]),
      [
        ['inputs.name', 'error', 'high'],
        ['inputs.other', 'info', 'low'],
      ],
    );
    // Fixed inputs are pedantic findings.
    assert.deepEqual(
      findings(text, 'pedantic').map((f) => underlined(text, f)),
      ['inputs.name', 'inputs.count', 'inputs.target', 'inputs.other'],
    );
  });

  it('reports static env values and safe expressions only to the pedantic persona', () => {
    const extra = 'env:\n  MODE: release\n';
    const text = workflow('echo "${{ env.MODE }} ${{ github.sha }} ${{ env.GITHUB_REF }}"', extra);
    assert.deepEqual(findings(text), []);
    assert.deepEqual(
      findings(text, 'pedantic').map((f) => underlined(text, f)),
      ['env.MODE', 'github.sha', 'env.GITHUB_REF'],
    );
  });

  it('reports env values that come from expressions or from nowhere', () => {
    const extra = 'env:\n  TITLE: ${{ github.event.pull_request.title }}\n';
    const text = workflow('echo "${{ env.TITLE }} ${{ env.FROM_GITHUB_ENV }}"', extra);
    assert.deepEqual(
      findings(text).map((f) => [underlined(text, f), f.severity]),
      [
        ['env.TITLE', 'info'],
        ['env.FROM_GITHUB_ENV', 'info'],
      ],
    );
  });

  it('knows the code-executing inputs of actions, and no others', () => {
    const text = `on: issues
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/github-script@v7
        with:
          script: console.log("\${{ github.event.issue.title }}")
          github-token: \${{ github.event.issue.title }}
      - uses: appleboy/ssh-action@v1
        with:
          script: deploy "\${{ github.event.issue.body }}"
      - uses: actions/setup-node@v4
        with:
          node-version: \${{ github.event.issue.title }}
`;
    const got = findings(text);
    assert.deepEqual(
      got.map((f) => underlined(text, f)),
      ['github.event.issue.title', 'github.event.issue.body'],
    );
    assert.ok(
      got.every((f) => f.fixes.length === 0),
      'action inputs get no env: fix',
    );
    assert.equal(got[0]?.related[0]?.message, 'actions/github-script runs its "script" input as code');
  });

  it('writes the variable in the syntax of the shell', () => {
    const base = (shell: string, runsOn = 'ubuntu-latest') => `on: issues
jobs:
  a:
    runs-on: ${runsOn}
    steps:
      - ${shell}run: echo "\${{ github.event.issue.title }}"
`;
    const fixed = (text: string) => {
      const [f] = findings(text);
      return f?.fixes[0] ? applyEdits(text, f.fixes[0].edits).text : undefined;
    };
    assert.match(
      fixed(base('')) ?? '',
      /echo "\$\{GITHUB_EVENT_ISSUE_TITLE\}"\n {8}env:\n {10}GITHUB_EVENT_ISSUE_TITLE: \$\{\{ github\.event\.issue\.title \}\}\n$/,
    );
    assert.match(fixed(base('', 'windows-latest')) ?? '', /echo "\$env:GITHUB_EVENT_ISSUE_TITLE"/);
    assert.match(fixed(base('shell: cmd\n        ')) ?? '', /echo "%GITHUB_EVENT_ISSUE_TITLE%"/);
    // Unknown runner, or a shell that is not a shell: no mechanical fix.
    assert.equal(fixed(base('', 'self-hosted')), undefined);
    assert.equal(fixed(base('shell: python\n        ')), undefined);
  });

  it('uses the runner-provided variable instead of adding an env: entry', () => {
    const text = workflow('git checkout "${{ github.head_ref }}"');
    const [f] = findings(text);
    assert.ok(f?.fixes[0]);
    assert.equal(f.fixes[0].edits.length, 1);
    assert.match(applyEdits(text, f.fixes[0].edits).text, /git checkout "\$\{GITHUB_HEAD_REF\}"/);
  });

  it('extends an existing env: block and reuses an identical variable', () => {
    const text = `on: issues
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: |
          echo "\${{ github.event.issue.title }}"
          echo "\${{ github.event.issue.body }}"
        env:
          GITHUB_EVENT_ISSUE_BODY: \${{ github.event.issue.body }}
          OTHER: x
`;
    const [title, body] = findings(text);
    assert.ok(title?.fixes[0] && body?.fixes[0]);
    assert.equal(title.fixes[0].edits.length, 2);
    assert.equal(body.fixes[0].edits.length, 1);
    const both = applyEdits(text, [...title.fixes[0].edits, ...body.fixes[0].edits]).text;
    assert.match(both, /OTHER: x\n {10}GITHUB_EVENT_ISSUE_TITLE: \$\{\{ github\.event\.issue\.title \}\}\n$/);
  });

  it('does not fix expressions inside single quotes or flow-style env', () => {
    const quoted = workflow("echo '${{ github.event.issue.title }}'");
    assert.equal(findings(quoted)[0]?.fixes.length, 0);
    const flow = `on: issues
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ github.event.issue.title }}"
        env: {A: b}
`;
    assert.equal(findings(flow)[0]?.fixes.length, 0);
  });

  it('checks composite action steps, grading action inputs as arbitrary', () => {
    const text = `name: a
description: b
inputs:
  path: {description: c}
runs:
  using: composite
  steps:
    - shell: bash
      run: ls "\${{ inputs.path }}" "\${{ inputs.undeclared }}"
`;
    assert.deepEqual(
      findings(text, 'regular', 'action.yml').map((f) => [underlined(text, f), f.severity, f.confidence]),
      [
        ['inputs.path', 'error', 'high'],
        ['inputs.undeclared', 'info', 'low'],
      ],
    );
  });

  it('skips matrix values written out in full, but not expression-built ones', () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        os: [linux, macos]
        include:
          - extra: \${{ github.event.head_commit.message }}
    steps:
      - run: echo "\${{ matrix.os }} \${{ matrix.extra }} \${{ needs.x.result }} \${{ steps.y.outcome }}"
`;
    assert.deepEqual(
      findings(text).map((f) => [underlined(text, f), f.severity, f.confidence]),
      [['matrix.extra', 'warning', 'medium']],
    );
  });
});

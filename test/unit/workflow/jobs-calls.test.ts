/** workflow-call and action: cross-file checks (called workflows, local actions) and the version logic. */
import { strict as assert } from 'node:assert';
import { DEFAULT_CONFIG, mergeConfig } from '../../../src/engine/config';
import { lint } from '../../../src/engine/lint';
import type { Finding } from '../../../src/engine/types';

const config = mergeConfig(DEFAULT_CONFIG, {});

function findings(ruleId: string, text: string, files: Record<string, string> = {}, path = '.github/workflows/ci.yml'): Finding[] {
  const read = (p: string): string | undefined => files[p];
  return lint({ path, text, readRepoFile: read }, config).findings.filter((f) => f.ruleId === ruleId);
}

const REUSABLE = `on:
  workflow_call:
    inputs:
      name:
        type: string
        required: true
      id:
        type: number
      flag:
        type: boolean
        required: true
        default: false
      message:
        type: string
    secrets:
      password:
        required: true
      optional-token:
jobs:
  t:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`;

describe('workflow-call', () => {
  const files = {
    '.github/workflows/reusable.yml': REUSABLE,
    '.github/workflows/push-only.yml': 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
    '.github/workflows/broken.yml': 'on: [workflow_call\njobs: {\n',
  };

  it('checks required, undeclared and mistyped inputs and secrets of a local call', () => {
    const text = `on: push
jobs:
  missing:
    uses: ./.github/workflows/reusable.yml
    with:
      nmae: x
    secrets:
      pasword: y
  types:
    uses: ./.github/workflows/reusable.yml
    with:
      name: ok
      ID: true
      flag: 'yes'
      message: null
    secrets:
      password: p
  fine:
    uses: ./.github/workflows/reusable.yml
    with:
      Name: \${{ github.actor }}
      id: '42'
      flag: false
      message: 3
    secrets: inherit
`;
    const found = findings('workflow-call', text, files);
    const byLine = found.map((f) => `${f.range.start.line + 1}: ${f.message}`);
    assert.equal(found.length, 7, byLine.join('\n'));
    assert.ok(byLine.some((m) => /^4: .*requires input "name"/.test(m)));
    assert.ok(byLine.some((m) => /^4: .*requires secret "password"/.test(m)));
    assert.ok(byLine.some((m) => /^6: .*"nmae".*did you mean "name"/.test(m)));
    assert.ok(byLine.some((m) => /^8: .*"pasword".*did you mean "password"/.test(m)));
    assert.ok(byLine.some((m) => /^13: .*"id".*number, but a boolean/.test(m)));
    assert.ok(byLine.some((m) => /^14: .*"flag".*boolean, but a string/.test(m)));
    assert.ok(byLine.some((m) => /^15: .*"message".*string, but null/.test(m)));
  });

  it('reports a called workflow without workflow_call, and one that does not parse', () => {
    const text = 'on: push\njobs:\n  a:\n    uses: ./.github/workflows/push-only.yml\n  b:\n    uses: ./.github/workflows/broken.yml\n';
    const found = findings('workflow-call', text, files);
    assert.equal(found.length, 2);
    assert.match(found[0]?.message ?? '', /does not trigger on workflow_call/);
    assert.match(found[1]?.message ?? '', /could not be parsed/);
    assert.equal(found[1]?.severity, 'warning');
  });

  it('skips the cross-file checks silently when the file cannot be read', () => {
    const text = 'on: push\njobs:\n  a:\n    uses: ./.github/workflows/missing.yml\n    with: {anything: 1}\n';
    assert.deepEqual(findings('workflow-call', text, files), []);
  });

  it('parses a called workflow once per text', () => {
    const text = 'on: push\njobs:\n  a:\n    uses: ./.github/workflows/reusable.yml\n    with: {name: x}\n    secrets: {password: y}\n';
    let reads = 0;
    const counting = (p: string) => {
      reads++;
      return (files as Record<string, string>)[p];
    };
    const started = Date.now();
    for (let i = 0; i < 50; i++) lint({ path: '.github/workflows/ci.yml', text, readRepoFile: counting }, config);
    assert.equal(reads, 50);
    assert.ok(Date.now() - started < 2000);
  });
});

describe('action', () => {
  const LOCAL = `name: Setup
description: d
inputs:
  version:
    required: true
  cache:
    required: true
    default: 'true'
  old:
    deprecationMessage: Use version instead.
runs:
  using: composite
  steps:
    - run: echo
      shell: bash
`;
  const DOCKER = 'name: D\ndescription: d\nruns:\n  using: docker\n  image: Dockerfile\n';

  it('checks inputs of local actions from action.yml or action.yaml', () => {
    const text = `on: push
jobs:
  t:
    runs-on: ubuntu-latest
    steps:
      - uses: ./actions/setup
        with:
          OLD: 1
          verison: 2
      - uses: ./actions/docker/
        with:
          args: x
          entrypoint: y
      - uses: ./actions/setup
        with:
          version: 1
`;
    const found = findings('action', text, { 'actions/setup/action.yml': LOCAL, 'actions/docker/action.yaml': DOCKER });
    assert.deepEqual(
      found.map((f) => `${f.range.start.line + 1} ${f.severity}`),
      ['6 error', '8 info', '9 warning'],
    );
    assert.match(found[2]?.message ?? '', /did you mean "version"/);
    assert.deepEqual(found[1]?.tags, ['deprecated']);
  });

  it('checks composite action steps in action.yml', () => {
    const text =
      'name: x\ndescription: y\nruns:\n  using: composite\n  steps:\n    - uses: actions/checkout@v4\n      with:\n        fetch_depth: 0\n';
    const found = findings('action', text, {}, 'action.yml');
    assert.equal(found.length, 1);
    assert.match(found[0]?.message ?? '', /"fetch_depth".*did you mean "fetch-depth"/);
  });

  it('reads the version of a SHA pin from its comment, and skips majors it does not know', () => {
    const step = (uses: string, input: string) =>
      `on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ${uses}\n        with:\n          ${input}: x\n`;
    const sha = '0123456789abcdef0123456789abcdef01234567';
    // upload-artifact v3 has no `overwrite`; v4 has.
    assert.equal(findings('action', step(`actions/upload-artifact@${sha} # v3.1.3`, 'path: p\n          overwrite')).length, 1);
    assert.equal(findings('action', step(`actions/upload-artifact@${sha} # v4.6.0`, 'path: p\n          overwrite')).length, 0);
    // A ref that names no version: checked leniently, with medium confidence.
    const lenient = findings('action', step('actions/upload-artifact@main', 'path: p\n          ovewrite'));
    assert.equal(lenient.length, 1);
    assert.equal(lenient[0]?.confidence, 'medium');
    // A major newer than the table: not checked at all.
    assert.deepEqual(findings('action', step('actions/checkout@v99', 'brand-new-input')), []);
  });

  it('applies a deprecation only from the release that made it', () => {
    const step = (ref: string) =>
      `on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/create-github-app-token@${ref}\n        with:\n          app-id: 1\n          private-key: k\n`;
    assert.equal(findings('action', step('v3')).length, 1);
    assert.equal(findings('action', step('v3.1.1')).length, 1);
    assert.equal(findings('action', step('v3.0.0')).length, 0);
    assert.equal(findings('action', step('v2')).length, 0);
  });
});

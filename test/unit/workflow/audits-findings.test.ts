/** Severity, confidence and persona of the zizmor-audit findings, as zizmor grades them. */
import { strict as assert } from 'node:assert';
import { lintText } from '../support';

const wf = '.github/workflows/ci.yml';

function only(id: string, text: string, config = {}) {
  return lintText(wf, text, config).filter((f) => f.ruleId === id);
}

describe('audits: grading', () => {
  it('bot-conditions: high confidence when the check decides alone, medium under &&', () => {
    const text = `on: pull_request_target
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
        if: github.actor == 'dependabot[bot]' || github.actor == 'x'
      - run: echo
        if: github.actor == 'dependabot[bot]' && github.repository == 'o/r'
`;
    assert.deepEqual(
      only('bot-conditions', text).map((f) => [f.severity, f.confidence]),
      [
        ['error', 'high'],
        ['error', 'medium'],
      ],
    );
  });

  it('bot-conditions: the fix points at the event author for the workflow trigger', () => {
    const text = `on: issue_comment
jobs:
  a:
    runs-on: ubuntu-latest
    if: github.actor == 'dependabot[bot]'
    steps:
      - run: echo
`;
    const [finding] = only('bot-conditions', text);
    assert.equal(finding?.fixes[0]?.edits[0]?.newText, 'github.event.comment.user.login');
    assert.equal(finding?.fixes[0]?.applicability, 'unsafe');
  });

  it('unsound-contains: info for contexts an attacker cannot set', () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    if: contains('push pull_request', github.event_name) && contains('a b', inputs.x)
    steps:
      - run: echo
`;
    assert.deepEqual(
      only('unsound-contains', text).map((f) => f.severity),
      ['info', 'error'],
    );
  });

  it('self-hosted-runner: auditor only; low confidence for runner groups', () => {
    const text = `on: push
jobs:
  a:
    runs-on:
      group: runners
    steps:
      - run: echo
`;
    assert.equal(only('self-hosted-runner', text).length, 0);
    assert.equal(only('self-hosted-runner', text, { workflow: { persona: 'pedantic' } }).length, 0);
    const [f] = only('self-hosted-runner', text, { workflow: { persona: 'auditor' } });
    assert.equal(f?.confidence, 'low');
    assert.equal(f?.severity, 'warning');
  });

  it('obfuscation: computed indexes only under pedantic', () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - if: \${{ inputs[inputs.foo] }}
        run: echo
`;
    assert.equal(only('obfuscation', text).length, 0);
    assert.equal(only('obfuscation', text, { workflow: { persona: 'pedantic' } }).length, 1);
  });

  it('obfuscation: the constant fix is unsafe when the value could change how YAML reads the line', () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo \${{ 'a b' }}
      - run: echo \${{ 'ab' }}
`;
    assert.deepEqual(
      only('obfuscation', text).map((f) => f.fixes[0]?.applicability),
      ['unsafe', 'safe'],
    );
  });

  it('misfeature: an unusual shell is an auditor finding, cmd is for everyone', () => {
    const text = `on: push
jobs:
  a:
    runs-on: windows-latest
    steps:
      - run: echo
        shell: perl {0}
      - run: echo
        shell: cmd
`;
    assert.equal(only('misfeature', text).length, 1);
    assert.equal(only('misfeature', text, { workflow: { persona: 'auditor' } }).length, 2);
  });

  it('forbidden-uses: no config, no findings; allow lists forbid the rest', () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: some/action@v1
`;
    assert.equal(only('forbidden-uses', text).length, 0);
    const found = only('forbidden-uses', text, { workflow: { ruleConfig: { 'forbidden-uses': { allow: ['actions/*'] } } } });
    assert.deepEqual(
      found.map((f) => f.range.start.line),
      [6],
    );
  });

  it('superfluous-actions: create-pull-request only under pedantic', () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: peter-evans/create-pull-request@v7
`;
    assert.equal(only('superfluous-actions', text).length, 0);
    assert.equal(only('superfluous-actions', text, { workflow: { persona: 'pedantic' } }).length, 1);
  });
});

describe('audits: speed', () => {});

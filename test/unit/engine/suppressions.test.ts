import { strict as assert } from 'node:assert';
import { ids, lintText } from '../support';

describe('inline ignores', () => {
  it('drydock-ignore-next-line silences the next instruction, including its continuation lines', () => {
    const text = '# drydock-ignore-next-line DL3007 -- base image is pinned by digest in CI\nFROM node:latest\nMAINTAINER me\n';
    assert.deepEqual(ids(lintText('Dockerfile', text)), ['DL4000']);
  });

  it('skips comment and blank lines to reach the next code line', () => {
    const text = '# drydock-ignore-next-line DL3007\n\n# base\nFROM node:latest\n';
    assert.deepEqual(ids(lintText('Dockerfile', text)), []);
  });

  it('a trailing drydock-ignore silences its own line only, by id or alias', () => {
    const wf =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: a/b@v1 # drydock-ignore unpinned-uses\n      - uses: c/d@v1\n';
    const found = lintText('.github/workflows/ci.yml', wf, { rules: { '*': 'off', 'unpinned-uses': 'warning' } });
    assert.deepEqual(
      found.map((f) => f.range.start.line),
      [6],
    );
  });

  it('drydock-ignore-file with no ids silences everything; with ids only those', () => {
    assert.deepEqual(ids(lintText('Dockerfile', '# drydock-ignore-file\nFROM node:latest\nMAINTAINER me\n')), []);
    assert.deepEqual(ids(lintText('Dockerfile', '# drydock-ignore-file DL4000\nFROM node:latest\nMAINTAINER me\n')), ['DL3007']);
  });

  it('an ignore for another rule does not silence this one', () => {
    assert.deepEqual(ids(lintText('Dockerfile', '# drydock-ignore-next-line DL3008\nFROM node:latest\n')), ['DL3007']);
  });

  it('understands hadolint pragmas in Dockerfiles and zizmor comments in workflows', () => {
    assert.deepEqual(ids(lintText('Dockerfile', '# hadolint ignore=DL3007,DL3008\nFROM node:latest\n')), []);
    assert.deepEqual(ids(lintText('Dockerfile', '# hadolint global ignore=DL4000\nFROM node:22\nMAINTAINER me\n')), []);
    const wf = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: a/b@v1 # zizmor: ignore[unpinned-uses]\n';
    assert.deepEqual(ids(lintText('.github/workflows/ci.yml', wf, { rules: { '*': 'off', 'unpinned-uses': 'warning' } })), []);
  });
});

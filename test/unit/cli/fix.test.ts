import * as assert from 'node:assert/strict';
import { readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { makeTree, removeTree, reported, runCli, WORKFLOW } from './helpers';

const BEFORE = [
  '# syntax=docker/dockerfile:1',
  'FROM node:latest',
  'MAINTAINER Jane Doe <jane@example.test>',
  'RUN echo "hello"   # keep spacing',
  '',
].join('\n');
const AFTER = [
  '# syntax=docker/dockerfile:1',
  'FROM node:latest',
  'LABEL org.opencontainers.image.authors="Jane Doe <jane@example.test>"',
  'RUN echo "hello"   # keep spacing',
  '',
].join('\n');

describe('drydock check --fix', () => {
  let root: string;
  const read = (path: string) => readFileSync(join(root, path), 'utf8');

  beforeEach(() => {
    root = makeTree({
      Dockerfile: BEFORE,
      'crlf/Dockerfile': BEFORE.replace(/\n/g, '\r\n'),
      'bom/Dockerfile': `\ufeff${BEFORE}`,
      'pinned/Dockerfile': 'FROM node:latest\n',
      '.github/workflows/ci.yml': WORKFLOW,
    });
  });
  afterEach(() => removeTree(root));

  it('rewrites MAINTAINER to LABEL, leaves the rest untouched and reports what remains', () => {
    const { code, stdout } = runCli(['check', '--fix', '--format', 'json', 'Dockerfile'], { cwd: root });
    assert.equal(read('Dockerfile'), AFTER);
    assert.deepEqual(reported(stdout), ['Dockerfile DL3007']);
    assert.equal(code, 1);
  });

  it('keeps CRLF line endings and a BOM', () => {
    runCli(['check', '--fix', 'crlf', 'bom'], { cwd: root });
    assert.equal(read('crlf/Dockerfile'), AFTER.replace(/\n/g, '\r\n'));
    assert.equal(read('bom/Dockerfile'), `\ufeff${AFTER}`);
  });

  it('never touches files that have no applicable fix', () => {
    const old = new Date('2001-02-03T04:05:06Z');
    for (const file of ['pinned/Dockerfile', '.github/workflows/ci.yml']) utimesSync(join(root, file), old, old);
    const { stdout } = runCli(['check', '--fix', '--format', 'json'], { cwd: root });
    for (const file of ['pinned/Dockerfile', '.github/workflows/ci.yml'])
      assert.equal(statSync(join(root, file)).mtimeMs, old.getTime(), file);
    assert.equal(read('pinned/Dockerfile'), 'FROM node:latest\n');
    assert.equal(read('Dockerfile'), AFTER);
    assert.ok(reported(stdout).includes('.github/workflows/ci.yml unpinned-uses'));
  });

  it('without --fix, changes nothing', () => {
    runCli(['check', 'Dockerfile'], { cwd: root });
    assert.equal(read('Dockerfile'), BEFORE);
  });

  it('--fix=all applies safe fixes too', () => {
    const { stdout } = runCli(['check', '--fix=all', '--format', 'json', 'Dockerfile'], { cwd: root });
    assert.equal(read('Dockerfile'), AFTER);
    assert.deepEqual(reported(stdout), ['Dockerfile DL3007']);
  });

  it('treats a path after --fix as a path, not a fix mode', () => {
    const { stdout } = runCli(['check', '--fix', 'crlf', '--format', 'json'], { cwd: root });
    assert.deepEqual(reported(stdout), ['crlf/Dockerfile DL3007']);
    assert.equal(read('Dockerfile'), BEFORE);
  });

  it('says what it fixed in the text summary', () => {
    const { stdout } = runCli(['check', '--fix', 'Dockerfile'], { cwd: root });
    assert.match(stdout, /^Fixed 1 problem in 1 file\.$/m);
    assert.match(stdout, /^1 problem \(0 errors, 1 warning\) in 1 file$/m);
  });

  it('with --stdin and nothing to fix, echoes the input byte for byte', () => {
    const input = '\ufeffFROM node:latest\r\nRUN true\r\n';
    const { stdout, stderr } = runCli(['check', '--stdin', '--stdin-filename', 'Dockerfile', '--fix'], { cwd: root, input });
    assert.equal(stdout, input);
    assert.match(stderr, /DL3007/);
  });

  it('with --stdin, prints the fixed text to stdout and the report to stderr', () => {
    const { code, stdout, stderr } = runCli(['check', '--stdin', '--stdin-filename', 'Dockerfile', '--fix'], { cwd: root, input: BEFORE });
    assert.equal(stdout, AFTER);
    assert.match(stderr, /Dockerfile:2:11: warning DL3007/);
    assert.equal(read('Dockerfile'), BEFORE, 'the file of the same name is not written');
    assert.equal(code, 1);
  });
});

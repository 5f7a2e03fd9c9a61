import * as assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { version } from '../../../package.json';
import { BIN, makeTree, removeTree, runCli } from './helpers';

describe('bin/drydock.js', () => {
  it('runs the built CLI', () => {
    const { code, stdout } = runCli(['--version'], { cwd: process.cwd() }, BIN);
    assert.equal(code, 0);
    assert.equal(stdout, `${version}\n`);
  });

  it('says to build when dist/cli.js is missing', () => {
    const dir = makeTree({});
    try {
      mkdirSync(join(dir, 'bin'));
      copyFileSync(BIN, join(dir, 'bin', 'drydock.js'));
      const { code, stdout, stderr } = runCli(['--version'], { cwd: dir }, join(dir, 'bin', 'drydock.js'));
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, /^drydock: .*run npm run build\n$/);
    } finally {
      removeTree(dir);
    }
  });
});

import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, makeTree, parseJsonFindings, removeTree, runCli } from './helpers';

/** bin/drydock.js loads its bundles through a V8 code cache (src/cli/launch/compile-cache.ts). */
describe('the CLI code cache', function () {
  this.timeout(60000);
  let cache: string;
  let root: string;
  beforeEach(() => {
    cache = mkdtempSync(join(tmpdir(), 'drydock-cache-'));
    root = makeTree({ Dockerfile: 'FROM node:latest\nMAINTAINER me\n' });
  });
  afterEach(() => {
    rmSync(cache, { recursive: true, force: true });
    removeTree(root);
  });
  const check = (env: Record<string, string>, args: readonly string[] = []) =>
    runCli(['check', '--format', 'json', ...args], { cwd: root, env }, BIN);
  const entries = () => readdirSync(cache).filter((name) => name.endsWith('.v8cache'));

  it('writes an entry per bundle on the first run and gives the same report from the cache', () => {
    const first = check({ DRYDOCK_CACHE_DIR: cache });
    assert.equal(first.code, 1, first.stderr);
    assert.deepEqual(
      parseJsonFindings(first.stdout).map((f) => f.ruleId),
      ['DL3007', 'DL4000'],
    );
    assert.equal(entries().length, 1, 'the main bundle');
    const withWorkers = check({ DRYDOCK_CACHE_DIR: cache }, ['--jobs', '2']);
    assert.equal(withWorkers.stdout, first.stdout);
    assert.equal(entries().length, 2, 'the main bundle and the worker bundle');
    const cached = check({ DRYDOCK_CACHE_DIR: cache }, ['--jobs', '2']);
    assert.equal(cached.stdout, first.stdout);
    assert.equal(cached.stderr, '');
  });

  it('rewrites a damaged entry instead of failing', () => {
    const first = check({ DRYDOCK_CACHE_DIR: cache });
    for (const name of entries()) writeFileSync(join(cache, name), 'not a code cache');
    const second = check({ DRYDOCK_CACHE_DIR: cache });
    assert.equal(second.code, 1, second.stderr);
    assert.equal(second.stdout, first.stdout);
    for (const name of entries()) assert.notEqual(readFileSync(join(cache, name), 'utf8'), 'not a code cache');
  });

  it('writes nothing with DRYDOCK_NO_CACHE=1', () => {
    const result = check({ DRYDOCK_CACHE_DIR: cache, DRYDOCK_NO_CACHE: '1' }, ['--jobs', '2']);
    assert.equal(result.code, 1, result.stderr);
    assert.deepEqual(entries(), []);
  });
});

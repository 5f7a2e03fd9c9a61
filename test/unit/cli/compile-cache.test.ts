import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_CACHE_ENTRIES, pruneCache } from '../../../src/cli/launch/compile-cache';
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

  it('takes its entry as it is on the next run (V8 rejects an entry made under other flags, and a rejected one is rewritten)', () => {
    const first = check({ DRYDOCK_CACHE_DIR: cache });
    assert.equal(first.code, 1, first.stderr);
    const [entry] = entries();
    assert.ok(entry !== undefined);
    const written = statSync(join(cache, entry));
    const bytes = readFileSync(join(cache, entry));
    const second = check({ DRYDOCK_CACHE_DIR: cache });
    assert.equal(second.stdout, first.stdout);
    assert.deepEqual(entries(), [entry]);
    assert.equal(statSync(join(cache, entry)).mtimeMs, written.mtimeMs, 'the entry was rewritten: V8 rejected it');
    assert.deepEqual(readFileSync(join(cache, entry)), bytes);
  });

  it('rewrites a damaged entry instead of failing', () => {
    const first = check({ DRYDOCK_CACHE_DIR: cache });
    for (const name of entries()) writeFileSync(join(cache, name), 'not a code cache');
    const second = check({ DRYDOCK_CACHE_DIR: cache });
    assert.equal(second.code, 1, second.stderr);
    assert.equal(second.stdout, first.stdout);
    for (const name of entries()) assert.notEqual(readFileSync(join(cache, name), 'utf8'), 'not a code cache');
  });

  it('keeps the most recently written entries when it writes one, so upgrades do not pile up', () => {
    // Twelve entries of older versions, written a minute apart, and a file that is not an entry.
    const old = Array.from({ length: 12 }, (_, i) => `old${String(i).padStart(2, '0')}.v8cache`);
    old.forEach((name, i) => {
      writeFileSync(join(cache, name), 'stale');
      const when = new Date(Date.UTC(2026, 0, 1, 0, i));
      utimesSync(join(cache, name), when, when);
    });
    writeFileSync(join(cache, 'notes.txt'), 'not mine');
    const result = check({ DRYDOCK_CACHE_DIR: cache });
    assert.equal(result.code, 1, result.stderr);
    const kept = entries();
    assert.equal(kept.length, MAX_CACHE_ENTRIES);
    // The new entry and the newest old ones stay; the oldest go; other files are left alone.
    assert.equal(kept.filter((name) => !name.startsWith('old')).length, 1);
    assert.deepEqual(kept.filter((name) => name.startsWith('old')).sort(), old.slice(12 - (MAX_CACHE_ENTRIES - 1)));
    assert.ok(readdirSync(cache).includes('notes.txt'));
    // Pruning a folder already within the limit deletes nothing.
    pruneCache(cache);
    assert.equal(entries().length, MAX_CACHE_ENTRIES);
  });

  it('writes nothing with DRYDOCK_NO_CACHE=1', () => {
    const result = check({ DRYDOCK_CACHE_DIR: cache, DRYDOCK_NO_CACHE: '1' }, ['--jobs', '2']);
    assert.equal(result.code, 1, result.stderr);
    assert.deepEqual(entries(), []);
  });
});

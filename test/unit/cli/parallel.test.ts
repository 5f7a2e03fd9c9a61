import * as assert from 'node:assert/strict';
import { PARALLEL_MIN_FILES, workerCount } from '../../../src/cli/parallel';
import { makeTree, parseJsonFindings, removeTree, runCli, generateGithubToken } from './helpers';

describe('workerCount (threads for a run, the main one included)', () => {
  it('uses one per core, at most eight, on three cores or more, for trees big enough', () => {
    assert.equal(workerCount(5000, 4), 4);
    assert.equal(workerCount(5000, 16), 8);
    assert.equal(workerCount(PARALLEL_MIN_FILES, 8), 2);
    assert.equal(workerCount(PARALLEL_MIN_FILES - 1, 8), 1);
  });

  it('uses one thread on one or two cores, where a second isolate costs more than it gives', () => {
    assert.equal(workerCount(5000, 2), 1);
    assert.equal(workerCount(5000, 1), 1);
  });
});

describe('drydock check on many files', () => {
  it('gives the same report with worker threads as with one thread, and finds what is there', function () {
    this.timeout(60000);
    const tree: Record<string, string> = {};
    for (let i = 0; i < 450; i++) tree[`pkg${i % 9}/src/file${i}.py`] = `def f${i}():\n    return ${i}\n`;
    tree['pkg3/Dockerfile'] = 'FROM node:latest\nMAINTAINER me\n';
    tree['pkg5/.env'] = `TOKEN=${generateGithubToken()}\n`;
    const root = makeTree(tree);
    try {
      const single = runCli(['check', '--format', 'json', '--jobs', '1'], { cwd: root });
      const parallel = runCli(['check', '--format', 'json', '--jobs', '2'], { cwd: root });
      const auto = runCli(['check', '--format', 'json'], { cwd: root });
      assert.equal(single.code, 1);
      assert.equal(parallel.code, 1);
      assert.equal(parallel.stdout, single.stdout);
      assert.equal(auto.stdout, single.stdout);
      const ids = parseJsonFindings(single.stdout).map((f) => `${f.file}:${f.ruleId}`);
      assert.deepEqual(ids, ['pkg3/Dockerfile:DL3007', 'pkg3/Dockerfile:DL4000', 'pkg5/.env:github-pat']);
      assert.equal(runCli(['check', '--jobs', 'lots'], { cwd: root }).code, 2);
    } finally {
      removeTree(root);
    }
  });
});

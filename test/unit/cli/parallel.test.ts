import * as assert from 'node:assert/strict';
import { makeTree, parseJsonFindings, removeTree, runCli, generateGithubToken } from './helpers';

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

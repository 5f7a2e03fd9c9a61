/**
 * Lint workers find config files in the folder listings the main thread's walk already made
 * (config-source.ts syncConfigReader, parallel.ts): the same findings as one thread, without
 * listing folders again.
 */
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { configEntries, discoveredConfig, syncConfigReader } from '../../../src/cli/config-source';
import { toSlashes } from '../../../src/cli/paths';
import { makeTree, parseJsonFindings, removeTree, runCli } from './helpers';

describe('config lookups from the walk’s folder listings', () => {
  let root: string;
  before(() => {
    root = makeTree({ 'a/.drydock.yaml': 'rules: {}\n', 'a/.github/zizmor.yml': 'rules: {}\n', 'b/notes.txt': 'x\n' });
  });
  after(() => removeTree(root));
  const slashed = (...parts: string[]) => toSlashes(join(root, ...parts));

  it('keeps only the names a config path can use', () => {
    assert.deepEqual(configEntries(['src', '.drydock.yaml', 'README.md', '.github', 'zizmor.yml']), [
      '.drydock.yaml',
      '.github',
      'zizmor.yml',
    ]);
  });

  it('answers from a known listing, and from the disk where the walk has not been', async () => {
    // The listing says `a` holds no .drydock.yaml: the reader believes it and never lists `a`.
    const known = new Map([[slashed('a'), new Set<string>()]]);
    const read = syncConfigReader(known);
    assert.equal(await read(`${slashed('a')}/.drydock.yaml`), undefined);
    // `a/.github` is not in a's (empty) listing, so it does not exist as far as the reader knows.
    assert.equal(await read(`${slashed('a')}/.github/zizmor.yml`), undefined);
    // No listing for `b`: it is listed on disk, and a missing file is still missing.
    assert.equal(await read(`${slashed('b')}/.drydock.yaml`), undefined);
    // With the real listings, the files are found.
    const real = syncConfigReader(new Map([[slashed('a'), new Set(['.drydock.yaml', '.github'])]]));
    assert.equal(await real(`${slashed('a')}/.drydock.yaml`), 'rules: {}\n');
    assert.equal(await real(`${slashed('a')}/.github/zizmor.yml`), 'rules: {}\n');
    assert.equal(await syncConfigReader()(`${slashed('a')}/.github/zizmor.yml`), 'rules: {}\n');
  });

  it('knows a config without waiting once its folder, or the nearest folder with config files, is resolved', async () => {
    // `a` holds config files; `b` and `b/c` hold none (their listings say so); the root holds none.
    const tree = makeTree({ 'a/.drydock.yaml': 'secrets:\n  maxFileSizeKb: 7\n', 'b/c/x.txt': 'x\n', 'a/y.txt': 'y\n' });
    try {
      const listings = new Map<string, ReadonlySet<string>>([
        [toSlashes(tree), new Set(['a', 'b'])],
        [toSlashes(join(tree, 'a')), new Set(['.drydock.yaml'])],
        [toSlashes(join(tree, 'b')), new Set<string>()],
        [toSlashes(join(tree, 'b', 'c')), new Set<string>()],
      ]);
      const configs = discoveredConfig(
        tree,
        () => assert.fail('no config problem expected'),
        syncConfigReader(listings),
        (folder) => listings.get(toSlashes(folder))?.size === 0,
      );
      const deep = join(tree, 'b', 'c', 'x.txt');
      const inA = join(tree, 'a', 'y.txt');
      assert.equal(configs.settledFor(deep), undefined, 'nothing resolved yet');
      const rootConfig = await configs.forFile(join(tree, 'top.txt'));
      // b and b/c hold no config file: they have the root's, known at once.
      assert.equal(configs.settledFor(deep), rootConfig);
      assert.equal(configs.settledFor(join(tree, 'b', 'c', 'other.txt')), rootConfig, 'the same folder again');
      // Folders the listings know nothing about are not taken for the previous one.
      assert.equal(configs.settledFor(join(tree, 'b', 'c', 'sub', 'y.txt')), undefined, 'a subfolder');
      assert.equal(configs.settledFor(join(tree, 'b', 'cc', 'y.txt')), undefined, 'a folder whose name starts the same');
      // `a` holds a config file: it needs its own lookup first.
      assert.equal(configs.settledFor(inA), undefined);
      const aConfig = await configs.forFile(inA);
      assert.equal(aConfig.secrets.maxFileSizeKb, 7);
      assert.equal(configs.settledFor(inA), aConfig);
      assert.notEqual(aConfig, rootConfig);
    } finally {
      removeTree(tree);
    }
  });

  it('gives the same findings with worker threads as with one thread when folders hold config files', function () {
    this.timeout(60000);
    const tree: Record<string, string> = {};
    for (let i = 0; i < 450; i++) tree[`pkg${i % 9}/src/deep/file${i}.py`] = `def f${i}():\n    return ${i}\n`;
    const dockerfile = 'FROM node:latest\nMAINTAINER me\n';
    const workflow = 'on: push\npermissions: {}\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n';
    Object.assign(tree, {
      'pkg1/Dockerfile': dockerfile,
      'pkg1/src/deep/Dockerfile': dockerfile,
      'pkg1/.drydock.yaml': 'rules:\n  DL3007: off\n',
      'pkg2/src/Dockerfile': dockerfile,
      'pkg2/src/.hadolint.yaml': 'ignored:\n  - DL4000\n',
      'pkg3/.github/workflows/ci.yml': workflow,
      'pkg3/.github/zizmor.yml': 'rules:\n  unpinned-uses:\n    disable: true\n',
      'pkg4/.github/workflows/ci.yml': workflow,
    });
    const tmp = makeTree(tree);
    try {
      const ids = (jobs: string) => {
        const { stdout, stderr } = runCli(['check', '--format', 'json', '--fail-on', 'never', '--no-shellcheck', '--jobs', jobs], {
          cwd: tmp,
        });
        assert.equal(stderr, '');
        return parseJsonFindings(stdout).map((f) => `${f.file} ${f.ruleId}`);
      };
      const single = ids('1');
      assert.deepEqual(ids('2'), single);
      const fired = new Set(single);
      assert.ok(fired.has('pkg1/Dockerfile DL4000') && !fired.has('pkg1/Dockerfile DL3007'));
      assert.ok(fired.has('pkg1/src/deep/Dockerfile DL4000') && !fired.has('pkg1/src/deep/Dockerfile DL3007'));
      assert.ok(fired.has('pkg2/src/Dockerfile DL3007') && !fired.has('pkg2/src/Dockerfile DL4000'));
      assert.ok(fired.has('pkg4/.github/workflows/ci.yml unpinned-uses'));
      assert.ok(!fired.has('pkg3/.github/workflows/ci.yml unpinned-uses'));
    } finally {
      removeTree(tmp);
    }
  });
});

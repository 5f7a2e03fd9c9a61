/**
 * `drydock check --registry` end to end: the built CLI asks a real registry (docker-registry on
 * 127.0.0.1, started here) for the base images' platforms, and InvalidBaseImagePlatform fires on a
 * stage built for a platform the image does not provide, on one thread, in worker threads, and
 * from standard input; without `--registry` (or `dockerfile.registryLookups`) nothing is fetched and
 * the rule is silent.
 */
import { strict as assert } from 'node:assert';
import { makeTree, parseJsonFindings, removeTree, runCli, type JsonFinding } from '../cli/helpers';
import { TestRegistry } from './registry-server';

describe('drydock check --registry: InvalidBaseImagePlatform against docker-registry on 127.0.0.1', function () {
  this.timeout(60_000);
  let registry: TestRegistry;
  let root: string;

  const brief = (f: JsonFinding) => `${f.file}:${f.line} ${f.message}`;

  function check(args: readonly string[], input?: string): JsonFinding[] {
    const { code, stdout, stderr } = runCli(['check', '--format', 'json', '--fail-on', 'never', '--no-shellcheck', ...args], {
      cwd: root,
      ...(input === undefined ? {} : { input }),
    });
    assert.equal(code, 0, stderr);
    return parseJsonFindings(stdout).filter((f) => f.ruleId === 'InvalidBaseImagePlatform');
  }

  before(async () => {
    registry = await TestRegistry.start();
    await registry.pushIndex('demo', '1', [
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64', variant: 'v8' },
    ]);
    await registry.pushImage('single', { os: 'linux', architecture: 'arm64' }, undefined, '1');
    const host = registry.host;
    root = makeTree({
      '.drydock.yaml': 'rules:\n  InvalidBaseImagePlatform: warning\n',
      's390x/Dockerfile': `FROM --platform=linux/s390x ${host}/demo:1\nRUN true\n`,
      'amd64/Dockerfile': `FROM ${host}/demo:1\nRUN true\n`,
      'arm64/Dockerfile': `FROM --platform=linux/arm64 ${host}/demo:1\nRUN true\n`,
      'single/Dockerfile': `ARG BASE=${host}/single:1\nFROM \${BASE}\nRUN true\n`,
      'missing/Dockerfile': `FROM --platform=linux/s390x ${host}/demo:404\n`,
      // A folder that turns lookups on in its config, and targets arm64.
      'opted-in/.drydock.yaml': 'dockerfile:\n  registryLookups: true\n  targetPlatform: linux/arm64\n',
      'opted-in/Dockerfile': `FROM ${host}/demo:1\nFROM ${host}/single:1\nFROM --platform=linux/ppc64le ${host}/single:1\n`,
    });
  });

  after(() => {
    registry?.stop();
    if (root) removeTree(root);
  });

  it('fires where the image lacks the platform, on one thread and in worker threads', () => {
    const host = registry.host;
    const expected = [
      `opted-in/Dockerfile:3 Base image ${host}/single:1 was pulled with platform "linux/arm64", expected "linux/ppc64le" for current build.`,
      `s390x/Dockerfile:1 Base image ${host}/demo:1 provides no platform matching "linux/s390x" (it provides linux/amd64, linux/arm64); the build fails to pull it.`,
      `single/Dockerfile:2 Base image ${host}/single:1 was pulled with platform "linux/arm64", expected "linux/amd64" for current build.`,
    ];
    assert.deepEqual(check(['--registry', '--jobs', '1']).map(brief).sort(), expected);
    assert.deepEqual(check(['--registry', '--jobs', '2']).map(brief).sort(), expected);
  });

  it('is silent without --registry, except where a config turns lookups on', () => {
    assert.deepEqual(
      check(['--jobs', '1']).map((f) => `${f.file}:${f.line}`),
      ['opted-in/Dockerfile:3'],
    );
  });

  it('says with --verbose which lookups failed, on one thread and in worker threads', () => {
    for (const jobs of ['1', '2']) {
      const { code, stderr } = runCli(['check', '--registry', '--verbose', '--jobs', jobs, '--fail-on', 'never', 'missing'], { cwd: root });
      assert.equal(code, 0, stderr);
      assert.match(stderr, new RegExp(`registry lookup of ${registry.host.replace(/\./g, '\\.')}/demo:404 failed: .*not found`));
    }
  });

  it('checks standard input with --registry', () => {
    const text = `FROM --platform=linux/s390x ${registry.host}/demo:1\n`;
    assert.deepEqual(
      check(['--registry', '--stdin', '--stdin-filename', 'Dockerfile'], text).map((f) => `${f.file}:${f.line}`),
      ['Dockerfile:1'],
    );
    assert.deepEqual(check(['--stdin', '--stdin-filename', 'Dockerfile'], text), []);
  });
});

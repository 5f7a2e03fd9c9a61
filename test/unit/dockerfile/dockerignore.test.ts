/** The `.dockerignore` reader and matcher, against BuildKit's (moby/patternmatcher) semantics. */
import { strict as assert } from 'node:assert';
import { cleanPath, dockerignorePaths, isExcluded, parseDockerignore } from '../../../src/dockerfile/dockerignore';

const excluded = (ignore: string, path: string) => isExcluded(parseDockerignore(ignore), path).excluded;

describe('dockerignore', () => {
  it('reads lines as BuildKit does: comments in column 1, trimmed, BOM and blank lines dropped, `/` and `./` stripped', () => {
    const patterns = parseDockerignore('\uFEFF# comment\n\n  secret.txt  \r\n/abs\n./dot/\n! keep\n #not-a-comment\n');
    assert.deepEqual(
      patterns.map((p) => [p.line, p.exception, p.source]),
      [
        [3, false, 'secret.txt'],
        [4, false, '/abs'],
        [5, false, './dot/'],
        [6, true, '! keep'],
        [7, false, '#not-a-comment'],
      ],
    );
    assert.ok(excluded('/abs\n', 'abs'));
    assert.ok(excluded('./dot/\n', 'dot/file'));
    assert.ok(excluded(' #x\n', '#x'));
    assert.ok(!excluded('# x\n', 'x'));
  });

  it('cleans paths as filepath.Clean does', () => {
    assert.equal(cleanPath('./a//b/'), 'a/b');
    assert.equal(cleanPath('a/../b'), 'b');
    assert.equal(cleanPath('../a'), '../a');
    assert.equal(cleanPath('.'), '');
  });

  it('matches `*`, `?` and classes within one segment', () => {
    assert.ok(excluded('*.txt', 'notes.txt'));
    assert.ok(!excluded('*.txt', 'docs/notes.txt'), '`*` does not cross `/`');
    assert.ok(excluded('*/*.txt', 'docs/notes.txt'));
    assert.ok(excluded('file?.md', 'file1.md'));
    assert.ok(!excluded('file?.md', 'file10.md'));
    assert.ok(excluded('log[0-9]', 'log7'));
    assert.ok(!excluded('log[0-9]', 'logx'));
    assert.ok(excluded('log[^0-9]', 'logx'));
    assert.ok(excluded('a\\*b', 'a*b'));
    assert.ok(!excluded('a\\*b', 'axb'));
    assert.ok(!excluded('Secret', 'secret'), 'case-sensitive');
  });

  it('matches `**` across any number of segments, and a trailing `/**` only inside the folder', () => {
    assert.ok(excluded('**/*.pem', 'key.pem'));
    assert.ok(excluded('**/*.pem', 'a/b/c/key.pem'));
    assert.ok(excluded('a/**/z', 'a/z'));
    assert.ok(excluded('a/**/z', 'a/b/c/z'));
    assert.ok(!excluded('a/**/z', 'b/z'));
    assert.ok(excluded('build/**', 'build/out.bin'));
    assert.ok(!excluded('build/**', 'build'));
    assert.ok(excluded('**', 'anything/at/all'));
  });

  it('excludes a path when a pattern matches one of its parent folders', () => {
    assert.ok(excluded('node_modules', 'node_modules/left-pad/index.js'));
    assert.ok(excluded('secrets/', 'secrets/prod/key'));
    assert.ok(!excluded('node_modules', 'src/node_modules_helper.js'));
    assert.ok(!excluded('src/*.ts', 'src'));
  });

  it('applies exceptions in order, last match wins', () => {
    assert.ok(!excluded('*.md\n!README.md\n', 'README.md'));
    assert.ok(excluded('*.md\n!README.md\n', 'CHANGES.md'));
    assert.ok(excluded('*.md\n!README.md\nREADME*\n', 'README.md'));
    assert.ok(!excluded('docs\n!docs/keep.txt\n', 'docs/keep.txt'));
    assert.ok(excluded('docs\n!docs/keep.txt\n', 'docs/other.txt'));
    // An exception alone excludes nothing.
    assert.ok(!excluded('!a\n', 'a'));
  });

  it('names the deciding pattern, and treats malformed patterns as matching nothing', () => {
    const verdict = isExcluded(parseDockerignore('*.log\n!secret.log\nsecret*\n'), 'secret.log');
    assert.equal(verdict.excluded, true);
    assert.equal(verdict.pattern?.source, 'secret*');
    assert.equal(verdict.pattern?.line, 3);
    assert.ok(!excluded('[abc\n', '[abc'));
    assert.ok(!excluded('!\n', 'x'));
    assert.ok(!excluded('*', '.'), 'the context root is never excluded');
  });

  it('is fast on patterns that make a backtracking regex explode', () => {
    const pattern = `${'*a'.repeat(30)}b\n${'**/'.repeat(30)}x/**/y\n`;
    const path = `${'a'.repeat(4000)}/${'q/'.repeat(2000)}z`;
    const started = Date.now();
    assert.ok(!excluded(pattern, path));
    assert.ok(Date.now() - started < 1000);
  });

  it('lists the Dockerfile-specific ignore file before the context one', () => {
    assert.deepEqual(dockerignorePaths('Dockerfile'), ['Dockerfile.dockerignore', '.dockerignore']);
    assert.deepEqual(dockerignorePaths('svc/api/build.Dockerfile'), ['svc/api/build.Dockerfile.dockerignore', 'svc/api/.dockerignore']);
  });
});

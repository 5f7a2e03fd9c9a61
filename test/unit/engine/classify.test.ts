import { strict as assert } from 'node:assert';
import { classify, lineCommentFor } from '../../../src/engine/classify';

describe('classify', () => {
  const cases: [string, string][] = [
    ['Dockerfile', 'dockerfile'],
    ['api/Containerfile', 'dockerfile'],
    ['web/prod.Dockerfile', 'dockerfile'],
    ['build/app.dockerfile', 'dockerfile'],
    ['Dockerfile.dev', 'dockerfile'],
    ['Containerfile.ci', 'dockerfile'],
    ['Dockerfile.dockerignore', 'other'],
    ['.github/workflows/ci.yml', 'workflow'],
    ['repo/.github/workflows/release.yaml', 'workflow'],
    ['.github/workflows/nested/x.yml', 'other'],
    ['.github/dependabot.yml', 'dependabot'],
    ['repo/.github/dependabot.yaml', 'dependabot'],
    ['docs/dependabot.yml', 'other'],
    ['action.yml', 'action'],
    ['.github/actions/setup/action.yaml', 'action'],
    ['src/app.py', 'other'],
    ['C:\\repo\\.github\\workflows\\ci.yml', 'workflow'],
  ];
  for (const [path, kind] of cases) it(`${path} → ${kind}`, () => assert.equal(classify(path), kind));

  it('uses the language id for untitled documents', () => {
    assert.equal(classify('Untitled-1', 'dockerfile'), 'dockerfile');
    assert.equal(classify('Untitled-1', 'github-actions-workflow'), 'workflow');
    assert.equal(classify('Untitled-1', 'plaintext'), 'other');
  });

  it('knows the line comment of common languages, and that JSON has none', () => {
    assert.equal(lineCommentFor('app.py', 'other'), '#');
    assert.equal(lineCommentFor('index.ts', 'other'), '//');
    assert.equal(lineCommentFor('.env.local', 'other'), '#');
    assert.equal(lineCommentFor('package.json', 'other'), undefined);
    assert.equal(lineCommentFor('Dockerfile', 'dockerfile'), '#');
  });
});

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './support';

describe('VSIX contents', () => {
  it('ships only the bundles, the icon, the manifest and the docs: no sources, tests, fixtures or maps', function () {
    this.timeout(60000);
    const vsce = join(ROOT, 'node_modules/@vscode/vsce/vsce');
    const listing = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    const files = listing
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .sort();
    assert.deepEqual(files, [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/extension.node.js',
      'dist/extension.web.js',
      'dist/server.node.js',
      'dist/server.web.js',
      'media/icon.png',
      'package.json',
    ]);
  });
});

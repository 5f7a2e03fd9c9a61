import * as assert from 'node:assert/strict';
import { build } from 'esbuild';

/**
 * The CLI bundle loads the Dockerfile and workflow linters and the user-pattern packages on first
 * use (src/engine/lazy.ts): a static import of one of them on the way from the entry point would
 * quietly load them at every start again. This builds the bundle as scripts/build.mjs does and
 * lists what its start-up evaluates.
 */
describe('what the CLI loads at start-up', function () {
  this.timeout(60000);

  it('evaluates the secret scanner, and not the Dockerfile or workflow linters, yaml or re2js', async () => {
    const result = await build({
      entryPoints: ['src/cli/main.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      write: false,
      metafile: true,
      logLevel: 'silent',
      external: ['vscode'],
      outfile: 'cli.js',
    });
    const inputs = result.metafile.inputs;
    // Modules reached from the entry point by static imports alone run when the bundle loads.
    const atStart = new Set<string>();
    const pending = ['src/cli/main.ts'];
    for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
      if (atStart.has(file)) continue;
      atStart.add(file);
      for (const edge of inputs[file]?.imports ?? []) if (edge.kind === 'import-statement' && !edge.external) pending.push(edge.path);
    }
    assert.ok(atStart.has('src/secrets/scan.ts'));
    assert.ok(atStart.has('src/secrets/keyword-wasm.ts'));
    const loadedEarly = [...atStart].filter(
      (file) => /^src\/(dockerfile|workflow)\/(rules\/index|lint-)/.test(file) || /node_modules\/(re2js|smol-toml|yaml)\//.test(file),
    );
    assert.deepEqual(loadedEarly, []);
    // ...and they are in the bundle, behind a require.
    assert.ok(inputs['src/dockerfile/lint-dockerfile.ts'] && inputs['src/workflow/lint-workflow.ts']);
  });
});

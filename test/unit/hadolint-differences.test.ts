import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './support';

describe('docs/hadolint-differences.md', () => {
  it('lists exactly the hadolint rules whose page has a "Differences from hadolint" section', () => {
    const pages = readdirSync(join(ROOT, 'docs/rules')).filter((f) => /^DL\d{4}\.md$/.test(f));
    const withDifferences = pages
      .filter((f) => /^## Differences from hadolint$/m.test(readFileSync(join(ROOT, 'docs/rules', f), 'utf8')))
      .map((f) => f.slice(0, -3))
      .sort();
    const listed = [...readFileSync(join(ROOT, 'docs/hadolint-differences.md'), 'utf8').matchAll(/^\| \[(DL\d{4})\]/gm)]
      .map((m) => m[1])
      .sort();
    assert.deepEqual(listed, withDifferences);
  });
});

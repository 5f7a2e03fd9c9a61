import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesIndex } from '../../scripts/rules-index';
import { ROOT } from './support';

describe('docs/rules/README.md', () => {
  it('lists every rule as the registry has it (run `npm run docs:rules` after changing rules)', () => {
    assert.equal(readFileSync(join(ROOT, 'docs/rules/README.md'), 'utf8'), rulesIndex());
  });
});

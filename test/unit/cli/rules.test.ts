import * as assert from 'node:assert/strict';
import { allRules } from '../../../src/engine/registry';
import { docsUrl } from '../../../src/engine/rule';
import { makeTree, removeTree, runCli } from './helpers';

interface RuleListing {
  id: string;
  aliases: string[];
  category: string;
  severity: string;
  confidence: string;
  summary: string;
  fixable: boolean;
  docsUrl: string;
}

describe('drydock rules', () => {
  let cwd: string;
  before(() => (cwd = makeTree({})));
  after(() => removeTree(cwd));

  it('--format json lists every rule with its metadata', () => {
    const { code, stdout } = runCli(['rules', '--format', 'json'], { cwd });
    assert.equal(code, 0);
    const { rules } = JSON.parse(stdout) as { rules: RuleListing[] };
    assert.deepEqual(
      rules.map((r) => r.id),
      allRules().map((r) => r.id),
    );
    const byId = new Map(rules.map((r) => [r.id, r]));
    for (const id of ['DL3007', 'DL4000', 'unpinned-uses', 'github-pat']) assert.ok(byId.has(id), `${id} is listed`);
    const maintainer = byId.get('DL4000');
    assert.equal(maintainer?.fixable, true);
    assert.equal(maintainer?.severity, 'error');
    assert.equal(maintainer?.category, 'dockerfile');
    assert.ok(maintainer?.aliases.includes('MaintainerDeprecated'));
    assert.equal(byId.get('DL3007')?.fixable, false);
    assert.equal(byId.get('github-pat')?.category, 'secret');
    for (const rule of rules) {
      assert.ok(rule.summary && rule.confidence, `${rule.id} has a summary and confidence`);
      assert.match(
        rule.docsUrl,
        new RegExp(`^https://.+(?:/${encodeURIComponent(rule.id)}\\.md|\\.md#${encodeURIComponent(rule.id.toLowerCase())})$`),
      );
    }
  });

  it('--format text (the default) lists every rule id and docs URL', () => {
    const { code, stdout } = runCli(['rules'], { cwd });
    assert.equal(code, 0);
    for (const rule of allRules()) {
      assert.match(stdout, new RegExp(`^${rule.id} `, 'm'));
      assert.ok(stdout.includes(docsUrl(rule.id, rule.docsPage)), `${rule.id}'s docs URL is printed`);
    }
  });
});

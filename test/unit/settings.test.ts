import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../src/engine/config';
import { SETTINGS } from '../../src/shared/settings';
import { ROOT } from './support';

interface ManifestProperty {
  type: string;
  default: unknown;
  enum?: string[];
}

describe('settings', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    contributes: { configuration: { title: string; properties: Record<string, ManifestProperty> }[] };
  };
  const properties = Object.assign({}, ...manifest.contributes.configuration.map((section) => section.properties)) as Record<
    string,
    ManifestProperty
  >;

  it('package.json declares exactly the settings of src/shared/settings.ts, with the same types, defaults and enums', () => {
    assert.deepEqual(Object.keys(properties).sort(), SETTINGS.map((s) => s.key).sort());
    for (const spec of SETTINGS) {
      const property = properties[spec.key];
      assert.ok(property, spec.key);
      assert.equal(property.type, spec.type, `${spec.key} type`);
      assert.deepEqual(property.default, spec.default, `${spec.key} default`);
      assert.deepEqual(property.enum, spec.enum, `${spec.key} enum`);
    }
  });

  it('engine settings default to the engine defaults, so the editor and the CLI agree', () => {
    const byKey = new Map(SETTINGS.map((s) => [s.key, s.default]));
    assert.equal(byKey.get('drydock.enable'), DEFAULT_CONFIG.enable);
    assert.equal(byKey.get('drydock.secrets.maxFileSizeKb'), DEFAULT_CONFIG.secrets.maxFileSizeKb);
    assert.equal(byKey.get('drydock.secrets.enable'), DEFAULT_CONFIG.secrets.enable);
    assert.equal(byKey.get('drydock.dockerfile.enable'), DEFAULT_CONFIG.dockerfile.enable);
    assert.equal(byKey.get('drydock.workflow.enable'), DEFAULT_CONFIG.workflow.enable);
    assert.equal(byKey.get('drydock.dockerfile.shellcheck'), DEFAULT_CONFIG.dockerfile.shellcheck);
    assert.equal(byKey.get('drydock.dockerfile.registryLookups'), DEFAULT_CONFIG.dockerfile.registryLookups);
    assert.equal(byKey.get('drydock.dockerfile.targetPlatform'), DEFAULT_CONFIG.dockerfile.targetPlatform);
  });
});

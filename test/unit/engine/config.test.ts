import { strict as assert } from 'node:assert';
import {
  DEFAULT_CONFIG,
  mergeConfig,
  parseConfigFile,
  resolveConfigForFile,
  ruleSetting,
  toPartialConfig,
  type ConfigProblem,
} from '../../../src/engine/config';
import { findRule } from '../../../src/engine/registry';
import { ids, lintText } from '../support';

describe('config', () => {
  it('parses .drydock.yaml with nested and dotted keys, and YAML 1.1 `off`', () => {
    const problems: ConfigProblem[] = [];
    const partial = parseConfigFile(
      'rules:\n  DL3007: off\n  unpinned-uses: error\nsecrets.enable: false\nworkflow:\n  enable: false\n',
      'x',
      problems,
    );
    assert.deepEqual(problems, []);
    const config = mergeConfig(DEFAULT_CONFIG, partial);
    assert.deepEqual(config.rules, { DL3007: 'off', 'unpinned-uses': 'error' });
    assert.equal(config.secrets.enable, false);
    assert.equal(config.workflow.enable, false);
    assert.equal(config.dockerfile.enable, true);
  });

  it('reports bad values, unknown keys and invalid YAML without throwing', () => {
    const problems: ConfigProblem[] = [];
    parseConfigFile('rules:\n  DL3007: loud\nenable: maybe\ncolour: red\n', 'f', problems);
    assert.deepEqual(
      problems.map((p) => p.message),
      ['enable: expected true or false', 'rules.DL3007: expected one of off, error, warning, info', 'unknown setting "colour"'],
    );
    const more: ConfigProblem[] = [];
    assert.deepEqual(parseConfigFile('rules: [unclosed', 'g', more), {});
    assert.match(more[0]?.message ?? '', /^invalid YAML/);
  });

  it('reads dockerfile.shellcheck from settings and .drydock.yaml (default on)', () => {
    assert.equal(DEFAULT_CONFIG.dockerfile.shellcheck, true);
    const problems: ConfigProblem[] = [];
    const fromYaml = mergeConfig(DEFAULT_CONFIG, parseConfigFile('dockerfile:\n  shellcheck: false\n', 'x', problems));
    assert.equal(fromYaml.dockerfile.shellcheck, false);
    const fromSettings = mergeConfig(DEFAULT_CONFIG, toPartialConfig({ 'dockerfile.shellcheck': false }, 'settings', problems));
    assert.equal(fromSettings.dockerfile.shellcheck, false);
    assert.equal(mergeConfig(fromSettings, { dockerfile: { strictLabels: true } }).dockerfile.shellcheck, false);
    assert.deepEqual(problems, []);
    const bad: ConfigProblem[] = [];
    toPartialConfig({ dockerfile: { shellcheck: 'yes' } }, 'settings', bad);
    assert.deepEqual(
      bad.map((p) => p.message),
      ['dockerfile.shellcheck: expected true or false'],
    );
  });

  it('matches rules by id, alias and glob, the most specific winning', () => {
    const rule = findRule('DL4000');
    assert.ok(rule);
    const at = (rules: Record<string, 'off' | 'error' | 'warning' | 'info'>) => ruleSetting(rule, mergeConfig(DEFAULT_CONFIG, { rules }));
    assert.equal(at({ 'DL4*': 'info' }), 'info');
    assert.equal(at({ 'DL4*': 'info', MaintainerDeprecated: 'warning' }), 'warning');
    assert.equal(at({ MaintainerDeprecated: 'warning', dl4000: 'off' }), 'off');
    assert.equal(at({ DL3007: 'off' }), undefined);
  });

  it('applies severity overrides and turns rules off in lint results', () => {
    const text = 'FROM node:latest\nMAINTAINER me\n';
    assert.deepEqual(ids(lintText('Dockerfile', text, { rules: { DL3007: 'off' } })), ['DL4000']);
    const [latest] = lintText('Dockerfile', text, { rules: { DL3007: 'error' } });
    assert.equal(latest?.severity, 'error');
  });

  it('finds .drydock.yaml files from the root down, nearest overriding', async () => {
    const files: Record<string, string> = {
      '/repo/.drydock.yaml': 'rules:\n  DL3007: off\n  DL4000: info\n',
      '/repo/svc/.drydock.yml': 'rules:\n  DL3007: error\n',
      '/.drydock.yaml': 'enable: false\n',
    };
    const read = (p: string) => Promise.resolve(files[p]);
    const { config, files: found } = await resolveConfigForFile('/repo/svc/api/Dockerfile', '/repo', read);
    assert.deepEqual(found, ['/repo/.drydock.yaml', '/repo/svc/.drydock.yml']);
    assert.deepEqual(config.rules, { DL3007: 'error', DL4000: 'info' });
    assert.equal(config.enable, true, 'files above the root are not read');
    const settingsOnly = toPartialConfig({ 'drydock.secrets': { maxFileSizeKb: 12 } }, 's', []);
    assert.equal(mergeConfig(DEFAULT_CONFIG, settingsOnly).secrets.maxFileSizeKb, 12);
  });
});

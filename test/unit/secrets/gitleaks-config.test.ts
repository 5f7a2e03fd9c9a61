import { strict as assert } from 'node:assert';
import { DEFAULT_CONFIG, resolveConfigForFile, type ConfigProblem } from '../../../src/engine/config';
import { lint } from '../../../src/engine/lint';
import { parseGitleaksConfig } from '../../../src/secrets/gitleaks-config';
import { fakeGithubPat } from '../support';

const CUSTOM = `
[extend]
useDefault = true

[[rules]]
id = "shipyard-api-key"
description = "Shipyard API key"
regex = '''(?i)shipyard[_-]?key\\s*[:=]\\s*['"]?(sy_[a-z0-9]{24})'''
secretGroup = 1
keywords = ["shipyard"]
entropy = 3.0

  [[rules.allowlists]]
  stopwords = ["sy_aaaa"]
`;

async function lintWith(files: Record<string, string>, path: string, text: string) {
  const read = (p: string) => Promise.resolve(files[p]);
  const { config, problems } = await resolveConfigForFile(path, '/repo', read);
  return { result: lint({ path, text }, config), problems };
}

describe('.gitleaks.toml', () => {
  it('adds custom rules with secretGroup, keywords and entropy, next to the built-in ones', async () => {
    const token = fakeGithubPat(31);
    const text = `SHIPYARD_KEY = "sy_k3j5h6g7f8d9s0a1q2w3e4r5"\nGH=${token}\n`;
    const { result, problems } = await lintWith({ '/repo/.gitleaks.toml': CUSTOM }, '/repo/app/settings.py', text);
    assert.deepEqual(problems, []);
    assert.deepEqual(result.findings.map((f) => f.ruleId).sort(), ['github-pat', 'shipyard-api-key']);
    const custom = result.findings.find((f) => f.ruleId === 'shipyard-api-key');
    assert.deepEqual(custom?.range, { start: { line: 0, character: 16 }, end: { line: 0, character: 43 } });
    assert.ok(!custom.message.includes('k3j5h6g7f8'), 'the secret is redacted');
  });

  it('runs a custom rule without keywords on every file, as gitleaks does', async () => {
    const toml = `[extend]\nuseDefault = true\n[[rules]]\nid = "acme-token"\nregex = '''acme_[a-z0-9]{16}'''\n`;
    const { result, problems } = await lintWith({ '/repo/.gitleaks.toml': toml }, '/repo/a.txt', 'x = "acme_k3j5h6g7f8d9s0a1"\n');
    assert.deepEqual(problems, []);
    assert.deepEqual(
      result.findings.map((f) => f.ruleId),
      ['acme-token'],
    );
    assert.deepEqual((await lintWith({ '/repo/.gitleaks.toml': toml }, '/repo/b.txt', 'nothing to see\n')).result.findings, []);
  });

  it('honours rule allowlists and entropy', async () => {
    const files = { '/repo/.gitleaks.toml': CUSTOM };
    assert.deepEqual((await lintWith(files, '/repo/a.py', 'shipyard_key: sy_aaaa00000000000000000000\n')).result.findings, []);
  });

  it('replaces the built-in rules without [extend] useDefault, and drops disabledRules with it', async () => {
    const token = fakeGithubPat(32);
    const replace = CUSTOM.replace('useDefault = true', 'useDefault = false');
    assert.deepEqual((await lintWith({ '/repo/.gitleaks.toml': replace }, '/repo/x.env', `GH=${token}\n`)).result.findings, []);
    const disabled = CUSTOM.replace('useDefault = true', 'useDefault = true\ndisabledRules = ["github-pat"]');
    assert.deepEqual((await lintWith({ '/repo/.gitleaks.toml': disabled }, '/repo/x.env', `GH=${token}\n`)).result.findings, []);
    assert.equal((await lintWith({ '/repo/.gitleaks.toml': CUSTOM }, '/repo/x.env', `GH=${token}\n`)).result.findings.length, 1);
  });

  it('applies global allowlists: regexes on the secret, paths, stopwords, and AND conditions', async () => {
    const token = fakeGithubPat(33);
    const byPath = `[extend]\nuseDefault = true\n[allowlist]\npaths = ['''^/repo/fixtures/''']\n`;
    assert.deepEqual((await lintWith({ '/repo/.gitleaks.toml': byPath }, '/repo/fixtures/x.env', `GH=${token}\n`)).result.findings, []);
    assert.equal((await lintWith({ '/repo/.gitleaks.toml': byPath }, '/repo/src/x.env', `GH=${token}\n`)).result.findings.length, 1);
    const and = `[extend]\nuseDefault = true\n[[allowlists]]\ncondition = "AND"\npaths = ['''fixtures''']\nregexes = ['''^ghp_''']\n`;
    assert.deepEqual((await lintWith({ '/repo/.gitleaks.toml': and }, '/repo/fixtures/x.env', `GH=${token}\n`)).result.findings, []);
    assert.equal((await lintWith({ '/repo/.gitleaks.toml': and }, '/repo/src/x.env', `GH=${token}\n`)).result.findings.length, 1);
  });

  it('reports invalid TOML, invalid regexes and path-only rules as problems, never throwing', () => {
    const problems: ConfigProblem[] = [];
    parseGitleaksConfig('[[rules]\nid=', 'a.toml', problems);
    parseGitleaksConfig(
      `[[rules]]\nid = "bad"\nregex = '''(unclosed'''\n[[rules]]\nid = "path-only"\npath = '''\\.pem$'''\n`,
      'b.toml',
      problems,
    );
    assert.equal(problems.length, 3);
    assert.match(problems[0]?.message ?? '', /^invalid TOML/);
    assert.match(problems[1]?.message ?? '', /^rules\[0\] \(bad\)\.regex: invalid regular expression/);
    assert.equal(problems[2]?.message, 'rules[1] (path-only): rules without a regex (path-only) are not supported');
  });

  it('reports values of the wrong type, an empty regex and a secretGroup the regex lacks', () => {
    const problems: ConfigProblem[] = [];
    const toml = [
      '[extend]\nuseDefault = "yes"\ndisabledRules = "generic-api-key"',
      `[[rules]]\nid = "loose"\nregex = '''zed_[a-z]{10}'''\nentropy = "high"\nkeywords = "zed_"`,
      `[[rules]]\nid = "empty"\nregex = ''`,
      `[[rules]]\nid = "group"\nregex = '''acme_([a-z0-9]{12})'''\nsecretGroup = 3`,
      `[[allowlists]]\ncondition = "XOR"\nregexTarget = "file"\nstopwords = "example"`,
    ].join('\n');
    const settings = parseGitleaksConfig(toml, 'c.toml', problems);
    assert.deepEqual(
      problems.map((p) => p.message),
      [
        'extend.useDefault must be a boolean; ignored',
        'extend.disabledRules must be a list of strings; ignored',
        'rules[0] (loose).entropy must be a number; ignored',
        'rules[0] (loose).keywords must be a list of strings; ignored',
        'rules[1] (empty): an empty regex matches nothing but empty strings; the rule is skipped',
        'rules[2] (group).secretGroup is 3 but the regex has 1 capture group; group 1 is used',
        'config.allowlists[0].stopwords must be a list of strings; ignored',
        'config.allowlists[0].condition must be "OR" or "AND"; "OR" is used',
        'config.allowlists[0].regexTarget must be "secret", "match" or "line"; "secret" is used',
      ],
    );
    // What is well-formed still applies: the loose and group rules are there, the empty one is not.
    assert.deepEqual(
      settings.detectors.map((d) => d.id),
      ['loose', 'group'],
    );
  });

  it('runs a pathological user pattern in linear time (re2js), so it cannot hang the editor', () => {
    const problems: ConfigProblem[] = [];
    const settings = parseGitleaksConfig(`[[rules]]\nid = "redos"\nregex = '''(a+)+$'''\nkeywords = ["aaa"]\n`, 'c.toml', problems);
    const config = { ...DEFAULT_CONFIG, secrets: { ...DEFAULT_CONFIG.secrets, gitleaks: settings } };
    const text = `${'a'.repeat(20000)}!\n`;
    // A backtracking engine needs about 2^20000 steps here; mocha's timeout fails the test if it hangs.
    const result = lint({ path: '/x.txt', text }, config);
    assert.deepEqual(result.findings, []);
  });
});

describe('.gitleaksignore', () => {
  it('silences a finding by file, rule and line (commit prefix optional), and nothing else', async () => {
    const token = fakeGithubPat(34);
    const text = `A=${token}\nB=${token}\n`;
    const ignore = `# reviewed\nabc1234def:app/.env:github-pat:1\n`;
    const { result } = await lintWith({ '/repo/.gitleaksignore': ignore }, '/repo/app/.env', text);
    assert.deepEqual(
      result.findings.map((f) => f.range.start.line),
      [1],
    );
  });
});

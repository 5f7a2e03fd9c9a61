import { strict as assert } from 'node:assert';
import { ids, lintText } from '../support';

/** BuildKit's `# check=skip=…` directive, read as an inline ignore in Dockerfiles. */
describe('BuildKit check directive', () => {
  const body = 'FROM alpine:3.20 AS Build\nCOPY $foo /app/\n';
  const only = (text: string, ...rules: string[]) => ids(lintText('Dockerfile', text)).filter((id) => rules.includes(id));

  it('fires without a directive (baseline)', () => {
    assert.deepEqual(only(body, 'StageNameCasing', 'UndefinedVar'), ['StageNameCasing', 'UndefinedVar']);
  });

  it('a parser directive at the top skips the named checks in the whole file', () => {
    assert.deepEqual(only(`# check=skip=StageNameCasing\n${body}`, 'StageNameCasing', 'UndefinedVar'), ['UndefinedVar']);
    assert.deepEqual(
      only(
        `# syntax=docker/dockerfile:1\n# check=skip=StageNameCasing,UndefinedVar;error=true\n${body}`,
        'StageNameCasing',
        'UndefinedVar',
      ),
      [],
    );
    assert.deepEqual(only(`#check = skip = StageNameCasing , UndefinedVar\n${body}`, 'StageNameCasing', 'UndefinedVar'), []);
  });

  it('skip=all silences the BuildKit checks and the rules aliased to them, not other rules', () => {
    const text = `# check=skip=all\nFROM node:latest AS Build\nMAINTAINER me\n`;
    const found = ids(lintText('Dockerfile', text));
    assert.ok(!found.includes('StageNameCasing'));
    assert.ok(!found.includes('DL4000'), 'DL4000 carries the MaintainerDeprecated alias');
    assert.ok(found.includes('DL3007'), 'a rule with no BuildKit name keeps firing');
  });

  it('matches rule aliases, as every inline ignore does', () => {
    assert.deepEqual(only('# check=skip=MaintainerDeprecated\nFROM alpine:3.20\nMAINTAINER me\n', 'DL4000'), []);
  });

  it('a check comment right above an instruction skips it there only', () => {
    const text = 'FROM alpine:3.20\n# check=skip=UndefinedVar\nCOPY $foo /a/\nCOPY $bar /b/\n';
    const found = lintText('Dockerfile', text).filter((f) => f.ruleId === 'UndefinedVar');
    assert.deepEqual(
      found.map((f) => f.range.start.line),
      [3],
    );
  });

  it('below the directive block, a check comment is not file-wide', () => {
    const text = '# a plain comment ends the directive block\n# check=skip=UndefinedVar\nFROM alpine:3.20\nCOPY $foo /a/\n';
    assert.deepEqual(only(text, 'UndefinedVar'), ['UndefinedVar']);
    const stage = 'FROM alpine:3.20\n# check=skip=UndefinedVar\n# more words\nCOPY $foo /a/\nCOPY $bar /b/\n';
    assert.equal(only(stage, 'UndefinedVar').length, 1);
  });

  it('ignores malformed or unrelated check directives', () => {
    assert.deepEqual(only(`# check=skip\n${body}`, 'StageNameCasing'), ['StageNameCasing']);
    assert.deepEqual(only(`# check=bogus=1;skip=StageNameCasing\n${body}`, 'StageNameCasing'), ['StageNameCasing']);
    assert.deepEqual(only(`# check=error=true\n${body}`, 'StageNameCasing'), ['StageNameCasing']);
    assert.deepEqual(only(`# check=skip=OtherRule\n${body}`, 'StageNameCasing'), ['StageNameCasing']);
    assert.deepEqual(only('FROM alpine:3.20 AS Build\nHEALTHCHECK CMD true\nRUN echo healthcheck=skip\n', 'StageNameCasing'), [
      'StageNameCasing',
    ]);
  });

  it('applies to Dockerfiles only', () => {
    const wf = '# check=skip=unpinned-uses\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: a/b@v1\n';
    assert.deepEqual(ids(lintText('.github/workflows/ci.yml', wf, { rules: { '*': 'off', 'unpinned-uses': 'warning' } })), [
      'unpinned-uses',
    ]);
  });
});

/** github-env: which writes to the environment files count, per shell. */
import { strict as assert } from 'node:assert';
import { bashWrites, cmdWrites, pwshWrites } from '../../../src/workflow/rules/security/github-env';
import { lintText } from '../support';

describe('security: github-env script patterns', () => {
  it('finds bash writes that can carry attacker input', () => {
    for (const script of [
      'echo $foo >> $GITHUB_ENV',
      'echo "a=$b" >> "$GITHUB_ENV"',
      'echo prefix $foo >> ${GITHUB_ENV}',
      'echo FOO=$(bar) >> "${GITHUB_ENV}"',
      'echo FOO=`bar` >> $GITHUB_ENV',
      'unknown-tool >> $GITHUB_ENV',
      "some-tool 'literal args' >> $GITHUB_PATH",
      'echo $foo > $GITHUB_ENV',
      'echo $foo>>$GITHUB_ENV',
      'echo $foo >> \\\n  $GITHUB_ENV',
      'cat <<EOF >> "$GITHUB_ENV"\nA=$B\nEOF',
      'something | tee $GITHUB_ENV',
      'something|tee -a "${GITHUB_PATH}" | other',
      'set -e; printf "%s\\n" "$x" >> $GITHUB_ENV',
    ])
      assert.equal(bashWrites(script, 0).length, 1, script);
  });

  it('ignores literal echoes, other files and comments', () => {
    for (const script of [
      'echo completely-static >> $GITHUB_ENV',
      "echo 'static' >> $GITHUB_ENV",
      'echo "static" \'also\' >> "$GITHUB_ENV"',
      'echo $foo >> $OTHER_ENV # not $GITHUB_ENV',
      'echo $foo >> GITHUB_ENV',
      'echo $foo | tee GITHUB_ENV',
      'echo $foo | tee $GITHUB_ENVX',
      'echo $foo >> "$GITHUB_OUTPUT"',
      'tee $GITHUB_ENV < file',
    ])
      assert.deepEqual(bashWrites(script, 0), [], script);
  });

  it('finds PowerShell writes, in any case', () => {
    for (const script of [
      'foo >> $env:GITHUB_ENV',
      'foo > "${env:GITHUB_ENV}"',
      'echo "A=$a" >> $ENV:GitHub_Env',
      '"A=$a" | Out-File -FilePath $env:GITHUB_ENV -Append',
      'Add-Content -Path $env:GITHUB_PATH -Value $dir',
      'Set-Content $Env:GITHUB_ENV "A=$a"',
      'echo "a" | tee-object -Append -FilePath "${env:GITHUB_ENV}"',
    ])
      assert.equal(pwshWrites(script, 0).length, 1, script);
    for (const script of ['foo >> bar # not $env:GITHUB_ENV', 'foo >> GITHUB_ENV', 'foo >> $GITHUB_ENV', '"x" | Out-File GITHUB_ENV'])
      assert.deepEqual(pwshWrites(script, 0), [], script);
  });

  it('finds cmd writes', () => {
    for (const script of ['echo LIB=%LIB%>>%GITHUB_ENV%', 'echo LIB=%LIB% >> "%GITHUB_ENV%"', 'echo>>"%GITHUB_PATH%" C:\\tools'])
      assert.equal(cmdWrites(script, 0).length, 1, script);
  });

  it('applies to pull_request_target and workflow_run workflows, and to composite actions', () => {
    const job = `jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo "X=$Y" >> "$GITHUB_ENV"
`;
    const count = (path: string, text: string) => lintText(path, text).filter((f) => f.ruleId === 'github-env').length;
    assert.equal(count('.github/workflows/a.yml', `on: pull_request_target\n${job}`), 1);
    assert.equal(count('.github/workflows/a.yml', `on: {workflow_run: {workflows: [ci]}}\n${job}`), 1);
    assert.equal(count('.github/workflows/a.yml', `on: [push, pull_request]\n${job}`), 0);
    const action = `name: a
description: b
runs:
  using: composite
  steps:
    - shell: pwsh
      run: Add-Content $env:GITHUB_PATH $dir
`;
    assert.equal(count('action.yml', action), 1);
  });
});

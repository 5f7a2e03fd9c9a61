import { strict as assert } from 'node:assert';
import { commandName, hasFlag, parseShell, positionalArgs, unwrap } from '../../../src/dockerfile/shell';

const names = (script: string) => parseShell(script).commands.map((c) => c.words.map((w) => w.value).join(' '));

describe('parseShell', () => {
  it('splits on &&, ||, ;, |, & and newlines, remembering separators and pipelines', () => {
    const { commands } = parseShell('apt-get update && apt-get install -y curl | tee log; echo done || true & wait\nls');
    assert.deepEqual(
      commands.map((c) => c.words[0]?.value),
      ['apt-get', 'apt-get', 'tee', 'echo', 'true', 'wait', 'ls'],
    );
    assert.deepEqual(
      commands.map((c) => c.separator),
      ['&&', '|', ';', '||', '&', '\n', 'end'],
    );
    assert.equal(commands[1]?.pipeline, commands[2]?.pipeline);
    assert.notEqual(commands[0]?.pipeline, commands[1]?.pipeline);
  });

  it('removes quotes and escapes from values, keeps raw text and exact offsets', () => {
    const script = `echo "a b" 'c d' e\\ f "x\\"y" $HOME`;
    const [cmd] = parseShell(script).commands;
    assert.deepEqual(
      cmd?.words.map((w) => w.value),
      ['echo', 'a b', 'c d', 'e f', 'x"y', '$HOME'],
    );
    const w = cmd?.words[2];
    assert.ok(w);
    assert.equal(script.slice(w.start, w.end), "'c d'");
    assert.ok(w.quoted);
  });

  it('reads assignments, redirects, subshells, braces and control keywords', () => {
    assert.deepEqual(names('A=1 B="2 3" make install > /dev/null 2>&1'), ['make install']);
    assert.deepEqual(
      parseShell('A=1 make').commands[0]?.assignments.map((a) => a.value),
      ['A=1'],
    );
    assert.deepEqual(names('(cd /src && make) && { echo ok; }'), ['cd /src', 'make', 'echo ok']);
    assert.deepEqual(names('if [ -f x ]; then rm x; else touch x; fi'), ['[ -f x ]', 'rm x', 'touch x']);
    assert.deepEqual(names('for f in a b; do echo $f; done'), ['for f in a b', 'echo $f']);
  });

  it('keeps command substitutions inside words (their commands come first) and skips comments', () => {
    assert.deepEqual(names('echo $(date +%s) `id -u` # trailing comment\nls # another'), [
      'date +%s',
      'id -u',
      'echo $(date +%s) `id -u`',
      'ls',
    ]);
  });

  it('skips the body of a shell heredoc and goes on after it', () => {
    assert.deepEqual(names('cat <<EOF > /etc/x && chmod 600 /etc/x\napt-get install foo\nEOF\necho after'), [
      'cat',
      'chmod 600 /etc/x',
      'echo after',
    ]);
  });

  it('looks inside sh -c and bash -c scripts, with offsets into the string', () => {
    const script = `sh -c 'apt-get install -y curl && rm -rf /tmp/x'`;
    const { commands } = parseShell(script);
    assert.deepEqual(
      commands.map((c) => c.words[0]?.value),
      ['sh', 'apt-get', 'rm'],
    );
    const curl = commands[1]?.words[3];
    assert.ok(curl);
    assert.equal(script.slice(curl.start, curl.end), 'curl');
    assert.ok(commands[1]?.fromShC);
  });

  it('maps offsets through a custom mapping (RUN continuations removed)', () => {
    const offsets = [10, 11, 12, 20, 21];
    const [cmd] = parseShell('ab cd', (i) => offsets[i] ?? 0).commands;
    assert.deepEqual(
      cmd?.words.map((w) => [w.start, w.end]),
      [
        [10, 12],
        [20, 22],
      ],
    );
  });

  it('unwraps sudo, env and friends to the real command', () => {
    const [cmd] = parseShell('sudo -u app env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends git').commands;
    assert.ok(cmd);
    assert.equal(commandName(cmd), 'apt-get');
    assert.deepEqual(
      unwrap(cmd).assignments.map((a) => a.value),
      ['DEBIAN_FRONTEND=noninteractive'],
    );
    assert.deepEqual(
      positionalArgs(cmd).map((w) => w.value),
      ['install', 'git'],
    );
    assert.equal(hasFlag(cmd, 'y')?.value, '-y');
    assert.equal(hasFlag(cmd, undefined, 'no-install-recommends')?.value, '--no-install-recommends');
    assert.equal(hasFlag(cmd, 'q'), undefined);
  });

  it('never throws on unbalanced input', () => {
    for (const s of ['echo "unterminated', "echo 'x", 'echo $(oops', '((', ')))', '&&&&', '|||', 'a <<', '\\', '`', '${', 'sh -c']) {
      assert.doesNotThrow(() => parseShell(s), s);
    }
  });
});

describe('parseShell command substitutions', () => {
  it('reads the commands inside $( ) and backticks, with offsets, but not arithmetic', () => {
    const script = 'echo $(apt-get install foo) `pip install bar` $((1 + 2))';
    const commands = parseShell(script).commands;
    assert.deepEqual(
      commands.map((c) => c.words[0]?.value),
      ['apt-get', 'pip', 'echo'],
    );
    const foo = commands[0]?.words[2];
    assert.ok(foo);
    assert.equal(script.slice(foo.start, foo.end), 'foo');
    assert.equal(commands[0]?.depth, 1);
  });
});

describe('parseShell case statements and quoted substitutions', () => {
  it('treats case patterns as data and reads clause commands', () => {
    const script =
      'case "$(uname -m)" in\n  amd64|x86_64) ARCH=x64 ;;\n  arm64|aarch64) ARCH=arm64; echo arm ;;\n  *) exit 1 ;;\nesac && echo done';
    const names = parseShell(script).commands.map((c) => c.words.map((w) => w.value).join(' '));
    assert.deepEqual(names, ['uname -m', '', '', 'echo arm', 'exit 1', 'echo done']);
    assert.ok(!parseShell(script).commands.some((c) => c.separator === '|'), 'pattern alternatives are not pipes');
  });

  it('reads commands of $( ) and backticks inside double quotes', () => {
    const commands = parseShell('echo "pid: $(ps aux | grep x) `id -u`"').commands;
    assert.deepEqual(
      commands.map((c) => c.words[0]?.value),
      ['ps', 'grep', 'id', 'echo'],
    );
  });
});

import { strict as assert } from 'node:assert';
import { expandVariables, parseDockerfile } from '../../../src/dockerfile/parse';
import { lint } from '../../../src/engine/lint';
import { DEFAULT_CONFIG } from '../../../src/engine/config';

describe('parseDockerfile', () => {
  it('joins continuation lines, skipping comments and blank lines inside them, and keeps offsets', () => {
    const text = 'FROM alpine:3.20\nRUN apk add \\\n# a comment\n\n    curl \\\n    git\nUSER app\n';
    const df = parseDockerfile(text);
    assert.deepEqual(
      df.instructions.map((i) => i.keyword),
      ['FROM', 'RUN', 'USER'],
    );
    const run = df.instructions[1];
    assert.ok(run);
    assert.deepEqual(
      run.words.map((w) => w.value),
      ['apk', 'add', 'curl', 'git'],
    );
    const git = run.words[3];
    assert.ok(git);
    assert.equal(text.slice(git.start, git.end), 'git');
    assert.equal(run.startLine, 1);
    assert.equal(run.endLine, 5);
    assert.deepEqual(df.problems, []);
  });

  it('honours the escape directive', () => {
    const text = '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir `\n    c:\\\n';
    const df = parseDockerfile(text);
    assert.equal(df.escape, '`');
    assert.deepEqual(
      df.instructions[1]?.words.map((w) => w.value),
      ['dir', 'c:\\'],
    );
  });

  it('reads heredoc bodies without parsing them as instructions', () => {
    const text = 'FROM alpine:3.20\nRUN <<EOF\nFROM not-an-instruction\nEOF\nCOPY <<-"CONF" /etc/app.conf\n\tkey=value\n\tCONF\nUSER app\n';
    const df = parseDockerfile(text);
    assert.deepEqual(
      df.instructions.map((i) => i.keyword),
      ['FROM', 'RUN', 'COPY', 'USER'],
    );
    assert.equal(df.instructions[1]?.heredocs[0]?.body, 'FROM not-an-instruction\n');
    const conf = df.instructions[2]?.heredocs[0];
    assert.equal(conf?.name, 'CONF');
    assert.equal(conf?.quoted, true);
    assert.equal(conf?.stripTabs, true);
    assert.deepEqual(df.problems, []);
  });

  it('does not take a here-string (<<<) for a heredoc', () => {
    const df = parseDockerfile('FROM alpine:3.20\nRUN cat <<<hello\nUSER app\n');
    assert.deepEqual(
      df.instructions.map((i) => i.keyword),
      ['FROM', 'RUN', 'USER'],
    );
  });

  it('records stages, stage names, global ARGs and ONBUILD', () => {
    const df = parseDockerfile(
      'ARG BASE=node\nARG TAG\nFROM ${BASE}:22 AS Build\nONBUILD RUN make\nFROM scratch\nCOPY --from=build /a /a\n',
    );
    assert.deepEqual(
      df.stages.map((s) => s.name),
      ['build', undefined],
    );
    assert.deepEqual(
      [...df.globalArgs],
      [
        ['BASE', 'node'],
        ['TAG', undefined],
      ],
    );
    assert.equal(df.instructions[3]?.onbuild?.keyword, 'RUN');
    assert.deepEqual(
      df.instructions[5]?.flags.map((f) => f.value),
      ['--from=build'],
    );
  });

  it('reports problems and keeps parsing: unknown keyword, missing arguments, unterminated heredoc', () => {
    const df = parseDockerfile('FROM alpine\nFRO x\nWORKDIR\nRUN <<EOF\necho\n');
    assert.deepEqual(
      df.problems.map((p) => p.message),
      [
        'Unknown instruction "FRO"',
        'WORKDIR requires at least one argument',
        'Heredoc "EOF" is never terminated: add a line containing only EOF',
      ],
    );
  });

  it('handles CRLF files', () => {
    const df = parseDockerfile('FROM alpine:3.20\r\nRUN a \\\r\n  b\r\n');
    assert.deepEqual(
      df.instructions[1]?.words.map((w) => w.value),
      ['a', 'b'],
    );
  });

  it('never throws on arbitrary bytes, and lint returns an array', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const alphabet = 'FROM RUN \\\n\r`#<<EOF"\'${}:-@ \t=[]\u0000\u00e9';
    for (let i = 0; i < 500; i++) {
      let text = '';
      const length = next() % 200;
      for (let k = 0; k < length; k++) text += alphabet[next() % alphabet.length];
      assert.doesNotThrow(() => parseDockerfile(text));
      assert.ok(Array.isArray(lint({ path: 'Dockerfile', text }, DEFAULT_CONFIG).findings));
    }
  });
});

describe('expandVariables', () => {
  it('expands $VAR, ${VAR}, ${VAR:-default} and ${VAR:+alt}', () => {
    const vars = new Map<string, string | undefined>([
      ['A', 'x'],
      ['E', ''],
    ]);
    assert.equal(expandVariables('$A-${A}-${B:-d}-${E:-d}-${E-d}-${A:+y}-${B:+y}', vars), 'x-x-d-d--y-');
  });
});

describe('execForm', () => {
  it('reads the JSON array after leading flags, with offsets', async () => {
    const { execForm } = await import('../../../src/dockerfile/scripts');
    const text = 'FROM alpine:3.20\nRUN --mount=type=cache,target=/root/.cache ["apk", "add", "curl"]\n';
    const run = parseDockerfile(text).instructions[1];
    assert.ok(run);
    const words = execForm(run);
    assert.deepEqual(
      words?.map((w) => w.value),
      ['apk', 'add', 'curl'],
    );
    const curl = words?.[2];
    assert.ok(curl);
    assert.equal(text.slice(curl.start, curl.end), '"curl"');
  });
});

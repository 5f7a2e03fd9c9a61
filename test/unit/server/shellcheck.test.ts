/**
 * The language server with ShellCheck, driven over an in-memory LSP connection: the engine's
 * diagnostics go out first, ShellCheck's follow for the same version only, cached RUNs come with the
 * first publish, and nothing runs in an untrusted workspace until the client says it is trusted.
 */
import { strict as assert } from 'node:assert';
import type { PublishDiagnosticsParams } from 'vscode-languageserver/node';
import type { ShellcheckComment, ShellcheckRunner, ShellcheckShell } from '../../../src/dockerfile/shellcheck';
import { createShellcheckRunner } from '../../../src/node/shellcheck-runner';
import { WORKSPACE_TRUSTED_NOTIFICATION } from '../../../src/shared/protocol';
import { testServers } from './harness';

const URI = 'file:///w/Dockerfile';
const TEXT = 'FROM debian:12\nRUN echo $1\nUSER 10001\n';

const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => String(d.code));
const hasSc = (p: PublishDiagnosticsParams) => codes(p).includes('SC2086');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('language server with ShellCheck', function () {
  this.timeout(20000);
  const start = testServers();
  const session = (shellcheck: ShellcheckRunner | undefined, trusted: boolean) =>
    start({ server: shellcheck ? { shellcheck } : {}, trusted });

  it('publishes the engine’s diagnostics first, then the merged set for the same version; unchanged RUNs come from the cache at once', async () => {
    const s = await session(createShellcheckRunner(), true);
    s.open(URI, 'dockerfile', TEXT);
    const merged = await s.waitFor((p) => p.version === 1 && hasSc(p), 'SC2086 for version 1');
    assert.equal(s.published[0]?.version, 1);
    assert.equal(hasSc(s.published[0] ?? { uri: URI, diagnostics: [] }), false, 'the first publish is the engine’s alone');
    const sc = merged.diagnostics.find((d) => d.code === 'SC2086');
    assert.deepEqual(sc?.range, { start: { line: 1, character: 9 }, end: { line: 1, character: 11 } });
    assert.equal(sc?.codeDescription?.href, 'https://www.shellcheck.net/wiki/SC2086');

    // An edit elsewhere: the RUN's script is unchanged, so its finding is in the first publish.
    s.change(URI, 2, `# a comment\n${TEXT}`);
    const v2 = await s.waitFor((p) => p.version === 2, 'version 2');
    assert.ok(hasSc(v2));
    assert.deepEqual(v2.diagnostics.find((d) => d.code === 'SC2086')?.range.start, { line: 2, character: 9 });
    await sleep(200);
    // Counted by version: a late second publish for version 1 (a refresh) is not what this checks.
    assert.equal(s.published.filter((p) => p.version === 2).length, 1, 'one publish for version 2');
  });

  it('offers ShellCheck’s fix as a quick fix to review, and an ignore comment that silences the finding', async () => {
    const s = await session(createShellcheckRunner(), true);
    const text = 'FROM debian:12\nRUN echo ok \\\n  && echo $1\nUSER 10001\n';
    s.open(URI, 'dockerfile', text);
    const merged = await s.waitFor((p) => p.version === 1 && hasSc(p), 'SC2086');
    const diagnostic = merged.diagnostics.find((d) => d.code === 'SC2086');
    assert.ok(diagnostic);
    const actions = await s.client.sendRequest<
      { title: string; edit?: { changes: Record<string, { range: unknown; newText: string }[]> } }[]
    >('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    assert.deepEqual(
      actions.map((a) => a.title),
      ["Apply ShellCheck's fix for SC2086 (review the change)", 'Ignore SC2086 on this line', 'Show documentation for SC2086'],
    );
    assert.deepEqual(
      actions[0]?.edit?.changes[URI]?.map((e) => e.newText),
      ['"', '"'],
    );
    assert.deepEqual(
      actions[1]?.edit?.changes[URI]?.map((e) => e.newText),
      ['  # drydock-ignore-next-line SC2086\n'],
    );
    s.change(URI, 2, 'FROM debian:12\nRUN echo ok \\\n  # drydock-ignore-next-line SC2086\n  && echo $1\nUSER 10001\n');
    await s.waitFor((p) => p.version === 2, 'version 2');
    await sleep(300);
    assert.ok(s.published.filter((p) => p.version === 2).every((p) => !hasSc(p)));
  });

  it('never publishes ShellCheck results for an older version', async () => {
    const pending: (() => void)[] = [];
    const real = createShellcheckRunner();
    // Holds every run until released, to let the text change underneath.
    const held: ShellcheckRunner = (script: string, shell: ShellcheckShell) =>
      new Promise<readonly ShellcheckComment[] | undefined>((resolve) => pending.push(() => void real(script, shell).then(resolve)));
    const s = await session(held, true);
    s.open(URI, 'dockerfile', TEXT);
    await s.waitFor((p) => p.version === 1, 'version 1');
    s.change(URI, 2, TEXT.replace('$1', '$2'));
    await s.waitFor((p) => p.version === 2, 'version 2');
    while (pending.length < 2) await sleep(10);
    for (const release of pending.splice(0)) release();
    await s.waitFor((p) => p.version === 2 && hasSc(p), 'SC2086 for version 2');
    await sleep(200);
    assert.deepEqual(
      s.published.map((p) => [p.version, hasSc(p)]),
      [
        [1, false],
        [2, false],
        [2, true],
      ],
    );
  });

  it('runs ShellCheck only once the workspace is trusted', async () => {
    const s = await session(createShellcheckRunner(), false);
    s.open(URI, 'dockerfile', TEXT);
    await s.waitFor((p) => p.version === 1, 'version 1');
    await sleep(300);
    assert.ok(s.published.every((p) => !hasSc(p)));
    void s.client.sendNotification(WORKSPACE_TRUSTED_NOTIFICATION);
    await s.waitFor(hasSc, 'SC2086 after trust');
  });

  it('without a runner (the web worker) there are no ShellCheck findings', async () => {
    const s = await session(undefined, true);
    s.open(URI, 'dockerfile', TEXT);
    await s.waitFor((p) => p.version === 1, 'version 1');
    await sleep(300);
    assert.ok(s.published.every((p) => !hasSc(p)));
  });

  it('logs a missing binary once, as the Node entry wires it', async () => {
    const logs: string[] = [];
    const missing = createShellcheckRunner({ command: '/nonexistent/shellcheck', onMissing: (m) => logs.push(m) });
    const s = await session(missing, true);
    s.open(URI, 'dockerfile', TEXT);
    await s.waitFor((p) => p.version === 1, 'version 1');
    s.change(URI, 2, TEXT.replace('$1', '$2'));
    await s.waitFor((p) => p.version === 2, 'version 2');
    await sleep(300);
    assert.deepEqual(logs, ['shellcheck not found: ShellCheck findings are off']);
    assert.ok(s.published.every((p) => !hasSc(p)));
  });
});

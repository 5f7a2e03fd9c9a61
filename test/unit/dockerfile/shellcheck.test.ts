/**
 * ShellCheck on RUN scripts, with the real `shellcheck` binary through the Node runner: CI installs
 * it (.ci/run), so a missing binary fails these tests instead of skipping them.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  lintShellcheck,
  mergeFindings,
  planShellcheck,
  shellcheckJobs,
  type ShellcheckComment,
  type ShellcheckRunner,
  type ShellcheckShell,
} from '../../../src/dockerfile/shellcheck';
import { DEFAULT_CONFIG, mergeConfig, type PartialConfig } from '../../../src/engine/config';
import { applyEdits } from '../../../src/engine/text';
import type { Finding } from '../../../src/engine/types';
import { createShellcheckRunner, SHELLCHECK_MISSING_MESSAGE } from '../../../src/node/shellcheck-runner';
import { lintText } from '../support';

const runner = createShellcheckRunner();

function check(text: string, config: PartialConfig = {}, run: ShellcheckRunner = runner): Promise<Finding[]> {
  return lintShellcheck(text, mergeConfig(DEFAULT_CONFIG, config), run);
}

/** `SC2086@1:9-1:11` (0-based line:character, as LSP) for each finding. */
function at(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.ruleId}@${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`);
}

/** The document text a finding's range covers. */
function covered(text: string, f: Finding): string {
  const lines = text.split('\n');
  if (f.range.start.line !== f.range.end.line) throw new Error('multi-line range');
  return (lines[f.range.start.line] ?? '').slice(f.range.start.character, f.range.end.character);
}

/** A runner that records what it is asked and answers nothing. */
function spy(): ShellcheckRunner & { calls: { script: string; shell: ShellcheckShell }[] } {
  const calls: { script: string; shell: ShellcheckShell }[] = [];
  const run = (script: string, shell: ShellcheckShell): Promise<readonly ShellcheckComment[]> => {
    calls.push({ script, shell });
    return Promise.resolve([]);
  };
  return Object.assign(run, { calls });
}

describe('ShellCheck on RUN scripts', function () {
  this.timeout(20000);

  before(() => {
    const probe = spawnSync('shellcheck', ['--version'], { encoding: 'utf8' });
    if (probe.error || probe.status !== 0) {
      throw new Error(
        'These tests need the `shellcheck` binary on PATH (Debian package `shellcheck`; .ci/run installs it): ' +
          (probe.error ? probe.error.message : `shellcheck --version exited with ${String(probe.status)}`),
      );
    }
  });

  it('maps SC2086 in `RUN echo $1` to the exact characters of `$1`', async () => {
    const text = 'FROM debian:12\nRUN echo $1\n';
    const findings = await check(text);
    assert.deepEqual(at(findings), ['SC2086@1:9-1:11']);
    const [f] = findings;
    assert.ok(f);
    assert.equal(covered(text, f), '$1');
    assert.equal(f.severity, 'info');
    assert.equal(f.confidence, 'medium');
    assert.equal(f.category, 'dockerfile');
    assert.deepEqual(f.aliases, []);
    assert.equal(f.docsUrl, 'https://www.shellcheck.net/wiki/SC2086');
    assert.equal(f.message, 'Double quote to prevent globbing and word splitting.');
  });

  it('maps findings after continuation lines (and comment lines inside them) to their own line and column', async () => {
    const text = [
      'FROM debian:12',
      'RUN apt-get update \\',
      '    # a comment Docker drops',
      '\t&& echo ok \\',
      '    && echo $1 "$2" $3',
    ].join('\n');
    const findings = await check(text);
    assert.deepEqual(at(findings), ['SC2086@4:12-4:14', 'SC2086@4:20-4:22']);
    assert.deepEqual(
      findings.map((f) => covered(text, f)),
      ['$1', '$3'],
    );
  });

  it('leaves BuildKit flags out of the script and skips ONBUILD RUN', async () => {
    const text = 'FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt --network=none echo $1\nONBUILD RUN echo $2\n';
    const [job] = shellcheckJobs(text);
    assert.match(job?.script ?? '', /\necho \$1\n$/);
    const findings = await check(text);
    assert.deepEqual(
      findings.map((f) => covered(text, f)),
      ['$1'],
    );
  });

  it('maps findings inside heredoc bodies, and the bodies and terminator of `RUN cmd <<EOF`', async () => {
    const text = [
      'FROM debian:12',
      'RUN <<EOF',
      'set -e',
      'echo $1',
      'EOF',
      'RUN cat <<EOF > /etc/x && echo $2',
      'value $lowercase_thing',
      'EOF',
      '',
    ].join('\n');
    const findings = await check(text);
    assert.deepEqual(at(findings), ['SC2086@3:5-3:7', 'SC2086@5:31-5:33', 'SC2154@6:6-6:22']);
    assert.deepEqual(
      findings.map((f) => covered(text, f)),
      ['$1', '$2', '$lowercase_thing'],
    );
  });

  it('checks heredoc bodies with their shebang’s shell and skips non-shell interpreters', async () => {
    const text = [
      'FROM debian:12',
      'RUN <<EOF',
      '#!/usr/bin/env bash',
      '[[ -n $1 ]] && echo $2',
      'EOF',
      'RUN python3 <<EOF',
      'print($3)',
      'EOF',
      'RUN <<EOF',
      '#!/usr/bin/python3',
      'print($4)',
      'EOF',
      '',
    ].join('\n');
    const jobs = shellcheckJobs(text);
    assert.deepEqual(
      jobs.map((j) => j.shell),
      ['bash', 'sh'],
    );
    const findings = await check(text);
    // bash: no SC3010 for [[ ]]; the shebang stays on line 1 of the script.
    assert.deepEqual(at(findings), ['SC2086@3:20-3:22']);
  });

  it('maps findings in the string of an exec-form `sh -c`, through JSON escapes, without offering a fix', async () => {
    const text = 'FROM debian:12\nRUN ["/bin/bash", "-o", "pipefail", "-c", "echo \\"x\\" $1 😀 $2"]\nRUN ["echo", "$3"]\n';
    const findings = await check(text);
    assert.deepEqual(
      findings.map((f) => covered(text, f)),
      ['$1', '$2'],
    );
    assert.ok(findings.every((f) => f.fixes.length === 0));
    assert.deepEqual(
      shellcheckJobs(text).map((j) => j.shell),
      ['bash'],
    );
  });

  it('turns ShellCheck’s fix into an unsafe fix that edits the Dockerfile, also across a continuation', async () => {
    const text = 'FROM debian:12\nRUN echo ok && echo $1 \\\n  && echo $2\n';
    const findings = await check(text);
    assert.equal(findings.length, 2);
    for (const f of findings) {
      assert.equal(f.fixes.length, 1);
      assert.equal(f.fixes[0]?.applicability, 'unsafe');
    }
    const edits = findings.flatMap((f) => f.fixes[0]?.edits ?? []);
    assert.equal(applyEdits(text, edits).text, 'FROM debian:12\nRUN echo ok && echo "$1" \\\n  && echo "$2"\n');
  });

  it('excludes SC1090, SC1091 and SC2187 as hadolint does', async () => {
    const text = 'FROM alpine:3.20\nSHELL ["/bin/ash", "-c"]\nRUN . /etc/os-release && . "$HOME/.profile" && echo "$ID"\n';
    assert.deepEqual(await check(text), []);
    // Even from a runner that reports them.
    const noisy: ShellcheckRunner = () =>
      Promise.resolve(
        [1090, 1091, 2187].map((code) => ({
          file: '-',
          line: 2,
          endLine: 2,
          column: 1,
          endColumn: 2,
          level: 'info' as const,
          code,
          message: 'x',
        })),
      );
    assert.deepEqual(await check('FROM a\nRUN true\n', {}, noisy), []);
  });

  it('exports the stage’s ARG and ENV names (and proxy ARGs), so SC2154 fires only for the others', async () => {
    const text = [
      'ARG global_only=1',
      'FROM debian:12 AS base',
      'ARG version',
      'ENV lower_env=1 other_env=2',
      'ENV legacy_env some value',
      'RUN echo "$version $lower_env $other_env $legacy_env $http_proxy $global_only $not_declared"',
      'FROM base',
      'RUN echo "$lower_env $version"',
      '',
    ].join('\n');
    const findings = await check(text);
    // global ARGs are not visible in a stage unless declared again; ENV is inherited by `FROM base`, ARG is not.
    assert.deepEqual(
      findings.map((f) => `${f.ruleId} ${f.range.start.line} ${covered(text, f)}`),
      ['SC2154 5 $global_only', 'SC2154 5 $not_declared', 'SC2154 7 $version'],
    );
    const [job] = shellcheckJobs(text);
    assert.ok(job);
    assert.match(job.script, /^#!\/bin\/sh\n(?:export \w+=1\n)+echo/);
    assert.match(job.script, /\nexport lower_env=1\n/);
    assert.match(job.script, /\nexport legacy_env=1\n/);
    assert.doesNotMatch(job.script, /global_only=1/);
  });

  it('honours hadolint ignores over the whole RUN (heredoc bodies included) and drydock ignores on the line', async () => {
    const text = [
      'FROM debian:12',
      '# hadolint ignore=SC2086',
      'RUN echo $1 \\',
      '  && echo $2',
      '# hadolint ignore=SC2086,DL3008',
      'RUN <<EOF',
      'echo $3',
      'EOF',
      'RUN echo $4 \\',
      '  # drydock-ignore-next-line SC2086',
      '  && echo $5',
      'RUN echo $6',
      '',
    ].join('\n');
    const findings = await check(text);
    assert.deepEqual(
      findings.map((f) => covered(text, f)),
      ['$4', '$6'],
    );
    const plan = planShellcheck(text, DEFAULT_CONFIG);
    const results = await Promise.all(plan.jobs.map((j) => runner(j.script, j.shell)));
    assert.equal(plan.resolve(results).suppressed, 4);
  });

  it('follows `rules:` settings by id and glob, including severity overrides', async () => {
    const text = 'FROM debian:12\nRUN echo $1 "$undefined_var"\n';
    assert.deepEqual(
      (await check(text)).map((f) => `${f.ruleId} ${f.severity}`),
      ['SC2086 info', 'SC2154 warning'],
    );
    assert.deepEqual(
      (await check(text, { rules: { SC2086: 'off' } })).map((f) => f.ruleId),
      ['SC2154'],
    );
    assert.deepEqual(await check(text, { rules: { 'SC*': 'off' } }), []);
    assert.deepEqual(
      (await check(text, { rules: { 'SC*': 'off', SC2154: 'error' } })).map((f) => `${f.ruleId} ${f.severity}`),
      ['SC2154 error'],
    );
  });

  it('does nothing when dockerfile.shellcheck (or the Dockerfile domain) is off', async () => {
    const text = 'FROM debian:12\nRUN echo $1\n';
    const runs = spy();
    assert.deepEqual(await check(text, { dockerfile: { shellcheck: false } }, runs), []);
    assert.deepEqual(await check(text, { dockerfile: { enable: false } }, runs), []);
    assert.deepEqual(await check(text, { enable: false }, runs), []);
    assert.equal(runs.calls.length, 0);
  });

  it('skips RUNs under a shell ShellCheck does not know, and follows SHELL per stage', async () => {
    const text = [
      'FROM mcr.microsoft.com/powershell AS win',
      'SHELL ["pwsh", "-Command"]',
      'RUN echo $1',
      'FROM win',
      'RUN echo $2',
      'FROM debian:12',
      'SHELL ["/bin/zsh", "-c"]',
      'RUN echo $3',
      'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
      'RUN [[ -n $4 ]]',
      'FROM debian:12',
      'RUN [[ -n "$5" ]]',
      '',
    ].join('\n');
    assert.deepEqual(
      shellcheckJobs(text).map((j) => `${j.instruction.startLine} ${j.shell}`),
      ['9 bash', '11 sh'],
    );
    assert.deepEqual(
      (await check(text)).map((f) => `${f.ruleId} ${f.range.start.line}`),
      ['SC3010 11'],
    );
    assert.deepEqual(shellcheckJobs('# hadolint shell=powershell\nFROM x\nRUN echo $1\n'), []);
  });

  it('merges into the engine’s findings in the engine’s order', async () => {
    const text = 'FROM node:latest\nRUN echo $1\n';
    const engine = lintText('Dockerfile', text);
    const merged = mergeFindings(engine, await check(text));
    assert.ok(merged.some((f) => f.ruleId === 'SC2086'));
    const keys = merged.map((f) => f.range.start.line * 1000 + f.range.start.character);
    assert.deepEqual(
      keys,
      [...keys].sort((a, b) => a - b),
    );
  });

  describe('the Node runner', () => {
    it('resolves to undefined for a missing binary, reports it once, and never throws', async () => {
      const messages: string[] = [];
      const missing = createShellcheckRunner({ command: '/nonexistent/shellcheck', onMissing: (m) => messages.push(m) });
      assert.equal(await missing('echo $1\n', 'sh'), undefined);
      assert.equal(await missing('echo $2\n', 'sh'), undefined);
      assert.deepEqual(messages, [SHELLCHECK_MISSING_MESSAGE]);
      assert.equal(messages[0], 'shellcheck not found: ShellCheck findings are off');
      assert.deepEqual(await check('FROM a\nRUN echo $1\n', {}, missing), []);
    });

    it('caches by (shell, script): peek answers without running, and a changed script runs again', async () => {
      const fresh = createShellcheckRunner();
      assert.equal(fresh.peek('echo $1\n', 'sh'), undefined);
      const first = await fresh('echo $1\n', 'sh');
      assert.equal(first?.[0]?.code, 2086);
      assert.deepEqual(fresh.peek('echo $1\n', 'sh'), first);
      assert.equal(fresh.peek('echo $1\n', 'bash'), undefined);
      assert.equal(fresh.peek('echo $2\n', 'sh'), undefined);
    });

    it('kills a run that takes too long and reports it', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'drydock-sc-'));
      try {
        const slow = join(dir, 'slow-shellcheck');
        writeFileSync(slow, '#!/bin/sh\nsleep 5\n');
        chmodSync(slow, 0o755);
        const errors: string[] = [];
        const run = createShellcheckRunner({ command: slow, timeoutMs: 200, onError: (m) => errors.push(m) });
        const started = Date.now();
        assert.equal(await run('echo $1\n', 'sh'), undefined);
        assert.ok(Date.now() - started < 3000);
        assert.equal(errors.length, 1);
        assert.match(errors[0] ?? '', /took longer than 200 ms/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('passes the shell dialect: SC3010 for [[ ]] under sh, not under bash', async () => {
      const sh = await runner('#!/bin/sh\n[[ -n "$1" ]]\n', 'sh');
      const bash = await runner('#!/bin/bash\n[[ -n "$1" ]]\n', 'bash');
      assert.deepEqual(
        sh?.map((c) => c.code),
        [3010],
      );
      assert.deepEqual(bash, []);
    });
  });
});

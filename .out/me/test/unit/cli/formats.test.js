"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
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

// test/unit/cli/formats.test.ts
var assert = __toESM(require("node:assert/strict"));

// package.json
var version = "0.1.0";

// test/unit/cli/helpers.ts
var import_node_child_process = require("node:child_process");
var import_node_crypto = require("node:crypto");
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var import_node_path = require("node:path");

// src/secrets/checksum.ts
var table;
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
var BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
function base62(value, width) {
  let out = "";
  let v = value;
  while (v > 0) {
    out = BASE62[v % 62] + out;
    v = Math.floor(v / 62);
  }
  return out.padStart(width, "0");
}

// test/unit/cli/helpers.ts
var CLI = (0, import_node_path.resolve)(__dirname, "../../../cli.js");
var BIN = (0, import_node_path.resolve)(__dirname, "../../../../bin/drydock.js");
function runCli(args, options, script = CLI) {
  const env = { ...process.env, ...options.env };
  delete env["NO_COLOR"];
  const result = (0, import_node_child_process.spawnSync)(process.execPath, [script, ...args], {
    cwd: options.cwd,
    input: options.input ?? "",
    encoding: "utf8",
    env,
    timeout: 3e4
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
function makeTree(tree) {
  const root = (0, import_node_fs.mkdtempSync)((0, import_node_path.join)((0, import_node_os.tmpdir)(), "drydock-cli-"));
  writeTree(root, tree);
  return root;
}
function writeTree(root, tree) {
  for (const [path, content] of Object.entries(tree)) {
    const full = (0, import_node_path.join)(root, ...path.split("/"));
    (0, import_node_fs.mkdirSync)((0, import_node_path.dirname)(full), { recursive: true });
    (0, import_node_fs.writeFileSync)(full, content);
  }
}
function removeTree(root) {
  (0, import_node_fs.rmSync)(root, { recursive: true, force: true });
}
var ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
function generateGithubToken() {
  let body = "";
  for (let i = 0; i < 30; i++) body += ALNUM[(0, import_node_crypto.randomInt)(ALNUM.length)];
  return `ghp_${body}${base62(crc32(body), 6)}`;
}
var DOCKERFILE = "FROM node:latest\nMAINTAINER x\nRUN echo hello\n";
var WORKFLOW = [
  "name: ci",
  "on: push",
  "jobs:",
  "  build:",
  "    runs-on: ubuntu-latest",
  "    steps:",
  "      - uses: actions/checkout@v4",
  ""
].join("\n");
function parseJsonFindings(stdout) {
  const parsed = JSON.parse(stdout);
  return parsed.findings;
}

// test/unit/cli/formats.test.ts
describe("drydock check output formats", () => {
  let root;
  let token;
  before(() => {
    token = generateGithubToken();
    root = makeTree({
      Dockerfile: DOCKERFILE,
      ".github/workflows/ci.yml": WORKFLOW,
      ".env": `# local settings
API_URL=https://example.test
GITHUB_TOKEN=${token}
`,
      "README.md": "nothing to see\n"
    });
  });
  after(() => removeTree(root));
  it("json: prints version 1 and every finding with the documented fields and 1-based positions", () => {
    const { code, stdout } = runCli(["check", "--format", "json"], { cwd: root });
    assert.equal(code, 1);
    const parsed = JSON.parse(stdout);
    assert.equal(parsed.version, 1);
    const findings = parseJsonFindings(stdout);
    assert.deepEqual(
      findings.map((f) => `${f.file} ${f.ruleId}`),
      [".env github-pat", ".github/workflows/ci.yml unpinned-uses", "Dockerfile DL3007", "Dockerfile DL4000"]
    );
    for (const f of findings) {
      assert.deepEqual(Object.keys(f), [
        "file",
        "ruleId",
        "aliases",
        "category",
        "severity",
        "confidence",
        "message",
        "line",
        "column",
        "endLine",
        "endColumn",
        "docsUrl",
        "fixable"
      ]);
    }
    const latest = findings.find((f) => f.ruleId === "DL3007");
    assert.deepEqual(latest && [latest.line, latest.column, latest.endLine, latest.endColumn], [1, 11, 1, 17]);
    assert.equal(latest?.severity, "warning");
    assert.equal(latest?.category, "dockerfile");
    assert.ok(latest?.aliases.includes("DS-0001"));
    assert.match(latest?.docsUrl ?? "", /^https:\/\/.+DL3007/);
    assert.equal(latest?.fixable, false);
    const maintainer = findings.find((f) => f.ruleId === "DL4000");
    assert.deepEqual(maintainer && [maintainer.line, maintainer.column, maintainer.fixable], [2, 1, true]);
    const uses = findings.find((f) => f.ruleId === "unpinned-uses");
    assert.deepEqual(uses && [uses.line, uses.column], [7, 32]);
    const pat = findings.find((f) => f.ruleId === "github-pat");
    assert.deepEqual(pat && [pat.line, pat.column, pat.endColumn, pat.category, pat.severity], [
      3,
      14,
      14 + token.length,
      "secret",
      "error"
    ]);
  });
  it("sarif: prints a SARIF 2.1.0 log with the rules that appear and 1-based regions", () => {
    const { code, stdout } = runCli(["check", "--format", "sarif"], { cwd: root });
    assert.equal(code, 1);
    const log = JSON.parse(stdout);
    assert.match(log.$schema, /sarif-2\.1\.0/);
    assert.equal(log.version, "2.1.0");
    assert.equal(log.runs.length, 1);
    const run = log.runs[0];
    assert.ok(run);
    assert.equal(run.tool.driver.name, "drydock");
    assert.equal(run.tool.driver.version, version);
    assert.match(run.tool.driver.informationUri, /^https:\/\//);
    const ruleIds = run.tool.driver.rules.map((r) => r.id);
    assert.deepEqual([...ruleIds].sort(), ["DL3007", "DL4000", "github-pat", "unpinned-uses"]);
    for (const rule of run.tool.driver.rules) {
      assert.ok(rule.name && rule.shortDescription.text, `rule ${rule.id} has a name and description`);
      assert.match(rule.helpUri, new RegExp(`${rule.id}\\.md$`));
      assert.ok(["error", "warning", "note"].includes(rule.defaultConfiguration.level));
      assert.ok(Array.isArray(rule.properties.aliases) && rule.properties.category && rule.properties.confidence);
    }
    assert.equal(run.results.length, 4);
    for (const result of run.results) {
      assert.equal(run.tool.driver.rules[result.ruleIndex]?.id, result.ruleId, "ruleIndex points at the rule");
      assert.ok(["error", "warning", "note"].includes(result.level));
      assert.ok(result.message.text.length > 0);
      const fingerprints = Object.values(result.partialFingerprints);
      assert.equal(fingerprints.length, 1);
      assert.match(fingerprints[0] ?? "", /^[0-9a-f]{16}$/);
    }
    const latest = run.results.find((r) => r.ruleId === "DL3007");
    const location = latest?.locations[0]?.physicalLocation;
    assert.equal(location?.artifactLocation.uri, "Dockerfile");
    assert.deepEqual(location?.region, { startLine: 1, startColumn: 11, endLine: 1, endColumn: 17 });
    assert.equal(latest?.level, "warning");
    assert.equal(run.results.find((r) => r.ruleId === "DL4000")?.level, "error");
    assert.equal(
      run.results.find((r) => r.ruleId === "unpinned-uses")?.locations[0]?.physicalLocation.artifactLocation.uri,
      ".github/workflows/ci.yml"
    );
  });
  it("sarif: fingerprints are stable across runs and differ between findings", () => {
    const prints = (stdout) => JSON.parse(stdout).runs[0]?.results.map((r) => Object.values(r.partialFingerprints)[0]) ?? [];
    const first = prints(runCli(["check", "--format", "sarif"], { cwd: root }).stdout);
    const second = prints(runCli(["check", "--format", "sarif"], { cwd: root }).stdout);
    assert.deepEqual(first, second);
    assert.equal(new Set(first).size, first.length);
  });
  it("text: prints path:line:col, severity, rule id and message, docs URLs and a summary", () => {
    const { code, stdout } = runCli(["check"], { cwd: root });
    assert.equal(code, 1);
    const lines = stdout.split("\n");
    assert.ok(
      lines.some((l) => l.startsWith("Dockerfile:1:11: warning DL3007 ")),
      stdout
    );
    assert.ok(
      lines.some((l) => l.startsWith("Dockerfile:2:1: error DL4000 ")),
      stdout
    );
    assert.ok(
      lines.some((l) => l.startsWith(".github/workflows/ci.yml:7:32: warning unpinned-uses ")),
      stdout
    );
    assert.ok(
      lines.some((l) => l.startsWith(".env:3:14: error github-pat ")),
      stdout
    );
    assert.match(stdout, /https:\/\/\S+\/DL3007\.md/);
    assert.match(stdout, /^4 problems \(2 errors, 2 warnings\) in 3 files$/m);
    assert.ok(!stdout.includes("\x1B["), "no colour when stdout is not a terminal");
  });
  it("text: reports a clean tree as such and exits 0", () => {
    const clean = makeTree({ Dockerfile: "FROM node:20\n" });
    try {
      const { code, stdout } = runCli(["check"], { cwd: clean });
      assert.equal(code, 0);
      assert.match(stdout, /No problems found in 1 file/);
    } finally {
      removeTree(clean);
    }
  });
  it("output order is deterministic: sorted by path, then position", () => {
    const many = {};
    for (let i = 0; i < 40; i++) many[`d${i % 7}/sub${i}/Dockerfile`] = "FROM a:latest\nFROM b:latest\n";
    const tree = makeTree(many);
    try {
      const first = runCli(["check", "--format", "json"], { cwd: tree }).stdout;
      assert.equal(runCli(["check", "--format", "json"], { cwd: tree }).stdout, first);
      const keys = parseJsonFindings(first).map((f) => [f.file, f.line]);
      assert.equal(keys.length, 80);
      const sorted = [...keys].sort(([fa, la], [fb, lb]) => fa < fb ? -1 : fa > fb ? 1 : la - lb);
      assert.deepEqual(keys, sorted);
    } finally {
      removeTree(tree);
    }
  });
  for (const format of ["text", "json", "sarif"]) {
    it(`${format}: never prints the secret value, even with --verbose`, () => {
      const { stdout, stderr } = runCli(["check", "--format", format, "--verbose"], { cwd: root });
      assert.match(stdout, /github-pat/, "the secret is reported");
      for (const stream of [stdout, stderr]) {
        assert.ok(!stream.includes(token), "full token printed");
        assert.ok(!stream.includes(token.slice(-20)), "token tail printed");
      }
    });
  }
});
//# sourceMappingURL=formats.test.js.map

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

// test/unit/cli/fix.test.ts
var assert = __toESM(require("node:assert/strict"));
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");

// test/unit/cli/helpers.ts
var import_node_child_process = require("node:child_process");
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
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
function reported(stdout) {
  return parseJsonFindings(stdout).map((f) => `${f.file} ${f.ruleId}`);
}

// test/unit/cli/fix.test.ts
var BEFORE = [
  "# syntax=docker/dockerfile:1",
  "FROM node:latest",
  "MAINTAINER Jane Doe <jane@example.test>",
  'RUN echo "hello"   # keep spacing',
  ""
].join("\n");
var AFTER = [
  "# syntax=docker/dockerfile:1",
  "FROM node:latest",
  'LABEL org.opencontainers.image.authors="Jane Doe <jane@example.test>"',
  'RUN echo "hello"   # keep spacing',
  ""
].join("\n");
describe("drydock check --fix", () => {
  let root;
  const read = (path) => (0, import_node_fs2.readFileSync)((0, import_node_path2.join)(root, path), "utf8");
  beforeEach(() => {
    root = makeTree({
      Dockerfile: BEFORE,
      "crlf/Dockerfile": BEFORE.replace(/\n/g, "\r\n"),
      "bom/Dockerfile": `\uFEFF${BEFORE}`,
      "pinned/Dockerfile": "FROM node:latest\n",
      ".github/workflows/ci.yml": WORKFLOW
    });
  });
  afterEach(() => removeTree(root));
  it("rewrites MAINTAINER to LABEL, leaves the rest untouched and reports what remains", () => {
    const { code, stdout } = runCli(["check", "--fix", "--format", "json", "Dockerfile"], { cwd: root });
    assert.equal(read("Dockerfile"), AFTER);
    assert.deepEqual(reported(stdout), ["Dockerfile DL3007"]);
    assert.equal(code, 1);
  });
  it("keeps CRLF line endings and a BOM", () => {
    runCli(["check", "--fix", "crlf", "bom"], { cwd: root });
    assert.equal(read("crlf/Dockerfile"), AFTER.replace(/\n/g, "\r\n"));
    assert.equal(read("bom/Dockerfile"), `\uFEFF${AFTER}`);
  });
  it("never touches files that have no applicable fix", () => {
    const old = /* @__PURE__ */ new Date("2001-02-03T04:05:06Z");
    for (const file of ["pinned/Dockerfile", ".github/workflows/ci.yml"]) (0, import_node_fs2.utimesSync)((0, import_node_path2.join)(root, file), old, old);
    const { stdout } = runCli(["check", "--fix", "--format", "json"], { cwd: root });
    for (const file of ["pinned/Dockerfile", ".github/workflows/ci.yml"])
      assert.equal((0, import_node_fs2.statSync)((0, import_node_path2.join)(root, file)).mtimeMs, old.getTime(), file);
    assert.equal(read("pinned/Dockerfile"), "FROM node:latest\n");
    assert.equal(read("Dockerfile"), AFTER);
    assert.ok(reported(stdout).includes(".github/workflows/ci.yml unpinned-uses"));
  });
  it("without --fix, changes nothing", () => {
    runCli(["check", "Dockerfile"], { cwd: root });
    assert.equal(read("Dockerfile"), BEFORE);
  });
  it("--fix=all applies safe fixes too", () => {
    const { stdout } = runCli(["check", "--fix=all", "--format", "json", "Dockerfile"], { cwd: root });
    assert.equal(read("Dockerfile"), AFTER);
    assert.deepEqual(reported(stdout), ["Dockerfile DL3007"]);
  });
  it("treats a path after --fix as a path, not a fix mode", () => {
    const { stdout } = runCli(["check", "--fix", "crlf", "--format", "json"], { cwd: root });
    assert.deepEqual(reported(stdout), ["crlf/Dockerfile DL3007"]);
    assert.equal(read("Dockerfile"), BEFORE);
  });
  it("says what it fixed in the text summary", () => {
    const { stdout } = runCli(["check", "--fix", "Dockerfile"], { cwd: root });
    assert.match(stdout, /^Fixed 1 problem in 1 file\.$/m);
    assert.match(stdout, /^1 problem \(0 errors, 1 warning\) in 1 file$/m);
  });
  it("with --stdin and nothing to fix, echoes the input byte for byte", () => {
    const input = "\uFEFFFROM node:latest\r\nRUN true\r\n";
    const { stdout, stderr } = runCli(["check", "--stdin", "--stdin-filename", "Dockerfile", "--fix"], { cwd: root, input });
    assert.equal(stdout, input);
    assert.match(stderr, /DL3007/);
  });
  it("with --stdin, prints the fixed text to stdout and the report to stderr", () => {
    const { code, stdout, stderr } = runCli(["check", "--stdin", "--stdin-filename", "Dockerfile", "--fix"], { cwd: root, input: BEFORE });
    assert.equal(stdout, AFTER);
    assert.match(stderr, /Dockerfile:2:11: warning DL3007/);
    assert.equal(read("Dockerfile"), BEFORE, "the file of the same name is not written");
    assert.equal(code, 1);
  });
});
//# sourceMappingURL=fix.test.js.map

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

// test/unit/cli/exit-codes.test.ts
var assert = __toESM(require("node:assert/strict"));

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

// test/unit/cli/exit-codes.test.ts
describe("drydock check exit codes", () => {
  let warningOnly;
  let errorOnly;
  let infoOnly;
  let clean;
  before(() => {
    warningOnly = makeTree({ Dockerfile: "FROM node:latest\n" });
    errorOnly = makeTree({ Dockerfile: "FROM node:20\nMAINTAINER x\n" });
    infoOnly = makeTree({ Dockerfile: "FROM node:latest\n", ".drydock.yaml": "rules:\n  DL3007: info\n" });
    clean = makeTree({ Dockerfile: "FROM node:20\n" });
  });
  after(() => [warningOnly, errorOnly, infoOnly, clean].forEach(removeTree));
  const cases = [
    ["a warning, default (warning)", () => warningOnly, void 0, 1],
    ["a warning, --fail-on error", () => warningOnly, "error", 0],
    ["a warning, --fail-on warning", () => warningOnly, "warning", 1],
    ["a warning, --fail-on info", () => warningOnly, "info", 1],
    ["a warning, --fail-on never", () => warningOnly, "never", 0],
    ["an error, --fail-on error", () => errorOnly, "error", 1],
    ["an error, --fail-on never", () => errorOnly, "never", 0],
    ["an info, --fail-on info", () => infoOnly, "info", 1],
    ["an info, --fail-on warning", () => infoOnly, "warning", 0],
    ["no findings, --fail-on info", () => clean, "info", 0]
  ];
  for (const [name, tree, failOn, expected] of cases) {
    it(`exits ${expected} for ${name}`, () => {
      const args = ["check", "--format", "json", ...failOn ? ["--fail-on", failOn] : []];
      const { code, stdout } = runCli(args, { cwd: tree() });
      assert.equal(code, expected, stdout);
    });
  }
  it("--quiet reports and fails on errors only", () => {
    const quiet = runCli(["check", "--quiet", "--format", "json"], { cwd: warningOnly });
    assert.equal(quiet.code, 0);
    assert.deepEqual(JSON.parse(quiet.stdout).findings, []);
    assert.equal(runCli(["check", "--quiet"], { cwd: errorOnly }).code, 1);
  });
  const usageErrors = [
    ["an unknown flag", ["check", "--frobnicate"]],
    ["an unknown short flag", ["check", "-x"]],
    ["a bad --format value", ["check", "--format", "xml"]],
    ["a bad --fail-on value", ["check", "--fail-on", "sometimes"]],
    ["a missing option value", ["check", "--format"]],
    ["a bad --fix value", ["check", "--fix=everything"]],
    ["a value for a boolean flag", ["check", "--verbose=yes"]],
    ["a nonexistent path", ["check", "no/such/file"]],
    ["--stdin-filename without --stdin", ["check", "--stdin-filename", "Dockerfile"]],
    ["--stdin with paths", ["check", "--stdin", "Dockerfile"]],
    ["a missing --config file", ["check", "--config", "missing.yaml"]],
    ["no command", []],
    ["an unknown command", ["lint"]],
    ["a bad rules --format", ["rules", "--format", "sarif"]]
  ];
  for (const [name, args] of usageErrors) {
    it(`exits 2 with one stderr line for ${name}`, () => {
      const { code, stdout, stderr } = runCli(args, { cwd: warningOnly });
      assert.equal(code, 2);
      assert.equal(stdout, "");
      assert.match(stderr, /^drydock: [^\n]+\n$/);
    });
  }
  it("exits 2 for a nonexistent path even when other paths have findings", () => {
    const { code, stderr } = runCli(["check", "Dockerfile", "missing-dir"], { cwd: warningOnly });
    assert.equal(code, 2);
    assert.match(stderr, /^drydock: cannot read "missing-dir": no such file or directory\n$/);
  });
  it("prints help and the version with exit 0", () => {
    const help = runCli(["check", "--help"], { cwd: clean });
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--fail-on/);
    const version = runCli(["--version"], { cwd: clean });
    assert.equal(version.code, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+/);
  });
});
//# sourceMappingURL=exit-codes.test.js.map

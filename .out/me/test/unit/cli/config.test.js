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

// test/unit/cli/config.test.ts
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
function reported(stdout) {
  return parseJsonFindings(stdout).map((f) => `${f.file} ${f.ruleId}`);
}

// test/unit/cli/config.test.ts
describe("drydock check configuration", () => {
  let root;
  before(() => {
    root = makeTree({
      Dockerfile: DOCKERFILE,
      "off.yaml": "rules:\n  DL3007: off\n",
      "services/api/Dockerfile": DOCKERFILE,
      "services/.drydock.yaml": "rules:\n  DL4000: off\n",
      "services/api/.drydock.yaml": "rules:\n  DL3007: error\n"
    });
  });
  after(() => removeTree(root));
  it("--config FILE with rules: {DL3007: off} turns the rule off", () => {
    const { stdout, stderr } = runCli(["check", "--format", "json", "--config", "off.yaml", "Dockerfile"], { cwd: root });
    assert.deepEqual(reported(stdout), ["Dockerfile DL4000"]);
    assert.equal(stderr, "");
  });
  it("discovers .drydock.yaml files from the root down to each file, nearest winning", () => {
    const { stdout } = runCli(["check", "--format", "json"], { cwd: root });
    const findings = parseJsonFindings(stdout).map((f) => `${f.file} ${f.ruleId} ${f.severity}`);
    assert.deepEqual(findings, ["Dockerfile DL3007 warning", "Dockerfile DL4000 error", "services/api/Dockerfile DL3007 error"]);
  });
  it("--config replaces discovery", () => {
    const { stdout } = runCli(["check", "--format", "json", "--config", "off.yaml", "services"], { cwd: root });
    assert.deepEqual(reported(stdout), ["services/api/Dockerfile DL4000"]);
  });
  it("finds the config of the enclosing git repository when run from a subfolder", () => {
    const repo = makeTree({
      ".git/HEAD": "ref: refs/heads/main\n",
      ".drydock.yaml": "rules:\n  DL3007: off\n",
      "app/Dockerfile": DOCKERFILE
    });
    try {
      const { stdout } = runCli(["check", "--format", "json"], { cwd: `${repo}/app` });
      assert.deepEqual(reported(stdout), ["Dockerfile DL4000"]);
    } finally {
      removeTree(repo);
    }
  });
  it("prints config problems as warnings on stderr and carries on", () => {
    const broken = makeTree({ ".drydock.yaml": "colour: blue\nrules:\n  DL3007: loud\n", Dockerfile: DOCKERFILE });
    try {
      const { code, stdout, stderr } = runCli(["check", "--format", "json"], { cwd: broken });
      assert.equal(code, 1);
      assert.deepEqual(reported(stdout), ["Dockerfile DL3007", "Dockerfile DL4000"]);
      const lines = stderr.trimEnd().split("\n");
      assert.deepEqual(lines.sort(), [
        "drydock: warning: .drydock.yaml: rules.DL3007: expected one of off, error, warning, info",
        'drydock: warning: .drydock.yaml: unknown setting "colour"'
      ]);
    } finally {
      removeTree(broken);
    }
  });
  it("reports each config problem once however many files it applies to", () => {
    const tree = { ".drydock.yaml": "colour: blue\n" };
    for (let i = 0; i < 20; i++) tree[`d${i}/Dockerfile`] = "FROM node:20\n";
    const many = makeTree(tree);
    try {
      const { stderr } = runCli(["check"], { cwd: many });
      assert.equal(stderr, 'drydock: warning: .drydock.yaml: unknown setting "colour"\n');
    } finally {
      removeTree(many);
    }
  });
});
//# sourceMappingURL=config.test.js.map

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

// test/unit/cli/walk.test.ts
var assert = __toESM(require("node:assert/strict"));

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
function reported(stdout) {
  return parseJsonFindings(stdout).map((f) => `${f.file} ${f.ruleId}`);
}

// test/unit/cli/walk.test.ts
var LATEST = "FROM node:latest\n";
describe("drydock check file discovery", () => {
  let root;
  before(() => {
    root = makeTree({
      ".gitignore": "# build output\nbuild/\n*.generated.Dockerfile\n",
      Dockerfile: LATEST,
      "build/Dockerfile": LATEST,
      "app.generated.Dockerfile": LATEST,
      ".github/workflows/ci.yml": WORKFLOW,
      "node_modules/pkg/Dockerfile": LATEST,
      "packages/a/node_modules/dep/Dockerfile": LATEST,
      ".git/Dockerfile": LATEST,
      "packages/a/.gitignore": "local/\n!keep.generated.Dockerfile\n",
      "packages/a/Dockerfile": LATEST,
      "packages/a/local/Dockerfile": LATEST,
      "packages/a/keep.generated.Dockerfile": LATEST,
      "packages/b/local/Dockerfile": LATEST
    });
  });
  after(() => removeTree(root));
  it("walks folders recursively, honouring root and nested .gitignore files", () => {
    const { stdout } = runCli(["check", "--format", "json"], { cwd: root });
    assert.deepEqual(reported(stdout), [
      ".github/workflows/ci.yml unpinned-uses",
      "Dockerfile DL3007",
      "packages/a/Dockerfile DL3007",
      // re-included by the nested `!` pattern
      "packages/a/keep.generated.Dockerfile DL3007",
      // `local/` in packages/a/.gitignore applies only under packages/a
      "packages/b/local/Dockerfile DL3007"
    ]);
  });
  it("honours ancestor .gitignore files when a subfolder is named", () => {
    const { stdout } = runCli(["check", "--format", "json", "packages"], { cwd: root });
    assert.deepEqual(reported(stdout), [
      "packages/a/Dockerfile DL3007",
      "packages/a/keep.generated.Dockerfile DL3007",
      "packages/b/local/Dockerfile DL3007"
    ]);
  });
  it("checks a file named on the command line even when it is ignored", () => {
    const { stdout } = runCli(["check", "--format", "json", "build/Dockerfile", "node_modules/pkg/Dockerfile"], { cwd: root });
    assert.deepEqual(reported(stdout), ["build/Dockerfile DL3007", "node_modules/pkg/Dockerfile DL3007"]);
  });
  it("walks an ignored folder when it is named explicitly", () => {
    const { stdout } = runCli(["check", "--format", "json", "build"], { cwd: root });
    assert.deepEqual(reported(stdout), ["build/Dockerfile DL3007"]);
  });
  it("reports a file named twice once", () => {
    const { stdout } = runCli(["check", "--format", "json", "Dockerfile", ".", "./Dockerfile"], { cwd: root });
    assert.equal(reported(stdout).filter((r) => r === "Dockerfile DL3007").length, 1);
  });
  it("prints paths relative to the working directory when run from a subfolder", () => {
    const { stdout } = runCli(["check", "--format", "json", ".."], { cwd: `${root}/packages` });
    assert.ok(reported(stdout).includes("../Dockerfile DL3007"), stdout);
    assert.ok(reported(stdout).includes("a/Dockerfile DL3007"), stdout);
  });
});
describe("drydock check skipped files", () => {
  let root;
  let token;
  before(() => {
    token = generateGithubToken();
    const big = `KEY=${token}
${"# padding line to make the file large\n".repeat(3e4)}`;
    root = makeTree({
      "big.env": big,
      "image.bin": new Uint8Array([137, 80, 78, 71, 0, 0, 0, 13, ...Buffer.from(`
KEY=${token}
`)]),
      "small.env": `KEY=${token}
`,
      "bom/Dockerfile": `\uFEFF${DOCKERFILE}`
    });
  });
  after(() => removeTree(root));
  it("skips binary and too-large files, and says so with --verbose", () => {
    const { stdout, stderr } = runCli(["check", "--format", "json", "--verbose"], { cwd: root });
    assert.deepEqual(
      reported(stdout).filter((r) => r.includes("github-pat")),
      ["small.env github-pat"]
    );
    assert.match(stderr, /^drydock: skipped image\.bin: binary file$/m);
    assert.match(stderr, /^drydock: skipped big\.env: too large \(\d+ KB, limit 1024 KB\)$/m);
  });
  it("says nothing about skipped files without --verbose", () => {
    const { stderr } = runCli(["check", "--format", "json"], { cwd: root });
    assert.equal(stderr, "");
  });
  it("applies a configured size limit", () => {
    const { stdout, stderr } = runCli(["check", "--format", "json", "--verbose", "small.env"], {
      cwd: root,
      env: {}
    });
    assert.deepEqual(reported(stdout), ["small.env github-pat"]);
    assert.doesNotMatch(stderr, /skipped/);
    const limited = makeTree({ ".drydock.yaml": "secrets:\n  maxFileSizeKb: 1\n", "two-kb.env": `KEY=${token}
${"#".repeat(2048)}
` });
    try {
      const run = runCli(["check", "--format", "json", "--verbose"], { cwd: limited });
      assert.deepEqual(reported(run.stdout), []);
      assert.match(run.stderr, /skipped two-kb\.env: too large \(3 KB, limit 1 KB\)/);
    } finally {
      removeTree(limited);
    }
  });
  it("strips a UTF-8 BOM before linting, so columns match the editor", () => {
    const { stdout } = runCli(["check", "--format", "json", "bom/Dockerfile"], { cwd: root });
    const findings = JSON.parse(stdout);
    assert.deepEqual(
      findings.findings.map((f) => [f.ruleId, f.line, f.column]),
      [
        ["DL3007", 1, 11],
        ["DL4000", 2, 1]
      ]
    );
  });
});
//# sourceMappingURL=walk.test.js.map

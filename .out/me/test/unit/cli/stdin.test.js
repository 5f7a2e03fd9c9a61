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

// test/unit/cli/stdin.test.ts
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

// test/unit/cli/stdin.test.ts
describe("drydock check --stdin", () => {
  let root;
  before(() => {
    root = makeTree({ "off/.drydock.yaml": "rules:\n  DL3007: off\n" });
  });
  after(() => removeTree(root));
  it("lints standard input as the file named by --stdin-filename", () => {
    const { code, stdout } = runCli(["check", "--stdin", "--stdin-filename", "Dockerfile", "--format", "json"], {
      cwd: root,
      input: DOCKERFILE
    });
    assert.equal(code, 1);
    assert.deepEqual(reported(stdout), ["Dockerfile DL3007", "Dockerfile DL4000"]);
  });
  it("classifies by the name: a workflow path gets workflow rules", () => {
    const { stdout } = runCli(["check", "--stdin", "--stdin-filename", ".github/workflows/ci.yml", "--format", "json"], {
      cwd: root,
      input: WORKFLOW
    });
    assert.deepEqual(reported(stdout), [".github/workflows/ci.yml unpinned-uses"]);
  });
  it("classifies by the name: other files get no Dockerfile rules", () => {
    const { code, stdout } = runCli(["check", "--stdin", "--stdin-filename", "notes.txt", "--format", "json"], {
      cwd: root,
      input: DOCKERFILE
    });
    assert.equal(code, 0);
    assert.deepEqual(reported(stdout), []);
  });
  it("uses the configuration that applies to the name", () => {
    const { stdout } = runCli(["check", "--stdin", "--stdin-filename", "off/Dockerfile", "--format", "json"], {
      cwd: root,
      input: DOCKERFILE
    });
    assert.deepEqual(reported(stdout), ["off/Dockerfile DL4000"]);
  });
  it("scans standard input for secrets without printing them", () => {
    const token = generateGithubToken();
    const { stdout, stderr } = runCli(["check", "--stdin", "--stdin-filename", "config.js", "--format", "text"], {
      cwd: root,
      input: `const token = "${token}";
`
    });
    assert.match(stdout, /^config\.js:1:16: error github-pat /m);
    assert.ok(!stdout.includes(token.slice(-20)) && !stderr.includes(token.slice(-20)));
  });
});
//# sourceMappingURL=stdin.test.js.map

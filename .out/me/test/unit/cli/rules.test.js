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

// test/unit/cli/rules.test.ts
var assert = __toESM(require("node:assert/strict"));

// src/dockerfile/rules/buildkit/index.ts
var BUILDKIT_RULES = [];

// src/dockerfile/rule.ts
function defineDockerfileRule(rule) {
  return { ...rule, category: "dockerfile" };
}

// src/dockerfile/rules/core/dockerfile-syntax.ts
var dockerfileSyntax = defineDockerfileRule({
  id: "dockerfile-syntax",
  name: "dockerfile-syntax",
  aliases: ["DL1000"],
  severity: "error",
  confidence: "high",
  summary: "The Dockerfile cannot be parsed as written.",
  fix: "none",
  onFile(dockerfile, ctx) {
    for (const problem of dockerfile.problems) {
      ctx.report({ range: ctx.lines.range(problem.start, problem.end), message: problem.message });
    }
  }
});

// src/dockerfile/rules/core/index.ts
var CORE_RULES = [dockerfileSyntax];

// src/dockerfile/parse.ts
function unquote(value) {
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0])) return value.slice(1, -1);
  return value;
}
function expandVariables(value, vars) {
  return value.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_m, braced, op, word, bare) => {
    const name = braced ?? bare ?? "";
    const current = vars.get(name);
    if (op === ":-" || op === "-") return current === void 0 || op === ":-" && current === "" ? word ?? "" : current;
    if (op === ":+" || op === "+") return current === void 0 || op === ":+" && current === "" ? "" : word ?? "";
    return current ?? "";
  });
}

// src/dockerfile/image.ts
function parseImageRef(ref) {
  const at = ref.indexOf("@");
  const beforeDigest = at >= 0 ? ref.slice(0, at) : ref;
  const digest = at >= 0 ? ref.slice(at + 1) : void 0;
  const colon = beforeDigest.lastIndexOf(":");
  const hasTag = colon > beforeDigest.lastIndexOf("/");
  const name = hasTag ? beforeDigest.slice(0, colon) : beforeDigest;
  const first = name.split("/")[0] ?? "";
  const registry = name.includes("/") && (first.includes(".") || first.includes(":") || first === "localhost") ? first : void 0;
  return {
    name,
    ...hasTag ? { tag: beforeDigest.slice(colon + 1), tagOffset: colon + 1 } : {},
    ...digest !== void 0 ? { digest } : {},
    ...registry ? { registry } : {}
  };
}
function resolvedImage(stage, dockerfile) {
  if (!stage.image) return void 0;
  const written = unquote(stage.image.value);
  return { written, expanded: written.includes("$") ? expandVariables(written, dockerfile.globalArgs) : written };
}

// src/dockerfile/rules/instructions/latest-tag.ts
var latestTag = defineDockerfileRule({
  id: "DL3007",
  name: "latest-tag",
  aliases: ["DS-0001", "DS001"],
  severity: "warning",
  confidence: "high",
  summary: "A base image uses the `latest` tag instead of a pinned version.",
  fix: "none",
  onStage(stage, ctx) {
    const image = stage.image;
    const resolved = resolvedImage(stage, ctx.dockerfile);
    if (!image || !resolved) return;
    const { written, expanded } = resolved;
    const ref = parseImageRef(expanded);
    if (ref.tag?.toLowerCase() !== "latest" || ref.digest) return;
    const literal = parseImageRef(written);
    const quoteShift = written === image.value ? 0 : 1;
    const range = literal.tag?.toLowerCase() === "latest" && literal.tagOffset !== void 0 ? ctx.lines.range(image.start + quoteShift + literal.tagOffset, image.start + quoteShift + literal.tagOffset + literal.tag.length) : ctx.lines.range(image.start, image.end);
    const via = written === expanded ? "" : ` (${written} resolves to ${expanded})`;
    ctx.report({
      range,
      message: `Image "${ref.name}" uses the latest tag${via}: pin a version, e.g. ${ref.name}:<version>, so rebuilds are reproducible.`
    });
  }
});

// src/dockerfile/rules/instructions/maintainer-deprecated.ts
function labelValue(value) {
  const trimmed = value.trim();
  if (/^"(?:[^"\\]|\\.)*"$/.test(trimmed)) return trimmed;
  return `"${trimmed.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}
var maintainerDeprecated = defineDockerfileRule({
  id: "DL4000",
  name: "maintainer-deprecated",
  aliases: ["MaintainerDeprecated", "DS-0022", "DS022"],
  severity: "error",
  confidence: "high",
  summary: "MAINTAINER is deprecated; use the org.opencontainers.image.authors label.",
  fix: "safe",
  onInstruction(instruction, ctx) {
    if (instruction.keyword !== "MAINTAINER") return;
    const range = ctx.lines.range(instruction.keywordStart, instruction.keywordEnd);
    const value = instruction.argsText.trim();
    const fixes = value ? [
      {
        title: "Replace MAINTAINER with LABEL org.opencontainers.image.authors",
        applicability: "safe",
        edits: [{ range: ctx.lines.range(instruction.start, instruction.end), newText: `LABEL org.opencontainers.image.authors=${labelValue(value)}` }]
      }
    ] : [];
    ctx.report({ range, message: 'MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors="\u2026" instead.', fixes, tags: ["deprecated"] });
  }
});

// src/dockerfile/rules/instructions/index.ts
var INSTRUCTIONS_RULES = [latestTag, maintainerDeprecated];

// src/dockerfile/rules/labels/index.ts
var LABELS_RULES = [];

// src/dockerfile/rules/language-packages/index.ts
var LANGUAGE_PACKAGES_RULES = [];

// src/dockerfile/rules/os-packages/index.ts
var OS_PACKAGES_RULES = [];

// src/dockerfile/rules/security/index.ts
var SECURITY_RULES = [];

// src/dockerfile/rules/shell-usage/index.ts
var SHELL_USAGE_RULES = [];

// src/dockerfile/rules/index.ts
var DOCKERFILE_RULES = [
  ...CORE_RULES,
  ...INSTRUCTIONS_RULES,
  ...SHELL_USAGE_RULES,
  ...OS_PACKAGES_RULES,
  ...LANGUAGE_PACKAGES_RULES,
  ...LABELS_RULES,
  ...BUILDKIT_RULES,
  ...SECURITY_RULES
];

// src/workflow/rule.ts
function defineWorkflowRule(rule) {
  return { ...rule, category: "workflow" };
}

// src/workflow/rules/workflow-syntax.ts
var workflowSyntax = defineWorkflowRule({
  id: "workflow-syntax",
  name: "workflow-syntax",
  aliases: ["syntax-check"],
  severity: "error",
  confidence: "high",
  summary: "The workflow or action file is not valid YAML.",
  fix: "none",
  onParseProblems(problems, ctx) {
    for (const p of problems) {
      ctx.report({ range: ctx.lines.range(p.start, Math.min(p.end, ctx.text.length)), message: p.message, severity: p.severity });
    }
  }
});

// src/workflow/rules/unpinned-uses.ts
var FULL_SHA = /^[0-9a-f]{40}$/;
function check(uses, ctx) {
  const value = uses.value.trim();
  if (value === "" || value.startsWith("./") || value.includes("${{")) return;
  const whole = ctx.lines.range(uses.start, uses.end);
  if (value.startsWith("docker://")) {
    if (!/@sha256:[0-9a-f]{64}$/.test(value)) {
      ctx.report({ range: whole, message: `Docker image "${value.slice("docker://".length)}" is not pinned by digest: use docker://image@sha256:<digest>.` });
    }
    return;
  }
  const at = value.lastIndexOf("@");
  if (at < 0) {
    ctx.report({ range: whole, message: `"${value}" has no ref at all and runs whatever the default branch holds: pin it to a full commit SHA.`, severity: "error" });
    return;
  }
  const ref = value.slice(at + 1);
  if (FULL_SHA.test(ref)) return;
  const offset = uses.value.indexOf("@");
  const range = offset >= 0 ? ctx.lines.range(uses.start + offset + 1, uses.start + offset + 1 + ref.length) : whole;
  const what = /^v?\d+(?:\.\d+){0,2}$/.test(ref) ? "tag" : /^[0-9a-f]{7,39}$/.test(ref) ? "abbreviated SHA" : "ref";
  ctx.report({
    range,
    message: `${value.slice(0, at)} is pinned to the ${what} "${ref}", which can be moved: pin it to a full 40-character commit SHA${what === "tag" ? ` (keep "# ${ref}" as a comment)` : ""}.`
  });
}
var unpinnedUses = defineWorkflowRule({
  id: "unpinned-uses",
  name: "unpinned-uses",
  aliases: [],
  severity: "warning",
  confidence: "high",
  summary: "An action or reusable workflow is not pinned to a full commit SHA.",
  fix: "none",
  onStep(step, ctx) {
    if (step.uses) check(step.uses, ctx);
  },
  onJob(job, ctx) {
    if (job.uses) check(job.uses, ctx);
  }
});

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
function hasValidCrcSuffix(body) {
  if (body.length <= 6) return false;
  return base62(crc32(body.slice(0, -6)), 6) === body.slice(-6);
}

// src/secrets/detector.ts
function defineSecretDetector(detector) {
  if (!detector.pattern.global) throw new Error(`${detector.id}: pattern must be global`);
  return { ...detector, category: "secret" };
}

// src/secrets/detectors/github.ts
var githubPat = defineSecretDetector({
  id: "github-pat",
  name: "github-pat",
  aliases: [],
  severity: "error",
  confidence: "high",
  summary: "A GitHub personal access token (classic, ghp_) is written in the file.",
  fix: "none",
  keywords: ["ghp_"],
  pattern: /(?<![A-Za-z0-9_])ghp_[A-Za-z0-9]{36}(?![A-Za-z0-9])/g,
  label: "GitHub personal access token (classic)",
  revealPrefix: 8,
  validate: (secret) => hasValidCrcSuffix(secret.slice("ghp_".length))
});

// src/engine/registry.ts
var DOCKERFILE_RULES2 = DOCKERFILE_RULES;
var WORKFLOW_RULES = [workflowSyntax, unpinnedUses];
var SECRET_RULES = [githubPat];
var ALL_RULES = [...DOCKERFILE_RULES2, ...WORKFLOW_RULES, ...SECRET_RULES];

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

// test/unit/cli/rules.test.ts
describe("drydock rules", () => {
  let cwd;
  before(() => cwd = makeTree({}));
  after(() => removeTree(cwd));
  it("--format json lists every rule with its metadata", () => {
    const { code, stdout } = runCli(["rules", "--format", "json"], { cwd });
    assert.equal(code, 0);
    const { rules } = JSON.parse(stdout);
    assert.deepEqual(
      rules.map((r) => r.id),
      ALL_RULES.map((r) => r.id)
    );
    const byId = new Map(rules.map((r) => [r.id, r]));
    for (const id of ["DL3007", "DL4000", "unpinned-uses", "github-pat"]) assert.ok(byId.has(id), `${id} is listed`);
    const maintainer = byId.get("DL4000");
    assert.equal(maintainer?.fixable, true);
    assert.equal(maintainer?.severity, "error");
    assert.equal(maintainer?.category, "dockerfile");
    assert.ok(maintainer?.aliases.includes("MaintainerDeprecated"));
    assert.equal(byId.get("DL3007")?.fixable, false);
    assert.equal(byId.get("github-pat")?.category, "secret");
    for (const rule of rules) {
      assert.ok(rule.summary && rule.confidence, `${rule.id} has a summary and confidence`);
      assert.match(rule.docsUrl, new RegExp(`^https://.+/${encodeURIComponent(rule.id)}\\.md$`));
    }
  });
  it("--format text (the default) lists every rule id and docs URL", () => {
    const { code, stdout } = runCli(["rules"], { cwd });
    assert.equal(code, 0);
    for (const rule of ALL_RULES) {
      assert.match(stdout, new RegExp(`^${rule.id} `, "m"));
      assert.ok(stdout.includes(`/${rule.id}.md`));
    }
  });
});
//# sourceMappingURL=rules.test.js.map

"use strict";

// test/unit/engine/classify.test.ts
var import_node_assert = require("node:assert");

// src/engine/path.ts
function normalizeSlashes(path) {
  return path.replace(/\\/g, "/");
}
function basename(path) {
  const p = normalizeSlashes(path).replace(/\/+$/, "");
  return p.slice(p.lastIndexOf("/") + 1);
}

// src/engine/classify.ts
var DOCKERFILE_NAME = /^(?:(?:Dockerfile|Containerfile|dockerfile|containerfile)(?:\..+)?|.+\.(?:Dockerfile|dockerfile|Containerfile|containerfile))$/;
var WORKFLOW_PATH = /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
var ACTION_NAME = /^action\.ya?ml$/;
function classify(path, languageId) {
  const name = basename(path);
  if (DOCKERFILE_NAME.test(name) && !name.endsWith(".dockerignore")) return "dockerfile";
  const p = normalizeSlashes(path);
  if (WORKFLOW_PATH.test(p)) return "workflow";
  if (ACTION_NAME.test(name)) return "action";
  if (languageId === "dockerfile") return "dockerfile";
  if (languageId === "github-actions-workflow") return "workflow";
  return "other";
}
function lineCommentFor(path, kind, languageId) {
  if (kind !== "other") return "#";
  const hash = /* @__PURE__ */ new Set(["python", "shellscript", "yaml", "toml", "ruby", "perl", "r", "dockercompose", "makefile", "properties", "ini", "dotenv", "powershell", "terraform", "hcl", "elixir", "coffeescript"]);
  const slashes = /* @__PURE__ */ new Set(["javascript", "typescript", "javascriptreact", "typescriptreact", "go", "java", "c", "cpp", "csharp", "rust", "swift", "kotlin", "scala", "php", "dart", "jsonc", "groovy", "fsharp"]);
  if (languageId && hash.has(languageId)) return "#";
  if (languageId && slashes.has(languageId)) return "//";
  const name = basename(path);
  const ext = name.includes(".") ? name.slice(name.lastIndexOf(".") + 1).toLowerCase() : "";
  if (name.startsWith(".env") || ["py", "sh", "bash", "zsh", "yml", "yaml", "toml", "rb", "pl", "r", "ini", "cfg", "conf", "properties", "tf", "hcl", "ps1", "ex", "exs"].includes(ext) || name === "Makefile") return "#";
  if (["js", "mjs", "cjs", "ts", "mts", "cts", "jsx", "tsx", "go", "java", "c", "h", "cc", "cpp", "hpp", "cs", "rs", "swift", "kt", "kts", "scala", "php", "dart", "jsonc", "groovy", "gradle"].includes(ext)) return "//";
  return void 0;
}

// test/unit/engine/classify.test.ts
describe("classify", () => {
  const cases = [
    ["Dockerfile", "dockerfile"],
    ["api/Containerfile", "dockerfile"],
    ["web/prod.Dockerfile", "dockerfile"],
    ["build/app.dockerfile", "dockerfile"],
    ["Dockerfile.dev", "dockerfile"],
    ["Containerfile.ci", "dockerfile"],
    ["Dockerfile.dockerignore", "other"],
    [".github/workflows/ci.yml", "workflow"],
    ["repo/.github/workflows/release.yaml", "workflow"],
    [".github/workflows/nested/x.yml", "other"],
    [".github/dependabot.yml", "other"],
    ["action.yml", "action"],
    [".github/actions/setup/action.yaml", "action"],
    ["src/app.py", "other"],
    ["C:\\repo\\.github\\workflows\\ci.yml", "workflow"]
  ];
  for (const [path, kind] of cases) it(`${path} \u2192 ${kind}`, () => import_node_assert.strict.equal(classify(path), kind));
  it("uses the language id for untitled documents", () => {
    import_node_assert.strict.equal(classify("Untitled-1", "dockerfile"), "dockerfile");
    import_node_assert.strict.equal(classify("Untitled-1", "github-actions-workflow"), "workflow");
    import_node_assert.strict.equal(classify("Untitled-1", "plaintext"), "other");
  });
  it("knows the line comment of common languages, and that JSON has none", () => {
    import_node_assert.strict.equal(lineCommentFor("app.py", "other"), "#");
    import_node_assert.strict.equal(lineCommentFor("index.ts", "other"), "//");
    import_node_assert.strict.equal(lineCommentFor(".env.local", "other"), "#");
    import_node_assert.strict.equal(lineCommentFor("package.json", "other"), void 0);
    import_node_assert.strict.equal(lineCommentFor("Dockerfile", "dockerfile"), "#");
  });
});
//# sourceMappingURL=classify.test.js.map

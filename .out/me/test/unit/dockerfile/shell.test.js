"use strict";

// test/unit/dockerfile/shell.test.ts
var import_node_assert = require("node:assert");

// src/dockerfile/shell.ts
var RESERVED_PREFIX = /* @__PURE__ */ new Set(["if", "then", "else", "elif", "do", "while", "until", "!", "time"]);
var RESERVED_ALONE = /* @__PURE__ */ new Set(["fi", "done", "esac", "}", "{"]);
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "dash", "ash", "zsh", "ksh", "/bin/sh", "/bin/bash", "/bin/dash", "/bin/ash", "/usr/bin/bash", "/usr/bin/env"]);
function isSpace(c) {
  return c === " " || c === "	" || c === "\r";
}
function readWord(cur) {
  const { text } = cur;
  const begin = cur.pos;
  let value = "";
  let quoted = false;
  while (cur.pos < text.length) {
    const c = text[cur.pos] ?? "";
    if (isSpace(c) || c === "\n" || c === ";" || c === "&" || c === "|" || c === "<" || c === ">" || c === ")" || c === "(" && cur.pos > begin && text[cur.pos - 1] !== "$" && text[cur.pos - 1] !== "=") break;
    if (c === "\\") {
      const next = text[cur.pos + 1];
      if (next === "\n") {
        cur.pos += 2;
        continue;
      }
      if (next !== void 0) value += next;
      cur.pos += 2;
      continue;
    }
    if (c === "'") {
      quoted = true;
      const close = text.indexOf("'", cur.pos + 1);
      const end2 = close < 0 ? text.length : close;
      value += text.slice(cur.pos + 1, end2);
      cur.pos = end2 + 1;
      continue;
    }
    if (c === '"') {
      quoted = true;
      cur.pos++;
      while (cur.pos < text.length && text[cur.pos] !== '"') {
        if (text[cur.pos] === "\\" && cur.pos + 1 < text.length && '"\\$`\n'.includes(text[cur.pos + 1] ?? "")) {
          if (text[cur.pos + 1] !== "\n") value += text[cur.pos + 1];
          cur.pos += 2;
        } else {
          value += text[cur.pos];
          cur.pos++;
        }
      }
      cur.pos++;
      continue;
    }
    if (c === "$" && text[cur.pos + 1] === "(") {
      const end2 = matchParen(text, cur.pos + 1);
      value += text.slice(cur.pos, end2);
      cur.pos = end2;
      continue;
    }
    if (c === "`") {
      const close = text.indexOf("`", cur.pos + 1);
      const end2 = close < 0 ? text.length : close + 1;
      value += text.slice(cur.pos, end2);
      cur.pos = end2;
      continue;
    }
    if (c === "$" && text[cur.pos + 1] === "{") {
      const close = text.indexOf("}", cur.pos + 2);
      const end2 = close < 0 ? text.length : close + 1;
      value += text.slice(cur.pos, end2);
      cur.pos = end2;
      continue;
    }
    value += c;
    cur.pos++;
  }
  const end = Math.min(cur.pos, text.length);
  return { value, raw: text.slice(begin, end), start: cur.offsetAt(begin), end: cur.offsetAt(Math.max(begin, end - 1)) + 1, quoted };
}
function matchParen(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === "'") {
      const close = text.indexOf("'", i + 1);
      i = close < 0 ? text.length : close;
    } else if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      i = j;
    } else if (c === "(") depth++;
    else if (c === ")") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return text.length;
}
function parseShell(text, offsetAt = (i) => i, depth = 0, fromShC = false) {
  const commands = [];
  const cur = { text, offsetAt, pos: 0 };
  let pipeline = 0;
  let assignments = [];
  let words = [];
  let redirects = [];
  let pendingHeredocs = [];
  const skipHeredocBodies = () => {
    for (const { delimiter, stripTabs } of pendingHeredocs) {
      while (cur.pos < text.length) {
        const nl = text.indexOf("\n", cur.pos);
        const lineEnd = nl < 0 ? text.length : nl;
        const line = text.slice(cur.pos, lineEnd).replace(/\r$/, "");
        cur.pos = lineEnd + 1;
        if ((stripTabs ? line.replace(/^\t+/, "") : line) === delimiter) break;
      }
    }
    pendingHeredocs = [];
  };
  const flush = (separator) => {
    if (words.length > 0 || assignments.length > 0) {
      const command = { assignments, words, redirects, separator, pipeline, depth, fromShC };
      commands.push(command);
      const nested = shCScript(command);
      if (nested) commands.push(...parseShell(nested.text, nested.offsetAt, depth + 1, true).commands);
    }
    if (separator !== "|") pipeline++;
    assignments = [];
    words = [];
    redirects = [];
  };
  while (cur.pos < text.length) {
    const c = text[cur.pos] ?? "";
    if (isSpace(c)) {
      cur.pos++;
      continue;
    }
    if (c === "\\" && text[cur.pos + 1] === "\n") {
      cur.pos += 2;
      continue;
    }
    if (c === "#" && (cur.pos === 0 || isSpace(text[cur.pos - 1]) || text[cur.pos - 1] === "\n" || text[cur.pos - 1] === ";")) {
      const nl = text.indexOf("\n", cur.pos);
      cur.pos = nl < 0 ? text.length : nl;
      continue;
    }
    const two = text.slice(cur.pos, cur.pos + 2);
    if (two === "&&" || two === "||" || two === ";;") {
      flush(two === ";;" ? ";" : two);
      cur.pos += 2;
      continue;
    }
    if (c === ";" || c === "\n") {
      flush(c);
      cur.pos++;
      if (c === "\n") skipHeredocBodies();
      continue;
    }
    if (c === "|") {
      flush("|");
      cur.pos += text[cur.pos + 1] === "&" ? 2 : 1;
      continue;
    }
    if (c === "&" && text[cur.pos + 1] !== ">") {
      flush("&");
      cur.pos++;
      continue;
    }
    if (c === "(" && words.length === 0) {
      const end = matchParen(text, cur.pos);
      const inner = parseShell(text.slice(cur.pos + 1, Math.max(cur.pos + 1, end - 1)), (i) => offsetAt(cur.pos + 1 + i), depth + 1, fromShC);
      flush(";");
      commands.push(...inner.commands);
      cur.pos = end;
      continue;
    }
    if (c === ")") {
      cur.pos++;
      continue;
    }
    const redirect = /^(?:\d*(?:>>|>&|<&|<<<|<<-|<<|<>|>\||>|<)|&>>|&>)/.exec(text.slice(cur.pos, cur.pos + 4));
    if (redirect) {
      cur.pos += redirect[0].length;
      while (isSpace(text[cur.pos])) cur.pos++;
      const op = redirect[0].replace(/^\d+/, "");
      if (cur.pos < text.length && !"\n;&|".includes(text[cur.pos] ?? "")) {
        const target = readWord(cur);
        redirects.push({ op, target });
        if ((op === "<<" || op === "<<-") && target.value) pendingHeredocs.push({ delimiter: target.value, stripTabs: op === "<<-" });
      } else redirects.push({ op });
      continue;
    }
    const word = readWord(cur);
    if (word.raw === "") {
      cur.pos++;
      continue;
    }
    if (words.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(word.raw)) {
      assignments.push(word);
      continue;
    }
    if (words.length === 0 && !word.quoted && RESERVED_PREFIX.has(word.value)) continue;
    if (words.length === 0 && !word.quoted && RESERVED_ALONE.has(word.value)) continue;
    words.push(word);
  }
  flush("end");
  return { commands };
}
function shCScript(command) {
  const words = unwrap(command).words;
  const name = words[0]?.value;
  if (!name || !SHELLS.has(name)) return void 0;
  let i = 1;
  if (name === "/usr/bin/env") {
    if (!SHELLS.has(words[1]?.value ?? "")) return void 0;
    i = 2;
  }
  for (; i < words.length; i++) {
    const w = words[i];
    if (!w) break;
    if (/^-[a-z]*c[a-z]*$/.test(w.value)) {
      const script = words[i + 1];
      if (!script) return void 0;
      const quote = script.raw[0] === "'" || script.raw[0] === '"' ? 1 : 0;
      const base = script.start + quote;
      return { text: script.value, offsetAt: (k) => base + k };
    }
    if (!w.value.startsWith("-")) return void 0;
  }
  return void 0;
}
var WRAPPERS = /* @__PURE__ */ new Set(["sudo", "env", "nohup", "exec", "command", "time", "nice", "doas", "stdbuf", "ionice", "chronic"]);
function unwrap(command) {
  let words = command.words;
  let assignments = command.assignments;
  for (let guard = 0; guard < 4; guard++) {
    const name = words[0]?.value;
    if (!name || !WRAPPERS.has(name)) break;
    let i = 1;
    const takesValue = name === "sudo" ? /^-[ugpChTrt]$/ : name === "nice" ? /^-n$/ : name === "ionice" ? /^-[cnp]$/ : void 0;
    while (i < words.length) {
      const w = words[i]?.value ?? "";
      if (w === "--") {
        i++;
        break;
      }
      if (name === "env" && /^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) {
        assignments = [...assignments, words[i]];
        i++;
        continue;
      }
      if (!w.startsWith("-")) break;
      i += takesValue?.test(w) ? 2 : 1;
    }
    words = words.slice(i);
  }
  return words === command.words ? command : { ...command, words, assignments };
}
function commandName(command) {
  return unwrap(command).words[0]?.value;
}
function positionalArgs(command) {
  return unwrap(command).words.slice(1).filter((w) => !w.value.startsWith("-"));
}
function hasFlag(command, short, ...long) {
  for (const w of unwrap(command).words.slice(1)) {
    const v = w.value;
    if (v === "--") break;
    if (v.startsWith("--")) {
      const name = v.slice(2).split("=")[0] ?? "";
      if (long.includes(name)) return w;
    } else if (short && v.startsWith("-") && v.length > 1 && /^-[A-Za-z0-9]+$/.test(v) && v.includes(short)) return w;
  }
  return void 0;
}

// test/unit/dockerfile/shell.test.ts
var names = (script) => parseShell(script).commands.map((c) => c.words.map((w) => w.value).join(" "));
describe("parseShell", () => {
  it("splits on &&, ||, ;, |, & and newlines, remembering separators and pipelines", () => {
    const { commands } = parseShell("apt-get update && apt-get install -y curl | tee log; echo done || true & wait\nls");
    import_node_assert.strict.deepEqual(commands.map((c) => c.words[0]?.value), ["apt-get", "apt-get", "tee", "echo", "true", "wait", "ls"]);
    import_node_assert.strict.deepEqual(commands.map((c) => c.separator), ["&&", "|", ";", "||", "&", "\n", "end"]);
    import_node_assert.strict.equal(commands[1]?.pipeline, commands[2]?.pipeline);
    import_node_assert.strict.notEqual(commands[0]?.pipeline, commands[1]?.pipeline);
  });
  it("removes quotes and escapes from values, keeps raw text and exact offsets", () => {
    const script = `echo "a b" 'c d' e\\ f "x\\"y" $HOME`;
    const [cmd] = parseShell(script).commands;
    import_node_assert.strict.deepEqual(cmd?.words.map((w2) => w2.value), ["echo", "a b", "c d", "e f", 'x"y', "$HOME"]);
    const w = cmd?.words[2];
    import_node_assert.strict.ok(w);
    import_node_assert.strict.equal(script.slice(w.start, w.end), "'c d'");
    import_node_assert.strict.ok(w.quoted);
  });
  it("reads assignments, redirects, subshells, braces and control keywords", () => {
    import_node_assert.strict.deepEqual(names('A=1 B="2 3" make install > /dev/null 2>&1'), ["make install"]);
    import_node_assert.strict.deepEqual(parseShell("A=1 make").commands[0]?.assignments.map((a) => a.value), ["A=1"]);
    import_node_assert.strict.deepEqual(names("(cd /src && make) && { echo ok; }"), ["cd /src", "make", "echo ok"]);
    import_node_assert.strict.deepEqual(names("if [ -f x ]; then rm x; else touch x; fi"), ["[ -f x ]", "rm x", "touch x"]);
    import_node_assert.strict.deepEqual(names("for f in a b; do echo $f; done"), ["for f in a b", "echo $f"]);
  });
  it("keeps command substitutions inside words and skips comments", () => {
    import_node_assert.strict.deepEqual(names("echo $(date +%s) `id -u` # trailing comment\nls # another"), ["echo $(date +%s) `id -u`", "ls"]);
  });
  it("skips the body of a shell heredoc and goes on after it", () => {
    import_node_assert.strict.deepEqual(names("cat <<EOF > /etc/x && chmod 600 /etc/x\napt-get install foo\nEOF\necho after"), ["cat", "chmod 600 /etc/x", "echo after"]);
  });
  it("looks inside sh -c and bash -c scripts, with offsets into the string", () => {
    const script = `sh -c 'apt-get install -y curl && rm -rf /tmp/x'`;
    const { commands } = parseShell(script);
    import_node_assert.strict.deepEqual(commands.map((c) => c.words[0]?.value), ["sh", "apt-get", "rm"]);
    const curl = commands[1]?.words[3];
    import_node_assert.strict.ok(curl);
    import_node_assert.strict.equal(script.slice(curl.start, curl.end), "curl");
    import_node_assert.strict.ok(commands[1]?.fromShC);
  });
  it("maps offsets through a custom mapping (RUN continuations removed)", () => {
    const offsets = [10, 11, 12, 20, 21];
    const [cmd] = parseShell("ab cd", (i) => offsets[i] ?? 0).commands;
    import_node_assert.strict.deepEqual(cmd?.words.map((w) => [w.start, w.end]), [[10, 12], [20, 22]]);
  });
  it("unwraps sudo, env and friends to the real command", () => {
    const [cmd] = parseShell("sudo -u app env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends git").commands;
    import_node_assert.strict.ok(cmd);
    import_node_assert.strict.equal(commandName(cmd), "apt-get");
    import_node_assert.strict.deepEqual(unwrap(cmd).assignments.map((a) => a.value), ["DEBIAN_FRONTEND=noninteractive"]);
    import_node_assert.strict.deepEqual(positionalArgs(cmd).map((w) => w.value), ["install", "git"]);
    import_node_assert.strict.equal(hasFlag(cmd, "y")?.value, "-y");
    import_node_assert.strict.equal(hasFlag(cmd, void 0, "no-install-recommends")?.value, "--no-install-recommends");
    import_node_assert.strict.equal(hasFlag(cmd, "q"), void 0);
  });
  it("never throws on unbalanced input", () => {
    for (const s of ['echo "unterminated', "echo 'x", "echo $(oops", "((", ")))", "&&&&", "|||", "a <<", "\\", "`", "${", "sh -c"]) {
      import_node_assert.strict.doesNotThrow(() => parseShell(s), s);
    }
  });
});
//# sourceMappingURL=shell.test.js.map

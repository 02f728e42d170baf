#!/usr/bin/env bash
# Installs the pinned gateways of package.json (npm ci from the lock file) unless each of them is
# already installed at its pinned version. Fails when npm cannot install them (e.g. no registry).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
stale=$(node -e '
  const fs = require("fs");
  const pinned = JSON.parse(fs.readFileSync("package.json", "utf8")).dependencies;
  const installed = (name) => {
    try { return JSON.parse(fs.readFileSync(`node_modules/${name}/package.json`, "utf8")).version; } catch { return null; }
  };
  console.log(Object.entries(pinned).filter(([name, version]) => installed(name) !== version).map(([name]) => name).join(" "));')
if [ -n "$stale" ]; then
  echo "bench/node: installing (missing or another version: $stale)"
  # Short network timeouts: without a registry this fails in seconds instead of retrying for minutes.
  npm ci --no-audit --no-fund --loglevel=error --fetch-timeout=30000 --fetch-retries=1
fi

#!/bin/sh
# npm for Maven's build of the explorer (explorer/pom.xml). It checks first that the machine has
# the Node.js and npm the build needs (nothing is downloaded for it), and runs `npm ci` only when
# package-lock.json changed since the last install, so that repeated builds do not reinstall.
set -eu
cd "$(dirname "$0")/.."
need_node="20.19.0"

fail() {
  echo "" >&2
  echo "explorer: $1" >&2
  echo "explorer: the web explorer is built with Node.js $need_node or newer and npm: install them" >&2
  echo "explorer: (e.g. the nodejs package of your system, if it is that new) and run the build again." >&2
  exit 1
}

command -v node >/dev/null 2>&1 || fail "node was not found on the PATH."
command -v npm >/dev/null 2>&1 || fail "npm was not found on the PATH."
node -e '
  const need = process.argv[1].split(".").map(Number);
  const have = process.versions.node.split(".").map(Number);
  const i = need.findIndex((n, k) => have[k] !== n);
  process.exit(i >= 0 && have[i] < need[i] ? 1 : 0);
' "$need_node" || fail "node $(node --version) is older than $need_node."

if [ "${1:-}" = "ci" ]; then
  stamp="node_modules/.entente-lock.sha256"
  current="$(sha256sum package-lock.json | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$current" ]; then
    echo "explorer: node_modules matches package-lock.json; npm ci skipped"
    exit 0
  fi
  npm ci --no-audit --no-fund
  echo "$current" > "$stamp"
  exit 0
fi
exec npm "$@"

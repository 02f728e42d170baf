#!/usr/bin/env bash
# Installs the independent composer (once) and composes the given subgraphs.
# Arguments are passed to compose.mjs. Exit 3 (with a message) when npm cannot install it,
# so callers can skip the check with a clear reason instead of failing obscurely.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ ! -d "$here/node_modules/@theguild/federation-composition" ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "composition check skipped: npm is not installed" >&2; exit 3
  fi
  if ! (cd "$here" && timeout 180 npm ci --no-audit --no-fund --loglevel=error >/dev/null 2>&1); then
    echo "composition check skipped: npm could not install @theguild/federation-composition (registry unreachable?)" >&2; exit 3
  fi
fi
exec node "$here/compose.mjs" "$@"

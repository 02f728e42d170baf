#!/usr/bin/env bash
# Starts Hive Gateway and Apollo Gateway on SUPERGRAPH (composed from the running subgraphs by
# tools/composition/check.sh), installing them first from bench/node/package.json.
# Usage: start-gateways.sh SUPERGRAPH HIVE_PORT APOLLO_PORT LOG_DIR [PIN...]
# Prints the two PIDs on its last line; the caller stops them.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
supergraph=$1 hive_port=$2 apollo_port=$3 logs=$4
shift 4
pin=("$@")
if [ ! -d "$here/node_modules/@graphql-hive/gateway" ] || [ ! -d "$here/node_modules/@apollo/gateway" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi
"${pin[@]}" node "$here/node_modules/@graphql-hive/gateway/dist/bin.js" supergraph "$supergraph" --port "$hive_port" \
  > "$logs/hive-gateway.log" 2>&1 &
hive=$!
NODE_ENV=production "${pin[@]}" node "$here/apollo-gateway.mjs" "$supergraph" "$apollo_port" > "$logs/apollo-gateway.log" 2>&1 &
apollo=$!
for _ in $(seq 1 60); do
  if curl -sf -o /dev/null -H 'content-type: application/json' -d '{"query":"{__typename}"}' "http://localhost:$hive_port/graphql" \
     && grep -q READY "$logs/apollo-gateway.log"; then
    echo "$hive $apollo"
    exit 0
  fi
  sleep 1
done
echo "gateways did not start; see $logs" >&2
kill "$hive" "$apollo" 2>/dev/null || true
exit 1

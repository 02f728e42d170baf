#!/usr/bin/env bash
# Starts one of the gateways the benchmark compares with ours, installed by install.sh, and waits
# until it answers a GraphQL request.
# Usage: start-gateway.sh NAME PORT INPUT LOG_DIR [PIN...]
#   hive       Hive Gateway on the supergraph file INPUT (its default JavaScript query planner)
#   hive-rust  the same Hive Gateway with --hive-router-runtime: the Rust query planner of Hive
#              Router (@graphql-hive/router-runtime, a native addon) plans and executes the queries
#   apollo     Apollo Gateway on the supergraph file INPUT
#   grafbase   `grafbase dev -c INPUT`: Grafbase's development server, composing the subgraphs that
#              the grafbase.toml INPUT names (url + schema_path each) itself
# PIN is a command to run it under (e.g. taskset -c 0). Prints "PID URL" on its last line; the
# caller stops the process. Its output goes to LOG_DIR/NAME-gateway.log.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
name=$1 port=$2
# absolute: grafbase runs in a directory of its own
input=$(realpath "$3")
logs=$(cd "$4" && pwd)
shift 4
pin=("$@")
log="$logs/$name-gateway.log"
url="http://localhost:$port/graphql"
hive_bin="$here/node_modules/@graphql-hive/gateway/dist/bin.js"
case "$name" in
  hive)
    "${pin[@]}" node "$hive_bin" supergraph "$input" --port "$port" > "$log" 2>&1 &
    ;;
  hive-rust)
    "${pin[@]}" node "$hive_bin" supergraph "$input" --port "$port" --hive-router-runtime > "$log" 2>&1 &
    ;;
  apollo)
    NODE_ENV=production "${pin[@]}" node "$here/apollo-gateway.mjs" "$input" "$port" > "$log" 2>&1 &
    ;;
  grafbase)
    # It listens on 127.0.0.1 only, unpacks its explorer UI into $HOME/.grafbase and keeps a
    # .grafbase/wasm-cache in its working directory: give it a directory of its own next to the log
    # as both, rather than the user's home and the caller's directory. exec keeps $! its PID.
    url="http://127.0.0.1:$port/graphql"
    mkdir -p "$logs/grafbase-home"
    (cd "$logs/grafbase-home" && HOME="$logs/grafbase-home" exec "${pin[@]}" \
      "$here/node_modules/@grafbase/cli-x86_64-unknown-linux-musl/grafbase" dev -c "$input" -p "$port") > "$log" 2>&1 &
    ;;
  *)
    echo "start-gateway.sh: no gateway named $name (hive, hive-rust, apollo, grafbase)" >&2
    exit 2
    ;;
esac
pid=$!
for _ in $(seq 1 60); do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "$name stopped while starting; see $log" >&2
    exit 1
  fi
  if curl -sf -o /dev/null -H 'content-type: application/json' -d '{"query":"{__typename}"}' "$url"; then
    # Hive Gateway falls back to its JavaScript planner, with a warning only, when the Rust one
    # cannot be loaded: that would be the `hive` target again under another name.
    if [ "$name" = hive-rust ] && { grep -q 'Could not load the @graphql-hive/router-runtime' "$log" \
                                    || ! grep -q 'Using Hive Router Runtime' "$log"; }; then
      echo "hive-rust runs without the Rust query planner; see $log" >&2
      kill "$pid" 2>/dev/null || true
      exit 1
    fi
    echo "$pid $url"
    exit 0
  fi
  sleep 1
done
echo "$name did not answer in 60 s; see $log" >&2
kill "$pid" 2>/dev/null || true
exit 1

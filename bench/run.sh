#!/usr/bin/env bash
# Load benchmark of Entente. See bench/README.md.
#
# By default it starts its own stack (embedded PostgreSQL + actors-service + events-service +
# gateway, on the ports below, data in bench/.stack — never the ports of ./entente up), fills it
# with ./entente generate on first use, runs ./entente bench and stops the stack again.
# With BENCH_GATEWAY_URL set it starts nothing and measures that running system instead.
#
# Pinning (when taskset exists and there are at least 2 CPUs): the stack runs on CPUs 0..n-2,
# the load generator on the last CPU, so the client does not steal the servers' cores.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

ACTORS=${BENCH_ACTORS:-100000}
EVENTS=${BENCH_EVENTS:-500000}
STATEMENTS=${BENCH_STATEMENTS:-1500000}
SEED=${BENCH_SEED:-1}
DURATION=${BENCH_DURATION:-20}
WARMUP=${BENCH_WARMUP:-5}
CONCURRENCY=${BENCH_CONCURRENCY:-1,16,64}
OPERATIONS=${BENCH_OPERATIONS:-actor-profile,event-page,search,connections,statements-page}
PG_PORT=${BENCH_PG_PORT:-55439}
ACTORS_PORT=${BENCH_ACTORS_PORT:-18081}
EVENTS_PORT=${BENCH_EVENTS_PORT:-18082}
GATEWAY_PORT=${BENCH_GATEWAY_PORT:-18080}
HOME_DIR="$ROOT/bench/.stack"
OUT=${BENCH_OUT:-bench/results/$(date -u +%Y%m%dT%H%M%SZ).json}
JAR=cli/target/entente-cli.jar

for f in actors-service/target/quarkus-app/quarkus-run.jar events-service/target/quarkus-app/quarkus-run.jar \
         gateway/target/quarkus-app/quarkus-run.jar "$JAR"; do
  if [ ! -f "$f" ]; then
    echo "bench: $f is missing; building (mvn package -DskipTests)…"
    mvn -B -ntp -q package -DskipTests
    break
  fi
done

CPUS=$(nproc)
SERVER_PIN=()
CLIENT_PIN=()
if command -v taskset >/dev/null && [ "$CPUS" -ge 2 ]; then
  SERVER_PIN=(taskset -c "0-$((CPUS - 2))")
  CLIENT_PIN=(taskset -c "$((CPUS - 1))")
fi

STACK_PID=""
stop_stack() {
  if [ -n "$STACK_PID" ]; then
    kill "$STACK_PID" 2>/dev/null || true
    wait "$STACK_PID" 2>/dev/null || true
  fi
}
trap stop_stack EXIT

if [ -n "${BENCH_GATEWAY_URL:-}" ]; then
  GATEWAY_URL=$BENCH_GATEWAY_URL
  DIRECT=()
  if [ -n "${BENCH_ACTORS_URL:-}" ]; then DIRECT=(--actors-url "$BENCH_ACTORS_URL" --events-url "$BENCH_EVENTS_URL"); fi
else
  mkdir -p "$HOME_DIR"
  echo "bench: starting a private stack (PostgreSQL $PG_PORT, gateway $GATEWAY_PORT; log $HOME_DIR/stack.log)"
  "${SERVER_PIN[@]}" java -Dentente.root="$ROOT" -cp "$JAR" org.entente.cli.bench.BenchStack \
    "$HOME_DIR" "$PG_PORT" "$ACTORS_PORT" "$EVENTS_PORT" "$GATEWAY_PORT" > "$HOME_DIR/stack.log" 2>&1 &
  STACK_PID=$!
  for _ in $(seq 1 180); do
    grep -q '^READY' "$HOME_DIR/stack.log" && break
    kill -0 "$STACK_PID" 2>/dev/null || { cat "$HOME_DIR/stack.log"; exit 1; }
    sleep 1
  done
  grep -q '^READY' "$HOME_DIR/stack.log" || { echo "bench: the stack did not start in 180 s"; exit 1; }
  MARKER="$HOME_DIR/generated-$ACTORS-$EVENTS-$STATEMENTS-$SEED"
  if [ ! -f "$MARKER" ]; then
    java -jar "$JAR" generate --replace --actors "$ACTORS" --events "$EVENTS" --statements "$STATEMENTS" --seed "$SEED" \
      --jdbc-actors "jdbc:postgresql://localhost:$PG_PORT/actors" --jdbc-events "jdbc:postgresql://localhost:$PG_PORT/events"
    rm -f "$HOME_DIR"/generated-*
    touch "$MARKER"
  fi
  GATEWAY_URL="http://localhost:$GATEWAY_PORT/graphql"
  DIRECT=(--actors-url "http://localhost:$ACTORS_PORT/graphql" --events-url "http://localhost:$EVENTS_PORT/graphql")
fi

TARGETS=(--target "entente=$GATEWAY_URL")
NODE_PIDS=""
stop_all() {
  if [ -n "$NODE_PIDS" ]; then kill $NODE_PIDS 2>/dev/null || true; fi
  stop_stack
}
trap stop_all EXIT
# The Node gateways, on a supergraph of the two subgraphs composed like ours (the gateway's
# in-process relations subgraph is not in it, so `connections` runs through ours only).
if [ "${BENCH_COMPARE:-1}" = "1" ] && [ -z "${BENCH_GATEWAY_URL:-}" ]; then
  SUPERGRAPH="$HOME_DIR/supergraph.graphql"
  if tools/composition/check.sh "actors=http://localhost:$ACTORS_PORT/graphql=actors-service/target/actors.graphql" \
       "events=http://localhost:$EVENTS_PORT/graphql=events-service/target/events.graphql" > "$SUPERGRAPH"; then
    NODE_PIDS=$(bench/node/start-gateways.sh "$SUPERGRAPH" "${BENCH_HIVE_PORT:-18090}" "${BENCH_APOLLO_PORT:-18091}" \
      "$HOME_DIR" "${SERVER_PIN[@]}" | tail -1)
    TARGETS+=(--target "hive=http://localhost:${BENCH_HIVE_PORT:-18090}/graphql"
              --target "apollo=http://localhost:${BENCH_APOLLO_PORT:-18091}/graphql")
  else
    echo "bench: no supergraph for the Node gateways (see above); measuring Entente only"
  fi
fi
if [ -n "${BENCH_EXTRA_TARGETS:-}" ]; then
  for t in $BENCH_EXTRA_TARGETS; do TARGETS+=(--target "$t"); done
fi

echo "bench: machine $(nproc) CPUs, $(java -version 2>&1 | head -1); client pinned: ${CLIENT_PIN[*]:-no}"
"${CLIENT_PIN[@]}" java -Xmx512m -jar "$JAR" bench "${TARGETS[@]}" "${DIRECT[@]}" \
  --duration "$DURATION" --warmup "$WARMUP" --concurrency "$CONCURRENCY" --operations "$OPERATIONS" \
  --data-actors "$ACTORS" --data-events "$EVENTS" --seed "$SEED" --out "$OUT"

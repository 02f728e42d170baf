#!/usr/bin/env bash
# Load benchmark of Entente. See bench/README.md.
#
# By default it starts its own stack (embedded PostgreSQL + actors-service + events-service +
# gateway, on the ports below, data in bench/.stack — never the ports of ./entente up), fills it
# with ./entente generate on first use, runs ./entente bench and stops the stack again.
# With BENCH_GATEWAY_URL set it starts nothing and measures that running system instead.
#
# BENCH_MODE=gateway-only measures the gateways alone, as Rust routers are usually benchmarked:
# a caching proxy stands in front of each subgraph (org.entente.cli.bench.CachingSubgraphProxy),
# a second Entente gateway and the other engines (Hive Gateway with its JavaScript and its Rust
# query planner, Apollo Gateway, grafbase dev) are pointed at the proxies, and the load asks a
# bounded set of ids (--id-pool), so after warm-up every subgraph call is answered from memory.
#
# Before measuring, every target must return our gateway's data for the same requests (--answer-check);
# a target that does not is reported and left out of that operation. Every window is measured
# BENCH_PASSES times (default 2), in whole passes one after the other, targets interleaved in each.
#
# BENCH_ENTITY_CACHE: on (gateway-app's default), off, or both: the stack's gateway with its entity
# cache and a second gateway without it on the same subgraphs (target entente-nocache), measured
# interleaved in one run (full mode). Over the measured run, each Entente gateway's cache hits,
# misses and bypasses are printed from its metrics.
#
# Pinning (when taskset exists and there are at least 2 CPUs): the servers run on CPUs 0..n-2,
# the load generator on the last CPU, so the client does not steal the servers' cores.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

MODE=${BENCH_MODE:-full}
ACTORS=${BENCH_ACTORS:-100000}
EVENTS=${BENCH_EVENTS:-1000000}
STATEMENTS=${BENCH_STATEMENTS:-3000000}
SEED=${BENCH_SEED:-1}
DURATION=${BENCH_DURATION:-20}
WARMUP=${BENCH_WARMUP:-5}
CONCURRENCY=${BENCH_CONCURRENCY:-1,16,64}
OPERATIONS=${BENCH_OPERATIONS:-actor-profile,event-page,search,connections,statements-page}
PG_PORT=${BENCH_PG_PORT:-55439}
ACTORS_PORT=${BENCH_ACTORS_PORT:-18081}
EVENTS_PORT=${BENCH_EVENTS_PORT:-18082}
GATEWAY_PORT=${BENCH_GATEWAY_PORT:-18080}
# the gateway's management interface (health, metrics), on 127.0.0.1: never on its public port
GATEWAY_MANAGEMENT_PORT=${BENCH_GATEWAY_MANAGEMENT_PORT:-19080}
HIVE_PORT=${BENCH_HIVE_PORT:-18090}
APOLLO_PORT=${BENCH_APOLLO_PORT:-18091}
HIVE_RUST_PORT=${BENCH_HIVE_RUST_PORT:-18092}
GRAFBASE_PORT=${BENCH_GRAFBASE_PORT:-18093}
# the other engines measured beside ours (bench/node, installed from npm): any subset of these
OTHERS=${BENCH_OTHERS-hive hive-rust apollo grafbase}   # set but empty: none
# each window is measured this many times, in whole passes over all windows, one after the other
PASSES=${BENCH_PASSES:-2}
# requests per operation whose data every target must match ours before measuring (0: no check)
ANSWER_CHECK=${BENCH_ANSWER_CHECK:-5}
# the gateways' entity cache: on, off, or both (a second gateway without it, full mode only)
ENTITY_CACHE=${BENCH_ENTITY_CACHE:-on}
NOCACHE_PORT=${BENCH_NOCACHE_PORT:-18085}
NOCACHE_MANAGEMENT_PORT=${BENCH_NOCACHE_MANAGEMENT_PORT:-19085}
# gateway-only mode
PROXY_ACTORS_PORT=${BENCH_PROXY_ACTORS_PORT:-18181}
PROXY_EVENTS_PORT=${BENCH_PROXY_EVENTS_PORT:-18182}
GATEWAY_ONLY_PORT=${BENCH_GATEWAY_ONLY_PORT:-18083}
GATEWAY_ONLY_MANAGEMENT_PORT=${BENCH_GATEWAY_ONLY_MANAGEMENT_PORT:-19083}
BASELINE_PORT=${BENCH_BASELINE_PORT:-18084}
BASELINE_MANAGEMENT_PORT=${BENCH_BASELINE_MANAGEMENT_PORT:-19084}
ID_POOL=${BENCH_ID_POOL:-200}
PRIME_SECONDS=${BENCH_PRIME_SECONDS:-300}   # at most, per operation and target
# A warm-up of this many requests per operation and target before measuring, each at most
# WARM_SECONDS, so that the JITs have compiled the hot code (BENCH_WARM_REQUESTS=0: none).
# On a 2-core machine 30 s was not enough: the gateway's JIT still used half its CPU minutes later
# (bench/README.md, Results Q; the JIT % column shows it per window). Gateway-only mode answers ten
# times faster, so it takes ten times the requests to warm for as long.
WARM_REQUESTS=${BENCH_WARM_REQUESTS:-$([ "$MODE" = gateway-only ] && echo 200000 || echo 20000)}
WARM_SECONDS=${BENCH_WARM_SECONDS:-90}
HOME_DIR=${BENCH_HOME:-$ROOT/bench/.stack}
SUFFIX=$([ "$MODE" = full ] || echo "-$MODE")
OUT=${BENCH_OUT:-bench/results/$(date -u +%Y%m%dT%H%M%SZ)$SUFFIX.json}
JAR=cli/target/entente-cli.jar
# Where the services' builds are taken from: a directory laid out like the project (MODULE/target/...).
# Point it at a copy (e.g. `git archive HEAD | tar -x -C DIR` and a build there) when others rebuild
# the services in this tree during a run: a JVM whose jar is replaced under it fails with NoSuchMethodError.
APPS=$(cd "${BENCH_APPS_ROOT:-$ROOT}" && pwd)
GATEWAY_JAR=$APPS/gateway-app/target/quarkus-app/quarkus-run.jar
SERVER_JVM=(-Xmx512m -XX:+UseSerialGC)   # as ./entente up runs the services

case "$MODE" in
  full | gateway-only) ;;
  *) echo "bench: BENCH_MODE is full or gateway-only, not $MODE"; exit 2 ;;
esac
case "$ENTITY_CACHE" in
  on) ;;
  # every Entente gateway started here inherits it (the stack passes its environment on)
  off) export ENTENTE_GATEWAY_ENTITY_CACHE_ENABLED=false ;;
  both)
    if [ "$MODE" != full ] || [ -n "${BENCH_GATEWAY_URL:-}" ]; then
      echo "bench: BENCH_ENTITY_CACHE=both needs full mode and a stack started here"; exit 2
    fi ;;
  *) echo "bench: BENCH_ENTITY_CACHE is on, off or both, not $ENTITY_CACHE"; exit 2 ;;
esac
if [ "$MODE" = gateway-only ] && [ -n "${BENCH_GATEWAY_URL:-}" ]; then
  echo "bench: gateway-only mode starts its own gateways; unset BENCH_GATEWAY_URL"; exit 2
fi

for f in "$APPS/actors-service/target/quarkus-app/quarkus-run.jar" "$APPS/events-service/target/quarkus-app/quarkus-run.jar" \
         "$GATEWAY_JAR" "$JAR"; do
  if [ ! -f "$f" ]; then
    echo "bench: $f is missing; building (mvn package -DskipTests)…"
    (cd "$APPS" && mvn -B -ntp -q package -DskipTests -pl gateway-app,actors-service,events-service -am)
    mvn -B -ntp -q package -DskipTests -pl cli
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

# Linux's autogroup scheduling (kernel.sched_autogroup_enabled) makes every session a scheduling
# group of its own, and every PostgreSQL backend starts a session: on the shared server core a
# backend waking after a pause got almost no share and a 1 ms lookup took 2-18 s (bench/README.md,
# Results P). Services under systemd or in Kubernetes pods live in cgroups, where autogroup does not
# apply, so the run turns it off when it may (as root) and restores it at exit.
# BENCH_AUTOGROUP=keep leaves it as it is.
AUTOGROUP_SETTING=/proc/sys/kernel/sched_autogroup_enabled
AUTOGROUP_RESTORE=""
if [ "${BENCH_AUTOGROUP:-off}" = off ] && [ "$(cat "$AUTOGROUP_SETTING" 2>/dev/null)" = 1 ]; then
  if (echo 0 > "$AUTOGROUP_SETTING") 2>/dev/null; then
    AUTOGROUP_RESTORE=1
    echo "bench: kernel.sched_autogroup_enabled off for the run, back on at exit (BENCH_AUTOGROUP=keep leaves it on)"
  else
    echo "bench: WARNING: kernel.sched_autogroup_enabled is on and only root can turn it off; PostgreSQL's backends may wait seconds for the server core (bench/README.md, Results P)"
  fi
fi

# Everything started here is stopped on exit, the stack last (the others depend on it).
STACK_PID=""
STARTED_PIDS=()
stop_all() {
  if [ "${#STARTED_PIDS[@]}" -gt 0 ]; then
    kill "${STARTED_PIDS[@]}" 2>/dev/null || true
    for p in "${STARTED_PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
  fi
  if [ -n "$STACK_PID" ]; then
    kill "$STACK_PID" 2>/dev/null || true
    wait "$STACK_PID" 2>/dev/null || true
  fi
  if [ -n "$AUTOGROUP_RESTORE" ]; then
    (echo "$AUTOGROUP_RESTORE" > "$AUTOGROUP_SETTING") 2>/dev/null || true
  fi
}
trap stop_all EXIT

# wait_for WHAT SECONDS PID COMMAND...: polls COMMAND until it succeeds; fails when PID dies or time runs out.
wait_for() {
  local what=$1 seconds=$2 pid=$3
  shift 3
  for _ in $(seq 1 "$seconds"); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    kill -0 "$pid" 2>/dev/null || { echo "bench: $what stopped while starting"; return 1; }
    sleep 1
  done
  echo "bench: $what did not start in $seconds s"
  return 1
}

PROBES=()
if [ -n "${BENCH_GATEWAY_URL:-}" ]; then
  GATEWAY_URL=$BENCH_GATEWAY_URL
  DIRECT=()
  if [ -n "${BENCH_ACTORS_URL:-}" ]; then DIRECT=(--actors-url "$BENCH_ACTORS_URL" --events-url "$BENCH_EVENTS_URL"); fi
  if [ -n "${BENCH_GATEWAY_PID:-}" ]; then PROBES+=(--pid "entente=$BENCH_GATEWAY_PID"); fi
  if [ -n "${BENCH_GATEWAY_METRICS:-}" ]; then PROBES+=(--jvm-metrics "entente=$BENCH_GATEWAY_METRICS"); fi
else
  mkdir -p "$HOME_DIR"
  # ./entente generate queues every actor for actors-service's duplicate-candidate checks: at the default
  # scale a backlog of hours of one core (the generated persons' names repeat, so each has ~150 partners),
  # which would run on the servers' core during the measurement. Paused unless BENCH_DUPLICATE_CHECKS=run.
  if [ "${BENCH_DUPLICATE_CHECKS:-pause}" = pause ]; then export ENTENTE_DUPLICATES_CHECK_EVERY=off; fi
  echo "bench: starting a private stack (PostgreSQL $PG_PORT, gateway $GATEWAY_PORT; log $HOME_DIR/stack.log)"
  "${SERVER_PIN[@]}" java -Dentente.root="$APPS" -cp "$JAR" org.entente.cli.bench.BenchStack \
    "$HOME_DIR" "$PG_PORT" "$ACTORS_PORT" "$EVENTS_PORT" "$GATEWAY_PORT" "$GATEWAY_MANAGEMENT_PORT" > "$HOME_DIR/stack.log" 2>&1 &
  STACK_PID=$!
  wait_for "the stack (see $HOME_DIR/stack.log)" 180 "$STACK_PID" grep -q '^READY' "$HOME_DIR/stack.log" || exit 1
  MARKER="$HOME_DIR/generated-$ACTORS-$EVENTS-$STATEMENTS-$SEED"
  if [ ! -f "$MARKER" ]; then
    java -jar "$JAR" generate --replace --actors "$ACTORS" --events "$EVENTS" --statements "$STATEMENTS" --seed "$SEED" \
      --jdbc-actors "jdbc:postgresql://localhost:$PG_PORT/actors" --jdbc-events "jdbc:postgresql://localhost:$PG_PORT/events"
    rm -f "$HOME_DIR"/generated-*
    touch "$MARKER"
  fi
  PENDING=$(curl -s -H 'Content-Type: application/json' -d '{"query":"{ duplicateCandidates(first: 0) { pendingChecks } }"}' \
    "http://localhost:$ACTORS_PORT/graphql" | grep -o '"pendingChecks":[0-9]*' | cut -d: -f2 || true)
  CHECKS="running"
  if [ "${ENTENTE_DUPLICATES_CHECK_EVERY:-}" = off ]; then CHECKS="paused during the run (BENCH_DUPLICATE_CHECKS=run leaves them on)"; fi
  echo "bench: ${PENDING:-?} actors wait for duplicate checks; checks $CHECKS"
  GATEWAY_URL="http://localhost:$GATEWAY_PORT/graphql"
  DIRECT=(--actors-url "http://localhost:$ACTORS_PORT/graphql" --events-url "http://localhost:$EVENTS_PORT/graphql")
  # The stack's gateway is a child of the BenchStack JVM (taskset execs java, so $STACK_PID is that JVM).
  STACK_GATEWAY_PID=$(pgrep -P "$STACK_PID" -f "$GATEWAY_JAR" | head -1 || true)
  if [ -n "$STACK_GATEWAY_PID" ]; then
    PROBES+=(--pid "entente=$STACK_GATEWAY_PID" --jvm-metrics "entente=http://127.0.0.1:$GATEWAY_MANAGEMENT_PORT/q/metrics")
  fi
fi

SUBGRAPH_ACTORS="http://localhost:$ACTORS_PORT/graphql"
SUBGRAPH_EVENTS="http://localhost:$EVENTS_PORT/graphql"
EXTRA_ARGS=()
# the Prometheus metrics of each Entente gateway measured, for its entity cache's counts (name=url)
CACHE_METRICS=()
if [ -n "${BENCH_GATEWAY_URL:-}" ]; then
  if [ -n "${BENCH_GATEWAY_METRICS:-}" ]; then CACHE_METRICS+=("entente=$BENCH_GATEWAY_METRICS"); fi
elif [ "$MODE" = full ]; then
  CACHE_METRICS+=("entente=http://127.0.0.1:$GATEWAY_MANAGEMENT_PORT/q/metrics")
fi
if [ "$ENTITY_CACHE" = both ]; then
  echo "bench: a second gateway without the entity cache on $NOCACHE_PORT (target entente-nocache)"
  ENTENTE_GATEWAY_ENTITY_CACHE_ENABLED=false ENTENTE_GATEWAY_SUBGRAPHS="actors=$SUBGRAPH_ACTORS,events=$SUBGRAPH_EVENTS" \
    QUARKUS_HTTP_PORT="$NOCACHE_PORT" QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT="$NOCACHE_MANAGEMENT_PORT" \
    "${SERVER_PIN[@]}" java "${SERVER_JVM[@]}" -jar "$GATEWAY_JAR" > "$HOME_DIR/gateway-nocache.log" 2>&1 &
  NOCACHE_PID=$!
  STARTED_PIDS+=("$NOCACHE_PID")
  wait_for "the gateway without the entity cache (see $HOME_DIR/gateway-nocache.log)" 120 "$NOCACHE_PID" \
    curl -sf -o /dev/null "http://127.0.0.1:$NOCACHE_MANAGEMENT_PORT/q/health/ready" || exit 1
  BENCH_EXTRA_TARGETS="${BENCH_EXTRA_TARGETS:-} entente-nocache=http://localhost:$NOCACHE_PORT/graphql"
  NOCACHE_METRICS="http://127.0.0.1:$NOCACHE_MANAGEMENT_PORT/q/metrics"
  PROBES+=(--pid "entente-nocache=$NOCACHE_PID" --jvm-metrics "entente-nocache=$NOCACHE_METRICS")
  CACHE_METRICS+=("entente-nocache=$NOCACHE_METRICS")
fi
if [ "$MODE" = gateway-only ]; then
  echo "bench: gateway-only: caching proxies on $PROXY_ACTORS_PORT/$PROXY_EVENTS_PORT, Entente gateway on $GATEWAY_ONLY_PORT"
  "${SERVER_PIN[@]}" java "${SERVER_JVM[@]}" -cp "$JAR" org.entente.cli.bench.CachingSubgraphProxy \
    "$PROXY_ACTORS_PORT=http://localhost:$ACTORS_PORT" "$PROXY_EVENTS_PORT=http://localhost:$EVENTS_PORT" > "$HOME_DIR/proxies.log" 2>&1 &
  PROXY_PID=$!
  STARTED_PIDS+=("$PROXY_PID")
  wait_for "the proxies (see $HOME_DIR/proxies.log)" 30 "$PROXY_PID" grep -q '^READY' "$HOME_DIR/proxies.log" || exit 1
  SUBGRAPH_ACTORS="http://localhost:$PROXY_ACTORS_PORT/graphql"
  SUBGRAPH_EVENTS="http://localhost:$PROXY_EVENTS_PORT/graphql"
  # BENCH_GATEWAY_JVM_OPTS adds JVM options to this gateway only, e.g. a JFR recording.
  # shellcheck disable=SC2086
  ENTENTE_GATEWAY_SUBGRAPHS="actors=$SUBGRAPH_ACTORS,events=$SUBGRAPH_EVENTS" QUARKUS_HTTP_PORT="$GATEWAY_ONLY_PORT" \
    QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT="$GATEWAY_ONLY_MANAGEMENT_PORT" \
    "${SERVER_PIN[@]}" java "${SERVER_JVM[@]}" ${BENCH_GATEWAY_JVM_OPTS:-} -jar "$GATEWAY_JAR" > "$HOME_DIR/gateway-only.log" 2>&1 &
  GATEWAY_ONLY_PID=$!
  STARTED_PIDS+=("$GATEWAY_ONLY_PID")
  wait_for "the gateway-only gateway (see $HOME_DIR/gateway-only.log)" 120 "$GATEWAY_ONLY_PID" \
    curl -sf -o /dev/null "http://127.0.0.1:$GATEWAY_ONLY_MANAGEMENT_PORT/q/health/ready" || exit 1
  GATEWAY_URL="http://localhost:$GATEWAY_ONLY_PORT/graphql"
  DIRECT=(--actors-url "$SUBGRAPH_ACTORS" --events-url "$SUBGRAPH_EVENTS")
  PROBES=(--pid "entente=$GATEWAY_ONLY_PID" --jvm-metrics "entente=http://127.0.0.1:$GATEWAY_ONLY_MANAGEMENT_PORT/q/metrics")
  # BENCH_BASELINE_ROOT: another build of the project (e.g. an earlier commit's); its gateway runs on the
  # same proxies and is measured as the target `baseline`, interleaved with ours: a before/after in one run.
  # BENCH_BASELINE_JVM_OPTS adds JVM options to it only (the same profile as BENCH_GATEWAY_JVM_OPTS for ours).
  if [ -n "${BENCH_BASELINE_ROOT:-}" ]; then
    BASELINE_JAR=$(cd "$BENCH_BASELINE_ROOT" && pwd)/gateway-app/target/quarkus-app/quarkus-run.jar
    [ -f "$BASELINE_JAR" ] || { echo "bench: $BASELINE_JAR is missing (build gateway-app there first)"; exit 1; }
    # shellcheck disable=SC2086
    ENTENTE_GATEWAY_SUBGRAPHS="actors=$SUBGRAPH_ACTORS,events=$SUBGRAPH_EVENTS" QUARKUS_HTTP_PORT="$BASELINE_PORT" \
      QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT="$BASELINE_MANAGEMENT_PORT" \
      "${SERVER_PIN[@]}" java "${SERVER_JVM[@]}" ${BENCH_BASELINE_JVM_OPTS:-} -jar "$BASELINE_JAR" > "$HOME_DIR/baseline.log" 2>&1 &
    BASELINE_PID=$!
    STARTED_PIDS+=("$BASELINE_PID")
    wait_for "the baseline gateway (see $HOME_DIR/baseline.log)" 120 "$BASELINE_PID" \
      curl -sf -o /dev/null "http://127.0.0.1:$BASELINE_MANAGEMENT_PORT/q/health/ready" || exit 1
    BENCH_EXTRA_TARGETS="${BENCH_EXTRA_TARGETS:-} baseline=http://localhost:$BASELINE_PORT/graphql"
    PROBES+=(--pid "baseline=$BASELINE_PID" --jvm-metrics "baseline=http://127.0.0.1:$BASELINE_MANAGEMENT_PORT/q/metrics")
  fi
  EXTRA_ARGS=(--id-pool "$ID_POOL" --proxy-stats "http://localhost:$PROXY_ACTORS_PORT/stats"
              --proxy-stats "http://localhost:$PROXY_EVENTS_PORT/stats")
fi

TARGETS=(--target "entente=$GATEWAY_URL")
# The other engines: Hive Gateway (JavaScript and Rust query planners) and Apollo Gateway on a
# supergraph of the two subgraphs composed like ours, and Grafbase's dev server composing the same
# SDLs itself. The gateway's in-process relations subgraph is in none of them, so `connections`
# runs through ours only.
OTHER_PIDS=()
if [ "${BENCH_COMPARE:-1}" = "1" ] && [ -z "${BENCH_GATEWAY_URL:-}" ] && [ -n "$OTHERS" ]; then
  SUPERGRAPH="$HOME_DIR/supergraph-$MODE.graphql"
  GRAFBASE_CONFIG="$HOME_DIR/grafbase-$MODE.toml"
  cat > "$GRAFBASE_CONFIG" <<TOML
# written by bench/run.sh: the subgraphs grafbase dev composes and calls
[subgraphs.actors]
url = "$SUBGRAPH_ACTORS"
schema_path = "$APPS/actors-service/schema/actors.graphql"

[subgraphs.events]
url = "$SUBGRAPH_EVENTS"
schema_path = "$APPS/events-service/schema/events.graphql"
TOML
  if ! bench/node/install.sh > "$HOME_DIR/npm-install.log" 2>&1; then
    echo "bench: npm could not install bench/node (see $HOME_DIR/npm-install.log); measuring Entente only"
  elif ! tools/composition/check.sh "actors=$SUBGRAPH_ACTORS=$APPS/actors-service/schema/actors.graphql" \
         "events=$SUBGRAPH_EVENTS=$APPS/events-service/schema/events.graphql" > "$SUPERGRAPH"; then
    echo "bench: no supergraph for the other gateways (see above); measuring Entente only"
  else
    for name in $OTHERS; do
      case "$name" in
        hive) port=$HIVE_PORT input=$SUPERGRAPH ;;
        hive-rust) port=$HIVE_RUST_PORT input=$SUPERGRAPH ;;
        apollo) port=$APOLLO_PORT input=$SUPERGRAPH ;;
        grafbase) port=$GRAFBASE_PORT input=$GRAFBASE_CONFIG ;;
        *) echo "bench: BENCH_OTHERS names hive, hive-rust, apollo or grafbase, not $name"; exit 2 ;;
      esac
      if started=$(bench/node/start-gateway.sh "$name" "$port" "$input" "$HOME_DIR" "${SERVER_PIN[@]}" | tail -1) \
         && [ -n "$started" ]; then
        read -r pid url <<< "$started"
        STARTED_PIDS+=("$pid")
        OTHER_PIDS+=("$name=$pid")
        TARGETS+=(--target "$name=$url")
        PROBES+=(--pid "$name=$pid")
      else
        echo "bench: $name did not start (log in $HOME_DIR); not measured"
      fi
    done
  fi
fi
if [ -n "${BENCH_EXTRA_TARGETS:-}" ]; then
  for t in $BENCH_EXTRA_TARGETS; do TARGETS+=(--target "$t"); done
fi

bench() {
  "${CLIENT_PIN[@]}" java -Xmx512m -jar "$JAR" bench "${TARGETS[@]}" "${DIRECT[@]}" "${PROBES[@]}" "${EXTRA_ARGS[@]}" \
    --data-actors "$ACTORS" --data-events "$EVENTS" --seed "$SEED" --operations "$OPERATIONS" "$@"
}
# cache_counts URL: "hits misses bypasses" of a gateway's entity cache (representations, all subgraphs)
cache_counts() {
  curl -sf "$1" | awk '
    /^entente_gateway_entity_cache_hits_total/ { h += $NF }
    /^entente_gateway_entity_cache_misses_total/ { m += $NF }
    /^entente_gateway_entity_cache_bypasses_total/ { b += $NF }
    END { printf "%d %d %d\n", h, m, b }'
}
# the processes measured besides the JVMs, for the memory line after the run
rss_of_others() {
  local entry
  for entry in ${BASELINE_PID:+"baseline=$BASELINE_PID"} "${OTHER_PIDS[@]}"; do
    echo -n " ${entry%%=*} $(( $(awk '/VmRSS/ {print $2}' "/proc/${entry#*=}/status") / 1024 ))"
  done
}

echo "bench: machine $(nproc) CPUs, $(java -version 2>&1 | head -1); client pinned: ${CLIENT_PIN[*]:-no}"
if [ "$MODE" = gateway-only ] && [ "$PRIME_SECONDS" != 0 ]; then
  # Fill the proxies' caches with every request of the id pool before measuring: per operation and
  # target, BENCH_ID_POOL requests asking the pooled ids in turn (each once). Misses go to the real
  # subgraphs, so this takes as long as they do. It also warms the gateways' JITs.
  echo "bench: priming the proxies ($ID_POOL requests per operation and target, not recorded)"
  bench --duration "$PRIME_SECONDS" --warmup 0 --concurrency 8 --id-order sweep --requests "$ID_POOL" --answer-check 0 \
    --out "$HOME_DIR/prime.json" > "$HOME_DIR/prime.log" || true
  tail -n +2 "$HOME_DIR/prime.log" | awk '{print "  prime:", $0}' | head -40
fi
if [ "$WARM_REQUESTS" != 0 ]; then
  # A JVM compiles its hot code only after thousands of requests, and on a machine where every
  # server shares one core the compiler competes with the servers: the actor profile's
  # subgraph CPU was ten times its warm cost in the first seconds. Warm every target and the
  # subgraphs on every operation first (not recorded), as long-running servers would be.
  echo "bench: warming up ($WARM_REQUESTS requests per operation and target, at most ${WARM_SECONDS}s each, not recorded)"
  # The subgraphs first, by the direct calls alone: otherwise the first target warms them and
  # is measured against subgraphs that the later targets found warm.
  if [ "$MODE" = full ] && [ ${#DIRECT[@]} -gt 0 ]; then
    "${CLIENT_PIN[@]}" java -Xmx512m -jar "$JAR" bench "${DIRECT[@]}" --data-actors "$ACTORS" --data-events "$EVENTS" \
      --seed "$SEED" --operations "$OPERATIONS" --duration "$WARM_SECONDS" --warmup 0 --concurrency 8 \
      --requests "$WARM_REQUESTS" --answer-check 0 --out "$HOME_DIR/warm-up-subgraphs.json" > "$HOME_DIR/warm-up-subgraphs.log" || true
  fi
  bench --duration "$WARM_SECONDS" --warmup 0 --concurrency 8 --requests "$WARM_REQUESTS" --answer-check 0 \
    --out "$HOME_DIR/warm-up.json" > "$HOME_DIR/warm-up.log" || true
  tail -n +2 "$HOME_DIR/warm-up.log" | awk '{print "  warm-up:", $0}' | head -40
fi
declare -A CACHE_BEFORE=()
for entry in "${CACHE_METRICS[@]}"; do CACHE_BEFORE[${entry%%=*}]=$(cache_counts "${entry#*=}" || echo "0 0 0"); done
status=0
bench --duration "$DURATION" --warmup "$WARMUP" --concurrency "$CONCURRENCY" --passes "$PASSES" \
  --answer-check "$ANSWER_CHECK" --out "$OUT" || status=$?
for entry in "${CACHE_METRICS[@]}"; do
  read -r h0 m0 b0 <<< "${CACHE_BEFORE[${entry%%=*}]}"
  read -r h1 m1 b1 <<< "$(cache_counts "${entry#*=}" || echo "$h0 $m0 $b0")"
  h=$((h1 - h0)) m=$((m1 - m0)) b=$((b1 - b0))
  echo "bench: entity cache of ${entry%%=*} over the measured run (representations): hits $h, misses $m," \
    "bypasses $b, hit rate $(awk -v h=$h -v t=$((h + m + b)) 'BEGIN { printf "%.1f%%", t ? 100 * h / t : 0 }')"
done
if [ "$MODE" = gateway-only ]; then
  for p in "$PROXY_ACTORS_PORT" "$PROXY_EVENTS_PORT"; do echo "bench: proxy :$p $(curl -s "http://localhost:$p/stats")"; done
  echo "bench: RSS after the run (MB): entente $(( $(awk '/VmRSS/ {print $2}' "/proc/$GATEWAY_ONLY_PID/status") / 1024 ))$(rss_of_others)"
fi
exit $status

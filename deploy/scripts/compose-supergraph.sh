#!/usr/bin/env bash
# Composes the supergraph that prod pins (deploy/overlays/prod/supergraph.graphql) from the
# subgraph SDLs in deploy/subgraphs/, with the independent composer (tools/composition).
#
#   deploy/scripts/compose-supergraph.sh            compose from deploy/subgraphs/*.graphql
#   deploy/scripts/compose-supergraph.sh --fetch    first refresh deploy/subgraphs/ from running
#       subgraphs (`_service { sdl }`, as the gateway does in dev); URLs from ACTORS_URL and
#       EVENTS_URL, default http://localhost:8081/graphql and http://localhost:8082/graphql
#
# A missing SDL file is reported and left out, so the script works while a subgraph is still
# being built. Exit 1 when composition fails, 3 when the composer cannot be installed (npm).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
sdl_dir="$root/deploy/subgraphs"
out="$root/deploy/overlays/prod/supergraph.graphql"
# The in-cluster URLs (deploy/base); ENTENTE_GATEWAY_SUBGRAPHS overrides them at run time anyway.
subgraphs=(
  "actors http://actors-service:8081/graphql ${ACTORS_URL:-http://localhost:8081/graphql}"
  "events http://events-service:8082/graphql ${EVENTS_URL:-http://localhost:8082/graphql}"
)

fetch_sdl() { # URL FILE
  local response
  response="$(curl -fsS -H 'Content-Type: application/json' -d '{"query":"{ _service { sdl } }"}' "$1")"
  printf '%s' "$response" | node -e '
    let s = ""; process.stdin.on("data", d => s += d).on("end", () => {
      const sdl = JSON.parse(s)?.data?._service?.sdl;
      if (!sdl) { console.error("no _service.sdl in the response"); process.exit(1); }
      process.stdout.write(sdl.endsWith("\n") ? sdl : sdl + "\n");
    });' > "$2"
}

if [ "${1:-}" = "--fetch" ]; then
  for entry in "${subgraphs[@]}"; do
    read -r name _ live <<<"$entry"
    echo "fetching the $name SDL from $live" >&2
    fetch_sdl "$live" "$sdl_dir/$name.graphql"
  done
fi

specs=()
sources=()
for entry in "${subgraphs[@]}"; do
  read -r name url _ <<<"$entry"
  file="$sdl_dir/$name.graphql"
  if [ -f "$file" ]; then
    specs+=("$name=$url=$file")
    sources+=("deploy/subgraphs/$name.graphql")
  else
    echo "warning: $file is missing: the supergraph is composed without the $name subgraph" >&2
  fi
done
if [ ${#specs[@]} -eq 0 ]; then
  echo "no subgraph SDL in $sdl_dir: nothing to compose" >&2
  exit 1
fi

composed="$(mktemp)"
trap 'rm -f "$composed"' EXIT
rc=0
"$root/tools/composition/check.sh" "${specs[@]}" --out "$composed" || rc=$?
if [ $rc -ne 0 ]; then
  exit $rc
fi
{
  echo "# Composed by deploy/scripts/compose-supergraph.sh from ${sources[*]}. Do not edit."
  cat "$composed"
} > "$out"
echo "wrote $out" >&2

#!/usr/bin/env bash
# Composes the supergraph that prod pins (deploy/overlays/prod/supergraph.graphql) from the
# committed subgraph SDLs, with the independent composer (tools/composition):
#   actors     actors-service/schema/actors.graphql      (a test keeps it equal to the served SDL)
#   events     events-service/schema/events.graphql      (same)
#   relations  relations/src/main/resources/relations.graphql (the gateway's in-process plugin)
# Run it after a schema change; deploy's SupergraphTest fails while the pinned file is stale.
# Exit 1 when composition fails, 3 when the composer cannot be installed (npm).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$root/deploy/overlays/prod/supergraph.graphql"
# name, URL inside the cluster (deploy/base), SDL file. ENTENTE_GATEWAY_SUBGRAPHS overrides the URLs.
subgraphs=(
  "actors http://actors-service:8081/graphql actors-service/schema/actors.graphql"
  "events http://events-service:8082/graphql events-service/schema/events.graphql"
  "relations local:relations relations/src/main/resources/relations.graphql"
)

specs=()
sources=()
for entry in "${subgraphs[@]}"; do
  read -r name url file <<<"$entry"
  specs+=("$name=$url=$root/$file")
  sources+=("$file")
done

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

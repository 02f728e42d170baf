package org.entente.events.client;

import java.util.List;
import java.util.Map;

/** The request a gateway sends to resolve actors: the {@code _entities} query for their representations. */
public record ActorRepresentations(String query, Map<String, Object> variables) {
    private static final String QUERY =
            "query ActorsExist($representations: [_Any!]!) { _entities(representations: $representations) { ... on Actor { id } } }";

    /** The request for the actors with these ids, in this order. */
    public static ActorRepresentations of(List<Long> actorIds) {
        List<Map<String, String>> representations = actorIds.stream()
                .map(id -> Map.of("__typename", "Actor", "id", id.toString()))
                .toList();
        return new ActorRepresentations(QUERY, Map.of("representations", representations));
    }
}

package org.entente.actors.service;

import java.util.List;
import org.entente.subgraph.errors.ClientException;

/** Every membership and position cites at least one source (owned by events-service). */
final class Sources {
    private Sources() {}

    /** The distinct, stripped, non-blank ids; BAD_USER_INPUT when none is left. */
    static List<String> require(List<String> sourceIds) {
        List<String> ids = sourceIds == null
                ? List.of()
                : sourceIds.stream()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .toList();
        if (ids.isEmpty()) {
            throw ClientException.badInput("at least one source id is required");
        }
        return ids;
    }
}

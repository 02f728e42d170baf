package org.entente.actors.service;

import java.util.List;
import java.util.Objects;
import org.entente.subgraph.errors.ClientException;
import org.entente.subgraph.input.ClientText;

/** Every membership and position cites at least one source (owned by events-service). */
public final class Sources {
    /** The longest source id: events-service's are numbers; the column (text[]) has no limit of its own. */
    public static final int MAX_ID = 100;

    private Sources() {}

    /** The distinct, stripped, non-blank ids; BAD_USER_INPUT when none is left or one is too long. */
    static List<String> require(List<String> sourceIds) {
        List<String> ids = sourceIds == null
                ? List.of()
                : sourceIds.stream()
                        .map(id -> ClientText.optional(id, "a source id", MAX_ID))
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList();
        if (ids.isEmpty()) {
            throw ClientException.badInput("at least one source id is required");
        }
        return ids;
    }
}

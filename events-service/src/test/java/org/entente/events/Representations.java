package org.entente.events;

import java.util.List;
import java.util.Map;

/** The {@code representations} variable a gateway sends to {@code _entities}. */
public final class Representations {
    public static final String ENTITIES_QUERY =
            "query($representations: [_Any!]!) { _entities(representations: $representations) { %s } }";

    private Representations() {}

    /** The variables of {@link #ENTITIES_QUERY} for these entities, in this order. */
    public static Map<String, Object> of(String typename, List<Long> ids) {
        return Map.of(
                "representations",
                ids.stream()
                        .map(id -> Map.of("__typename", typename, "id", id.toString()))
                        .toList());
    }
}
